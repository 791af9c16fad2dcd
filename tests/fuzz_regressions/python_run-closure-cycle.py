def greet(name, greeting='Hello'):
    return f'{greeting}, {name}!'


print(greet('Kim'), greet('Lee', greeting='Hi'), greet(*['Park']), greet(**{'name': 'Choi'}))


def counter(start):
    def inc(step=1):
        return start + step
    return inc


print(counter(10)(), counter(10)(5))
square = lambda v: v * v
print(list(map(square, range(4))), list(filter(None, [0, 1, '', 'a'])))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted([3, 1, 2], reverse=True))
print(max([1, 5, 3], key=lambda v: -v), min([], default='empty'), min(4, 2, 8))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))
words = 'the quick brown fox jumps over the lazy dog'.split()
print({w: len(w) for w in words if len(w) > 4})
print([(i, j) for i in range(3) for j in range(i)])
print(sum(len(w) for w in words), any(w.startswith('q') for w in words), all(words))
print(list(zip('abc', [1, 2])), list(enumerate('xy', start=5)), list(reversed([1, 2, 3])))
