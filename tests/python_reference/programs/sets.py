print({8, 1}, {3, 1, 2}, set([10, 2, 9]), {1, 2} | {9})
s = {40, 8, 16, 24, 32, 0, 1}
for x in s:
    print(x, end=' ')
print()
print({-1, -2}, {-2, -1}, {-1, -2, 1, 2, 7, 15, -8})
print({2**61, 1, 2}, {2**61 - 1, 0, 2**62}, {9223372036854775807, 7, -9223372036854775807})
print({0.5, 1.5, 2.5, 1e100, -0.25}, {1, 1.0, True}, {True, 1}, {1.0, 2})
print({1} & {True}, {True} & {1, 2}, {1, 2} & {True})
print({None}, {None, 1}, {1, None}, {'a', None})
print({'a', 'b', 'c'}, {'title', 'user'}, {('a', 'b'), ('c', 'd'), ('title', 'user')})
print({9, 1, 17, 3, 25}, set([9, 1, 17, 3, 25]), [x for x in {9, 1, 17, 3, 25}])
for x in {9, 1, 17, 3, 25}:
    print(x, end=' ')
print()
a = {9, 1, 17, 3, 25}
b = set(a)
print(a, b, a.copy(), set(list(a)))
s = set()
for i in range(30):
    s.add(i * 8)
print(s)
print(s.pop(), s.pop(), s.pop())
s.add(8)
s.add(0)
print(s)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    s.remove(1234)
except KeyError as e:
    print('KeyError', e)
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print('RuntimeError', e)
print(set('mississippi'), set({'k': 1, 'j': 2, 'a': 3}), set({3: 'x', 11: 'y'}))
x = {1, 2, 3}
y = x
y |= {17, 33}
print(x, x is y)
x -= {1, 17}
x &= {2, 3, 33, 49}
x ^= {3, 4, 65}
print(x, y)
print({*[17, 1], 9}, {1, *{17, 33}, 2}, {*range(5), *'ab'})
print({x % 7 for x in range(50)}, {x: 1 for x in {5, 13, 21}})
print(sorted({'b', 'a'}), max({3, 9, 1}), sum({1.5, 2.5}), tuple({'z': 0, 'y': 1}))
s = set(range(0, 80, 3))
print(s.pop(), s.pop(), s.pop())
s.clear()
s.update(range(10))
print(s.pop(), s.pop(), s)
s = set(range(0, 80, 3))
print(s.pop(), s.pop(), s.pop())
s &= set(range(0, 80, 6))
print(s.pop(), s.pop(), s)
s = set(range(0, 40))
print([s.pop() for _ in range(12)])
s.intersection_update(range(0, 40, 2))
print(s.pop(), s)
t = s.copy()
print(t.pop(), s.pop())
s = set(range(20))
for i in range(0, 20, 2):
    s.discard(i)
s.difference_update(range(1, 12, 2))
print(s, s.pop())
s = {1, 2, 3}
s.discard(1)
s.add(9)
u = set()
for v in range(1, 14):
    u.add(v)
for v in (9, 11, 13):
    u.discard(v)
u.add(40)
print(s, u)
print({1, 2} ^ {2, 3, 9}, {1, 2}.symmetric_difference([2, 3, 9, 9]), {1, 2}.union([17], (33,), 'a'))
print(set(range(50)) - {1, 2}, set(range(50)).difference([1, 2], {3}), {1, 2, 3} - set(range(50)))
print(set(range(5)).intersection(range(3, 8), [4, 3]), set(range(30)) & {29, 1, 61})
s = {1}
try:
    s.update([5, 9, [2], 3])
except TypeError as e:
    print('TypeError', e, s)
try:
    s.difference_update([5, [2], 9])
except TypeError as e:
    print('TypeError', e, s)
