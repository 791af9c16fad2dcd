def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}['missing']
    if kind == 3:
        return int('x1')
    if kind == 4:
        return 'a' + 1
    if kind == 5:
        return undefined_name
    raise ValueError('custom', kind)


for k in range(7):
    try:
        risky(k)
    except (ZeroDivisionError, LookupError) as e:
        print('lookup/zero', type(e).__name__, e, repr(e))
    except Exception as e:
        print('other', type(e).__name__, e, e.args)
    else:
        print('no error')
    finally:
        print('finally', k)

try:
    try:
        raise KeyError('inner')
    except KeyError:
        print('re-raising')
        raise
except LookupError as e:
    print('outer caught', repr(e))


def early():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('cleanup', i)


print(early())
assert isinstance(3, int) and not isinstance('3', (int, float))
print(isinstance(True, int), hasattr('x', 'upper'), getattr([], 'nope', 'default'))
d = {'a': 1}
del d['a']
print(d)
xs = [1, 2, 3]
xs[0] = 10
xs.append(4)
xs.extend([5])
xs.insert(0, 0)
print(xs, xs.pop(), xs.pop(0), xs.index(3), xs.count(2))
xs.sort(key=lambda v: -v)
xs.remove(10)
print(xs)
d = dict(a=1)
d.update({'b': 2})
print(d.setdefault('c', 3), d.pop('a'), sorted(d.items()), list(d.keys()), list(d.values()))
print(' x '.strip(), 'a-b'.replace('-', '+'), 'hello world'.title(), 'abc'.find('c'), ','.join(['1', '2']))
print(round(2.5), round(3.5), round(2.675, 2), abs(-3), int(3.9), int(-3.9), float('1.5'), str(1.0))
raise RuntimeError('the end')
