//! Django's query engine: a query representation (`query`: alias map,
//! joins with Django's INNER/LEFT OUTER promotion, the WHERE tree,
//! annotations, grouping, ordering, limits, subqueries) and its compiler
//! (`compiler`) that writes Django 5.2's SQL and parameters for SQLite
//! exactly, with `QuerySet` (`queryset`) as the calls a learner writes.
//!
//! Writes have their own compilers, as Django's `SQLInsertCompiler`,
//! `SQLUpdateCompiler` and `SQLDeleteCompiler` (`insert`, `update`,
//! `delete`), the many-to-many managers' statements (`m2m`) and the
//! deletion collector with its cascade (`collector`) and the values its
//! `SET(value)` updates send (`set_value`).
//!
//! Model metadata is read only through `meta`, from the registry a
//! query is built on (`Query::reg`, the database's). The SQL functions
//! Django registers on its SQLite connections (`django_datetime_extract`
//! and friends) are in `functions`. `tests/query_golden.rs` checks every
//! statement against what real Django sends (tests/golden/queries/).

pub mod collector;
pub mod compiler;
pub mod delete;
pub mod expr;
pub mod functions;
pub mod input;
pub mod insert;
pub mod m2m;
pub mod meta;
pub mod query;
pub mod queryset;
pub mod set_value;
mod suggest;
pub mod update;

pub use compiler::Sql;
pub use input::{Arg, QChild, E, Q};
pub use queryset::QuerySet;

/// Errors Django raises while building a query, in Django's words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// `django.core.exceptions.FieldError`.
    #[error("FieldError: {0}")]
    Field(String),
    /// `django.core.exceptions.FieldDoesNotExist` (`Options.get_field`).
    #[error("FieldDoesNotExist: {0}")]
    FieldDoesNotExist(String),
    /// `TypeError`.
    #[error("TypeError: {0}")]
    Type(String),
    /// `ValueError`.
    #[error("ValueError: {0}")]
    Value(String),
    /// Something Django does that the playground's engine does not (yet).
    #[error("not supported in the playground: {0}")]
    NotSupported(String),
}
