# int() of text as CPython reads it: surrounding whitespace, one sign,
# single underscores between digits, and decimal digits of every script
# (Arabic-Indic, full-width, NKo, mathematical, Devanagari); characters
# that are numeric but not decimal digits are refused. Then int() of floats
# at the edges.
for text in ['7', ' -1_000 ', '+7', '\u0663', '\uff13\uff10', '-\u07c3',
             '\U0001d7d3_1', '1\u0969', '\u3000 3\u3000', '-9223372036854775808']:
    print(repr(text), int(text))
for text in ['1__0', '_1', '\u00b2', '\u2460', '- 3', '+-3', '\x1c3', '', '3.0']:
    try:
        int(text)
    except ValueError as e:
        print(repr(text), 'ValueError', e)
print(int(2.9), int(-2.9), int(9.2e18), int(-9223372036854775808.0), int(True))
for f in [float('nan'), float('inf'), float('-inf')]:
    try:
        int(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
