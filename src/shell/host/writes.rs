//! The writes of `manage shell`, as Django 5.2 sends them on SQLite. This
//! module has the queryset side: `update()` (F arithmetic, joins as
//! `pk IN (SELECT ...)`), `delete()` of querysets and instances through the
//! deletion collector, `get_or_create()`, `update_or_create()`,
//! `bulk_create()`. Its children: `instances` (`Model(...)`, assignment,
//! `save()`, `create()`, `refresh_from_db()`), `related` (the related
//! managers' `add`/`remove`/`clear`/`set`/`create`) and `atomic`
//! (`transaction.atomic()`). The SQL comes from the engine's write
//! compilers (`crate::orm::sql::{insert, update, delete, m2m,
//! collector}`); these modules decide what Django would send, in which
//! transaction, and what the program gets back.

use std::cell::RefCell;
use std::rc::Rc;

use rusqlite::types::Value as Sv;

use super::{Exceptions, Kwargs, ShellHost};
use crate::models::{Field, FieldKind, ModelId};
use crate::orm::sql::collector::{self, Blocked, BlockedBy, Collector, DeletePlan, Fetch};
use crate::orm::sql::insert::{insert_sql, OnConflict, Returning};
use crate::orm::sql::queryset::QuerySet;
use crate::orm::sql::update::update_sql;
use crate::orm::sql::{Arg, QueryError, Sql, E};
use crate::python::host::Host;
use crate::python::value::{Dict, Key, Set};
use crate::python::{ExcObj, HostResult, Thrown, Value};
use crate::shell::objects::{obj, Instance, Obj, QsObj, RowKind};

/// SQLite's `max_query_params` in Django 5.2 (the related managers'
/// batches).
const MAX_QUERY_PARAMS: usize = 999;

fn unsupported<T>(what: impl Into<String>) -> HostResult<T> {
    Err(Thrown::unsupported(what))
}

/// The collector's SELECTs, sent by the host.
struct Fetcher<'h, 'a>(&'h mut ShellHost<'a>);

/// Why a collector's SELECT failed.
enum FetchError {
    Query(QueryError),
    Thrown(Thrown),
}

impl From<QueryError> for FetchError {
    fn from(e: QueryError) -> Self {
        FetchError::Query(e)
    }
}

impl Fetch for Fetcher<'_, '_> {
    type Error = FetchError;
    type Obj = Value;

    fn objects(&mut self, qs: &QuerySet) -> Result<Vec<(i64, Value)>, FetchError> {
        let items = self
            .0
            .fetch_rows(qs, RowKind::Instances)
            .map_err(FetchError::Thrown)?;
        Ok(items
            .into_iter()
            .filter_map(|v| match obj(&v) {
                Some(Obj::Instance(i)) => match i.pk() {
                    Value::Int(pk) => Some((pk, v.clone())),
                    _ => None,
                },
                _ => None,
            })
            .collect())
    }

    /// `ProtectedError(msg, {objs})` or `RestrictedError(msg, {objs})`.
    fn blocked(&mut self, blocked: Blocked<Value>) -> FetchError {
        let class = match blocked.by {
            BlockedBy::Protect => self.0.exc.protected_error.clone(),
            BlockedBy::Restrict => self.0.exc.restricted_error.clone(),
        };
        let mut set = Set::default();
        for o in blocked.objects {
            let key = match &o {
                Value::Host(h) => self.0.hash_key(h),
                _ => Ok(None),
            };
            match key {
                Ok(Some(k)) => {
                    set.insert(k, o);
                }
                Ok(None) => {}
                Err(t) => return FetchError::Thrown(t),
            }
        }
        FetchError::Thrown(Thrown::Exc(Rc::new(ExcObj {
            class,
            args: vec![
                Value::str(&blocked.message),
                Value::Set(Rc::new(RefCell::new(set))),
            ],
            line: std::cell::Cell::new(0),
        })))
    }

    fn pks(&mut self, sql: Sql) -> Result<Vec<i64>, FetchError> {
        let rows = self.0.send(sql).map_err(FetchError::Thrown)?;
        Ok(rows
            .into_iter()
            .filter_map(|row| match row.into_iter().next() {
                Some(Sv::Integer(pk)) => Some(pk),
                _ => None,
            })
            .collect())
    }
}

