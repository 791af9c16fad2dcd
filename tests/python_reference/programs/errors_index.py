def get(xs, i):
    return xs[i]


print(get([1, 2], 1))
print(get([1, 2], 5))
