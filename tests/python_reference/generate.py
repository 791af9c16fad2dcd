"""Seeded generator of small programs over the playground's pure Python
subset. Deterministic for a given seed: `python3 generate.py OUT_DIR`."""
import random
import sys
import os

SEED = 20240308
COUNT = 300

VARS = ["a", "b", "c", "xs", "s", "d"]


def lit(r):
    k = r.randrange(7)
    if k == 0:
        return str(r.randint(-9, 12))
    if k == 1:
        return r.choice(["0.5", "2.25", "-1.5", "3.0", "0.1", "1e-05", "1e16"])
    if k == 2:
        return r.choice(["'a'", "'bc'", "''", '"it\'s"', "'x y'", "'가나'"])
    if k == 3:
        return "[" + ", ".join(str(r.randint(-3, 5)) for _ in range(r.randint(0, 3))) + "]"
    if k == 4:
        return r.choice(["True", "False", "None"])
    if k == 5:
        return "(" + ", ".join(str(r.randint(0, 4)) for _ in range(r.randint(0, 3))) + ("," if r.random() < 0.3 else "") + ")"
    return r.choice(["{'k': 1, 'j': 2}", "{}", "{1, 2}", "set()"])


def subscriptable(e):
    """`type(x)[2]` is a generic alias (`list[2]`), a type hint outside the
    playground's subset: subscript the class's repr instead. Draws no
    random numbers, so the other programs stay as they were."""
    return f"repr({e})" if e.startswith("type(") else e


def expr(r, depth=0):
    if depth >= 2 or r.random() < 0.3:
        return r.choice(VARS) if r.random() < 0.4 else lit(r)
    k = r.randrange(12)
    e = lambda: expr(r, depth + 1)
    if k < 4:
        op = r.choice(["+", "-", "*", "/", "//", "%", "<", "==", "!=", "in", "and", "or", "is", ">="])
        return f"({e()} {op} {e()})"
    if k == 4:
        return f"(not {e()})"
    if k == 5:
        return f"{r.choice(['len', 'str', 'repr', 'bool', 'abs', 'sorted', 'list', 'int', 'float', 'tuple', 'type', 'min', 'max', 'sum', 'any', 'all', 'reversed'])}({e()})"
    if k == 6:
        return f"{subscriptable(e())}[{r.randint(-3, 3)}]"
    if k == 7:
        return f"{subscriptable(e())}[{r.choice(['1:', ':2', '::-1', '1:3', '::2', '-2:'])}]"
    if k == 8:
        return f"({e()} if {e()} else {e()})"
    if k == 9:
        return f"[v * 2 for v in {e()} if v]"
    if k == 10:
        return f"f'{{{r.choice(VARS)}!r}} {{{r.choice(VARS)}}}|{{{r.choice(VARS)}!s:>{r.randint(1, 9)}}}'"
    return f"{r.choice(VARS)}.{r.choice(['upper()', 'split()', 'get(1)', 'count(1)', 'index(1)', 'items()', 'keys()', 'strip()', 'pop()'])}"


def program(r):
    lines = [
        f"a = {r.randint(-5, 9)}",
        f"b = {r.choice(['2.5', '-3', '7', '0'])}",
        f"c = {lit(r)}",
        f"xs = [{', '.join(str(r.randint(-4, 9)) for _ in range(r.randint(0, 5)))}]",
        "s = " + r.choice(['"hello world"', "'Django ORM'", "''", "'a,b,,c'"]),
        "d = {'x': 1, 'y': [1, 2]}",
    ]
    for _ in range(r.randint(2, 6)):
        k = r.randrange(8)
        if k < 3:
            lines += ["try:", f"    print({expr(r)})", "except Exception as e:", "    print(type(e).__name__, e)"]
        elif k == 3:
            lines.append(f"{r.choice(VARS)} = {expr(r)}")
        elif k == 4:
            lines += [f"for i, v in enumerate({expr(r)}):", f"    print(i, v, end=' | ')", "print()"]
        elif k == 5:
            lines += ["try:", f"    print({expr(r)})", "except (TypeError, ValueError) as e:", "    print('caught', type(e).__name__, e)"]
        elif k == 6:
            lines += [f"if {expr(r)}:", f"    print('yes', {expr(r)})", "else:", f"    print('no')"]
        else:
            lines += [f"{r.choice(['a', 'xs', 's'])} += {expr(r)}", f"print(a, xs, s)"]
    return "\n".join(lines) + "\n"


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    r = random.Random(SEED)
    for i in range(COUNT):
        with open(os.path.join(out, f"gen_{i:03}.py"), "w") as f:
            f.write(program(r))


if __name__ == "__main__":
    main()