/// A value as a lookup argument.
fn sv_arg(v: Sv) -> Arg {
    match v {
        Sv::Null => Arg::Null,
        Sv::Integer(n) => Arg::Int(n),
        Sv::Real(f) => Arg::Float(f),
        Sv::Text(t) => Arg::Str(t),
        Sv::Blob(_) => Arg::Null,
    }
}

fn put(i: &Instance, column: &str, v: Value) {
    let mut values = i.values.borrow_mut();
    match values.iter_mut().find(|(k, _)| k == column) {
        Some(slot) => slot.1 = v,
        None => values.push((column.to_owned(), v)),
    }
}

fn cache(i: &Instance, name: &str, v: Option<Value>) {
    let mut related = i.related.borrow_mut();
    related.retain(|(k, _)| k != name);
    if let Some(v) = v {
        related.push((name.to_owned(), v));
    }
}

fn is_exc(t: &Thrown, class: &Rc<crate::python::ExcClass>) -> bool {
    matches!(t, Thrown::Exc(e) if e.class.is_subclass(class))
}

/// Keyword arguments by name.
fn take(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let at = kwargs.iter().position(|(k, _)| &**k == name)?;
    Some(kwargs.remove(at).1)
}

/// A dict argument (`defaults=`) as keyword arguments.
fn dict_kwargs(v: Option<Value>, what: &str) -> HostResult<Kwargs> {
    match &v {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(Value::Dict(d)) => d
            .borrow()
            .entries()
            .iter()
            .map(|(k, v)| match k {
                Value::Str(s) => Ok((s.clone(), v.clone())),
                _ => unsupported(format!("{what} with a key that is not a string")),
            })
            .collect(),
        Some(_) => unsupported(format!("{what} that is not a dict")),
    }
}

/// The items of a list, tuple or set argument.
fn items_of(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(items) => Some(items.borrow().clone()),
        Value::Tuple(items) => Some(items.to_vec()),
        Value::Set(s) => Some(s.borrow().values()),
        _ => None,
    }
}

mod atomic;
mod instances;
mod related;

