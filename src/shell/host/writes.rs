//! The writes of `manage shell`, as Django 5.2 sends them on SQLite:
//! model instances built and changed (`Article(...)`, `a.title = ...`),
//! `save()` (UPDATE of every concrete field, or INSERT ... RETURNING when
//! new, with `auto_now`/`auto_now_add` from the run's clock),
//! `create()`, `get_or_create()`, `update_or_create()`, `bulk_create()`,
//! `QuerySet.update()`, `delete()` through the deletion collector, the
//! many-to-many managers' `add`/`remove`/`clear`/`set`, and
//! `transaction.atomic()`. The SQL comes from the engine's write compilers
//! (`crate::orm::sql::{insert, update, delete, m2m, collector}`); this
//! module decides what Django would send, in which transaction, and what
//! the program gets back.

use std::cell::RefCell;
use std::rc::Rc;

use rusqlite::types::Value as Sv;

use super::{Exceptions, Kwargs, ShellHost};
use crate::models::{Field, FieldDefault, FieldKind, ModelId};
use crate::orm::sql::collector::{self, Collector, DeletePlan, Fetch};
use crate::orm::sql::insert::{insert_sql, OnConflict, Returning};
use crate::orm::sql::m2m::Through;
use crate::orm::sql::update::update_sql;
use crate::orm::sql::{Arg, QueryError, QuerySet, Sql, E};
use crate::python::value::{Dict, Key};
use crate::python::{HostResult, Thrown, Value};
use crate::shell::objects::{
    obj, wrap, DateTime, Instance, Manager, Obj, QsObj, RelatedWrite, RowKind,
};
use crate::shell::transaction::TxSql;

/// SQLite's `max_query_params` in Django 5.2 (`bulk_create` batches).
const MAX_QUERY_PARAMS: usize = 999;

/// A `DateTimeField`'s `auto_now`/`auto_now_add`, as the lesson's models
/// declare them (`created_at = DateTimeField(auto_now_add=True)`,
/// `updated_at = DateTimeField(auto_now=True)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AutoNow {
    /// Set when the row is inserted.
    Add,
    /// Set on every save.
    Always,
}

fn auto_now(field: &Field) -> Option<AutoNow> {
    match (field.kind, field.name) {
        (FieldKind::DateTime, "created_at") => Some(AutoNow::Add),
        (FieldKind::DateTime, "updated_at") => Some(AutoNow::Always),
        _ => None,
    }
}

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
        Value::Set(d) => Some(
            d.borrow()
                .entries()
                .iter()
                .map(|(k, _)| k.clone())
                .collect(),
        ),
        _ => None,
    }
}

