total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print('not reached')
print(total)
n = 0
while n < 5:
    n += 1
else:
    print('while else', n)
for a, b in [(1, 2), (3, 4)]:
    print(a * b, end=' ')
print()
first, *rest = [1, 2, 3]
print(first, rest)
k = 0
while True:
    k += 1
    if k == 3:
        break
print(k)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 'b' in 'abc', None is None, [] is not [])
print(0 or '' or 'x', 1 and 2 and 0, not [], 5 if 0 else 6)
