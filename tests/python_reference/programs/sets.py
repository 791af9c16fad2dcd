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
