//! Django's deletion `Collector` (`django/db/models/deletion.py`) for
//! foreign keys with `on_delete=CASCADE` or `DO_NOTHING` (any other is
//! refused when a delete reaches it): which
//! rows a `delete()` reaches, the SELECTs it sends to find them (in
//! Django's order), the fast deletes it sends without looking (related
//! rows of models nothing else points at, many-to-many through rows), and
//! the final `DELETE ... WHERE id IN (...)` per model, models ordered so
//! that nothing is deleted before what points at it.
//!
//! Collecting needs the database (the cascade's SELECTs), so it takes a
//! [`Fetch`]; deleting is a [`DeletePlan`], statements the caller sends in
//! a transaction or not as the plan says.

use super::compiler::Sql;
use super::delete::{batch_size, delete_batch_sql, delete_related_sql, delete_sql};
use super::input::Arg;
use super::queryset::QuerySet;
use super::QueryError;
use crate::models::lesson;
use crate::models::{ManyToMany, Model, ModelId, OnDelete, Registry};

/// Sends a SELECT whose first column is a primary key and returns them.
pub trait Fetch {
    type Error: From<QueryError>;
    fn pks(&mut self, sql: Sql) -> Result<Vec<i64>, Self::Error>;
}

/// A foreign key pointing at a model: what deleting it cascades to.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Relation {
    /// `_meta.label` of the model holding the key
    /// (`articles.Article_like_users` for an auto-created through table).
    label: String,
    table: &'static str,
    /// The key's field name (for the lookup) and column.
    field: &'static str,
    column: &'static str,
    /// The model holding the key, `None` for an auto-created through table.
    model: Option<ModelId>,
    on_delete: OnDelete,
}

/// Django's `get_candidate_relations_to_delete(model._meta)`: every
/// foreign key pointing at `target`, in the order of
/// `apps.get_models(include_auto_created=True)`: apps in `INSTALLED_APPS`
/// order, in each app every model after the through models of its
/// many-to-many fields (Django builds those while it builds the class,
/// before registering it), and each model's keys in field order.
fn candidate_relations(reg: &'static Registry, target: ModelId) -> Vec<Relation> {
    let mut out = Vec::new();
    for model in reg.models() {
        for m2m in through_order(reg, model) {
            let label = format!("{}.{}_{}", model.app_label, model.object_name, m2m.name);
            let sides = [
                (model.id == target, m2m.source_column.as_str()),
                (m2m.to == target, m2m.target_column.as_str()),
            ];
            for (_, column) in sides.into_iter().filter(|(points, _)| *points) {
                out.push(Relation {
                    label: label.clone(),
                    table: &m2m.through_table,
                    field: column,
                    column,
                    model: None,
                    on_delete: OnDelete::Cascade,
                });
            }
        }
        for field in model.fields.iter() {
            if field.foreign_target() == Some(target) {
                out.push(Relation {
                    label: format!("{}.{}", model.app_label, model.object_name),
                    table: &model.db_table,
                    field: &field.name,
                    column: &field.column,
                    model: Some(model.id),
                    on_delete: field.on_delete,
                });
            }
        }
    }
    out
}

/// A model's many-to-many fields in the order Django builds their through
/// models: the class's own fields first, then those it inherits from
/// `AbstractUser` (`groups`, `user_permissions`), which `_meta` lists
/// first by their creation counter.
fn through_order<'r>(reg: &'r Registry, model: &'r Model) -> impl Iterator<Item = &'r ManyToMany> {
    let inherited = |m2m: &ManyToMany| {
        matches!(m2m.name.as_str(), "groups" | "user_permissions")
            && m2m.related_query_name == "user"
            && reg.model(m2m.to).app_label == "auth"
    };
    // A `through=` model is a model of its own: its foreign keys are
    // candidates where it is registered, not here.
    let auto = model.many_to_many.iter().filter(|m| m.through.is_none());
    let own = auto.clone().filter(move |m| !inherited(m));
    own.chain(auto.filter(move |m| inherited(m)))
}

/// Whether deleting rows of `model` reaches nothing else (Django's
/// `can_fast_delete`: every relation to it is `DO_NOTHING`, no signals,
/// no parents).
pub fn can_fast_delete(reg: &'static Registry, model: ModelId) -> bool {
    candidate_relations(reg, model)
        .iter()
        .all(|rel| rel.on_delete == OnDelete::DoNothing)
}

/// Whether the collector deletes rows of `model`: the lesson's own models,
/// and any model of a project (a relation whose `on_delete` it does not
/// follow is refused when the collector meets it).
pub fn knows(reg: &Registry, model: ModelId) -> bool {
    !reg.is_lesson() || matches!(model, lesson::USER | lesson::ARTICLE | lesson::COMMENT)
}

/// `_meta.label`: `articles.Comment`.
pub fn label(reg: &Registry, model: ModelId) -> String {
    let meta = reg.model(model);
    format!("{}.{}", meta.app_label, meta.object_name)
}

