//! Model instances and what Django does when you touch them: a forward
//! foreign key is fetched once and cached, `obj.comment_set.all()` queries
//! every time unless prefetched, many-to-many managers query, add and
//! remove. Every query goes through the logged executor with its [`Cause`].

use std::collections::HashMap;

use rusqlite::types::Value;

use super::query::{objects, Column, Prefetch, QuerySet, Scope};
use super::{lesson_model, set_lesson_cause, OrmError};
use crate::db::Database;
use crate::models::lesson;
use crate::models::{FieldId, Model, ModelId, Registry, RelationId, RelationRef, ReverseRelation};
use crate::orm::sql::m2m::Through;
use crate::query_log::{Cause, ManagerRead, ManagerWrite};

/// One row loaded as a model instance.
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    pub model: ModelId,
    /// Concrete field values in declaration order.
    values: Vec<Value>,
    /// `annotate()` results by name (`comment__count`).
    annotations: Vec<(String, Value)>,
    /// Forward foreign keys already loaded (`select_related` or a lazy fetch).
    related: HashMap<FieldId, Box<Instance>>,
    /// Reverse relations filled by `prefetch_related`.
    prefetched: HashMap<RelationId, Vec<Instance>>,
    /// The prefetch that produced this instance, for N+1 advice.
    prefetched_from: Option<RelationRef>,
}

impl Instance {
    fn meta(&self) -> &'static Model {
        lesson_model(self.model)
    }

    /// The relation of this instance's model named `name`.
    fn relation(&self, name: &str) -> Option<RelationId> {
        Registry::lesson_shared().relation_named(self.model, name)
    }

    /// The prefetched list of the relation named `accessor`, if it ran.
    fn cached(&self, accessor: &str) -> Option<&Vec<Instance>> {
        self.prefetched.get(&self.relation(accessor)?)
    }

    /// The primary key.
    pub fn pk(&self) -> i64 {
        match self.values.first() {
            Some(Value::Integer(pk)) => *pk,
            _ => 0,
        }
    }

    /// A concrete field's value (by name or attname).
    pub fn value(&self, field: &str) -> Option<&Value> {
        let index = self
            .meta()
            .fields
            .iter()
            .position(|f| f.name == field || f.column == field)?;
        self.values.get(index)
    }

    /// `{{ obj.field }}` as a template renders it (Python's `str()`).
    pub fn display(&self, field: &str) -> String {
        self.value(field)
            .or_else(|| self.annotation(field))
            .map(display_value)
            .unwrap_or_default()
    }

    /// An annotation's value.
    pub fn annotation(&self, name: &str) -> Option<&Value> {
        self.annotations
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    /// `obj.user`: the related row, fetched on first access and cached, as
    /// Django's forward descriptor does.
    ///
    /// # Errors
    /// [`OrmError`] if the name is not a foreign key or the query fails.
    pub fn forward(&mut self, db: &mut Database, field: &str) -> Result<&Instance, OrmError> {
        let meta = self.meta();
        let found = meta
            .field_id(field)
            .and_then(|id| Some((id, meta.field_at(id).foreign_target()?)));
        let Some((id, target)) = found else {
            return Err(OrmError::NotARelation {
                model: self.model,
                name: field.to_owned(),
            });
        };
        if !self.related.contains_key(&id) {
            let pk = match self.value(&meta.field_at(id).name) {
                Some(Value::Integer(pk)) => *pk,
                _ => return Err(OrmError::DoesNotExist { model: target }),
            };
            let cause = Cause::ForeignKey {
                model: self.model,
                field: id,
                prefetched_from: self.prefetched_from,
            };
            let loaded = get_with(db, objects(target).filter("pk", pk), cause)?;
            self.related.insert(id, Box::new(loaded));
        }
        self.related
            .get(&id)
            .map(|b| b.as_ref())
            .ok_or(OrmError::DoesNotExist { model: target })
    }

    /// `obj.comment_set.all()`: the prefetched list, or a fresh query.
    pub fn reverse_all(
        &self,
        db: &mut Database,
        accessor: &str,
    ) -> Result<Vec<Instance>, OrmError> {
        if let Some(cached) = self.cached(accessor) {
            return Ok(cached.clone());
        }
        let (qs, relation) = self.reverse_queryset(accessor)?;
        run(db, &qs, Cause::ReverseAll { relation })
    }

    /// The prefetched list without copying it, if there is one.
    pub fn prefetched(&self, accessor: &str) -> Option<&[Instance]> {
        self.cached(accessor).map(Vec::as_slice)
    }

    /// `obj.comment_set.count()`: the prefetched length, or `COUNT(*)`.
    pub fn reverse_count(&self, db: &mut Database, accessor: &str) -> Result<i64, OrmError> {
        if let Some(cached) = self.cached(accessor) {
            return Ok(cached.len() as i64);
        }
        let (qs, relation) = self.reverse_queryset(accessor)?;
        count_with(db, &qs, Cause::ReverseCount { relation })
    }

    /// The query of the reverse foreign key named `accessor`, and the
    /// relation its causes name.
    fn reverse_queryset(&self, accessor: &str) -> Result<(QuerySet, RelationRef), OrmError> {
        let meta = self.meta();
        let not_a_relation = || OrmError::NotARelation {
            model: self.model,
            name: accessor.to_owned(),
        };
        let id = match self.relation(accessor) {
            Some(id @ RelationId::Reverse(at)) => (id, usize::from(at)),
            _ => return Err(not_a_relation()),
        };
        let relation = meta
            .reverse_relations
            .get(id.1)
            .ok_or_else(not_a_relation)?;
        let child = lesson_model(relation.from);
        let column = child
            .field(&relation.field)
            .map(|f| f.column.as_str())
            .unwrap_or_default();
        let mut qs = objects(relation.from);
        qs.scope = Some(Scope::ReverseForeignKey {
            column: Column {
                table: &child.db_table,
                column,
            },
            pk: self.pk(),
        });
        Ok((
            qs,
            RelationRef {
                model: self.model,
                relation: id.0,
            },
        ))
    }

    /// A many-to-many manager: `person.followings`, `person.followers`,
    /// `article.like_users`, `user.like_articles`.
    pub fn m2m(&self, manager: &str) -> Result<ManyToManyManager, OrmError> {
        ManyToManyManager::new(self.model, self.pk(), manager)
    }
}

