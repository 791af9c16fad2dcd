//! Django's deletion `Collector` (`django/db/models/deletion.py`): which
//! rows a `delete()` reaches, the SELECTs it sends to find them (in
//! Django's order), the fast deletes it sends without looking (related
//! rows of models nothing else points at, many-to-many through rows), the
//! field updates of `SET_NULL`, `SET_DEFAULT` and `SET(value)` (sent
//! before the deletes, not counted; `SET`'s value converted by the key's
//! target field, [`set_value`]), the `ProtectedError` of `PROTECT`
//! and the `RestrictedError` of `RESTRICT` (unless a `CASCADE` of the same
//! delete reaches the row too), and the final `DELETE ... WHERE id IN
//! (...)` per model, models ordered so that nothing is deleted before
//! what points at it. `SET()` of a callable is refused when a delete
//! reaches it: Django calls it then, and it may run queries of its own.
//!
//! Collecting needs the database (the SELECTs), so it takes a [`Fetch`];
//! deleting is a [`DeletePlan`], statements the caller sends in a
//! transaction or not as the plan says. The objects of a blocked delete
//! are the caller's (`Fetch::Obj`: the program's instances), in the order
//! CPython's set iterates them ([`crate::python::pyset`]).

use rusqlite::types::Value as Sv;

use super::compiler::Sql;
use super::delete::{
    batch_size, delete_batch_sql, delete_related_sql, delete_sql, update_batch_sql,
    update_related_sql,
};
use super::input::{Arg, QChild};
use super::queryset::QuerySet;
use super::set_value;
use super::QueryError;
use crate::models::lesson;
use crate::models::{FieldDefault, ManyToMany, Model, ModelId, OnDelete, Registry, SetValue};
use crate::python::pyset::{int_hash, int_set_order, PySet};

/// Sends the collector's SELECTs.
pub trait Fetch {
    type Error: From<QueryError>;
    /// An object a SELECT loaded, as the program would hold it (`()` where
    /// nobody looks).
    type Obj: Clone;
    /// Sends a SELECT whose first column is a primary key and returns them.
    fn pks(&mut self, sql: Sql) -> Result<Vec<i64>, Self::Error>;
    /// Evaluates `qs` into its objects and their primary keys.
    fn objects(&mut self, qs: &QuerySet) -> Result<Vec<(i64, Self::Obj)>, Self::Error>;
    /// The `ProtectedError` or `RestrictedError` a delete raises.
    fn blocked(&mut self, blocked: Blocked<Self::Obj>) -> Self::Error;
}

/// Which of Django's errors stopped a delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockedBy {
    /// `ProtectedError` (`on_delete=PROTECT`).
    Protect,
    /// `RestrictedError` (`on_delete=RESTRICT`).
    Restrict,
}

impl BlockedBy {
    /// The exception's class name in `django.db.models.deletion`.
    pub fn class_name(self) -> &'static str {
        match self {
            BlockedBy::Protect => "ProtectedError",
            BlockedBy::Restrict => "RestrictedError",
        }
    }
}

/// A delete `PROTECT` or `RESTRICT` refused: Django's message and the
/// objects in the set it carries, in the set's iteration order.
#[derive(Clone, Debug)]
pub struct Blocked<O> {
    pub by: BlockedBy,
    pub message: String,
    pub objects: Vec<O>,
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
    /// `null=True`: a cascade through it orders nothing.
    null: bool,
    /// `SET_DEFAULT`'s value.
    default: Option<&'static FieldDefault>,
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
                    null: false,
                    default: None,
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
                    on_delete: field.on_delete.clone(),
                    null: field.null,
                    default: Some(&field.default),
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
        /// The model, `None` for an auto-created through table.
        model: Option<ModelId>,
        /// Field names (for a lookup) and columns of the keys.
        fields: Vec<&'static str>,
        columns: Vec<&'static str>,
        pks: Vec<i64>,
    },
}

/// `model_fast_deletes`: a related table's label, name, model and the
/// keys (field names, columns) through which it points at the objects.
type FastGroup = (
    String,
    &'static str,
    Option<ModelId>,
    Vec<&'static str>,
    Vec<&'static str>,
);