/// A delete sent without collecting the rows first.
#[derive(Clone, Debug)]
enum FastDelete {
    /// The queryset being deleted, when nothing points at its model.
    QuerySet(Box<QuerySet>),
    /// The rows of a related table pointing at collected objects.
    Related {
        label: String,
        table: &'static str,
        columns: Vec<&'static str>,
        pks: Vec<i64>,
    },
}

/// One statement of a deletion and the label its row count adds to.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteStep {
    pub label: String,
    pub sql: Sql,
}

/// What `Collector.delete()` sends.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletePlan {
    /// `atomic(savepoint=False)` around the steps; `false` for the single
    /// object of a model nothing points at (Django's shortcut).
    pub atomic: bool,
    pub steps: Vec<DeleteStep>,
}

/// The objects to delete, by model in collection order, and the deletes
/// found on the way.
#[derive(Debug)]
pub struct Collector {
    reg: &'static Registry,
    data: Vec<(ModelId, Vec<i64>)>,
    fast_deletes: Vec<FastDelete>,
    /// `(model, dependency)`: `dependency` is deleted before `model`.
    dependencies: Vec<(ModelId, ModelId)>,
}

impl Collector {
    pub fn new(reg: &'static Registry) -> Collector {
        Collector {
            reg,
            data: Vec::new(),
            fast_deletes: Vec::new(),
            dependencies: Vec::new(),
        }
    }

    /// `collector.collect(queryset)` for `QuerySet.delete()`: a model
    /// nothing points at is deleted as is; any other is fetched first.
    pub fn collect_queryset<F: Fetch>(
        &mut self,
        qs: &QuerySet,
        db: &mut F,
    ) -> Result<(), F::Error> {
        let model = qs.model();
        if can_fast_delete(self.reg, model) {
            self.fast_deletes
                .push(FastDelete::QuerySet(Box::new(qs.clone())));
            return Ok(());
        }
        let pks = match qs.select_sql()? {
            Some(sql) => db.pks(sql)?,
            None => Vec::new(),
        };
        self.collect(model, pks, None, db)
    }

    /// `collector.collect(objs)`: adds the objects, then follows every
    /// relation pointing at them.
    pub fn collect<F: Fetch>(
        &mut self,
        model: ModelId,
        pks: Vec<i64>,
        source: Option<ModelId>,
        db: &mut F,
    ) -> Result<(), F::Error> {
        let new = self.add(model, pks, source);
        if new.is_empty() {
            return Ok(());
        }
        let mut fast: Vec<(String, &'static str, Vec<&'static str>)> = Vec::new();
        for rel in candidate_relations(self.reg, model) {
            match rel.on_delete {
                OnDelete::DoNothing => continue,
                OnDelete::Cascade => {}
                other => {
                    return Err(QueryError::NotSupported(format!(
                        "deleting what {}.{} points at with on_delete=models.{} (the playground follows CASCADE and DO_NOTHING only)",
                        rel.label,
                        rel.field,
                        other.name()
                    ))
                    .into())
                }
            }
            match rel.model.filter(|m| !can_fast_delete(self.reg, *m)) {
                None => match fast.iter_mut().find(|(label, ..)| *label == rel.label) {
                    Some((_, _, columns)) => columns.push(rel.column),
                    None => fast.push((rel.label, rel.table, vec![rel.column])),
                },
                Some(related) => {
                    // `only()` the fields other relations point at: the key.
                    let pk = self.reg.model(related).pk().name.clone();
                    for batch in new.chunks(batch_size(1)) {
                        let ids = batch.iter().map(|pk| Arg::Int(*pk)).collect();
                        let sub = QuerySet::new(self.reg, related)
                            .filter(
                                Vec::new(),
                                vec![(format!("{}__in", rel.field), Arg::List(ids))],
                            )?
                            .only(std::slice::from_ref(&pk))?;
                        let found = match sub.select_sql()? {
                            Some(sql) => db.pks(sql)?,
                            None => Vec::new(),
                        };
                        self.collect(related, found, Some(model), db)?;
                    }
                }
            }
        }
        for (label, table, columns) in fast {
            for batch in new.chunks(batch_size(columns.len())) {
                self.fast_deletes.push(FastDelete::Related {
                    label: label.clone(),
                    table,
                    columns: columns.clone(),
                    pks: batch.to_vec(),
                });
            }
        }
        Ok(())
    }

    /// `Collector.add`: the objects not collected before.
    fn add(&mut self, model: ModelId, pks: Vec<i64>, source: Option<ModelId>) -> Vec<i64> {
        if pks.is_empty() {
            return Vec::new();
        }
        let index = match self.data.iter().position(|(m, _)| *m == model) {
            Some(i) => i,
            None => {
                self.data.push((model, Vec::new()));
                self.data.len() - 1
            }
        };
        let mut new = Vec::new();
        if let Some((_, have)) = self.data.get_mut(index) {
            for pk in pks {
                if !have.contains(&pk) && !new.contains(&pk) {
                    new.push(pk);
                }
            }
            have.extend(new.iter().copied());
        }
        if let Some(source) = source {
            if !self.dependencies.contains(&(source, model)) {
                self.dependencies.push((source, model));
            }
        }
        new
    }