impl ShellHost<'_> {
    /// The write methods of a queryset or manager.
    pub(super) fn qs_write(
        &mut self,
        q: &QsObj,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let model = q.qs.model();
        // Deleting needs the cascade collector (the lesson's own models,
        // any of a project's); the other writes work on any queryable model.
        let known = if name == "delete" {
            collector::knows(self.reg, model)
        } else {
            super::queryable(self.reg, model)
        };
        if !known {
            return unsupported(format!(
                "{name}() on the {} model",
                self.reg.model(model).object_name
            ));
        }
        match name {
            "update" => self.update(q, args, kwargs),
            "delete" => self.delete_queryset(q, args, kwargs),
            "create" => self.create(model, args, kwargs, None),
            "get_or_create" => {
                let (obj, created) = self.get_or_create(q, args, kwargs)?;
                Ok(Value::tuple(vec![obj, Value::Bool(created)]))
            }
            "update_or_create" => self.update_or_create(q, args, kwargs),
            "bulk_create" => self.bulk_create(model, args, kwargs),
            other => unsupported(format!("QuerySet.{other}()")),
        }
    }

    /// `QuerySet.update(**kwargs)`: the number of rows matched.
    fn update(&mut self, q: &QsObj, args: Vec<Value>, kwargs: Kwargs) -> HostResult<Value> {
        if !args.is_empty() {
            return Err(Thrown::type_error(format!(
                "QuerySet.update() takes 1 positional argument but {} were given",
                args.len() + 1
            )));
        }
        if q.qs.query.is_sliced() {
            return Err(Thrown::type_error(
                "Cannot update a query once a slice has been taken.",
            ));
        }
        if !q.qs.query.annotations.is_empty() {
            return unsupported("update() after annotate() or alias()");
        }
        let model = q.qs.model();
        let meta = self.reg.model(model);
        let mut values = Vec::new();
        for (k, v) in kwargs {
            let Some(field) = meta.fields.iter().find(|f| f.name == *k || f.column == *k) else {
                if meta.m2m(&k).is_some() {
                    return unsupported(format!("update() of the many-to-many field {k}"));
                }
                return Err(Thrown::of(
                    self.exc.field_does_not_exist.clone(),
                    &format!("{} has no field named '{k}'", meta.object_name),
                ));
            };
            let e = match obj(&v) {
                Some(Obj::Expr(_)) => self.expr(&v)?,
                _ => E::Value(sv_arg(self.db_param(field, &v)?)),
            };
            values.push((field.column.as_str(), e));
        }
        if values.is_empty() {
            return Ok(Value::Int(0));
        }
        let rows = match self.q(update_sql(&q.qs, &values))? {
            Some(sql) => self.send_write(sql)?,
            None => 0,
        };
        *q.cache.borrow_mut() = None;
        Ok(Value::Int(rows as i64))
    }

    /// `QuerySet.delete()`.
    fn delete_queryset(
        &mut self,
        q: &QsObj,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        if !args.is_empty() || !kwargs.is_empty() {
            return Err(Thrown::type_error(format!(
                "QuerySet.delete() takes 1 positional argument but {} were given",
                args.len() + kwargs.len() + 1
            )));
        }
        if q.qs.query.is_sliced() {
            return Err(Thrown::type_error(
                "Cannot use 'limit' or 'offset' with delete().",
            ));
        }
        if q.kind != RowKind::Instances {
            return Err(Thrown::type_error(
                "Cannot call delete() after .values() or .values_list()",
            ));
        }
        if !q.qs.query.annotations.is_empty() {
            return unsupported("delete() after annotate() or alias()");
        }
        let mut del = self.q(q.qs.order_by(&[]))?;
        del.query.clear_ordering(true, true);
        del.query.select_related = crate::orm::sql::query::SelectRelated::None;
        let mut collector = Collector::new(self.reg);
        let collected = collector.collect_queryset(&del, &mut Fetcher(self));
        self.collected(collected)?;
        let plan = self.q(collector.delete())?;
        self.run_delete(plan)
    }

    /// `instance.delete()`.
    pub(super) fn delete_instance(
        &mut self,
        i: &Instance,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        if !args.is_empty() || !kwargs.is_empty() {
            return unsupported("delete() with arguments");
        }
        let meta = self.reg.model(i.model);
        if !collector::knows(self.reg, i.model) {
            return unsupported(format!("deleting a {}", meta.object_name));
        }
        let Value::Int(pk) = i.pk() else {
            return Err(Thrown::value_error(format!(
                "{} object can't be deleted because its {} attribute is set to None.",
                meta.object_name,
                meta.pk().column
            )));
        };
        let mut collector = Collector::new(self.reg);
        let collected = collector.collect(i.model, vec![pk], &mut Fetcher(self));
        self.collected(collected)?;
        let plan = self.q(collector.delete())?;
        let result = self.run_delete(plan)?;
        put(i, &meta.pk().column, Value::None);
        Ok(result)
    }

    fn collected(&mut self, r: Result<(), FetchError>) -> HostResult<()> {
        match r {
            Ok(()) => Ok(()),
            Err(FetchError::Query(e)) => Err(self.query_error(e)),
            Err(FetchError::Thrown(t)) => Err(t),
        }
    }

    /// Sends a deletion and returns Django's `(total, {label: count})`.
    fn run_delete(&mut self, plan: DeletePlan) -> HostResult<Value> {
        let fails = plan.fails;
        let run = |host: &mut Self| -> HostResult<Vec<(String, i64)>> {
            let mut counts: Vec<(String, i64)> = Vec::new();
            for step in plan.steps {
                let n = host.send_write(step.sql)? as i64;
                // Field updates are sent, not counted.
                let Some(label) = step.label else {
                    continue;
                };
                if n == 0 {
                    continue;
                }
                match counts.iter_mut().find(|(l, _)| *l == label) {
                    Some((_, c)) => *c += n,
                    None => counts.push((label, n)),
                }
            }
            // Raised inside the transaction, which rolls back.
            if let Some(e) = fails {
                return Err(host.query_error(e));
            }
            Ok(counts)
        };
        let counts = if plan.atomic {
            self.atomic(false, run)?
        } else {
            run(self)?
        };
        let total: i64 = counts.iter().map(|(_, n)| n).sum();
        let mut d = Dict::default();
        for (label, n) in counts {
            d.insert(
                Key::Str(label.as_str().into()),
                Value::str(&label),
                Value::Int(n),
            );
        }
        Ok(Value::tuple(vec![
            Value::Int(total),
            Value::Dict(Rc::new(RefCell::new(d))),
        ]))
    }

    /// `get_or_create(defaults=None, **kwargs)`.
    fn get_or_create(
        &mut self,
        q: &QsObj,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> HostResult<(Value, bool)> {
        if !args.is_empty() {
            return unsupported("get_or_create() with positional arguments");
        }
        let model = q.qs.model();
        let defaults = dict_kwargs(take(&mut kwargs, "defaults"), "defaults")?;
        let dne = Exceptions::of(&self.exc.does_not_exist, model);
        match self.qs_method_inner(q, "get", Vec::new(), kwargs.clone()) {
            Ok(found) => return Ok((found, false)),
            Err(t) if is_exc(&t, &dne) => {}
            Err(t) => return Err(t),
        }
        let mut params: Kwargs = kwargs
            .iter()
            .filter(|(k, _)| !k.contains("__"))
            .cloned()
            .collect();
        for (k, v) in defaults {
            params.retain(|(p, _)| *p != k);
            params.push((k, v));
        }
        let meta = self.reg.model(model);
        let mut invalid: Vec<String> = params
            .iter()
            .map(|(k, _)| k.to_string())
            .filter(|k| k != "pk" && !meta.fields.iter().any(|f| f.name == *k || f.column == *k))
            .filter(|k| meta.m2m(k).is_none())
            .collect();
        if !invalid.is_empty() {
            crate::sort::sort_by(&mut invalid, String::cmp);
            return Err(Thrown::of(
                self.exc.field_error.clone(),
                &format!(
                    "Invalid field name(s) for model {}: '{}'.",
                    meta.object_name,
                    invalid.join("', '")
                ),
            ));
        }
        match self.atomic(true, |h| h.create(model, Vec::new(), params, None)) {
            Ok(created) => Ok((created, true)),
            Err(t) if is_exc(&t, &self.exc.integrity_error) => {
                match self.qs_method_inner(q, "get", Vec::new(), kwargs) {
                    Ok(found) => Ok((found, false)),
                    Err(again) if is_exc(&again, &dne) => Err(t),
                    Err(again) => Err(again),
                }
            }
            Err(t) => Err(t),
        }
    }

    /// `update_or_create(defaults=None, create_defaults=None, **kwargs)`.
    fn update_or_create(
        &mut self,
        q: &QsObj,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> HostResult<Value> {
        if !args.is_empty() {
            return unsupported("update_or_create() with positional arguments");
        }
        let defaults = take(&mut kwargs, "defaults");
        let create_defaults = match take(&mut kwargs, "create_defaults") {
            None | Some(Value::None) => defaults.clone(),
            some => some,
        };
        let update_defaults = dict_kwargs(defaults, "defaults")?;
        let model = q.qs.model();
        self.atomic(true, |h| {
            let mut lookup = kwargs.clone();
            if let Some(d) = create_defaults {
                lookup.push(("defaults".into(), d));
            }
            let (found, created) = h.get_or_create(q, Vec::new(), lookup)?;
            if created {
                return Ok(Value::tuple(vec![found, Value::Bool(true)]));
            }
            let Some(Obj::Instance(i)) = obj(&found) else {
                return unsupported("update_or_create()");
            };
            let meta = self.reg.model(model);
            let mut names: Vec<String> = Vec::new();
            for (k, v) in update_defaults {
                if !h.set_field(i, &k, v.clone())? {
                    put(i, &k, v);
                }
                names.push(k.to_string());
            }
            let concrete = names.iter().all(|n| {
                meta.fields.iter().any(|f| {
                    !f.is_primary_key() && (f.name == n.as_str() || f.column == n.as_str())
                })
            });
            if concrete {
                for f in meta.fields.iter().filter(|f| f.kind == FieldKind::DateTime) {
                    names.push(f.name.to_owned());
                }
                h.save_table(i, Some(&names), false)?;
            } else {
                h.save_table(i, None, false)?;
            }
            Ok(Value::tuple(vec![found.clone(), Value::Bool(false)]))
        })
    }

    /// `bulk_create(objs, batch_size=None, ignore_conflicts=False)`.
    fn bulk_create(
        &mut self,
        model: ModelId,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> HostResult<Value> {
        let objs = match args
            .first()
            .or(kwargs.iter().find(|(k, _)| &**k == "objs").map(|(_, v)| v))
        {
            Some(v) => match items_of(v) {
                Some(items) => items,
                None => return unsupported("bulk_create() of something other than a list"),
            },
            None => {
                return Err(Thrown::type_error(
                    "QuerySet.bulk_create() missing 1 required positional argument: 'objs'",
                ))
            }
        };
        take(&mut kwargs, "objs");
        let mut batch: Option<usize> = None;
        let mut ignore = false;
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("batch_size", Value::Int(n)) if *n > 0 => batch = Some(*n as usize),
                ("batch_size", Value::None) => {}
                ("batch_size", _) => {
                    return Err(Thrown::value_error(
                        "Batch size must be a positive integer.",
                    ))
                }
                ("ignore_conflicts", Value::Bool(b)) => ignore = *b,
                _ => return unsupported(format!("bulk_create({k}=...)")),
            }
        }
        let list = Value::list(objs.clone());
        if objs.is_empty() {
            return Ok(list);
        }
        for o in &objs {
            match obj(o) {
                Some(Obj::Instance(i)) if i.model == model => {}
                _ => return unsupported(format!("bulk_create() of a {}", o.type_name())),
            }
        }
        let meta = self.reg.model(model);
        let now = self.clock();
        self.atomic(false, |h| {
            let (with_pk, without_pk): (Vec<&Value>, Vec<&Value>) = objs.iter().partition(
                |o| matches!(obj(o), Some(Obj::Instance(i)) if !matches!(i.pk(), Value::None)),
            );
            for (group, with_key) in [(with_pk, true), (without_pk, false)] {
                if group.is_empty() {
                    continue;
                }
                let fields: Vec<&Field> = meta
                    .fields
                    .iter()
                    .filter(|f| with_key || !f.is_primary_key())
                    .collect();
                let columns: Vec<&str> = fields.iter().map(|f| f.column.as_str()).collect();
                // `bulk_batch_size`: 500 rows of one field (SQLite's
                // compound SELECT limit), else 999 parameters a statement.
                let most = match fields.len() {
                    0 => usize::MAX,
                    n => crate::orm::sql::delete::batch_size(n),
                };
                let size = batch.unwrap_or(usize::MAX).min(most).max(1);
                for chunk in group.chunks(size) {
                    let mut rows = Vec::new();
                    for o in chunk {
                        let Some(Obj::Instance(i)) = obj(o) else {
                            continue;
                        };
                        let mut row = Vec::new();
                        for f in &fields {
                            row.push(h.pre_save(i, f, true, now)?);
                        }
                        rows.push(row);
                    }
                    let (on_conflict, returning) = if ignore {
                        (OnConflict::Ignore, Returning::Nothing)
                    } else {
                        (OnConflict::Fail, Returning::Column(&meta.pk().column))
                    };
                    let sql = insert_sql(&meta.db_table, &columns, &rows, on_conflict, returning);
                    let returned = h.send(sql)?;
                    if !ignore {
                        for (o, row) in chunk.iter().zip(returned) {
                            if let (Some(Obj::Instance(i)), Some(Sv::Integer(id))) =
                                (obj(o), row.into_iter().next())
                            {
                                put(i, &meta.pk().column, Value::Int(id));
                            }
                        }
                    }
                }
            }
            Ok(())
        })?;
        Ok(list)
    }
}
