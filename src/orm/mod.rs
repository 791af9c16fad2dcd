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

use crate::db::{Database, DbError};
use crate::models::{Model, ModelId, Registry};
use crate::query_log::Cause;

/// A model of the lesson's registry. The querysets and instances of this
/// module (`query`, `instance`, `evaluation`) replay the lecture's views
/// (`scenarios`), which exist only for the lesson's models, so they read
/// the lesson's registry; the shell's engine (`sql`) reads the registry
/// of the database it runs on.
pub(crate) fn lesson_model(model: ModelId) -> &'static Model {
    Registry::lesson_shared().model(model)
}

/// The class name of a lesson model, for [`OrmError`]'s messages.
fn object_name(model: &ModelId) -> &'static str {
    &lesson_model(*model).object_name
}

/// ORM errors, named as Django names them. Their models are ids of the
/// lesson's registry, the only one this module's querysets read; the
/// message names them from there.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OrmError {
    /// A lookup or ordering names a field the model does not have.
    #[error("Cannot resolve keyword '{field}' into field of {}", object_name(.model))]
    UnknownField { model: ModelId, field: String },
    /// `select_related`, `prefetch_related` or a manager names no relation.
    #[error("{} has no relation named '{name}'", object_name(.model))]
    NotARelation { model: ModelId, name: String },
    /// `get()` found nothing.
    #[error("{} matching query does not exist.", object_name(.model))]
    DoesNotExist { model: ModelId },
    /// `get()` found several rows.
    #[error("get() returned more than one {} -- it returned {count}!", object_name(.model))]
    MultipleObjectsReturned { model: ModelId, count: usize },
    /// SQLite failed.
    #[error(transparent)]
    Database(#[from] DbError),
}

/// Attaches a cause built on the lesson's registry to the statements that
/// follow on `db`, in `db`'s registry's ids (a project database that has
/// the lesson's models may number them otherwise); no cause if it lacks
/// one of the names.
pub(crate) fn set_lesson_cause(db: &mut Database, cause: Option<Cause>) {
    let moved = cause.and_then(|c| c.moved(Registry::lesson_shared(), db.registry()));
    db.set_cause(moved);
}