/// The rows of one `(field, value)` of `Collector.field_updates`.
#[derive(Clone, Debug)]
struct FieldUpdate {
    model: ModelId,
    field: &'static str,
    column: &'static str,
    /// What the update sends, or the error Django raises when it
    /// compiles the update (`SET('x')` on a key to an `AutoField`).
    value: Result<Sv, QueryError>,
    /// Lazy querysets (`SET_NULL`, `SET(constant)`): the primary keys each
    /// `filter(field__in=...)` names, OR-ed into one `update()`.
    lazy: Vec<Vec<i64>>,
    /// Objects loaded (`SET_DEFAULT`): their primary keys.
    objects: Vec<i64>,
}

/// One statement of a deletion and the label its row count adds to
/// (`None` for a field update, which Django does not count).
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteStep {
    pub label: Option<String>,
    pub sql: Sql,
}

/// What `Collector.delete()` sends.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletePlan {
    /// `atomic(savepoint=False)` around the steps; `false` for the single
    /// object of a model nothing points at (Django's shortcut).
    pub atomic: bool,
    pub steps: Vec<DeleteStep>,
    /// The error Django raises after sending the steps, inside the
    /// transaction (which rolls back): a field update whose value its
    /// field refuses (`ValueError` of `SET('x')`).
    pub fails: Option<QueryError>,
}

/// A member of Django's sets of model instances: equal when the model and
/// the primary key are.
type ObjKey = (ModelId, i64);

/// Why collecting stopped: the caller's error, or a `ProtectedError` on
/// its way up (an outer `collect()` catches it and names its own field).
enum Stop<E, O> {
    Fetch(E),
    /// Django's message and the protected objects in the set's
    /// iteration order.
    Protected(String, Vec<(ObjKey, O)>),
}

impl<E: From<QueryError>, O> From<QueryError> for Stop<E, O> {
    fn from(e: QueryError) -> Self {
        Stop::Fetch(e.into())
    }
}

/// `restricted_objects[model][field]`: `'Review.book'` and its objects.
type Restricted<O> = (ModelId, Vec<(String, PySet<ObjKey, O>)>);

/// The objects to delete, by model in collection order, and the deletes
/// found on the way.
pub struct Collector<O> {
    reg: &'static Registry,
    data: Vec<(ModelId, Vec<i64>)>,
    fast_deletes: Vec<FastDelete>,
    /// `(model, dependency)`: `dependency` is deleted before `model`.
    dependencies: Vec<(ModelId, ModelId)>,
    field_updates: Vec<FieldUpdate>,
    restricted: Vec<Restricted<O>>,
}

/// A set of `(model, pk)` objects built in `items`' order.
fn object_set<O>(items: Vec<(ObjKey, O)>) -> PySet<ObjKey, O> {
    let mut set = PySet::default();
    for (key, obj) in items {
        set.add(int_hash(key.1), key, obj);
    }
    set
}

impl<O: Clone> Collector<O> {
    pub fn new(reg: &'static Registry) -> Collector<O> {
        Collector {
            reg,
            data: Vec::new(),
            fast_deletes: Vec::new(),
            dependencies: Vec::new(),
            field_updates: Vec::new(),
            restricted: Vec::new(),
        }
    }

    /// `collector.collect(queryset)` for `QuerySet.delete()`: a model
    /// nothing points at is deleted as is; any other is fetched first.
    pub fn collect_queryset<F: Fetch<Obj = O>>(
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
        self.collect(model, pks, db)
    }

    /// `collector.collect(objs)` as `delete()` calls it: adds the objects,
    /// follows every relation pointing at them, and raises what `PROTECT`
    /// or `RESTRICT` refuse.
    pub fn collect<F: Fetch<Obj = O>>(
        &mut self,
        model: ModelId,
        pks: Vec<i64>,
        db: &mut F,
    ) -> Result<(), F::Error> {
        match self.collect_from(model, pks, None, true, db) {
            Ok(()) => Ok(()),
            Err(Stop::Fetch(e)) => Err(e),
            Err(Stop::Protected(message, objects)) => Err(db.blocked(Blocked {
                by: BlockedBy::Protect,
                message,
                objects: objects.into_iter().map(|(_, o)| o).collect(),
            })),
        }
    }

