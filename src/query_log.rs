//! The query log: what each statement sent to SQLite was, as Django records it.
//!
//! Django keeps `connection.queries` as `{"sql": ..., "time": ...}` where the
//! SQL has its parameters inlined with SQLite's own quoting (Django asks
//! SQLite for `SELECT QUOTE(?)`). We keep the raw form (`%s` placeholders,
//! as Django's compiler produces it) plus the parameters, and derive the
//! inlined text on demand, so 110,001 near-identical entries share one copy of
//! their SQL.
//!
//! This module records and renders; it does not execute anything (see `db`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::types::Value;

use crate::models::{FieldId, ModelId, Registry, RelationRef};

/// Where a query came from: the template or view line that caused it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Origin {
    pub kind: OriginKind,
    /// 1-based line in the template or view source shown to the learner.
    pub line: u32,
    /// The expression that triggered the query, e.g. `{{ article.user.username }}`.
    pub snippet: Arc<str>,
}

/// Which of the two sources shown to the learner an [`Origin`] points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginKind {
    View,
    Template,
}

/// What ORM operation sent a query, so the analysis can name the relation
/// and the fix (as django-zeal does).
///
/// It holds ids of the registry of the database that recorded it, not
/// names: [`Cause::named`] resolves them when the cause is shown or
/// serialized.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    /// The main query of a queryset being evaluated.
    QuerySet { model: ModelId },
    /// `obj.field` fetched a foreign key's row lazily (`article.user`).
    /// `prefetched_from` is the prefetch the object came from
    /// (`Article.comment_set` for comments prefetched onto articles).
    ForeignKey {
        model: ModelId,
        field: FieldId,
        prefetched_from: Option<RelationRef>,
    },
    /// `obj.comment_set.all()` without a prefetch.
    ReverseAll { relation: RelationRef },
    /// `obj.comment_set.count()` without an annotation.
    ReverseCount { relation: RelationRef },
    /// A `prefetch_related` query.
    Prefetch { relation: RelationRef },
    /// A many-to-many manager's query (`person.followers.all()`).
    ManyToMany {
        relation: RelationRef,
        operation: ManagerRead,
    },
    /// A many-to-many write (`add`/`remove`, with its BEGIN/COMMIT).
    ManyToManyWrite {
        relation: RelationRef,
        operation: ManagerWrite,
    },
    /// `Model.objects.get(...)`.
    Get { model: ModelId },
}

/// How a related manager's rows were read: some ways fetch rows only to
/// answer a question the database could answer (the findings say so).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ManagerRead {
    /// Every row, to use them (`manager.all()`, `first()`, a loop).
    All,
    /// Every row, to test one for membership (`x in manager.all()`).
    In,
    /// Every row, to count them (`manager.all|length`, `len(qs)`).
    Length,
    /// The matching rows, to see whether there are any
    /// (`if manager.filter(...)`).
    FilterTruthy,
    /// `manager.count()`.
    Count,
    /// `manager.exists()`.
    Exists,
    /// `manager.get(...)`.
    Get,
}

/// What a many-to-many manager wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ManagerWrite {
    /// `manager.add(obj)`.
    Add,
    /// `manager.remove(obj)`.
    Remove,
}

/// A [`Cause`] with its names resolved: what is shown and serialized
/// (`{"kind": "foreign_key", "model": "Article", "field": "user", ...}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NamedCause<'r> {
    QuerySet {
        model: &'r str,
    },
    ForeignKey {
        model: &'r str,
        field: &'r str,
        prefetched_from: Option<&'r str>,
    },
    ReverseAll {
        model: &'r str,
        accessor: &'r str,
    },
    ReverseCount {
        model: &'r str,
        accessor: &'r str,
        query_name: &'r str,
    },
    Prefetch {
        model: &'r str,
        accessor: &'r str,
    },
    ManyToMany {
        model: &'r str,
        manager: &'r str,
        operation: ManagerRead,
    },
    ManyToManyWrite {
        model: &'r str,
        manager: &'r str,
        operation: ManagerWrite,
    },
    Get {
        model: &'r str,
    },
}

