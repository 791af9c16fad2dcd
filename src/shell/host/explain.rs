//! `QuerySet.explain()`, as Django 5.2 runs it on SQLite: the query the
//! queryset would send, prefixed with `EXPLAIN QUERY PLAN` (the backend's
//! `explain_prefix`), sent and logged like any other, and its plan rows
//! joined as `SQLCompiler.explain_query` joins them: one line per row, the
//! row's cells separated by spaces (`2 0 0 SCAN articles_article`).
//!
//! The rows are SQLite's own, printed as Django prints them: what
//! Django's `manage.py shell` shows on the SQLite the page runs (3.54). A
//! node's id is the address of its instruction in SQLite's program, and
//! the third cell, which SQLite documents as "not currently used", holds
//! the planner's cost estimate of the loop in newer versions (0 in the
//! reference's SQLite 3.40): both vary between SQLite
//! versions, so a learner's own Django, on another SQLite, may number the
//! same plan differently. The goldens (`tests/golden/shell/explain.json`,
//! written by Django on the reference's SQLite 3.40) prove the statement
//! sent byte for byte and each plan's shape and details.

use rusqlite::types::Value as Sv;

use super::{Kwargs, ShellHost};
use crate::orm::sql::QuerySet;
use crate::python::case::str_case;
use crate::python::host::Host;
use crate::python::value::str_repr;
use crate::python::{HostResult, Thrown, Value};

impl ShellHost<'_> {
    /// `qs.explain(*, format=None, **options)`. Checked in Django's order:
    /// an option's name (`Query.explain`), then an empty queryset (nothing
    /// is sent, the plan is `''`), then `format` (SQLite knows none), then
    /// the options (SQLite takes none).
    pub(super) fn qs_explain(
        &mut self,
        qs: &QuerySet,
        args: &[Value],
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        if !args.is_empty() {
            return Err(Thrown::type_error(format!(
                "QuerySet.explain() takes 1 positional argument but {} were given",
                args.len() + 1
            )));
        }
        let mut format = Value::None;
        let mut options = Vec::new();
        for (name, value) in kwargs {
            if &*name == "format" {
                format = value;
            } else {
                check_option_name(&name)?;
                options.push(name);
            }
        }
        let Some((sql, params)) = self.q(qs.select_sql())? else {
            return Ok(Value::str(""));
        };
        let given = match (&format, format.truthy_plain()) {
            (_, Some(truth)) => truth,
            (Value::Host(object), None) => self.truthy(object)?,
            (_, None) => true,
        };
        if given {
            let Value::Str(name) = &format else {
                return Err(Thrown::new(
                    "AttributeError",
                    format!("'{}' object has no attribute 'upper'", format.type_name()),
                ));
            };
            let upper = str_case(name, "upper")?;
            let Value::Str(normalized) = &upper else {
                return Err(Thrown::unsupported("str.upper() of this format"));
            };
            return Err(Thrown::value_error(format!(
                "{normalized} is not a recognized format. SQLite does not support any formats."
            )));
        }
        if !options.is_empty() {
            crate::sort::sort_by(&mut options, |a, b| a.cmp(b));
            return Err(Thrown::value_error(format!(
                "Unknown options: {}",
                options.join(", ")
            )));
        }
        let rows = self.send((format!("EXPLAIN QUERY PLAN {sql}"), params))?;
        let lines: Vec<String> = rows.iter().map(|row| plan_line(row)).collect();
        Ok(Value::str(&lines.join("\n")))
    }
}

/// `Query.explain`'s check of an option's name (`[\w-]+`, no `--`). A
/// keyword argument's name always passes; one given through `**{...}` may
/// not. Beyond ASCII, Python's `\w` needs Unicode's tables, which the page
/// does not carry.
fn check_option_name(name: &str) -> HostResult<()> {
    if !name.is_ascii() {
        return Err(Thrown::unsupported(format!(
            "explain() with the option {}",
            str_repr(name)
        )));
    }
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    if name.is_empty() || !name.chars().all(word) || name.contains("--") {
        return Err(Thrown::value_error(format!(
            "Invalid option name: {}.",
            str_repr(name)
        )));
    }
    Ok(())
}

