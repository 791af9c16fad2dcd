//! Table tests of whole programs: what they print and how they fail.

use super::{run_source, NoHost};

fn run(src: &str) -> String {
    let (out, err) = run_source(src, &mut NoHost, 100_000);
    match err {
        Some(e) => format!("{out}!{}@{}\n", e.last_line(), e.line),
        None => out,
    }
}

#[test]
fn programs() {
    let cases: &[(&str, &str)] = &[
        ("print(1 + 2, 'a', None, True)", "3 a None True\n"),
        ("print(7 // -2, 7 % -2, -7 // 2, 7 / 2, 2 ** 10, 2 ** -1)", "-4 -1 -4 3.5 1024 0.5\n"),
        ("print(repr('it\\'s'), repr('a\"b'), [1, 'x'], (1,), {'a': 1}, set(), {1})", "\"it's\" 'a\"b' [1, 'x'] (1,) {'a': 1} set() {1}\n"),
        ("print(0.1 + 0.2, 1e-5, 1e16, 1.0, 3.0 * 2)", "0.30000000000000004 1e-05 1e+16 1.0 6.0\n"),
        ("x = [i * i for i in range(5) if i % 2]\nprint(x, x[::-1], x[1:])", "[1, 9] [9, 1] [9]\n"),
        ("d = {}\nfor w in 'a b a'.split():\n    d[w] = d.get(w, 0) + 1\nprint(d)", "{'a': 2, 'b': 1}\n"),
        ("def f(a, b=2):\n    return a * b\nprint(f(3), f(3, b=4))", "6 12\n"),
        ("def mk(n):\n    return lambda x: x + n\nprint(mk(2)(3))", "5\n"),
        ("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('f')", "caught division by zero\nf\n"),
        ("for i in range(3):\n    if i == 1:\n        break\n    print(i)\nelse:\n    print('no')", "0\n"),
        ("x = 5\nprint(f'{x:>3}|{x:05d}|{3.14159:.2f}|{1234567:,}|{\"s\"!r}')", "  5|00005|3.14|1,234,567|'s'\n"),
        ("print(1 < 2 < 3, 1 < 3 < 2, 'a' in 'cat', 3 not in [1])", "True False True True\n"),
        ("print(0 or 'x', 1 and 0, [] or None)", "x 0 None\n"),
        ("a, (b, c) = 1, [2, 3]\nprint(a, b, c)", "1 2 3\n"),
        ("print(sorted([3, 1, 2], reverse=True), max([1, 5, 2], key=lambda v: -v), sum(x for x in range(4)))", "[3, 2, 1] 1 6\n"),
        ("print('Hello, 세계 ß ÿ Ａｂ 😀'.upper(), 'ÀÉ ABC Þ'.lower(), 'aB ß'.swapcase(), 'ßAB'.capitalize(), '안녕a hello wORLD ßx 1a'.title())", "HELLO, 세계 SS Ÿ ＡＢ 😀 àé abc þ Ab SS Ssab 안녕A Hello World Ssx 1A\n"),
        ("print('abc'.isalpha(), '한글'.isalpha(), 'a1'.isalpha(), ''.isalpha(), 'ABC 1'.isupper(), '한'.isupper(), 'ab'.islower(), 'Ab'.islower())", "True True False False True False True False\n"),
        ("'Ωa'.lower()", "!not supported in the playground: str.lower() on the character 'Ω'@1\n"),
        ("café = 1\n이름 = 'x'\nx_1 = 2\nprint(café, 이름, x_1)\nprint({5, 3, 1, True, 0})\nl = list(range(10))\ndel l[::-3]\nprint(l)\nl = list(range(10))\ndel l[1:8:2]\nprint(l)", "1 x 2\n{0, 1, 3, 5}\n[1, 2, 4, 5, 7, 8]\n[0, 2, 4, 6, 8, 9]\n"),
        ("x² = 1", "!SyntaxError: invalid character '²' (U+00B2)@1\n"),
        ("x = 1\nΩ = 2", "!not supported in the playground: the character 'Ω' outside strings@2\n"),
        ("print(x)", "!NameError: name 'x' is not defined@1\n"),
        ("x = 1\nx + 'a'", "!TypeError: unsupported operand type(s) for +: 'int' and 'str'@2\n"),
        ("{}['a']", "!KeyError: 'a'@1\n"),
        ("[][0]", "!IndexError: list index out of range@1\n"),
        ("[].foo", "!AttributeError: 'list' object has no attribute 'foo'@1\n"),
        ("int('x')", "!ValueError: invalid literal for int() with base 10: 'x'@1\n"),
        ("1 < 'a'", "!TypeError: '<' not supported between instances of 'int' and 'str'@1\n"),
        ("2 ** 100", "!not supported in the playground: integers beyond 64 bits@1\n"),
        ("while True:\n    pass", "!not supported in the playground: the program took more than 100,000 steps (an endless loop?)@2\n"),
        ("def f():\n    raise ValueError('bad')\nf()", "!ValueError: bad@2\n"),
        ("x = 1\nprint(x", "!SyntaxError: '(' was never closed@2\n"),
        ("for i in range(2):\n    try:\n        continue\n    finally:\n        print('fin', i)", "fin 0\nfin 1\n"),
        ("def f():\n    try:\n        return 1\n    finally:\n        print('cleanup')\nprint(f())", "cleanup\n1\n"),
        ("x = [1]\ny = x\ny += [2]\nprint(x)", "[1, 2]\n"),
        ("print(*[1, 2], sep='-', end='!')", "1-2!"),
        ("x = 10\n[x for x in range(3)]\nprint(x)", "10\n"),
        ("print(list(enumerate('ab', start=1)), list(zip([1, 2], 'xy')))", "[(1, 'a'), (2, 'b')] [(1, 'x'), (2, 'y')]\n"),
        ("assert 1 == 2, 'no'", "!AssertionError: no@1\n"),
        ("try:\n    raise KeyError('k')\nexcept (ValueError, LookupError) as e:\n    print(repr(e))", "KeyError('k')\n"),
        ("def f(n):\n    return 1 if n < 2 else n * f(n - 1)\nprint(f(10))", "3628800\n"),
        ("d = {'b': 1, 'a': 2}\nprint(d.items(), list(d), d.pop('b'), d)", "dict_items([('a', 2)]) ['b', 'a'] 1 {'a': 2}\n"),
        ("print('%s has %d rows (%.1f%%)' % ('auth_user', 3, 37.5))", "auth_user has 3 rows (37.5%)\n"),
        ("'%s %s' % ('x',)", "!TypeError: not enough arguments for format string@1\n"),
        ("print(list[int])", "!not supported in the playground: subscripting the class list (list[int] is a type hint)@1\n"),
    ];
    for (src, expected) in cases {
        assert_eq!(&run(src), expected, "{src}");
    }
}

#[test]
fn pauses_and_resumes() {
    let program =
        super::Program::compile("t = 0\nfor i in range(1000):\n    t += i\nprint(t)").ok();
    let Some(program) = program else {
        panic!("compile")
    };
    let mut vm = super::Vm::new(&program);
    let mut slices = 0;
    loop {
        slices += 1;
        match vm.run(&mut NoHost, 100) {
            Ok(super::Status::Paused) => continue,
            Ok(super::Status::Done) => break,
            Err(e) => panic!("{e}"),
        }
    }
    assert!(slices > 10);
    assert_eq!(vm.stdout(), "499500\n");
}

/// Every operation returns a `Result<Value, Thrown>`: it stays the size of
/// a `Value` (16 bytes in wasm32), which keeps the interpreter's wasm small.
#[test]
fn results_are_the_size_of_a_value() {
    use super::{Thrown, Value};
    use std::mem::size_of;
    assert_eq!(size_of::<Result<Value, Thrown>>(), size_of::<Value>());
    assert!(size_of::<Value>() <= 3 * size_of::<usize>());
}