/// `{{ value }}`: Python's `str()` of a stored value.
pub fn display_value(value: &Value) -> String {
    match value {
        Value::Null => "None".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(r) => r.to_string(),
        Value::Text(s) => s.clone(),
        Value::Blob(b) => format!("{b:?}"),
    }
}

/// A related manager over a many-to-many relation, from either side.
#[derive(Clone, Debug, PartialEq)]
pub struct ManyToManyManager {
    /// The owner's model and the manager, for causes.
    relation: RelationRef,
    /// The model the manager returns.
    pub target: ModelId,
    through: &'static str,
    /// Through column pointing at the owner.
    owner_column: &'static str,
    /// Through column pointing at the returned rows.
    target_column: &'static str,
    /// The declared field's (source, target) columns: insert order.
    declared: (&'static str, &'static str),
    owner_pk: i64,
}

impl ManyToManyManager {
    fn new(model: ModelId, pk: i64, manager: &str) -> Result<Self, OrmError> {
        let meta = lesson_model(model);
        let not_a_relation = || OrmError::NotARelation {
            model,
            name: manager.to_owned(),
        };
        let relation = RelationRef::named(Registry::lesson_shared(), model, manager)
            .filter(|r| r.relation.is_many_to_many())
            .ok_or_else(not_a_relation)?;
        if let Some(field) = meta.m2m(manager) {
            return Ok(ManyToManyManager {
                relation,
                target: field.to,
                through: &field.through_table,
                owner_column: &field.source_column,
                target_column: &field.target_column,
                declared: (&field.source_column, &field.target_column),
                owner_pk: pk,
            });
        }
        for other in lesson::ALL {
            for field in &lesson_model(other).many_to_many {
                if field.to == model && field.related_name == manager {
                    return Ok(ManyToManyManager {
                        relation,
                        target: other,
                        through: &field.through_table,
                        owner_column: &field.target_column,
                        target_column: &field.source_column,
                        declared: (&field.source_column, &field.target_column),
                        owner_pk: pk,
                    });
                }
            }
        }
        Err(not_a_relation())
    }

    /// `manager.all()` as a queryset (filter it further before running).
    pub fn queryset(&self) -> QuerySet {
        let mut qs = objects(self.target);
        qs.scope = Some(Scope::ManyToMany {
            through: self.through,
            join_column: self.target_column,
            filter_column: self.owner_column,
            pk: self.owner_pk,
        });
        qs
    }

    fn cause(&self, operation: ManagerRead) -> Cause {
        Cause::ManyToMany {
            relation: self.relation,
            operation,
        }
    }

    /// `list(manager.all())`.
    pub fn all(&self, db: &mut Database) -> Result<Vec<Instance>, OrmError> {
        run(db, &self.queryset(), self.cause(ManagerRead::All))
    }

    /// `obj in manager.all()`: every row fetched, then compared by pk.
    pub fn contains(&self, db: &mut Database, pk: i64) -> Result<bool, OrmError> {
        let rows = run(db, &self.queryset(), self.cause(ManagerRead::In))?;
        Ok(rows.iter().any(|row| row.pk() == pk))
    }