impl Cause {
    /// The cause with the names `registry` (the one of the database that
    /// recorded it) gives its ids.
    pub fn named(self, registry: &Registry) -> NamedCause<'_> {
        let model = |id: ModelId| registry.model(id).object_name.as_str();
        match self {
            Cause::QuerySet { model: id } => NamedCause::QuerySet { model: model(id) },
            Cause::Get { model: id } => NamedCause::Get { model: model(id) },
            Cause::ForeignKey {
                model: id,
                field,
                prefetched_from,
            } => NamedCause::ForeignKey {
                model: model(id),
                field: &registry.field(id, field).name,
                prefetched_from: prefetched_from.map(|r| r.name(registry)),
            },
            Cause::ReverseAll { relation } => NamedCause::ReverseAll {
                model: relation.model_name(registry),
                accessor: relation.name(registry),
            },
            Cause::ReverseCount { relation } => NamedCause::ReverseCount {
                model: relation.model_name(registry),
                accessor: relation.name(registry),
                query_name: relation.query_name(registry),
            },
            Cause::Prefetch { relation } => NamedCause::Prefetch {
                model: relation.model_name(registry),
                accessor: relation.name(registry),
            },
            Cause::ManyToMany {
                relation,
                operation,
            } => NamedCause::ManyToMany {
                model: relation.model_name(registry),
                manager: relation.name(registry),
                operation,
            },
            Cause::ManyToManyWrite {
                relation,
                operation,
            } => NamedCause::ManyToManyWrite {
                model: relation.model_name(registry),
                manager: relation.name(registry),
                operation,
            },
        }
    }

    /// The same cause in `to`'s ids, for a cause built on `from`'s (the
    /// lesson's ORM records on a project database that has the lesson's
    /// models): models found by label, relations by name. `None` if `to`
    /// lacks one of them.
    pub fn moved(self, from: &Registry, to: &Registry) -> Option<Cause> {
        if std::ptr::eq(from, to) {
            return Some(self);
        }
        let model = |id: ModelId| to.same_model(from, id);
        let relation = |r: RelationRef| {
            let model = model(r.model)?;
            RelationRef::named(to, model, r.name(from))
        };
        Some(match self {
            Cause::QuerySet { model: id } => Cause::QuerySet { model: model(id)? },
            Cause::Get { model: id } => Cause::Get { model: model(id)? },
            Cause::ForeignKey {
                model: id,
                field,
                prefetched_from,
            } => {
                let moved = model(id)?;
                Cause::ForeignKey {
                    model: moved,
                    field: to.model(moved).field_id(&from.field(id, field).name)?,
                    prefetched_from: match prefetched_from {
                        Some(r) => Some(relation(r)?),
                        None => None,
                    },
                }
            }
            Cause::ReverseAll { relation: r } => Cause::ReverseAll {
                relation: relation(r)?,
            },
            Cause::ReverseCount { relation: r } => Cause::ReverseCount {
                relation: relation(r)?,
            },
            Cause::Prefetch { relation: r } => Cause::Prefetch {
                relation: relation(r)?,
            },
            Cause::ManyToMany {
                relation: r,
                operation,
            } => Cause::ManyToMany {
                relation: relation(r)?,
                operation,
            },
            Cause::ManyToManyWrite {
                relation: r,
                operation,
            } => Cause::ManyToManyWrite {
                relation: relation(r)?,
                operation,
            },
        })
    }
}

/// One executed statement.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryRecord {
    /// The SQL as Django's compiler writes it, with `%s` placeholders.
    pub raw_sql: Arc<str>,
    pub params: Vec<Value>,
    /// Rows returned (0 for statements that return none).
    pub rows: usize,
    pub elapsed: Duration,
    pub origin: Option<Origin>,
    pub cause: Option<Cause>,
    /// The inlined SQL when SQLite had to quote a parameter itself (REALs);
    /// `None` means [`inline_params`] reproduces it exactly.
    pub inlined: Option<String>,
}

impl QueryRecord {
    /// The SQL as Django's `connection.queries` shows it: parameters inlined
    /// with SQLite's `QUOTE()` rules.
    pub fn sql(&self) -> String {
        match &self.inlined {
            Some(sql) => sql.clone(),
            None => inline_params(&self.raw_sql, &self.params),
        }
    }

    /// Elapsed time in milliseconds.
    pub fn ms(&self) -> f64 {
        self.elapsed.as_secs_f64() * 1000.0
    }
}

/// An append-only list of [`QueryRecord`]s with interned SQL text.
#[derive(Clone, Debug, Default)]
pub struct QueryLog {
    records: Vec<QueryRecord>,
    interned: HashMap<Arc<str>, ()>,
}

