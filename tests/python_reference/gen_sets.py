"""Seeded generator of programs over `set`: what CPython 3.11 prints for
sets follows the members' hashes and how each set was built, so these
programs build sets every way the playground's Python can (displays of
constants, `set(iterable)`, comprehensions, `*` unpacking, copies) from
ints (small, negative, -1, beyond 2**61), strings, floats, bools, None
and tuples, and print them after every operation (`|`, `&`, `-`, `^`,
their methods and in-place forms, `add`/`discard`/`remove`/`pop`,
deletions followed by additions, growth past 5, 20 and 100 members).
Strings hash by the seed: regenerate.sh runs CPython with
PYTHONHASHSEED=0. Deterministic for a given seed:
`python3 gen_sets.py OUT_DIR`."""
import os
import random
import sys

SEED = 20261126
COUNT = 300

INTS = ["0", "1", "2", "3", "5", "7", "8", "9", "16", "17", "24", "31", "32", "33", "40", "64", "100",
        "-1", "-2", "-3", "-8", "-9", "-100", "1000", "12345",
        "2305843009213693951", "2305843009213693952", "2305843009213693953",
        "-2305843009213693951", "4611686018427387904", "9223372036854775807", "-9223372036854775807",
        "1099511627776", "281474976710656"]
# Which strings CPython had interned before the program ran changes the
# order of a folded display of constants (see `Op::BuildConstSet`): the
# names here are the builtins' methods (interned) or interned nowhere.
STRS = ["'a'", "'b'", "'c'", "'bc'", "''", "'x y'", "'가나'", "'title'", "'upper'", "'Django'", "'é'", "'xyz'"]
FLOATS = ["0.5", "2.25", "-1.5", "1e16", "3.0", "0.1", "-0.0", "1.5"]
OTHERS = ["True", "False", "(1, 'a')", "(2,)", "()", "('a', 'b')", "(1, (2, 3))"]
NAMES = ["a", "b", "c"]


def member(r, kind):
    if kind == "int":
        return r.choice(INTS) if r.random() < 0.6 else str(r.randint(-20, 60))
    if kind == "str":
        return r.choice(STRS)
    pick = r.randrange(10)
    if pick < 4:
        return member(r, "int")
    if pick < 7:
        return member(r, "str")
    if pick < 9:
        return r.choice(FLOATS)
    return r.choice(OTHERS)


def members(r, kind, n):
    return [member(r, kind) for _ in range(n)]


def builder(r, named=True):
    """An expression making a new set (`named`: it may unpack a, b or c)."""
    kind = r.choice(["int", "int", "str", "mixed"])
    k = r.randrange(9)
    n = r.choice([0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20])
    if k == 0:
        items = members(r, kind, max(n, 1))
        return "{" + ", ".join(items) + "}"
    if k == 1:
        return "set([" + ", ".join(members(r, kind, n)) + "])"
    if k == 2:
        return f"set(range({r.randint(-5, 5)}, {r.randint(5, 130)}, {r.choice([1, 1, 2, 3, 7])}))"
    if k == 3:
        return f"{{x * {r.choice([1, 2, 3, 8, 16, -1, 32])} for x in range({r.randint(0, 40)})}}"
    if k == 4:
        return f"{{str(x) for x in range({r.randint(0, 30)})}}"
    if k == 5:
        return "set(" + r.choice(["'hello world'", "'Django ORM'", "'mississippi'", "'가나다라'"]) + ")"
    if k == 6:
        keys = members(r, kind, n)
        return "set({" + ", ".join(f"{key}: {i}" for i, key in enumerate(keys)) + "})"
    if k == 7:
        source = r.choice(NAMES) if named else "[" + ", ".join(members(r, kind, n)) + "]"
        return "{*" + source + ", " + ", ".join(members(r, kind, r.randint(1, 3))) + "}"
    return "{" + ", ".join(members(r, kind, r.randint(1, 2))) + "}"


def operand(r):
    if r.random() < 0.7:
        return r.choice(NAMES)
    return builder(r)


