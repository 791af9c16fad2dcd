//! The value `on_delete=models.SET(value)` sends: Django hands the
//! constant to `QuerySet.update()`, whose compiler passes it through the
//! foreign key's `get_db_prep_save`, so the key's target field converts
//! it (`int()` for an `AutoField`, `str()` for a `CharField`) and an empty
//! string becomes `NULL` for a target that allows none. A value `int()`
//! refuses raises Django's `ValueError` when the delete reaches the
//! update; what the playground cannot convert as Python would is refused
//! rather than sent differently.

use rusqlite::types::Value as Sv;

use super::QueryError;
use crate::models::{Field, FieldKind, SetValue};
use crate::python::value::{float_repr, int_float, int_text, str_repr, FloatToInt, IntText};

/// Django's `ForeignKey.get_db_prep_save(value)` for a key to `target`
/// (the primary key of the model being deleted).
///
/// # Errors
/// `QueryError::Value` where `int()` raises `ValueError` (Django's
/// "Field 'id' expected a number but got 'x'."); `QueryError::NotSupported`
/// for a callable, a target field other than an integer or text key, and
/// what Python converts in ways the playground does not (non-ASCII text,
/// integers beyond 64 bits, infinity's `OverflowError`).
pub fn db_value(target: &Field, value: &SetValue) -> Result<Sv, QueryError> {
    let text_target = matches!(
        target.kind,
        FieldKind::Char { file: None, .. } | FieldKind::Text
    );
    match value {
        SetValue::Null => return Ok(Sv::Null),
        // `value == ""` and the target does not keep empty strings.
        SetValue::Str(s) if s.is_empty() && !text_target => return Ok(Sv::Null),
        SetValue::Other => {
            return Err(QueryError::NotSupported(
                "models.SET() of something other than a literal (Django calls a callable at each delete)"
                    .into(),
            ))
        }
        _ => {}
    }
    match target.kind {
        FieldKind::AutoField(_) | FieldKind::Integer(_) => int_value(target, value),
        _ if text_target => Ok(Sv::Text(str_value(value))),
        _ => Err(QueryError::NotSupported(format!(
            "models.SET() on a foreign key to the primary key {}",
            target.name
        ))),
    }
}

/// `IntegerField.get_prep_value`: `int(value)`, its `TypeError` and
/// `ValueError` raised again naming the field.
fn int_value(target: &Field, value: &SetValue) -> Result<Sv, QueryError> {
    let refused = |repr: String| {
        QueryError::Value(format!(
            "Field '{}' expected a number but got {repr}.",
            target.name
        ))
    };
    let beyond = || QueryError::NotSupported("integers beyond 64 bits".into());
    match value {
        SetValue::Bool(b) => Ok(Sv::Integer(i64::from(*b))),
        SetValue::Int(n) => Ok(Sv::Integer(*n)),
        SetValue::Float(bits) => {
            let f = f64::from_bits(*bits);
            match int_float(f) {
                Ok(n) => Ok(Sv::Integer(n)),
                Err(FloatToInt::NaN) => Err(refused(float_repr(f))),
                Err(FloatToInt::Infinite) => Err(QueryError::NotSupported(
                    "models.SET() of an infinite float (int() raises OverflowError)".into(),
                )),
                Err(FloatToInt::TooBig) => Err(beyond()),
            }
        }
        SetValue::Str(s) => match int_text(s) {
            IntText::Int(n) => Ok(Sv::Integer(n)),
            IntText::TooBig => Err(beyond()),
            IntText::Invalid => Err(refused(str_repr(s))),
        },
        SetValue::Null | SetValue::Other => Ok(Sv::Null),
    }
}

/// `CharField.to_python`: text as is, anything else through `str()`.
fn str_value(value: &SetValue) -> String {
    match value {
        SetValue::Str(s) => s.clone(),
        SetValue::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        SetValue::Int(n) => n.to_string(),
        SetValue::Float(bits) => float_repr(f64::from_bits(*bits)),
        SetValue::Null | SetValue::Other => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{pk, AutoKind};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// What Django 5.2 sent for `SET(value)` on a key to an `AutoField`
    /// `id` and to a `CharField(primary_key=True)` (run in real Django:
    /// `UPDATE ... SET "member_id" = 3`, `SET "shelf_id" = '2.9'`).
    #[test]
    fn converts_as_the_target_field_does() {
        let id = pk(AutoKind::Auto);
        let code = Field {
            name: "code".into(),
            column: "code".into(),
            kind: FieldKind::Char {
                max_length: Some(5),
                file: None,
            },
            ..pk(AutoKind::Auto)
        };
        let text = |s: &str| SetValue::Str(s.into());
        let cases = [
            (text("3"), Sv::Integer(3), Sv::Text("3".into())),
            (text(" 3 "), Sv::Integer(3), Sv::Text(" 3 ".into())),
            (text("3_0"), Sv::Integer(30), Sv::Text("3_0".into())),
            (text("٣"), Sv::Integer(3), Sv::Text("٣".into())),
            (text(""), Sv::Null, Sv::Text(String::new())),
            (
                SetValue::Float(2.9f64.to_bits()),
                Sv::Integer(2),
                Sv::Text("2.9".into()),
            ),
            (
                SetValue::Bool(true),
                Sv::Integer(1),
                Sv::Text("True".into()),
            ),
            (SetValue::Int(5), Sv::Integer(5), Sv::Text("5".into())),
            (SetValue::Null, Sv::Null, Sv::Null),
        ];
        for (value, to_id, to_code) in cases {
            assert_eq!(db_value(&id, &value), Ok(to_id), "{value:?}");
            assert_eq!(db_value(&code, &value), Ok(to_code), "{value:?}");
        }
        assert_eq!(
            db_value(&id, &text("x")),
            Err(QueryError::Value(
                "Field 'id' expected a number but got 'x'.".into()
            ))
        );
        for refused in ["3.0", "_3", "3__0", "+", "0x3"] {
            assert!(
                matches!(db_value(&id, &text(refused)), Err(QueryError::Value(_))),
                "{refused}"
            );
        }
        for unsupported in [
            text("99999999999999999999"),
            SetValue::Float(f64::INFINITY.to_bits()),
            SetValue::Other,
        ] {
            assert!(
                matches!(
                    db_value(&id, &unsupported),
                    Err(QueryError::NotSupported(_))
                ),
                "{unsupported:?}"
            );
        }
    }
}