impl QueryLog {
    /// Returns the shared copy of `raw_sql`, storing it on first sight.
    pub fn intern(&mut self, raw_sql: &str) -> Arc<str> {
        if let Some((key, ())) = self.interned.get_key_value(raw_sql) {
            return Arc::clone(key);
        }
        let key: Arc<str> = Arc::from(raw_sql);
        self.interned.insert(Arc::clone(&key), ());
        key
    }

    pub fn push(&mut self, record: QueryRecord) {
        self.records.push(record);
    }

    pub fn records(&self) -> &[QueryRecord] {
        &self.records
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Removes and returns every record, keeping the interned strings.
    pub fn take(&mut self) -> Vec<QueryRecord> {
        std::mem::take(&mut self.records)
    }

    pub fn clear(&mut self) {
        self.records.clear();
    }
}

/// Substitutes `%s` placeholders with quoted parameters and `%%` with `%`, as
/// Python's `sql % params` does in Django's `last_executed_query`.
///
/// Placeholders beyond the parameters are left as `%s`: the statement would
/// have failed to execute, and the log should show what was attempted.
pub fn inline_params(raw_sql: &str, params: &[Value]) -> String {
    if params.is_empty() {
        // Django returns the SQL untouched when there are no parameters.
        return raw_sql.to_owned();
    }
    inline_quoted(raw_sql, params.iter().map(quote))
}

/// Like [`inline_params`], with the parameters already quoted.
pub fn inline_quoted(raw_sql: &str, quoted: impl IntoIterator<Item = String>) -> String {
    let mut quoted = quoted.into_iter();
    substitute(raw_sql, |out| match quoted.next() {
        Some(text) => out.push_str(&text),
        None => out.push_str("%s"),
    })
}

/// Converts Django's `%s` placeholders to SQLite's `?`, as Django's
/// `SQLiteCursorWrapper.convert_query` does (`%%` becomes `%`).
pub fn to_qmark(raw_sql: &str) -> String {
    substitute(raw_sql, |out| out.push('?'))
}

/// Walks Python's `%`-format syntax as far as Django uses it: `%s` calls
/// `placeholder`, `%%` becomes `%`, any other `%` is kept.
fn substitute(raw_sql: &str, mut placeholder: impl FnMut(&mut String)) -> String {
    let mut out = String::with_capacity(raw_sql.len() + 16);
    let mut rest = raw_sql;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("%s") {
            placeholder(&mut out);
            rest = after;
        } else if let Some(after) = tail.strip_prefix("%%") {
            out.push('%');
            rest = after;
        } else {
            out.push('%');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Quotes one value exactly as SQLite's `QUOTE()` function does, except
/// REALs (see below).
pub fn quote(value: &Value) -> String {
    match value {
        Value::Null => "NULL".to_owned(),
        Value::Integer(i) => i.to_string(),
        // SQLite prints REALs with its own `%!0.17g` conversion, which no
        // Rust formatter reproduces digit for digit; the executor asks SQLite
        // itself for those (see `QueryRecord::inlined`). This form is only a
        // fallback for records built by hand.
        Value::Real(r) => format!("{r:?}"),
        Value::Text(s) => {
            let mut out = String::with_capacity(s.len() + 2);
            out.push('\'');
            for ch in s.chars() {
                if ch == '\'' {
                    out.push('\'');
                }
                out.push(ch);
            }
            out.push('\'');
            out
        }
        Value::Blob(bytes) => {
            let mut out = String::with_capacity(bytes.len() * 2 + 3);
            out.push_str("X'");
            for b in bytes {
                out.push_str(&format!("{b:02X}"));
            }
            out.push('\'');
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn inlines_like_django() {
        let cases: [(&str, Vec<Value>, &str); 5] = [
            (
                "SELECT 1 WHERE \"a\".\"id\" = %s LIMIT 21",
                vec![Value::Integer(2)],
                "SELECT 1 WHERE \"a\".\"id\" = 2 LIMIT 21",
            ),
            (
                "WHERE x = %s AND y IN (%s)",
                vec![Value::Text("김싸피's".into()), Value::Null],
                "WHERE x = '김싸피''s' AND y IN (NULL)",
            ),
            ("BEGIN", vec![], "BEGIN"),
            (
                "LIKE '%%a' AND b = %s",
                vec![Value::Integer(1)],
                "LIKE '%a' AND b = 1",
            ),
            ("no params %%", vec![], "no params %%"),
        ];
        for (raw, params, expected) in cases {
            assert_eq!(inline_params(raw, &params), expected);
        }
    }

    #[test]
    fn qmark_conversion() {
        assert_eq!(to_qmark("a = %s AND b LIKE '%%x'"), "a = ? AND b LIKE '%x'");
    }

    #[test]
    fn quote_matches_sqlite() {
        let conn = rusqlite::Connection::open_in_memory().expect("in-memory SQLite");
        let values = [
            Value::Null,
            Value::Integer(-42),
            Value::Integer(i64::MAX),
            Value::Text("it's <b>".into()),
            Value::Text("".into()),
            Value::Blob(vec![0, 255, 16]),
        ];
        for value in values {
            let expected: String = conn
                .query_row("SELECT QUOTE(?)", [&value], |row| row.get(0))
                .expect("QUOTE");
            assert_eq!(quote(&value), expected, "{value:?}");
        }
    }

    /// A cause shown on the database that recorded it reads as the
    /// names did when causes held them, serialized the same way.
    #[test]
    fn causes_name_their_ids_and_serialize_as_named() {
        use crate::models::lesson;
        let reg = Registry::lesson_shared();
        let comments = RelationRef::named(reg, lesson::ARTICLE, "comment_set").expect("relation");
        let cause = Cause::ForeignKey {
            model: lesson::COMMENT,
            field: reg.model(lesson::COMMENT).field_id("user").expect("user"),
            prefetched_from: Some(comments),
        };
        assert_eq!(
            serde_json::to_string(&cause.named(reg)).expect("json"),
            r#"{"kind":"foreign_key","model":"Comment","field":"user","prefetched_from":"comment_set"}"#
        );
        let count = Cause::ReverseCount { relation: comments };
        assert_eq!(
            serde_json::to_string(&count.named(reg)).expect("json"),
            r#"{"kind":"reverse_count","model":"Article","accessor":"comment_set","query_name":"comment"}"#
        );
        let followers = Cause::ManyToMany {
            relation: RelationRef::named(reg, lesson::USER, "followers").expect("followers"),
            operation: ManagerRead::In,
        };
        assert_eq!(
            serde_json::to_string(&followers.named(reg)).expect("json"),
            r#"{"kind":"many_to_many","model":"User","manager":"followers","operation":"in"}"#
        );
    }

    /// The lesson's ORM records on a project database that numbers the
    /// lesson's models otherwise: its causes move to that registry's ids
    /// and read the same there.
    #[test]
    fn causes_move_between_registries_by_name() {
        use crate::models::lesson;
        let lesson_reg = Registry::lesson_shared();
        let project = crate::models::lesson_after_a_project_model();
        let relation = |name| RelationRef::named(lesson_reg, lesson::USER, name).expect(name);
        let causes = [
            Cause::QuerySet {
                model: lesson::ARTICLE,
            },
            Cause::Get {
                model: lesson::USER,
            },
            Cause::ForeignKey {
                model: lesson::COMMENT,
                field: lesson_reg
                    .model(lesson::COMMENT)
                    .field_id("article")
                    .expect("fk"),
                prefetched_from: Some(
                    RelationRef::named(lesson_reg, lesson::ARTICLE, "comment_set").expect("rel"),
                ),
            },
            Cause::ReverseAll {
                relation: relation("article_set"),
            },
            Cause::ReverseCount {
                relation: relation("comment_set"),
            },
            Cause::Prefetch {
                relation: relation("followings"),
            },
            Cause::ManyToMany {
                relation: relation("like_articles"),
                operation: ManagerRead::Count,
            },
            Cause::ManyToManyWrite {
                relation: relation("followers"),
                operation: ManagerWrite::Add,
            },
        ];
        for cause in causes {
            let moved = cause.moved(lesson_reg, &project).expect("moved");
            assert_ne!(moved, cause);
            assert_eq!(moved.named(&project), cause.named(lesson_reg));
            assert_eq!(cause.moved(lesson_reg, lesson_reg), Some(cause));
        }
        let empty = Registry::new(Vec::new(), Vec::new());
        assert_eq!(causes[0].moved(lesson_reg, &empty), None);
    }

    #[test]
    fn interning_shares_text() {
        let mut log = QueryLog::default();
        let a = log.intern("SELECT 1");
        let b = log.intern("SELECT 1");
        assert!(Arc::ptr_eq(&a, &b));
    }
}