impl ShellHost<'_> {
    /// What `timezone.now()` returns to auto fields: `--now`, else the
    /// clock.
    fn clock(&self) -> DateTime {
        self.now.unwrap_or_else(|| {
            DateTime::parse(&crate::datetime::Timestamp::now().to_storage()).unwrap_or(DateTime {
                year: 1970,
                month: 1,
                day: 1,
                hour: 0,
                minute: 0,
                second: 0,
                micro: 0,
            })
        })
    }

    // ------------------------------------------------------------ transactions

    fn tx_send(&mut self, stmt: TxSql) -> HostResult<()> {
        if stmt.logged() {
            self.send_write((stmt.sql(), Vec::new()))?;
            return Ok(());
        }
        self.tx_ends.push((self.queries.len(), stmt.sql()));
        match self.db.execute_unlogged(&stmt.sql(), &[]) {
            Ok(_) => Ok(()),
            // A deferred foreign key checked at COMMIT: Django rolls back
            // and raises.
            Err(crate::db::DbError::Constraint { message, .. }) => {
                let _ = self.db.execute_unlogged("ROLLBACK", &[]);
                Err(Thrown::of(self.exc.integrity_error.clone(), &message))
            }
            Err(e) => unsupported(format!("a database error: {e}")),
        }
    }

    /// `Atomic.__enter__`.
    pub(super) fn tx_enter(&mut self, savepoint: bool) -> HostResult<()> {
        match self.tx.enter(savepoint) {
            Some(stmt) => self.tx_send(stmt),
            None => Ok(()),
        }
    }

    /// `Atomic.__exit__`.
    pub(super) fn tx_exit(&mut self, ok: bool) -> HostResult<()> {
        for stmt in self.tx.exit(ok) {
            self.tx_send(stmt)?;
        }
        Ok(())
    }

    /// Runs `f` in `atomic(savepoint=savepoint)`.
    fn atomic<T>(
        &mut self,
        savepoint: bool,
        f: impl FnOnce(&mut Self) -> HostResult<T>,
    ) -> HostResult<T> {
        self.tx_enter(savepoint)?;
        let result = f(self);
        let exit = self.tx_exit(result.is_ok());
        let value = result?;
        exit?;
        Ok(value)
    }

    /// Rolls back a transaction the program left open (it stopped inside
    /// an `atomic()` block on something the playground does not run).
    pub fn finish(&mut self) {
        if self.tx.abandon() {
            let _ = self.db.execute_unlogged("ROLLBACK", &[]);
        }
    }

    /// `transaction.atomic(...)`.
    pub(super) fn atomic_factory(&mut self, args: Vec<Value>, kwargs: Kwargs) -> HostResult<Value> {
        if !args.is_empty() {
            return unsupported("transaction.atomic() with positional arguments");
        }
        let mut savepoint = true;
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("savepoint", Value::Bool(b)) => savepoint = *b,
                ("durable", Value::Bool(false)) => {}
                _ => return unsupported(format!("transaction.atomic({k}=...)")),
            }
        }
        Ok(wrap(Obj::Atomic { savepoint }))
    }

    // ------------------------------------------------------------ instances

    /// `Model(**kwargs)`: every field set, from the arguments or its
    /// default, the primary key `None`.
    pub(super) fn construct(
        &mut self,
        model: ModelId,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let meta = model.meta();
        if !super::queryable(model) {
            return unsupported(format!("{}()", meta.object_name));
        }
        if !args.is_empty() {
            return unsupported(format!("{}() with positional arguments", meta.object_name));
        }
        let now = self.clock();
        let values = meta
            .fields
            .iter()
            .map(|f| {
                let v = match f.default {
                    _ if f.is_primary_key() => Value::None,
                    FieldDefault::EmptyString => Value::str(""),
                    FieldDefault::Bool(b) => Value::Bool(b),
                    FieldDefault::Null => Value::None,
                    FieldDefault::Now => wrap(Obj::DateTime(now)),
                };
                (f.column.to_owned(), v)
            })
            .collect();
        let instance = Instance {
            model,
            values: RefCell::new(values),
            related: RefCell::new(Vec::new()),
        };
        let mut unexpected = Vec::new();
        for (k, v) in kwargs {
            let name = if &*k == "pk" { "id" } else { &*k };
            if meta
                .fields
                .iter()
                .any(|f| f.name == name || f.column == name)
            {
                self.set_field(&instance, name, v)?;
            } else if meta.m2m(name).is_some() {
                return Err(Thrown::type_error(format!(
                    "Direct assignment to the forward side of a many-to-many set is prohibited. Use {name}.set() instead."
                )));
            } else {
                unexpected.push(format!("'{k}'"));
            }
        }
        if !unexpected.is_empty() {
            return Err(Thrown::type_error(format!(
                "{}() got unexpected keyword arguments: {}",
                meta.object_name,
                unexpected.join(", ")
            )));
        }
        Ok(wrap(Obj::Instance(instance)))
    }

    /// `instance.name = value` for a field (by name or column): a related
    /// object sets its key and is cached; a new key drops the cached one.
    pub(super) fn set_field(&mut self, i: &Instance, name: &str, v: Value) -> HostResult<bool> {
        let meta = i.model.meta();
        let name = if name == "pk" { "id" } else { name };
        let Some(field) = meta
            .fields
            .iter()
            .find(|f| f.name == name || f.column == name)
        else {
            return Ok(false);
        };
        match (field.foreign_target(), field.name == name) {
            (Some(target), true) => {
                let pk = match obj(&v) {
                    Some(Obj::Instance(r)) if r.model == target => r.pk(),
                    _ if matches!(v, Value::None) => Value::None,
                    _ => {
                        let shown = match &v {
                            Value::Host(h) => self.repr_value(&Value::Host(h.clone()))?,
                            other => self.repr_value(other)?,
                        };
                        return Err(Thrown::value_error(format!(
                            "Cannot assign \"{shown}\": \"{}.{}\" must be a \"{}\" instance.",
                            meta.object_name,
                            field.name,
                            target.meta().object_name
                        )));
                    }
                };
                put(i, field.column, pk);
                cache(i, field.name, Some(v));
            }
            (Some(_), false) => {
                let changed =
                    i.get(field.column).and_then(|old| super::key_of(&old)) != super::key_of(&v);
                if changed {
                    cache(i, field.name, None);
                }
                put(i, field.column, v);
            }
            (None, _) => put(i, field.column, v),
        }
        Ok(true)
    }

    /// A field's value as the parameter Django's `get_db_prep_save` makes
    /// (`to_python` of the field's class: a number for a key, `str()` for
    /// text). Values Django would refuse or convert otherwise are not
    /// supported rather than stored differently.
    fn db_param(&mut self, field: &Field, v: &Value) -> HostResult<Sv> {
        let refused = || -> HostResult<Sv> {
            unsupported(format!(
                "a {} as the value of {}",
                v.type_name(),
                field.name
            ))
        };
        if matches!(v, Value::None) {
            return Ok(Sv::Null);
        }
        Ok(match field.kind {
            FieldKind::AutoField(_) | FieldKind::ForeignKey { .. } => match v {
                Value::Bool(b) => Sv::Integer(i64::from(*b)),
                Value::Int(n) => Sv::Integer(*n),
                Value::Float(f) if f.is_finite() => Sv::Integer(f.trunc() as i64),
                Value::Str(s) => match s.trim().parse::<i64>() {
                    Ok(n) => Sv::Integer(n),
                    Err(_) => {
                        return Err(Thrown::value_error(format!(
                            "Field 'id' expected a number but got {}.",
                            crate::python::value::str_repr(s)
                        )))
                    }
                },
                _ => match obj(v) {
                    Some(Obj::Instance(r)) => match r.pk() {
                        Value::Int(n) => Sv::Integer(n),
                        _ => Sv::Null,
                    },
                    _ => return refused(),
                },
            },
            FieldKind::Char { .. } | FieldKind::Text => match v {
                Value::Str(s) => Sv::Text(s.to_string()),
                Value::Int(n) => Sv::Text(n.to_string()),
                Value::Bool(b) => Sv::Text(if *b { "True" } else { "False" }.into()),
                Value::Float(f) => Sv::Text(crate::python::value::float_repr(*f)),
                _ => return refused(),
            },
            FieldKind::Boolean => match v {
                Value::Bool(b) => Sv::Integer(i64::from(*b)),
                Value::Int(n @ (0 | 1)) => Sv::Integer(*n),
                _ => return refused(),
            },
            FieldKind::DateTime => match obj(v) {
                Some(Obj::DateTime(d)) => Sv::Text(d.storage()),
                _ => return refused(),
            },
        })
    }

    /// `field.pre_save(instance, add)`: an auto date set to now.
    fn pre_save(
        &mut self,
        i: &Instance,
        field: &Field,
        add: bool,
        now: DateTime,
    ) -> HostResult<Sv> {
        let stamp = match auto_now(field) {
            Some(AutoNow::Always) => true,
            Some(AutoNow::Add) => add,
            None => false,
        };
        if stamp {
            put(i, field.column, wrap(Obj::DateTime(now)));
        }
        let v = i.get(field.column).unwrap_or(Value::None);
        self.db_param(field, &v)
    }

    /// `Model.save_base`'s table part: UPDATE when the primary key is set
    /// (unless `force_insert`), INSERT ... RETURNING when that changed no
    /// row or there is no key.
    fn save_table(
        &mut self,
        i: &Instance,
        update_fields: Option<&[String]>,
        force_insert: bool,
    ) -> HostResult<()> {
        let model = i.model;
        let meta = model.meta();
        let now = self.clock();
        let pk = i.pk();
        let pk_set = !matches!(pk, Value::None);
        // An instance loaded with only()/defer() saves what it loaded.
        let loaded: Vec<String>;
        let update_fields = match update_fields {
            None if meta.fields.iter().any(|f| i.get(f.column).is_none()) => {
                loaded = meta
                    .fields
                    .iter()
                    .filter(|f| i.get(f.column).is_some())
                    .map(|f| f.name.to_owned())
                    .collect();
                Some(loaded.as_slice())
            }
            other => other,
        };
        if pk_set && !force_insert {
            let mut values = Vec::new();
            for f in meta.fields.iter().filter(|f| !f.is_primary_key()) {
                let wanted = update_fields
                    .is_none_or(|names| names.iter().any(|n| n == f.name || n == f.column));
                if wanted {
                    let v = self.pre_save(i, f, false, now)?;
                    values.push((f.column, E::Value(sv_arg(v))));
                }
            }
            let key = sv_arg(self.db_param(meta.pk(), &pk)?);
            let qs =
                self.q(QuerySet::new(model).filter(Vec::new(), vec![("pk".to_owned(), key)]))?;
            let rows = match self.q(update_sql(&qs, &values))? {
                Some(sql) => self.send_write(sql)?,
                None => 0,
            };
            if rows > 0 {
                return Ok(());
            }
            if update_fields.is_some() {
                return Err(Thrown::of(
                    self.exc.database_error.clone(),
                    "Save with update_fields did not affect any rows.",
                ));
            }
        } else if update_fields.is_some() && !force_insert {
            return Err(Thrown::value_error(
                "Cannot force an update in save() with no primary key.",
            ));
        }
        let fields: Vec<&Field> = meta
            .fields
            .iter()
            .filter(|f| pk_set || !f.is_primary_key())
            .collect();
        let mut row = Vec::new();
        for f in &fields {
            row.push(self.pre_save(i, f, true, now)?);
        }
        let columns: Vec<&str> = fields.iter().map(|f| f.column).collect();
        let sql = insert_sql(
            meta.db_table,
            &columns,
            &[row],
            OnConflict::Fail,
            Returning::Column(meta.pk().column),
        );
        let rows = self.send(sql)?;
        if let Some(Sv::Integer(id)) = rows.into_iter().next().and_then(|r| r.into_iter().next()) {
            put(i, meta.pk().column, Value::Int(id));
        }
        Ok(())
    }

    /// `instance.save(update_fields=...)`.
    pub(super) fn save(
        &mut self,
        i: &Instance,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> HostResult<Value> {
        let meta = i.model.meta();
        if !args.is_empty() {
            return unsupported("save() with positional arguments");
        }
        let update_fields = match take(&mut kwargs, "update_fields") {
            None | Some(Value::None) => None,
            Some(v) => {
                let Some(items) = items_of(&v) else {
                    return unsupported("update_fields that is not a list");
                };
                let mut names = Vec::new();
                for item in items {
                    match &item {
                        Value::Str(s) => names.push(s.to_string()),
                        _ => return unsupported("update_fields with a name that is not a string"),
                    }
                }
                Some(names)
            }
        };
        if let Some((k, _)) = kwargs.first() {
            return unsupported(format!("save({k}=...)"));
        }
        if let Some(names) = &update_fields {
            if names.is_empty() {
                return Ok(Value::None);
            }
            let bad: Vec<&str> = names
                .iter()
                .filter(|n| {
                    !meta.fields.iter().any(|f| {
                        !f.is_primary_key() && (f.name == n.as_str() || f.column == n.as_str())
                    })
                })
                .map(String::as_str)
                .collect();
            if !bad.is_empty() {
                return Err(Thrown::value_error(format!(
                    "The following fields do not exist in this model, are m2m fields, primary keys, or are non-concrete fields: {}",
                    bad.join(", ")
                )));
            }
        }
        self.check_unsaved_related(i)?;
        self.save_table(i, update_fields.as_deref(), false)?;
        Ok(Value::None)
    }

    /// `_prepare_related_fields_for_save`: a related object without a key.
    fn check_unsaved_related(&self, i: &Instance) -> HostResult<()> {
        for f in i.model.meta().fields {
            if f.foreign_target().is_none() {
                continue;
            }
            if let Some(Obj::Instance(r)) = i.cached_related(f.name).as_ref().and_then(obj) {
                if matches!(r.pk(), Value::None) {
                    return Err(Thrown::value_error(format!(
                        "save() prohibited to prevent data loss due to unsaved related object '{}'.",
                        f.name
                    )));
                }
            }
        }
        Ok(())
    }

    /// `instance.refresh_from_db(fields=None)`: the row read again (`get()`
    /// on its primary key), its loaded fields replaced and the cached
    /// related objects dropped.
    pub(super) fn refresh_from_db(
        &mut self,
        i: &Instance,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> HostResult<Value> {
        let model = i.model;
        let meta = model.meta();
        let fields: Option<Vec<String>> = match take(&mut kwargs, "fields") {
            None | Some(Value::None) => None,
            Some(v) => match items_of(&v) {
                Some(items) => Some(
                    items
                        .iter()
                        .map(|n| match n {
                            Value::Str(s) => Ok(s.to_string()),
                            _ => unsupported(
                                "refresh_from_db(fields=...) with a name that is not a string",
                            ),
                        })
                        .collect::<HostResult<_>>()?,
                ),
                None => return unsupported("refresh_from_db(fields=...) that is not a list"),
            },
        };
        if !args.is_empty() || !kwargs.is_empty() {
            return unsupported("refresh_from_db() with these arguments");
        }
        let key = sv_arg(self.db_param(meta.pk(), &i.pk())?);
        let mut qs =
            self.q(QuerySet::new(model).filter(Vec::new(), vec![("pk".to_owned(), key)]))?;
        let deferred = meta.fields.iter().any(|f| i.get(f.column).is_none());
        if let Some(names) = &fields {
            qs = self.q(qs.only(names))?;
        } else if deferred {
            let loaded: Vec<String> = meta
                .fields
                .iter()
                .filter(|f| i.get(f.column).is_some())
                .map(|f| f.column.to_owned())
                .collect();
            qs = self.q(qs.only(&loaded))?;
        }
        let q = QsObj {
            qs,
            kind: RowKind::Instances,
            cache: RefCell::new(None),
            rel: None,
            prefetch: Vec::new(),
            bool_param: false,
        };
        let fresh = self.qs_method_inner(&q, "get", Vec::new(), Vec::new())?;
        let Some(Obj::Instance(db)) = obj(&fresh) else {
            return Ok(Value::None);
        };
        for f in meta.fields {
            if let Some(v) = db.get(f.column) {
                put(i, f.column, v);
                if f.foreign_target().is_some() {
                    cache(i, f.name, None);
                }
            }
        }
        i.related
            .borrow_mut()
            .retain(|(k, _)| meta.fields.iter().any(|f| f.name == k));
        Ok(Value::None)
    }

    /// `Model.objects.create(**kwargs)` (and a reverse foreign key
    /// manager's, with its key set).
    fn create(
        &mut self,
        model: ModelId,
        args: Vec<Value>,
        kwargs: Kwargs,
        fk: Option<(&str, Value)>,
    ) -> HostResult<Value> {
        if !args.is_empty() {
            return Err(Thrown::type_error(format!(
                "QuerySet.create() takes 1 positional argument but {} were given",
                args.len() + 1
            )));
        }
        let value = self.construct(model, Vec::new(), kwargs)?;
        let Some(Obj::Instance(i)) = obj(&value) else {
            return unsupported("create()");
        };
        if let Some((field, owner)) = fk {
            self.set_field(i, field, owner)?;
        }
        self.check_unsaved_related(i)?;
        self.save_table(i, None, true)?;
        Ok(value)
    }

    // ------------------------------------------------------------ querysets

    /// The write methods of a queryset or manager.
    pub(super) fn qs_write(
        &mut self,
        q: &QsObj,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let model = q.qs.model();
        if !collector::knows(model) {
            return unsupported(format!(
                "{name}() on the {} model",
                model.meta().object_name
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
        let meta = model.meta();
        let mut values = Vec::new();
        for (k, v) in kwargs {
            let Some(field) = meta
                .fields
                .iter()
                .find(|f| f.name == &*k || f.column == &*k)
            else {
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
            values.push((field.column, e));
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
        let mut collector = Collector::new();
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
        let meta = i.model.meta();
        if !collector::knows(i.model) {
            return unsupported(format!("deleting a {}", meta.object_name));
        }
        let Value::Int(pk) = i.pk() else {
            return Err(Thrown::value_error(format!(
                "{} object can't be deleted because its {} attribute is set to None.",
                meta.object_name,
                meta.pk().column
            )));
        };
        let mut collector = Collector::new();
        let collected = collector.collect(i.model, vec![pk], None, &mut Fetcher(self));
        self.collected(collected)?;
        let plan = self.q(collector.delete())?;
        let result = self.run_delete(plan)?;
        put(i, meta.pk().column, Value::None);
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
        let run = |host: &mut Self| -> HostResult<Vec<(String, i64)>> {
            let mut counts: Vec<(String, i64)> = Vec::new();
            for step in plan.steps {
                let n = host.send_write(step.sql)? as i64;
                if n == 0 {
                    continue;
                }
                match counts.iter_mut().find(|(l, _)| *l == step.label) {
                    Some((_, c)) => *c += n,
                    None => counts.push((step.label, n)),
                }
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
        let meta = model.meta();
        let mut invalid: Vec<String> = params
            .iter()
            .map(|(k, _)| k.to_string())
            .filter(|k| k != "pk" && !meta.fields.iter().any(|f| f.name == k || f.column == k))
            .filter(|k| meta.m2m(k).is_none())
            .collect();
        if !invalid.is_empty() {
            invalid.sort();
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
            let meta = model.meta();
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
        let meta = model.meta();
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
                let columns: Vec<&str> = fields.iter().map(|f| f.column).collect();
                let size = batch
                    .unwrap_or(usize::MAX)
                    .min((MAX_QUERY_PARAMS / fields.len().max(1)).max(1));
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
                        (OnConflict::Fail, Returning::Column(meta.pk().column))
                    };
                    let sql = insert_sql(meta.db_table, &columns, &rows, on_conflict, returning);
                    let returned = h.send(sql)?;
                    if !ignore {
                        for (o, row) in chunk.iter().zip(returned) {
                            if let (Some(Obj::Instance(i)), Some(Sv::Integer(id))) =
                                (obj(o), row.into_iter().next())
                            {
                                put(i, meta.pk().column, Value::Int(id));
                            }
                        }
                    }
                }
            }
            Ok(())
        })?;
        Ok(list)
    }

    // ------------------------------------------------------------ related managers

    /// A related manager's writes: `create()` on a reverse foreign key,
    /// `add`/`remove`/`clear`/`set` on a many-to-many relation.
    pub(super) fn related_write(
        &mut self,
        m: &Manager,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        match (m.write.clone(), name) {
            (Some(RelatedWrite::ForeignKey { field, owner, .. }), "create") => {
                self.create(m.model, args, kwargs, Some((field, owner)))
            }
            (Some(RelatedWrite::ForeignKey { field, owner, .. }), "add" | "set") => {
                self.fk_add(m, field, owner, name, args, kwargs)
            }
            (Some(RelatedWrite::ManyToMany { through, owner_pk }), _) => {
                if !kwargs.is_empty() && name != "set" {
                    return unsupported(format!("{name}() with keyword arguments"));
                }
                match name {
                    "add" => {
                        self.atomic(false, |h| h.m2m_add(m, through, owner_pk, &args))?;
                        Ok(Value::None)
                    }
                    "remove" => {
                        if args.is_empty() {
                            return Ok(Value::None);
                        }
                        let ids = self.target_ids(m.model, &args, false)?;
                        self.atomic(false, |h| h.send_write(through.remove_sql(owner_pk, &ids)))?;
                        Ok(Value::None)
                    }
                    "clear" => {
                        if !args.is_empty() {
                            return Err(Thrown::type_error(format!(
                                "clear() takes 1 positional argument but {} were given",
                                args.len() + 1
                            )));
                        }
                        self.atomic(false, |h| h.send_write(through.clear_sql(owner_pk)))?;
                        Ok(Value::None)
                    }
                    "set" => self.m2m_set(m, through, owner_pk, args, kwargs),
                    _ => unsupported(format!("{name}() on a many-to-many manager")),
                }
            }
            _ => unsupported(format!("{name}() on a reverse foreign key manager")),
        }
    }

    /// `add(*objs, bulk=True)` and `set(objs)` of a reverse foreign key
    /// that cannot be null: every object gets the owner, then one UPDATE
    /// of their keys (or a `save()` each with `bulk=False`).
    fn fk_add(
        &mut self,
        m: &Manager,
        field: &'static str,
        owner: Value,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let mut bulk = true;
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("bulk", Value::Bool(b)) => bulk = *b,
                ("clear", Value::Bool(_)) if name == "set" => {}
                _ => return unsupported(format!("{name}({k}=...)")),
            }
        }
        let objs = if name == "set" {
            match args.first().map(|v| (items_of(v), v)) {
                Some((Some(items), _)) => items,
                Some((None, v)) => match obj(v) {
                    Some(Obj::QuerySet(q)) => self.eval_cache(q, "all")?,
                    _ => return unsupported(format!("set() of a {}", v.type_name())),
                },
                None => {
                    return Err(Thrown::type_error(
                        "set() missing 1 required positional argument: 'objs'",
                    ))
                }
            }
        } else {
            args
        };
        if !bulk {
            return self.atomic(false, |h| {
                for o in &objs {
                    let i = h.fk_object(m, o)?;
                    h.set_field(i, field, owner.clone())?;
                    h.save_table(i, None, false)?;
                }
                Ok(Value::None)
            });
        }
        let mut pks = Vec::new();
        for o in &objs {
            let i = self.fk_object(m, o)?;
            self.set_field(i, field, owner.clone())?;
            match i.pk() {
                Value::Int(pk) => pks.push(Arg::Int(pk)),
                _ => {
                    let shown = self.repr_value(o)?;
                    return Err(Thrown::value_error(format!(
                        "{shown} instance isn't saved. Use bulk=False or save the object first."
                    )));
                }
            }
        }
        let Some(f) = m.model.meta().field(field) else {
            return unsupported(format!("{name}() on this manager"));
        };
        let qs = self
            .q(QuerySet::new(m.model)
                .filter(Vec::new(), vec![("pk__in".to_owned(), Arg::List(pks))]))?;
        let key = sv_arg(self.db_param(f, &owner)?);
        if let Some(sql) = self.q(update_sql(&qs, &[(f.column, E::Value(key))]))? {
            self.send_write(sql)?;
        }
        Ok(Value::None)
    }

    /// An object `add()` takes on a reverse foreign key: an instance of
    /// the manager's model.
    fn fk_object<'v>(&mut self, m: &Manager, o: &'v Value) -> HostResult<&'v Instance> {
        match obj(o) {
            Some(Obj::Instance(i)) if i.model == m.model => Ok(i),
            _ => {
                let shown = self.repr_value(o)?;
                Err(Thrown::type_error(format!(
                    "'{}' instance expected, got {shown}",
                    m.model.meta().object_name
                )))
            }
        }
    }

    fn m2m_add(
        &mut self,
        m: &Manager,
        through: Through,
        owner: i64,
        args: &[Value],
    ) -> HostResult<()> {
        let ids = self.target_ids(m.model, args, true)?;
        // `bulk_create` of two-column rows: 999 // 2 rows a statement.
        for batch in ids.chunks(MAX_QUERY_PARAMS / 2) {
            if let Some(sql) = through.add_sql(owner, batch) {
                self.send_write(sql)?;
            }
        }
        Ok(())
    }

    /// `set(objs, clear=False)`: the current ids fetched, the missing ones
    /// added and the others removed.
    fn m2m_set(
        &mut self,
        m: &Manager,
        through: Through,
        owner: i64,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let mut clear = false;
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("clear", Value::Bool(b)) => clear = *b,
                _ => return unsupported(format!("set({k}=...)")),
            }
        }
        let objs = match args.first().map(|v| (items_of(v), v)) {
            Some((Some(items), _)) => items,
            Some((None, v)) => match obj(v) {
                Some(Obj::QuerySet(q)) => self.eval_cache(q, "all")?,
                _ => return unsupported(format!("set() of a {}", v.type_name())),
            },
            None => {
                return Err(Thrown::type_error(
                    "set() missing 1 required positional argument: 'objs'",
                ))
            }
        };
        self.atomic(false, |h| {
            if clear {
                h.send_write(through.clear_sql(owner))?;
                return h.m2m_add(m, through, owner, &objs);
            }
            let qs = h.q(m.base.values_list(&["id".to_owned()]))?;
            let mut old: Vec<i64> = match h.q(qs.select_sql())? {
                Some(sql) => h
                    .send(sql)?
                    .into_iter()
                    .filter_map(|r| match r.into_iter().next() {
                        Some(Sv::Integer(n)) => Some(n),
                        _ => None,
                    })
                    .collect(),
                None => Vec::new(),
            };
            let mut new = Vec::new();
            for o in &objs {
                let id = match h
                    .target_ids(m.model, std::slice::from_ref(o), false)?
                    .first()
                {
                    Some(id) => *id,
                    None => continue,
                };
                match old.iter().position(|x| *x == id) {
                    Some(at) => {
                        old.remove(at);
                    }
                    None => new.push(o.clone()),
                }
            }
            if !old.is_empty() {
                old.sort_unstable();
                old.dedup();
                h.send_write(through.remove_sql(owner, &old))?;
            }
            if !new.is_empty() {
                h.m2m_add(m, through, owner, &new)?;
            }
            Ok(())
        })?;
        Ok(Value::None)
    }

    /// The primary keys of `add()`/`remove()`'s arguments (ids or
    /// instances), sorted as Python's set of small ints iterates.
    /// `add()` refuses an instance of another model.
    fn target_ids(
        &mut self,
        target: ModelId,
        args: &[Value],
        strict: bool,
    ) -> HostResult<Vec<i64>> {
        let mut ids = Vec::new();
        for a in args {
            let id = match (a, obj(a)) {
                (Value::Int(n), _) => *n,
                (Value::Str(s), _) => match s.trim().parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => {
                        return Err(Thrown::value_error(format!(
                            "Field 'id' expected a number but got {}.",
                            crate::python::value::str_repr(s)
                        )))
                    }
                },
                (_, Some(Obj::Instance(i))) if i.model == target || !strict => match i.pk() {
                    Value::Int(n) => n,
                    _ => return unsupported("adding or removing an unsaved instance"),
                },
                (_, Some(Obj::Instance(_))) => {
                    let shown = self.repr_value(a)?;
                    return Err(Thrown::type_error(format!(
                        "'{}' instance expected, got {shown}",
                        target.meta().object_name
                    )));
                }
                _ => return unsupported(format!("a {} as a related object", a.type_name())),
            };
            ids.push(id);
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }
}