    /// `manager.all|length`: every row fetched, then counted.
    pub fn length(&self, db: &mut Database) -> Result<i64, OrmError> {
        Ok(run(db, &self.queryset(), self.cause(ManagerRead::Length))?.len() as i64)
    }

    /// `if manager.filter(pk=pk):`: the matching rows fetched (no LIMIT)
    /// to see whether there are any.
    pub fn filter_pk_truthy(&self, db: &mut Database, pk: i64) -> Result<bool, OrmError> {
        let rows = run(
            db,
            &self.queryset().filter("pk", pk),
            self.cause(ManagerRead::FilterTruthy),
        )?;
        Ok(!rows.is_empty())
    }

    /// `manager.filter(pk=pk).exists()`.
    pub fn exists_pk(&self, db: &mut Database, pk: i64) -> Result<bool, OrmError> {
        let qs = self.queryset().filter("pk", pk);
        exists_with(db, &qs, self.cause(ManagerRead::Exists))
    }

    /// `manager.count()`.
    pub fn count(&self, db: &mut Database) -> Result<i64, OrmError> {
        count_with(db, &self.queryset(), self.cause(ManagerRead::Count))
    }

    /// The through table as this side sees it (`orm::sql::m2m` writes
    /// the statements the shell's managers send too).
    fn through(&self) -> Through {
        Through {
            table: self.through,
            owner_column: self.owner_column,
            target_column: self.target_column,
            declared: self.declared,
            // The lesson's relations have auto-created tables.
            explicit: false,
        }
    }

    /// `manager.add(obj)`: Django's fast path, `INSERT OR IGNORE` in a
    /// transaction.
    pub fn add(&self, db: &mut Database, pk: i64) -> Result<(), OrmError> {
        let Some((sql, params)) = self.through().add_sql(self.owner_pk, &[pk]) else {
            return Ok(());
        };
        self.write(db, ManagerWrite::Add, &sql, &params)
    }

    /// `manager.remove(obj)`.
    pub fn remove(&self, db: &mut Database, pk: i64) -> Result<(), OrmError> {
        let (sql, params) = self.through().remove_sql(self.owner_pk, &[pk]);
        self.write(db, ManagerWrite::Remove, &sql, &params)
    }

    fn write(
        &self,
        db: &mut Database,
        operation: ManagerWrite,
        sql: &str,
        params: &[Value],
    ) -> Result<(), OrmError> {
        set_lesson_cause(
            db,
            Some(Cause::ManyToManyWrite {
                relation: self.relation,
                operation,
            }),
        );
        let result = (|| {
            db.begin()?;
            if let Err(err) = db.execute(sql, params) {
                let _ = db.rollback();
                return Err(err);
            }
            db.commit()
        })();
        db.set_cause(None);
        result.map_err(OrmError::from)
    }
}

/// Runs a queryset: the main query, then its prefetches.
pub fn run(db: &mut Database, qs: &QuerySet, cause: Cause) -> Result<Vec<Instance>, OrmError> {
    qs.check()?;
    let (sql, params) = qs.select_sql(None);
    let rows = select_with(db, &sql, &params, cause)?;
    let mut instances: Vec<Instance> = rows.into_iter().map(|row| build(qs, row)).collect();
    for prefetch in &qs.prefetch {
        fill_prefetch(db, qs.model, &mut instances, prefetch)?;
    }
    Ok(instances)
}

/// `qs.get()`: `LIMIT 21`, exactly one row or an error.
pub fn get_with(db: &mut Database, qs: QuerySet, cause: Cause) -> Result<Instance, OrmError> {
    qs.check()?;
    let (sql, params) = qs.select_sql(Some(21));
    let rows = select_with(db, &sql, &params, cause)?;
    let model = qs.model;
    match rows.len() {
        0 => Err(OrmError::DoesNotExist { model }),
        1 => rows
            .into_iter()
            .next()
            .map(|row| build(&qs, row))
            .ok_or(OrmError::DoesNotExist { model }),
        n => Err(OrmError::MultipleObjectsReturned { model, count: n }),
    }
}

/// `Model.objects.get(name=value)`.
pub fn get(
    db: &mut Database,
    model: ModelId,
    name: &str,
    value: impl Into<Value>,
) -> Result<Instance, OrmError> {
    let qs = objects(model).filter(name, value);
    get_with(db, qs, Cause::Get { model })
}

/// `qs.count()`.
pub fn count_with(db: &mut Database, qs: &QuerySet, cause: Cause) -> Result<i64, OrmError> {
    qs.check()?;
    let (sql, params) = qs.count_sql();
    let rows = select_with(db, &sql, &params, cause)?;
    Ok(match rows.first().and_then(|r| r.first()) {
        Some(Value::Integer(n)) => *n,
        _ => 0,
    })
}

