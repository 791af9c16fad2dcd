//! Django's system checks on the fields the playground reads: what
//! `manage.py makemigrations` (and `migrate`, `runserver`) stops with a
//! `SystemCheckError` before doing anything. Django reports every issue at
//! once, sorted as its `check` command sorts them, so the playground does
//! too: a learner mends them all in one pass, not one per upload.
//!
//! The checks are the ones `Field.check()` runs on what a `models.py` can
//! say that the playground reads: fields.E130 and E132 (a `DecimalField`
//! without `decimal_places` or `max_digits`), E160 (`auto_now`, `auto_now_add`
//! and `default` together) and E320/E321 (`SET_NULL` on a field that
//! cannot be null, `SET_DEFAULT` without a default). Not fields.E120: on
//! SQLite a `CharField` needs no `max_length` (Django 5.2's
//! `supports_unlimited_charfield`).

use super::error::ProjectError;
use super::models_py::{FieldClass, FieldDecl, ModelDecl};
use crate::models::OnDelete;

/// One entry Django prints under `ERRORS:`, at its place in the project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckIssue {
    pub file: String,
    pub line: u32,
    /// Django's `str()` of the check message: `app.Model.field: (fields.E320)
    /// message`, then `\n\tHINT: hint` when the check gives one.
    pub entry: String,
}

/// A failed check: its id, Django's message and hint.
type Failed = (&'static str, &'static str, Option<&'static str>);

/// The issues of every field of `decl`, a concrete model of the app
/// labelled `app` read from `file` (inherited fields are checked as the
/// model's own, as Django checks the copies).
pub(super) fn model_issues(file: &str, app: &str, decl: &ModelDecl, out: &mut Vec<CheckIssue>) {
    for field in &decl.fields {
        for (id, message, hint) in field_checks(field) {
            let mut entry = format!("{app}.{}.{}: ({id}) {message}", decl.name, field.name);
            if let Some(hint) = hint {
                entry.push_str("\n\tHINT: ");
                entry.push_str(hint);
            }
            out.push(CheckIssue {
                file: file.to_owned(),
                line: field.line,
                entry,
            });
        }
    }
}

/// `SystemCheckError` with every issue, in the order Django prints them
/// (its `check` command sorts the entries' text), or nothing to refuse.
pub(super) fn refuse(mut issues: Vec<CheckIssue>) -> Result<(), ProjectError> {
    if issues.is_empty() {
        return Ok(());
    }
    crate::sort::sort_by(&mut issues, |a, b| a.entry.cmp(&b.entry));
    Err(ProjectError::checks(issues))
}

fn field_checks(field: &FieldDecl) -> Vec<Failed> {
    let o = &field.options;
    let mut failed = Vec::new();
    match field.class {
        FieldClass::Decimal => {
            // `_check_decimal_places_and_max_digits` only runs when both
            // are given, which the reader requires to be numbers.
            if o.decimal_places.is_none() {
                failed.push((
                    "fields.E130",
                    "DecimalFields must define a 'decimal_places' attribute.",
                    None,
                ));
            }
            if o.max_digits.is_none() {
                failed.push((
                    "fields.E132",
                    "DecimalFields must define a 'max_digits' attribute.",
                    None,
                ));
            }
        }
        FieldClass::Date | FieldClass::DateTime | FieldClass::Time
            if usize::from(o.auto_options) + usize::from(o.default.is_some()) > 1 =>
        {
            failed.push((
                "fields.E160",
                "The options auto_now, auto_now_add, and default are mutually exclusive. Only one of these options may be present.",
                None,
            ));
        }
        _ => {}
    }
    match &o.on_delete {
        Some(OnDelete::SetNull) if !o.null => failed.push((
            "fields.E320",
            "Field specifies on_delete=SET_NULL, but cannot be null.",
            Some("Set null=True argument on the field, or change the on_delete rule."),
        )),
        // `has_default()`: `default=None` is a default.
        Some(OnDelete::SetDefault) if o.default.is_none() => failed.push((
            "fields.E321",
            "Field specifies on_delete=SET_DEFAULT, but has no default value.",
            Some("Set a default value, or change the on_delete rule."),
        )),
        _ => {}
    }
    failed
}