def iterable(r):
    k = r.randrange(4)
    if k == 0:
        return "[" + ", ".join(members(r, r.choice(["int", "str", "mixed"]), r.randint(0, 6))) + "]"
    if k == 1:
        return f"range({r.randint(0, 10)}, {r.randint(10, 60)})"
    if k == 2:
        return r.choice(["'abc'", "'hello'", "''"])
    return operand(r)


def statement(r):
    x, y = r.choice(NAMES), r.choice(NAMES)
    k = r.randrange(20)
    if k == 0:
        return [f"{x} = {builder(r)}", f"print({x})"]
    if k == 1:
        op = r.choice(["|", "&", "-", "^"])
        return [f"print({operand(r)} {op} {operand(r)})"]
    if k == 2:
        op = r.choice(["|=", "&=", "-=", "^="])
        return [f"{x} {op} {operand(r)}", f"print({x})"]
    if k == 3:
        m = r.choice(["union", "intersection", "difference", "symmetric_difference"])
        args = ", ".join(iterable(r) for _ in range(1 if m == "symmetric_difference" else r.randint(0, 2)))
        return [f"print({x}.{m}({args}))"]
    if k == 4:
        m = r.choice(["update", "intersection_update", "difference_update", "symmetric_difference_update"])
        args = ", ".join(iterable(r) for _ in range(1 if m == "symmetric_difference_update" else r.randint(1, 2)))
        return [f"{x}.{m}({args})", f"print({x})"]
    if k == 5:
        return [f"{x}.add({member(r, 'mixed')})", f"print({x})"]
    if k == 6:
        return [f"{x}.discard({member(r, 'mixed')})", f"print({x})"]
    if k == 7:
        return ["try:", f"    {x}.remove({member(r, 'mixed')})", "except KeyError as e:",
                "    print('KeyError', e)", f"print({x})"]
    if k == 8:
        return [f"for _ in range({r.randint(1, 4)}):", f"    if {x}:", f"        print({x}.pop(), end=' ')",
                "print()", f"print({x})"]
    if k == 9:
        return [f"print(list({x}), tuple({x}))"]
    if k == 10:
        return [f"for v in {x}:", "    print(v, end=' ')", "print()"]
    if k == 11:
        return [f"print([v for v in {x}], sorted({x}, key=repr), len({x}))"]
    if k == 12:
        return [f"print(''.join(v for v in {x} if type(v) is str))"]
    if k == 13:
        # Deletions leave dummies that later additions reuse.
        n = r.randint(1, 30)
        return [f"for v in list({x})[:{n}:2]:", f"    {x}.discard(v)",
                f"for v in range({r.randint(0, 40)}, {r.randint(40, 90)}, {r.randint(1, 9)}):",
                f"    {x}.add(v)", f"print({x})"]
    if k == 14:
        n = r.choice([5, 6, 20, 21, 100, 101, 150])
        item = r.choice(["v", "str(v)", "v * 8", "-v", "(v, str(v))", "v * 1000003", "v / 2"])
        return [f"{x} = set()", f"for v in range({n}):", f"    {x}.add({item})", f"print({x})"]
    if k == 15:
        return [f"{x} = {y}.copy()", f"{x}.add({member(r, 'int')})", f"print({x}, {y})"]
    if k == 16:
        return [f"{x}.clear()", f"{x}.update({iterable(r)})", f"print({x})"]
    if k == 17:
        items = ", ".join(members(r, r.choice(["int", "str", "mixed"]), r.randint(3, 9)))
        return [f"for v in {{{items}}}:", "    print(v, end=' ')", "print()",
                f"print([v for v in {{{items}}}])"]
    if k == 18:
        return [f"print({x} == {y}, {x} <= {y}, {x}.isdisjoint({y}), {x}.issubset({iterable(r)}))"]
    return [f"print(set({x}), set(list({x})), {{*{x}}})"]


def program(r):
    lines = [f"{name} = {builder(r, named=False)}" for name in NAMES]
    lines += [f"print({name})" for name in NAMES]
    for _ in range(r.randint(6, 14)):
        lines += statement(r)
    return "\n".join(lines) + "\n"


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    r = random.Random(SEED)
    for i in range(COUNT):
        with open(os.path.join(out, f"sets_{i:03}.py"), "w") as f:
            f.write(program(r))


if __name__ == "__main__":
    main()