    /// `Collector.collect(objs, source, nullable, fail_on_restricted)`.
    fn collect_from<F: Fetch<Obj = O>>(
        &mut self,
        model: ModelId,
        pks: Vec<i64>,
        source: Option<(ModelId, bool)>,
        fail_on_restricted: bool,
        db: &mut F,
    ) -> Result<(), Stop<F::Error, O>> {
        let new = self.add(model, pks, source);
        if new.is_empty() {
            return Ok(());
        }
        let mut fast: Vec<FastGroup> = Vec::new();
        // `protected_objects`: `'Loan.book'` and what it protects.
        let mut protected: Vec<(String, Vec<(ObjKey, O)>)> = Vec::new();
        for rel in candidate_relations(self.reg, model) {
            if rel.on_delete == OnDelete::DoNothing {
                continue;
            }
            let fast_model = match (&rel.on_delete, rel.model) {
                (OnDelete::Cascade, None) => true,
                (OnDelete::Cascade, Some(m)) => can_fast_delete(self.reg, m),
                _ => false,
            };
            let Some(related) = rel.model.filter(|_| !fast_model) else {
                match fast.iter_mut().find(|(label, ..)| *label == rel.label) {
                    Some((_, _, _, fields, columns)) => {
                        fields.push(rel.field);
                        columns.push(rel.column);
                    }
                    None => fast.push((
                        rel.label,
                        rel.table,
                        rel.model,
                        vec![rel.field],
                        vec![rel.column],
                    )),
                }
                continue;
            };
            let key = format!("'{}.{}'", self.reg.model(related).object_name, rel.field);
            for batch in new.chunks(batch_size(1)) {
                let sub = self.related_objects(related, rel.field, batch)?;
                match &rel.on_delete {
                    OnDelete::SetNull | OnDelete::Set(_) => {
                        // Lazy: the queryset is never evaluated. The value
                        // is converted when the update is compiled.
                        let value = match &rel.on_delete {
                            OnDelete::Set(SetValue::Other) => {
                                return Err(QueryError::NotSupported(format!(
                                    "deleting what {}.{} points at with on_delete=models.SET() of something other than a literal (None, True/False, a number or a string; Django calls a callable at each delete)",
                                    rel.label, rel.field
                                ))
                                .into())
                            }
                            OnDelete::Set(value) => {
                                set_value::db_value(self.reg.model(model).pk(), value)
                            }
                            _ => Ok(Sv::Null),
                        };
                        self.field_update(related, &rel, value)
                            .lazy
                            .push(batch.to_vec());
                        continue;
                    }
                    _ => {}
                }
                // A cascade reads the keys only (its objects never reach
                // the program); the others load what they may show.
                let found = match &rel.on_delete {
                    OnDelete::Cascade => match sub.select_sql()? {
                        Some(sql) => db.pks(sql).map_err(Stop::Fetch)?,
                        None => Vec::new(),
                    }
                    .into_iter()
                    .map(|pk| (pk, None))
                    .collect(),
                    _ => db
                        .objects(&sub)
                        .map_err(Stop::Fetch)?
                        .into_iter()
                        .map(|(pk, o)| (pk, Some(o)))
                        .collect::<Vec<_>>(),
                };
                if found.is_empty() {
                    continue;
                }
                let found_pks: Vec<i64> = found.iter().map(|(pk, _)| *pk).collect();
                let loaded = || {
                    found
                        .iter()
                        .filter_map(|(pk, o)| o.clone().map(|o| ((related, *pk), o)))
                };
                match &rel.on_delete {
                    OnDelete::Cascade => {
                        match self.collect_from(
                            related,
                            found_pks,
                            Some((model, rel.null)),
                            false,
                            db,
                        ) {
                            Ok(()) => {}
                            Err(Stop::Protected(_, objects)) => {
                                push_protected(&mut protected, key.clone(), objects);
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    OnDelete::Protect => {
                        push_protected(&mut protected, key.clone(), loaded().collect());
                    }
                    OnDelete::Restrict => {
                        let objects: Vec<(ObjKey, O)> = loaded().collect();
                        self.add_restricted(related, key.clone(), objects.into_iter());
                        self.add_dependency(model, related);
                    }
                    OnDelete::SetDefault => {
                        let value = match rel.default {
                            Some(FieldDefault::Null) | None => Sv::Null,
                            Some(FieldDefault::Int(n)) => Sv::Integer(*n),
                            Some(FieldDefault::Text(t)) => Sv::Text(t.clone()),
                            Some(_) => {
                                return Err(QueryError::NotSupported(format!(
                                    "deleting what {}.{} points at with on_delete=models.SET_DEFAULT and this default",
                                    rel.label, rel.field
                                ))
                                .into())
                            }
                        };
                        self.field_update(related, &rel, Ok(value))
                            .objects
                            .extend(found_pks);
                    }
                    OnDelete::SetNull | OnDelete::Set(_) | OnDelete::DoNothing => {}
                }
            }
        }
        if !protected.is_empty() {
            let keys: Vec<&str> = protected.iter().map(|(k, _)| k.as_str()).collect();
            let message = format!(
                "Cannot delete some instances of model '{}' because they are referenced through protected foreign keys: {}.",
                self.reg.model(model).object_name,
                keys.join(", ")
            );
            let objects = protected.into_iter().flat_map(|(_, objs)| objs).collect();
            let set = object_set(objects);
            let objects = set.iter().map(|(k, o)| (*k, o.clone())).collect();
            return Err(Stop::Protected(message, objects));
        }
        for (label, table, model, fields, columns) in fast {
            for batch in new.chunks(batch_size(columns.len())) {
                self.fast_deletes.push(FastDelete::Related {
                    label: label.clone(),
                    table,
                    model,
                    fields: fields.clone(),
                    columns: columns.clone(),
                    pks: batch.to_vec(),
                });
            }
        }
        if fail_on_restricted {
            self.check_restricted(model, db)?;
        }
        Ok(())
    }

    /// `related_model._base_manager.filter(field__in=batch)`, loading only
    /// the fields other relations point at (all when none does).
    fn related_objects(
        &self,
        related: ModelId,
        field: &str,
        batch: &[i64],
    ) -> Result<QuerySet, QueryError> {
        let ids = batch.iter().map(|pk| Arg::Int(*pk)).collect();
        let sub = QuerySet::new(self.reg, related)
            .filter(Vec::new(), vec![(format!("{field}__in"), Arg::List(ids))])?;
        if candidate_relations(self.reg, related).is_empty() {
            return Ok(sub);
        }
        let pk = self.reg.model(related).pk().name.clone();
        sub.only(std::slice::from_ref(&pk))
    }

    /// `Collector.add_field_update(field, value, objs)`: the entry of
    /// `(field, value)`, made on first use.
    fn field_update(
        &mut self,
        model: ModelId,
        rel: &Relation,
        value: Result<Sv, QueryError>,
    ) -> &mut FieldUpdate {
        let at = self
            .field_updates
            .iter()
            .position(|u| u.model == model && u.field == rel.field && u.value == value);
        let at = match at {
            Some(at) => at,
            None => {
                self.field_updates.push(FieldUpdate {
                    model,
                    field: rel.field,
                    column: rel.column,
                    value,
                    lazy: Vec::new(),
                    objects: Vec::new(),
                });
                self.field_updates.len() - 1
            }
        };
        &mut self.field_updates[at]
    }

    /// `Collector.add_restricted_objects(field, objs)`.
    fn add_restricted(
        &mut self,
        model: ModelId,
        key: String,
        objects: impl Iterator<Item = (ObjKey, O)>,
    ) {
        let at = match self.restricted.iter().position(|(m, _)| *m == model) {
            Some(at) => at,
            None => {
                self.restricted.push((model, Vec::new()));
                self.restricted.len() - 1
            }
        };
        let fields = &mut self.restricted[at].1;
        let at = match fields.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                fields.push((key, PySet::default()));
                fields.len() - 1
            }
        };
        let set = &mut fields[at].1;
        for (key, obj) in objects {
            set.add(int_hash(key.1), key, obj);
        }
    }

    /// `clear_restricted_objects_from_set(model, objs)`.
    fn clear_restricted(&mut self, model: ModelId, pks: &[i64], other_len: usize) {
        if let Some((_, fields)) = self.restricted.iter_mut().find(|(m, _)| *m == model) {
            for (_, set) in fields.iter_mut() {
                let items = std::mem::take(set);
                *set = items.difference(other_len, |(_, pk)| !pks.contains(pk));
            }
        }
    }

    /// The end of a top-level `collect()`: restricted objects that this
    /// delete also reaches through a `CASCADE` are allowed; any other
    /// raises `RestrictedError`.
    fn check_restricted<F: Fetch<Obj = O>>(
        &mut self,
        model: ModelId,
        db: &mut F,
    ) -> Result<(), Stop<F::Error, O>> {
        let data = self.data.clone();
        for (m, pks) in &data {
            self.clear_restricted(*m, pks, pks.len());
        }
        let fast = self.fast_deletes.clone();
        for f in &fast {
            let FastDelete::Related {
                model: Some(m),
                fields,
                pks,
                ..
            } = f
            else {
                continue;
            };
            let Some((_, sets)) = self.restricted.iter().find(|(r, _)| r == m) else {
                continue;
            };
            let restricted: Vec<i64> = sets
                .iter()
                .flat_map(|(_, set)| set.iter().map(|((_, pk), _)| *pk))
                .collect();
            let [field] = fields.as_slice() else {
                return Err(QueryError::NotSupported(
                    "a RESTRICT check of rows deleted through several keys at once".into(),
                )
                .into());
            };
            let ids = pks.iter().map(|pk| Arg::Int(*pk)).collect();
            let restricted_ids = restricted.iter().map(|pk| Arg::Int(*pk)).collect();
            let qs = QuerySet::new(self.reg, *m)
                .filter(Vec::new(), vec![(format!("{field}__in"), Arg::List(ids))])?
                .filter(
                    Vec::<QChild>::new(),
                    vec![("pk__in".into(), Arg::List(restricted_ids))],
                )?;
            let found = db.objects(&qs).map_err(Stop::Fetch)?;
            let found_pks: Vec<i64> = found.iter().map(|(pk, _)| *pk).collect();
            let unique = int_set_order(&found_pks).len();
            self.clear_restricted(*m, &found_pks, unique);
        }
        let mut keys = Vec::new();
        let mut objects = Vec::new();
        for (_, fields) in &self.restricted {
            for (key, set) in fields {
                if !set.is_empty() {
                    if !keys.contains(key) {
                        keys.push(key.clone());
                    }
                    objects.extend(set.iter().map(|(k, o)| (*k, o.clone())));
                }
            }
        }
        if keys.is_empty() {
            return Ok(());
        }
        let message = format!(
            "Cannot delete some instances of model '{}' because they are referenced through restricted foreign keys: {}.",
            self.reg.model(model).object_name,
            keys.join(", ")
        );
        let set = object_set(objects);
        Err(Stop::Fetch(db.blocked(Blocked {
            by: BlockedBy::Restrict,
            message,
            objects: set.iter().map(|(_, o)| o.clone()).collect(),
        })))
    }

    /// `Collector.add`: the objects not collected before.
    fn add(&mut self, model: ModelId, pks: Vec<i64>, source: Option<(ModelId, bool)>) -> Vec<i64> {
        if pks.is_empty() {
            return Vec::new();
        }
        let index = self.data_index(model);
        let mut new = Vec::new();
        if let Some((_, have)) = self.data.get_mut(index) {
            for pk in pks {
                if !have.contains(&pk) && !new.contains(&pk) {
                    new.push(pk);
                }
            }
            have.extend(new.iter().copied());
        }
        // A nullable key is nulled out before the deletes: no order.
        if let Some((source, false)) = source {
            self.add_dependency(source, model);
        }
        new
    }

    /// The entry of `model` in `data`, made (empty) on first use.
    fn data_index(&mut self, model: ModelId) -> usize {
        match self.data.iter().position(|(m, _)| *m == model) {
            Some(i) => i,
            None => {
                self.data.push((model, Vec::new()));
                self.data.len() - 1
            }
        }
    }

    /// `Collector.add_dependency(model, dependency)`: `dependency` is
    /// deleted first, and has an entry in `data`.
    fn add_dependency(&mut self, model: ModelId, dependency: ModelId) {
        if !self.dependencies.contains(&(model, dependency)) {
            self.dependencies.push((model, dependency));
        }
        self.data_index(dependency);
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
        // Django tests the last model's instances, the one there is.
        if let [(model, pks)] = self.data.as_slice() {
            if pks.len() == 1 && can_fast_delete(self.reg, *model) {
                return Ok(DeletePlan {
                    atomic: false,
                    steps: batch_steps(self.reg, *model, pks),
                    fails: None,
                });
            }
        }
        let mut steps = Vec::new();
        for fast in &self.fast_deletes {
            match fast {
                FastDelete::QuerySet(qs) => {
                    if let Some(sql) = delete_sql(qs)? {
                        steps.push(DeleteStep {
                            label: Some(label(self.reg, qs.model())),
                            sql,
                        });
                    }
                }
                FastDelete::Related {
                    label,
                    table,
                    columns,
                    pks,
                    ..
                } => steps.push(DeleteStep {
                    label: Some(label.clone()),
                    sql: delete_related_sql(table, columns, pks),
                }),
            }
        }
        for update in &self.field_updates {
            let meta = self.reg.model(update.model);
            let value = match &update.value {
                Ok(value) => value,
                Err(e) => {
                    return Ok(DeletePlan {
                        atomic: true,
                        steps,
                        fails: Some(e.clone()),
                    })
                }
            };
            if !update.lazy.is_empty() {
                steps.push(DeleteStep {
                    label: None,
                    sql: update_related_sql(&meta.db_table, update.column, value, &update.lazy),
                });
            }
            if !update.objects.is_empty() {
                let pks = int_set_order(&update.objects);
                for sql in update_batch_sql(
                    &meta.db_table,
                    &meta.pk().column,
                    update.column,
                    value,
                    &pks,
                ) {
                    steps.push(DeleteStep { label: None, sql });
                }
            }
        }
        for (model, pks) in &self.data {
            let reversed: Vec<i64> = pks.iter().rev().copied().collect();
            steps.extend(batch_steps(self.reg, *model, &reversed));
        }
        Ok(DeletePlan {
            atomic: true,
            steps,
            fails: None,
        })
    }
}

/// `protected_objects[key] += objs`.
fn push_protected<O>(
    protected: &mut Vec<(String, Vec<(ObjKey, O)>)>,
    key: String,
    objs: Vec<(ObjKey, O)>,
) {
    match protected.iter_mut().find(|(k, _)| *k == key) {
        Some((_, list)) => list.extend(objs),
        None => protected.push((key, objs)),
    }
}

fn batch_steps(reg: &'static Registry, model: ModelId, pks: &[i64]) -> Vec<DeleteStep> {
    let meta = reg.model(model);
    delete_batch_sql(&meta.db_table, &meta.pk().column, pks)
        .into_iter()
        .map(|sql| DeleteStep {
            label: Some(label(reg, model)),
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
        type Obj = ();
        fn pks(&mut self, sql: Sql) -> Result<Vec<i64>, QueryError> {
            self.0.push(sql.0);
            Ok(vec![2, 6])
        }
        fn objects(&mut self, qs: &QuerySet) -> Result<Vec<(i64, ())>, QueryError> {
            let pks = match qs.select_sql()? {
                Some(sql) => self.pks(sql)?,
                None => Vec::new(),
            };
            Ok(pks.into_iter().map(|pk| (pk, ())).collect())
        }
        fn blocked(&mut self, blocked: Blocked<()>) -> QueryError {
            QueryError::NotSupported(blocked.message)
        }
    }

    #[test]
    fn deleting_a_user_cascades_in_djangos_order() {
        let mut fetch = Articles(Vec::new());
        let mut collector = Collector::<()>::new(Registry::lesson_shared());
        assert!(collector.collect(lesson::USER, vec![2], &mut fetch).is_ok());
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
                (s.label.as_deref().unwrap_or_default(), table)
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
        let mut collector = Collector::<()>::new(Registry::lesson_shared());
        assert!(collector
            .collect(lesson::COMMENT, vec![1], &mut fetch)
            .is_ok());
        let Ok(plan) = collector.delete() else {
            panic!("plan")
        };
        assert!(!plan.atomic && fetch.0.is_empty());
        assert_eq!(plan.steps.len(), 1);
    }
}
