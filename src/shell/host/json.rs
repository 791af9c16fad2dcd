//! A `JSONField`'s values in the shell: `json.loads` of the stored text
//! into the interpreter's dicts, lists, strings, numbers, booleans and
//! `None` (Django's `from_db_value`), and `json.dumps` of a program's value
//! as Django's SQLite backend sends it (`adapt_json_value`: the default
//! encoder, `ensure_ascii`, `", "`/`": "` separators, `int`, `float` and
//! `bool` keys as text). Lookups into the value (`data__key`) need
//! SQLite's JSON functions, which the page's SQLite leaves out; the query
//! engine refuses them.

use std::cell::RefCell;
use std::rc::Rc;

use super::unsupported;
use crate::python::value::{float_repr, Dict, Key, MAX_NESTING};
use crate::python::{HostResult, Thrown, Value};

/// `json.loads(text)` as Django's `JSONField.from_db_value` calls it.
///
/// Its own small parser rather than `fixtures::json`'s serde reader:
/// integers beyond 64 bits, which Python reads exactly, are refused here
/// instead of becoming floats, and the interpreter's values are built
/// directly. (Floats no longer decide it: serde_json reads them exactly
/// since its `float_roundtrip` feature went in.)
pub(super) fn loads(text: &str) -> HostResult<Value> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    if p.at != p.bytes.len() {
        return bad();
    }
    Ok(value)
}

/// Text that is not JSON: SQLite's `CHECK (JSON_VALID(...))` keeps it out
/// of the column, so only a file edited by hand has it.
fn bad<T>() -> HostResult<T> {
    unsupported("reading a JSONField whose stored text is not JSON")
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let found = self.bytes.get(self.at) == Some(&b);
        if found {
            self.at += 1;
        }
        found
    }

    fn word(&mut self, word: &str, value: Value) -> HostResult<Value> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            bad()
        }
    }

    fn value(&mut self, depth: usize) -> HostResult<Value> {
        if depth > MAX_NESTING {
            return unsupported(format!("JSON nested more than {MAX_NESTING} deep"));
        }
        self.space();
        match self.bytes.get(self.at) {
            Some(b'{') => {
                self.at += 1;
                let mut d = Dict::default();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let key: Rc<str> = Rc::from(self.string()?.as_str());
                        if !self.eat(b':') {
                            return bad();
                        }
                        let item = self.value(depth + 1)?;
                        // A repeated key keeps its first position and its
                        // last value, as `dict` does.
                        d.insert(Key::Str(key.clone()), Value::Str(key), item);
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return bad();
                        }
                    }
                }
                Ok(Value::Dict(Rc::new(RefCell::new(d))))
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return bad();
                        }
                    }
                }
                Ok(Value::list(items))
            }
            Some(b'"') => Ok(Value::str(&self.string()?)),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::None),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => bad(),
        }
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`: an `int` without a
    /// fraction or exponent, else a `float`.
    fn number(&mut self) -> HostResult<Value> {
        let start = self.at;
        let digits = |p: &mut Parser<'_>| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at > from
        };
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let whole = self.at;
        if !digits(self) || self.bytes[whole] == b'0' && self.at - whole > 1 {
            return bad();
        }
        let mut float = false;
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            float = true;
            if !digits(self) {
                return bad();
            }
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            float = true;
            if matches!(self.bytes.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return bad();
            }
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or("");
        if float {
            return match crate::python::parse_float::parse_float(text) {
                Some(f) => Ok(Value::Float(f)),
                None => bad(),
            };
        }
        match text.parse::<i64>() {
            Ok(n) => Ok(Value::Int(n)),
            Err(_) => unsupported("a JSON integer beyond 64 bits"),
        }
    }

    /// A string at `"`, its escapes decoded (`\uXXXX` pairs joined).
    fn string(&mut self) -> HostResult<String> {
        if self.bytes.get(self.at) != Some(&b'"') {
            return bad();
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self
                .bytes
                .get(self.at)
                .is_some_and(|b| *b != b'"' && *b != b'\\' && *b >= 0x20)
            {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or(""));
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let c = self.unicode()?;
                            out.push(c);
                            continue;
                        }
                        _ => return bad(),
                    };
                    self.at += 1;
                    out.push(c);
                }
                _ => return bad(),
            }
        }
    }

    /// `\uXXXX` at `u` (and a low surrogate after a high one).
    fn unicode(&mut self) -> HostResult<char> {
        let unit = self.hex4()?;
        if (0xd800..0xdc00).contains(&unit) && self.bytes[self.at..].starts_with(b"\\u") {
            let back = self.at;
            self.at += 1;
            let low = self.hex4()?;
            if (0xdc00..0xe000).contains(&low) {
                let c = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                return char::from_u32(c).map_or_else(bad, Ok);
            }
            self.at = back;
        }
        match char::from_u32(unit) {
            Some(c) => Ok(c),
            // Python keeps a lone surrogate in its str; Rust's cannot.
            None => unsupported("a lone surrogate (\\ud800-\\udfff) in stored JSON"),
        }
    }

    /// The four hex digits after `u`.
    fn hex4(&mut self) -> HostResult<u32> {
        let digits = self.bytes.get(self.at + 1..self.at + 5).unwrap_or(b"");
        let text = std::str::from_utf8(digits).unwrap_or("");
        if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return bad();
        }
        self.at += 5;
        u32::from_str_radix(text, 16).map_or_else(|_| bad(), Ok)
    }
}

