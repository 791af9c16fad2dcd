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
# float() reads the same digits, with single underscores between digits
# only (Decimal() too: the shell goldens' basics/number_text).
for text in ['\uff13.\uff15', ' \u0663.\u0665e\u0661 ', '1_0.5', '1e1_0', 'iNf', '-Infinity',
             '.5', '5.', '+.5e-3', '\u3000-2.5\u3000']:
    print(repr(text), float(text))
for text in ['1__0', '_1.0', '1_.5', '1._5', '\u00b2', '', '1e', 'e5', '1.2.3', '- 1', '0x10']:
    try:
        float(text)
    except ValueError as e:
        print(repr(text), 'ValueError', e)
