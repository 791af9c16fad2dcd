//! The interpreter never overflows the stack, whatever the program: the
//! worst inputs run in a thread with a 1 MB stack, what a wasm page has
//! (native main threads have 8 MB). Deep values are dropped without
//! recursion; repr, str, comparison and hashing of deep values fail with
//! CPython's RecursionError; the parser refuses nesting past its limit.

use orm_playground::python::{run_source, NoHost};

/// Runs `src` in a thread with a 1 MB stack: what it printed and its last
/// traceback line (empty when it ran to the end).
fn run_small_stack(src: String) -> (String, String) {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            let (out, err) = run_source(&src, &mut NoHost, 10_000_000);
            (out, err.map(|e| e.last_line()).unwrap_or_default())
        })
        .expect("spawn")
        .join()
        .expect("the interpreter overflowed a 1 MB stack")
}

fn nest_loop(wrap: &str) -> String {
    format!("a = []\nfor i in range(100000):\n    a = {wrap}\nprint('built')\n")
}

/// Every container kind nested 100,000 deep, dropped when the run ends.
const DEEP_VALUES: &[&str] = &[
    "[a]",
    "(a,)",
    "{'k': a}",
    "{1: a}.values()",
    "ValueError(a)",
    "iter([a])",
    "enumerate(a)",
    "zip(a)",
    "[a].append",
    "(lambda x=a: x)",
    "(lambda: a)",
];

#[test]
fn dropping_deep_values_needs_no_stack() {
    for wrap in DEEP_VALUES {
        let (out, err) = run_small_stack(nest_loop(wrap));
        if err.contains("not supported") {
            continue;
        }
        assert_eq!((out.as_str(), err.as_str()), ("built\n", ""), "{wrap}");
    }
}

#[test]
fn dropping_a_deep_list_on_the_main_thread() {
    let (out, err) = run_source(&nest_loop("[a]"), &mut NoHost, 10_000_000);
    assert_eq!(out, "built\n");
    assert!(err.is_none());
}

#[test]
fn deep_values_fail_cleanly() {
    let repr =
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object";
    let compare = "RecursionError: maximum recursion depth exceeded in comparison";
    let cases: &[(&str, &str, &str)] = &[
        ("[a]", "print(a)", repr),
        ("[a]", "s = str(a)", repr),
        ("(a,)", "s = repr(a)", repr),
        ("{'k': a}", "print(a)", repr),
        ("ValueError(a)", "s = repr(a)", repr),
        (
            "ValueError(a)",
            "s = str(a)",
            "RecursionError: maximum recursion depth exceeded while getting the str of an object",
        ),
        (
            "[a]",
            "b = a\na = []\nfor i in range(100000):\n    a = [a]\nprint(a == b)",
            compare,
        ),
        (
            "(a,)",
            "b = a\na = ()\nfor i in range(100000):\n    a = (a,)\nprint(a < b)",
            compare,
        ),
        ("[a]", "print(a in [a[0]])", compare),
        (
            "(a,)",
            "d = {a: 1}",
            "not supported in the playground: dict keys or set items nested more than 200 deep",
        ),
    ];
    for (wrap, then, want) in cases {
        let src = format!("a = ()\nfor i in range(100000):\n    a = {wrap}\n{then}\n");
        let (_, err) = run_small_stack(src);
        assert_eq!(&err, want, "{wrap} / {then}");
    }
}

#[test]
fn moderately_deep_values_still_work() {
    // Debug builds' frames are several times larger than release ones, so
    // the stack guard stops them earlier: release builds reach the limits
    // of 200 nested values and 99 nested parentheses in a 1 MB stack.
    let src = "a = []\nfor i in range(100):\n    a = [a]\nprint(len(repr(a)), a == a, [a] == [a], {(((1,),),): 2}[(((1,),),)])";
    let (out, err) = run_small_stack(src.to_string());
    assert_eq!((out.as_str(), err.as_str()), ("202 True True 2\n", ""));
    let parens = format!("print({}1{})", "(".repeat(20), ")".repeat(20));
    assert_eq!(run_small_stack(parens), ("1\n".to_string(), String::new()));
}

/// The worst source texts: nesting right at the parser's limit (100) and
/// just past it, and flat chains that build deep syntax trees.
#[test]
fn parser_limits_hold_in_a_small_stack() {
    let nested = |open: &str, inner: &str, close: &str, n: usize| {
        format!("x = {}{inner}{}\n", open.repeat(n), close.repeat(n))
    };
    let mut sources = Vec::new();
    for n in [99, 100, 101, 1000] {
        sources.push(nested("(", "1", ")", n));
        sources.push(nested("[", "1", "]", n));
        sources.push(nested("{1: ", "1", "}", n));
        sources.push(nested("-", "1", "", n));
        sources.push(nested("not ", "1", "", n));
        sources.push(nested("lambda: ", "1", "", n));
        sources.push(nested("1 if 1 else ", "1", "", n));
        sources.push(nested("2 ** ", "1", "", n));
        sources.push(nested("f(", "1", ")", n));
        sources.push(nested("[x for x in ", "[1]", "]", n));
        sources.push(nested("(1, ", "1", ")", n));
        let mut block = String::new();
        for depth in 0..n {
            block.push_str(&" ".repeat(depth));
            block.push_str("if 1:\n");
        }
        block.push_str(&" ".repeat(n));
        block.push_str("pass\n");
        sources.push(block);
        sources.push(format!("x = f'{{{}1{}}}'\n", "(".repeat(n), ")".repeat(n)));
    }
    for n in [100, 1000, 100_000] {
        let chain = |sep: &str| format!("x = 1{}\n", format!("{sep}1").repeat(n));
        for sep in [" + ", " * ", " or ", " and ", " < ", " | ", ", "] {
            sources.push(chain(sep));
        }
        sources.push(format!("x = 'a'{}\n", ".upper()".repeat(n)));
        sources.push(format!("x = [1]{}\n", "[0:]".repeat(n)));
        sources.push(format!("x = print{}\n", "()".repeat(n)));
        sources.push(format!("x = {}\n", "'a' ".repeat(n)));
    }
    for src in sources {
        let head: String = src.chars().take(40).collect();
        let (_, err) = run_small_stack(src);
        assert!(
            err.is_empty()
                || err.starts_with("SyntaxError")
                || err.starts_with("RecursionError")
                || err.starts_with("IndentationError")
                || err.starts_with("TypeError")
                || err.starts_with("NameError")
                || err.starts_with("AttributeError")
                || err.starts_with("not supported"),
            "{head}…: {err}"
        );
    }
}

/// Python functions call each other without Rust recursion; builtins that
/// call back (sorted's key, map) nest Rust calls up to a limit.
#[test]
fn deep_calls_fail_cleanly() {
    let cases: &[(&str, &str)] = &[
        (
            "def f(n):\n    return f(n + 1)\nf(0)",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "def f(n):\n    return sorted([n], key=f)\nf(0)",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "def f(n):\n    return list(map(f, [n]))\nf(0)",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "def f(n):\n    return max([n], key=lambda v: f(v))\nf(0)",
            "RecursionError: maximum recursion depth exceeded",
        ),
    ];
    for (src, want) in cases {
        let (_, err) = run_small_stack(src.to_string());
        assert_eq!(&err, want, "{src}");
    }
}
