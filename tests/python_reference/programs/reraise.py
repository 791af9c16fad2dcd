# Bare raise, nested handlers, finally, and exceptions in loops.
def inner(kind):
    try:
        if kind == 'key':
            {}['k']
        return [][0]
    except KeyError:
        print('inner saw KeyError, re-raising')
        raise
    finally:
        print('inner finally', kind)


for kind in ['key', 'index']:
    try:
        inner(kind)
    except LookupError as e:
        print('outer caught', type(e).__name__, repr(e))

try:
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        except KeyError as e:
            print('handled', repr(e))
        raise
except ValueError as e:
    print('re-raised the first:', e)


def reraise_from_helper():
    raise


try:
    1 / 0
except ZeroDivisionError:
    try:
        reraise_from_helper()
    except ZeroDivisionError as e:
        print('helper re-raised', e)

count = 0
for i in range(5):
    try:
        if i % 2:
            raise RuntimeError(i)
        count += 1
    except RuntimeError as e:
        if e.args[0] == 3:
            print('break at', e)
            break
        continue
    finally:
        print('finally', i)
print('count', count)

for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
        finally:
            print('cleanup', i, j)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise TypeError('kept')
    finally:
        print('finally runs before the outer handler')
except TypeError as e:
    print('outer', e)

try:
    try:
        raise KeyError('a')
    except KeyError as e:
        raise ValueError('replaced ' + str(e))
except ValueError as e:
    print('replaced:', e)


def deep(n):
    try:
        if n == 0:
            raise IndexError('bottom')
        deep(n - 1)
    except IndexError:
        if n < 2:
            raise
        print('stopped at', n)


deep(4)
try:
    raise KeyError('last')
except KeyError:
    raise
