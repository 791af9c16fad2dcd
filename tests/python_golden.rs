//! Every program of tests/golden/python/corpus.json (hand-written ones and
//! the seeded generator's, run by CPython 3.11 with
//! tests/python_reference/regenerate.sh) prints exactly what CPython
//! printed and fails with CPython's last traceback line on the same line.
//! Syntax errors compare type and line only (CPython 3.11's parser words
//! many of them its own way).

use orm_playground::python::{run_source, ErrorKind, NoHost};
use serde_json::Value;

#[test]
fn python_matches_cpython() {
    let text = std::fs::read_to_string("tests/golden/python/corpus.json").unwrap();
    let corpus: Value = serde_json::from_str(&text).unwrap();
    let mut failures = Vec::new();
    let cases = corpus["cases"].as_array().unwrap();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let source = case["source"].as_str().unwrap();
        let (stdout, error) = run_source(source, &mut NoHost, 1_000_000);
        let want_out = case["stdout"].as_str().unwrap();
        let got_err = error.as_ref().map(|e| match &e.kind {
            ErrorKind::Syntax { type_name, .. } => format!("{type_name} (syntax) @{}", e.line),
            _ => format!("{} @{}", e.last_line(), e.line),
        });
        let want_err = match &case["error"] {
            Value::Null => None,
            err if err["syntax"].as_bool() == Some(true) => Some(format!(
                "{} (syntax) @{}",
                err["type"].as_str().unwrap(),
                err["line"]
            )),
            err => Some(format!(
                "{} @{}",
                err["last_line"].as_str().unwrap(),
                err["line"]
            )),
        };
        if stdout != want_out || got_err != want_err {
            failures.push(format!(
                "{name}:\n--- source\n{source}--- CPython\n{want_out}{want_err:?}\n--- ours\n{stdout}{got_err:?}\n"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
