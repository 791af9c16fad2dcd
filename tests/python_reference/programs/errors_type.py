items = [3, 'a', 1]
print(sorted(items))
