# Methods read from the class: called with the instance first.
words = ['Django', 'orm', 'Query']
print(list(map(str.upper, words)), sorted(words, key=str.lower))
print(str.join('-', words), str.split('a b  c'), dict.get({'k': 1}, 'k'))
xs = []
list.append(xs, 3)
print(xs, tuple.count((1, 1, 2), 1), repr(str.strip), str.strip)
for call in [lambda: str.split(), lambda: str.upper(1), lambda: int[0], lambda: str.nope]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
list.append((), 1)
