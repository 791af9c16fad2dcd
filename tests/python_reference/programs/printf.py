# printf-style formatting: str % value, str % tuple, str % dict.
name, price, qty = 'Django', 3.14159, 7
print('%s costs %.2f (x%d)' % (name, price, qty))
print('%5s|%-5s|%05d|%+d|% d' % ('ab', 'cd', 42, 42, 42))
print('%x %X %#x %#o %o %#X' % (255, 255, 255, 8, 8, 3054))
print('%e|%E|%.2e|%g|%G|%.3g|%#g' % (12345.678, 0.00012, 9.999, 0.00001, 1e20, 2.5, 1.0))
print('%f|%.0f|%.1f|%10.3f|%-10.1f|%010.2f' % (2.5, 2.5, 0.25, -3.14159, 1.05, -2.5))
print('%r %s %a' % ('it', ['x', 1], '가나'))
print('%c%c%c' % (72, 'i', 33))
print('%d%% done, %i left, %u total' % (50, 3.9, True))
print('%(user)s wrote %(count)d articles' % {'user': 'admin', 'count': 3})
print('%s' % (1,), '%s' % ((1, 2),), '%s' % [1, 2], '%s' % {'k': None})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 3, 3.14159))
print('%.3s|%10.4s|' % ('abcdef', 'abcdef'))
print('no placeholders' % (), '100%%' % (), 'x' % {}, 'y' % [])
s = 'id=%d'
s %= 7
print(s, len('%s and %s' % ('a', 'b')))
for fmt, args in [
    ('%s %s', (1,)),
    ('%s', (1, 2)),
    ('hello', 5),
    ('%d', 'x'),
    ('%x', 1.5),
    ('%f', None),
    ('%c', 'ab'),
    ('%q', 1),
    ('%', 1),
    ('%(a)s', 5),
    ('%(a)s', {}),
    ('%*d', ('x', 1)),
    ('%d', float('nan')),
]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('%s and %s' % ('only one',))