    /// `Collector.sort()`: models with their dependencies deleted first;
    /// left as collected if there is a cycle.
    fn sort(&mut self) {
        let models: Vec<ModelId> = self.data.iter().map(|(m, _)| *m).collect();
        let mut sorted: Vec<ModelId> = Vec::new();
        while sorted.len() < models.len() {
            let mut found = false;
            for model in &models {
                if sorted.contains(model) {
                    continue;
                }
                let waiting = self
                    .dependencies
                    .iter()
                    .any(|(m, dep)| m == model && !sorted.contains(dep));
                if !waiting {
                    sorted.push(*model);
                    found = true;
                }
            }
            if !found {
                return;
            }
        }
        crate::sort::sort_by_key(&mut self.data, |(m, _)| sorted.iter().position(|s| s == m));
    }

    /// `Collector.delete()`: the statements, in Django's order.
    pub fn delete(mut self) -> Result<DeletePlan, QueryError> {
        for (_, pks) in &mut self.data {
            crate::sort::sort_by(pks, i64::cmp);
        }
        self.sort();
        if let [(model, pks)] = self.data.as_slice() {
            if pks.len() == 1 && can_fast_delete(self.reg, *model) && self.fast_deletes.is_empty() {
                return Ok(DeletePlan {
                    atomic: false,
                    steps: batch_steps(self.reg, *model, pks),
                });
            }
        }
        let mut steps = Vec::new();
        for fast in &self.fast_deletes {
            match fast {
                FastDelete::QuerySet(qs) => {
                    if let Some(sql) = delete_sql(qs)? {
                        steps.push(DeleteStep {
                            label: label(self.reg, qs.model()),
                            sql,
                        });
                    }
                }
                FastDelete::Related {
                    label,
                    table,
                    columns,
                    pks,
                } => steps.push(DeleteStep {
                    label: label.clone(),
                    sql: delete_related_sql(table, columns, pks),
                }),
            }
        }
        for (model, pks) in &self.data {
            let reversed: Vec<i64> = pks.iter().rev().copied().collect();
            steps.extend(batch_steps(self.reg, *model, &reversed));
        }
        Ok(DeletePlan {
            atomic: true,
            steps,
        })
    }
}

fn batch_steps(reg: &'static Registry, model: ModelId, pks: &[i64]) -> Vec<DeleteStep> {
    let meta = reg.model(model);
    delete_batch_sql(&meta.db_table, &meta.pk().column, pks)
        .into_iter()
        .map(|sql| DeleteStep {
            label: label(reg, model),
            sql,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers the cascade's SELECT of a user's articles with `[2, 6]`.
    struct Articles(Vec<String>);

    impl Fetch for Articles {
        type Error = QueryError;
        fn pks(&mut self, sql: Sql) -> Result<Vec<i64>, QueryError> {
            self.0.push(sql.0);
            Ok(vec![2, 6])
        }
    }

    #[test]
    fn deleting_a_user_cascades_in_djangos_order() {
        let mut fetch = Articles(Vec::new());
        let mut collector = Collector::new(Registry::lesson_shared());
        assert!(collector
            .collect(lesson::USER, vec![2], None, &mut fetch)
            .is_ok());
        assert_eq!(
            fetch.0,
            ["SELECT \"articles_article\".\"id\" FROM \"articles_article\" WHERE \"articles_article\".\"user_id\" IN (%s)"]
        );
        let Ok(plan) = collector.delete() else {
            panic!("plan")
        };
        assert!(plan.atomic);
        let tables: Vec<(&str, &str)> = plan
            .steps
            .iter()
            .map(|s| {
                let table = s.sql.0.split('"').nth(1).unwrap_or_default();
                (s.label.as_str(), table)
            })
            .collect();
        assert_eq!(
            tables,
            [
                ("articles.Article_like_users", "articles_article_like_users"),
                ("articles.Comment", "articles_comment"),
                ("accounts.User_followings", "accounts_user_followings"),
                ("accounts.User_groups", "accounts_user_groups"),
                (
                    "accounts.User_user_permissions",
                    "accounts_user_user_permissions"
                ),
                ("articles.Article_like_users", "articles_article_like_users"),
                ("articles.Comment", "articles_comment"),
                ("articles.Article", "articles_article"),
                ("accounts.User", "accounts_user"),
            ]
        );
        // Deleted newest first.
        assert_eq!(
            plan.steps[7].sql.1,
            [
                rusqlite::types::Value::Integer(6),
                rusqlite::types::Value::Integer(2)
            ]
        );
    }

    #[test]
    fn one_comment_is_deleted_without_a_transaction() {
        let mut fetch = Articles(Vec::new());
        let mut collector = Collector::new(Registry::lesson_shared());
        assert!(collector
            .collect(lesson::COMMENT, vec![1], None, &mut fetch)
            .is_ok());
        let Ok(plan) = collector.delete() else {
            panic!("plan")
        };
        assert!(!plan.atomic && fetch.0.is_empty());
        assert_eq!(plan.steps.len(), 1);
    }
}