/// `qs.exists()`.
pub fn exists_with(db: &mut Database, qs: &QuerySet, cause: Cause) -> Result<bool, OrmError> {
    qs.check()?;
    let (sql, params) = qs.exists_sql();
    Ok(!select_with(db, &sql, &params, cause)?.is_empty())
}

fn select_with(
    db: &mut Database,
    sql: &str,
    params: &[Value],
    cause: Cause,
) -> Result<Vec<Vec<Value>>, OrmError> {
    set_lesson_cause(db, Some(cause));
    let result = db.select(sql, params);
    db.set_cause(None);
    result.map_err(OrmError::from)
}

/// An instance from a row of `qs`'s SELECT: own columns, then each
/// `select_related` model's, then annotations.
pub(super) fn build(qs: &QuerySet, row: Vec<Value>) -> Instance {
    let meta = lesson_model(qs.model);
    let mut values = row.into_iter();
    let own: Vec<Value> = values.by_ref().take(meta.fields.len()).collect();
    let mut related = HashMap::new();
    for name in &qs.select_related {
        let Some(id) = meta.field_id(name) else {
            continue;
        };
        if let Some(target) = meta.field_at(id).foreign_target() {
            let width = lesson_model(target).fields.len();
            let target_values: Vec<Value> = values.by_ref().take(width).collect();
            related.insert(id, Box::new(Instance::new(target, target_values)));
        }
    }
    let annotations = qs
        .counts
        .iter()
        .zip(values)
        .map(|(name, value)| (format!("{name}__count"), value))
        .collect();
    Instance {
        annotations,
        related,
        ..Instance::new(qs.model, own)
    }
}

impl Instance {
    fn new(model: ModelId, values: Vec<Value>) -> Self {
        Instance {
            model,
            values,
            annotations: Vec::new(),
            related: HashMap::new(),
            prefetched: HashMap::new(),
            prefetched_from: None,
        }
    }
}

/// One `prefetch_related` query: `WHERE fk IN (pks in result order)`, then
/// the children distributed to their parents in query order.
fn fill_prefetch(
    db: &mut Database,
    model: ModelId,
    parents: &mut [Instance],
    prefetch: &Prefetch,
) -> Result<(), OrmError> {
    let Some(query) = PrefetchQuery::new(model, parents, prefetch) else {
        return Ok(());
    };
    let (sql, params) = query.qs.select_sql(None);
    let rows = select_with(db, &sql, &params, query.cause)?;
    let children = rows.into_iter().map(|row| query.child(row)).collect();
    query.distribute(parents, children);
    Ok(())
}

/// The query a `prefetch_related` sends for `parents`, and how its rows
/// become their caches.
pub(super) struct PrefetchQuery {
    pub qs: QuerySet,
    pub cause: Cause,
    relation: &'static ReverseRelation,
    /// The parents' model and the relation, as the children remember it.
    from: RelationRef,
}

impl PrefetchQuery {
    /// `None` when there is nothing to send: no parents (Django sends no
    /// query then) or no such relation.
    pub fn new(model: ModelId, parents: &[Instance], prefetch: &Prefetch) -> Option<Self> {
        let meta = lesson_model(model);
        let from = RelationRef::named(Registry::lesson_shared(), model, prefetch.accessor)?;
        let RelationId::Reverse(at) = from.relation else {
            return None;
        };
        let relation = meta.reverse_relations.get(usize::from(at))?;
        if parents.is_empty() {
            return None;
        }
        let pks: Vec<Value> = parents.iter().map(|p| Value::Integer(p.pk())).collect();
        let mut qs = objects(relation.from).filter_in(&relation.field, pks);
        for name in &prefetch.select_related {
            qs = qs.select_related(&[name]);
        }
        Some(PrefetchQuery {
            qs,
            cause: Cause::Prefetch { relation: from },
            relation,
            from,
        })
    }

    /// A child instance from a row of the query.
    pub fn child(&self, row: Vec<Value>) -> Instance {
        let mut child = build(&self.qs, row);
        child.prefetched_from = Some(self.from);
        child
    }

    /// Gives each parent its children, in query order.
    pub fn distribute(&self, parents: &mut [Instance], children: Vec<Instance>) {
        let mut by_parent: HashMap<i64, Vec<Instance>> = HashMap::new();
        for child in children {
            let parent = match child.value(&self.relation.field) {
                Some(Value::Integer(pk)) => *pk,
                _ => continue,
            };
            by_parent.entry(parent).or_default().push(child);
        }
        for parent in parents {
            let list = by_parent.remove(&parent.pk()).unwrap_or_default();
            parent.prefetched.insert(self.from.relation, list);
        }
    }
}