/// `json.dumps(value)` with the default encoder.
pub(super) fn dumps(value: &Value) -> HostResult<String> {
    let mut out = String::new();
    write(&mut out, value, 0)?;
    Ok(out)
}

/// How deep a saved value may nest: the page checks `JSON_VALID` with
/// serde, which stops at 128 levels where SQLite's own check goes on.
const MAX_SAVED_NESTING: usize = 100;

fn write(out: &mut String, value: &Value, depth: usize) -> HostResult<()> {
    if depth > MAX_SAVED_NESTING {
        return unsupported(format!(
            "json.dumps of values nested more than {MAX_SAVED_NESTING} deep"
        ));
    }
    match value {
        Value::None => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(n) => out.push_str(&n.to_string()),
        Value::Float(f) => out.push_str(&float_text(*f)),
        Value::Str(s) => crate::fixtures::values::write_ascii_string(out, s),
        Value::List(items) => {
            let items = items.borrow().clone();
            write_items(out, &items, depth)?;
        }
        Value::Tuple(items) => write_items(out, items, depth)?,
        Value::Dict(d) => {
            let entries = d.borrow().entries().to_vec();
            out.push('{');
            for (i, (key, item)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let key = match key {
                    Value::Str(s) => s.to_string(),
                    Value::Int(n) => n.to_string(),
                    Value::Float(f) => float_text(*f),
                    Value::Bool(true) => "true".into(),
                    Value::Bool(false) => "false".into(),
                    Value::None => "null".into(),
                    other => {
                        return Err(Thrown::type_error(format!(
                            "keys must be str, int, float, bool or None, not {}",
                            other.type_name()
                        )))
                    }
                };
                crate::fixtures::values::write_ascii_string(out, &key);
                out.push_str(": ");
                write(out, item, depth + 1)?;
            }
            out.push('}');
        }
        Value::Host(_) => {
            return unsupported(format!(
                "json.dumps of a {} (Django's encoder refuses it with a TypeError)",
                value.type_name()
            ))
        }
        other => {
            return Err(Thrown::type_error(format!(
                "Object of type {} is not JSON serializable",
                other.type_name()
            )))
        }
    }
    Ok(())
}

fn write_items(out: &mut String, items: &[Value], depth: usize) -> HostResult<()> {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, item, depth + 1)?;
    }
    out.push(']');
    Ok(())
}

/// `float.__repr__`, with `allow_nan`'s spellings.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        float_repr(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> Option<String> {
        loads(text).ok().and_then(|v| dumps(&v).ok())
    }

    /// Expected texts are CPython 3.11's `json.dumps(json.loads(text))`
    /// and `json.dumps(value)`.
    #[test]
    fn loads_and_dumps_as_cpython() {
        assert_eq!(
            round_trip(
                r#"{"a": 1, "b": [0.30000000000000004, -0, 1e400, "\ud83d\ude00\u00e9", 1.0, 123456789012345678], "a": 2}"#
            )
            .as_deref(),
            Some(
                r#"{"a": 2, "b": [0.30000000000000004, 0, Infinity, "\ud83d\ude00\u00e9", 1.0, 123456789012345678]}"#
            )
        );
        assert_eq!(round_trip(" [ ] ").as_deref(), Some("[]"));
        assert_eq!(
            round_trip(r#""a\"b\\c\/""#).as_deref(),
            Some(r#""a\"b\\c/""#)
        );
        for not_json in ["01", "[1,]", "{\"a\" 1}", "tru", "\"\\x\"", "1 2", "-"] {
            assert!(loads(not_json).is_err(), "{not_json}");
        }
        // Python reads it as an exact int; refused here.
        assert!(loads("99999999999999999999").is_err());

        let mut d = Dict::default();
        let pair = Value::tuple(vec![Value::Int(2), Value::None]);
        d.insert(
            Key::Str("x".into()),
            Value::str("x"),
            Value::list(vec![Value::Float(1.0), pair]),
        );
        d.insert(Key::Int(3), Value::Int(3), Value::Bool(true));
        d.insert(
            Key::Float(2.5f64.to_bits()),
            Value::Float(2.5),
            Value::str("f"),
        );
        d.insert(Key::None, Value::None, Value::Float(-0.0));
        d.insert(Key::Int(0), Value::Bool(false), Value::Float(f64::NAN));
        assert_eq!(
            dumps(&Value::Dict(Rc::new(RefCell::new(d))))
                .ok()
                .as_deref(),
            Some(r#"{"x": [1.0, [2, null]], "3": true, "2.5": "f", "null": -0.0, "false": NaN}"#)
        );
    }
}
