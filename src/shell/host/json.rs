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
use crate::fixtures::json::Json;
use crate::python::value::{float_repr, Dict, Key, MAX_NESTING};
use crate::python::{HostResult, Thrown, Value};

/// `json.loads(text)` as Django's `JSONField.from_db_value` calls it.
pub(super) fn loads(text: &str) -> HostResult<Value> {
    match serde_json::from_str::<Json<'_>>(text) {
        Ok(parsed) => python_value(&parsed, 0),
        // SQLite's CHECK (JSON_VALID(...)) keeps other text out; a number
        // beyond a double is the one JSON Python reads and serde does not.
        Err(_) => unsupported("reading this stored JSON (a number beyond a double's range)"),
    }
}

fn python_value(value: &Json<'_>, depth: usize) -> HostResult<Value> {
    if depth > MAX_NESTING {
        return unsupported(format!("JSON nested more than {MAX_NESTING} deep"));
    }
    Ok(match value {
        Json::Null => Value::None,
        Json::Bool(b) => Value::Bool(*b),
        Json::Int(i) => Value::Int(*i),
        // An integer beyond 64 bits is an exact `int` in Python.
        Json::Float(f) if f.fract() == 0.0 && f.abs() >= 9.2e18 => {
            return unsupported("a JSON integer beyond 64 bits")
        }
        Json::Float(f) => Value::Float(*f),
        Json::Str(s) => Value::str(s),
        Json::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(python_value(item, depth + 1)?);
            }
            Value::list(out)
        }
        Json::Object(members) => {
            // A repeated key keeps its first position and last value, as
            // `Dict::insert` does.
            let mut d = Dict::default();
            for (key, item) in members {
                let key: Rc<str> = Rc::from(key.as_ref());
                d.insert(
                    Key::Str(key.clone()),
                    Value::Str(key),
                    python_value(item, depth + 1)?,
                );
            }
            Value::Dict(Rc::new(RefCell::new(d)))
        }
    })
}

/// `json.dumps(value)` with the default encoder.
pub(super) fn dumps(value: &Value) -> HostResult<String> {
    let mut out = String::new();
    write(&mut out, value, 0)?;
    Ok(out)
}

fn write(out: &mut String, value: &Value, depth: usize) -> HostResult<()> {
    if depth > MAX_NESTING {
        return unsupported(format!(
            "json.dumps of values nested more than {MAX_NESTING} deep"
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