/// One plan row as `" ".join(str(c) for c in row)`.
fn plan_line(row: &[Sv]) -> String {
    let cell = |value: &Sv| match value {
        Sv::Integer(n) => n.to_string(),
        Sv::Text(text) => text.clone(),
        // SQLite's plan rows are three integers and a text.
        Sv::Null | Sv::Real(_) | Sv::Blob(_) => String::new(),
    };
    row.iter().map(cell).collect::<Vec<_>>().join(" ")
}

/// `stdout` with each plan line (`id parent notused detail`) reduced to
/// what every SQLite version agrees on: node ids become their order within
/// the plan (a parent's too; 0 stays the root) and the third cell becomes
/// `_` (the module docs say why). What the goldens compare.
pub fn plan_shape(stdout: &str) -> String {
    let numeric = |cell: &str| !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit());
    let mut ids: Vec<&str> = Vec::new();
    let mut out = String::with_capacity(stdout.len());
    for line in stdout.split_inclusive('\n') {
        match line.splitn(4, ' ').collect::<Vec<_>>().as_slice() {
            [id, parent, unused, detail] if numeric(id) && numeric(parent) && numeric(unused) => {
                ids.push(id);
                let parent = match ids.iter().position(|seen| seen == parent) {
                    Some(n) => (n + 1).to_string(),
                    None => (*parent).to_owned(),
                };
                out.push_str(&format!("{} {parent} _ {detail}", ids.len()));
            }
            _ => {
                ids.clear();
                out.push_str(line);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::plan_shape;
    use crate::lesson_data::lesson_from_fixtures;
    use crate::shell;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// Every explain golden plans as Django's did, on the page's SQLite
    /// too (built with fewer features than the native one, which
    /// `tests/shell_golden.rs` checks): the same statements, errors and
    /// plans.
    #[test]
    fn the_page_plans_as_django_did() {
        let golden: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/golden/shell/explain.json"))
                .expect("golden");
        let cases = golden["cases"].as_array().expect("cases");
        assert!(cases.len() > 10);
        let now = shell::DateTime::parse("2024-03-08T12:34:56.789012Z");
        let (mut db, _) = lesson_from_fixtures("2024-01-01 00:00:00").expect("lesson");
        for case in cases {
            let name = case["name"].as_str().unwrap_or_default();
            let run = shell::run(&mut db, case["code"].as_str().unwrap_or_default(), now);
            let stdout = case["stdout"].as_str().unwrap_or_default();
            assert_eq!(plan_shape(&run.stdout), plan_shape(stdout), "{name}");
            let error = run.error.as_ref().map(|e| e.last_line());
            assert_eq!(error.as_deref(), case["error"].as_str(), "{name}");
            let sent: Vec<&str> = run.queries.iter().map(|q| q.sql.as_str()).collect();
            let want: Vec<&str> = case["queries"]
                .as_array()
                .map(|qs| qs.iter().filter_map(|q| q["sql"].as_str()).collect())
                .unwrap_or_default();
            assert_eq!(sent, want, "{name}");
        }
    }

    #[test]
    fn plan_lines_keep_their_shape_and_details() {
        let text = "banner\n\n2 0 0 SCAN a\n11 0 209 CORRELATED SCALAR SUBQUERY 1\n19 11 51 SEARCH U0 USING INDEX i (x=?)\n10\n";
        assert_eq!(
            plan_shape(text),
            "banner\n\n1 0 _ SCAN a\n2 0 _ CORRELATED SCALAR SUBQUERY 1\n3 2 _ SEARCH U0 USING INDEX i (x=?)\n10\n"
        );
    }
}
