print(1, -2, 3.5, 1e-05, 1e16, 123456789.0, 0.1 + 0.2, float('inf'), -float('inf'))
print(repr('a'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('tab\tnew\nline\\'))
print(repr('\x00\x7f'), repr('한국어'), r'raw\n', 'con' 'cat')
print([1, [2, (3,)], {'a': None}], (), (1,), (1, 2), set(), {5}, {True: 1})
print(True + True, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** -2, 10 / 4)
x = 3
w = 6
print(f'{x}|{x!r}|{"s"!r}|{x:>5}|{x:<5}|{x:^5}|{x:05d}|{3.14159:.2f}|{1234567:,}|{x:{w}}|{{}}')
print(f'{0.5:.1%}|{-3:+d}|{255:x}|{2.5:e}|{"ab":*^6}|{1234.5:,.1f}|{-42:08d}')
print('{} and {name}'.format(1, name='n'), '{0}{0}'.format('ab'), '{:>4}'.format('z'))
