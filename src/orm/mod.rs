//! A Django-like ORM over the logged executor: the queryset subset the
//! lesson uses, compiled to Django's exact SQL, and instances that behave as
//! Django's do (lazy foreign keys, related managers, prefetch caches).

pub mod evaluation;
pub mod instance;
pub mod query;
pub mod sql;

pub use evaluation::Evaluation;
pub use instance::{
    count_with, display_value, exists_with, get, get_with, run, Instance, ManyToManyManager,
};
pub use query::{objects, QuerySet};

use crate::db::DbError;
use crate::models::{Model, ModelId, Registry};

/// A model of the lesson's registry. The querysets and instances of this
/// module (`query`, `instance`, `evaluation`) replay the lecture's views
/// (`scenarios`), which exist only for the lesson's models, so they read
/// the lesson's registry; the shell's engine (`sql`) reads the registry
/// of the database it runs on.
pub(crate) fn lesson_model(model: ModelId) -> &'static Model {
    Registry::lesson_shared().model(model)
}

/// ORM errors, named as Django names them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OrmError {
    /// A lookup or ordering names a field the model does not have.
    #[error("Cannot resolve keyword '{field}' into field of {model}")]
    UnknownField { model: &'static str, field: String },
    /// `select_related`, `prefetch_related` or a manager names no relation.
    #[error("{model} has no relation named '{name}'")]
    NotARelation { model: &'static str, name: String },
    /// `get()` found nothing.
    #[error("{model} matching query does not exist.")]
    DoesNotExist { model: &'static str },
    /// `get()` found several rows.
    #[error("get() returned more than one {model} -- it returned {count}!")]
    MultipleObjectsReturned { model: &'static str, count: usize },
    /// SQLite failed.
    #[error(transparent)]
    Database(#[from] DbError),
}
