//! The Django side of the interpreter: what `Article.objects.filter(...)`,
//! `for a in qs`, `a.user`, `print(qs.query)` and `connection.queries` do,
//! sending the statements Django sends through the query engine and the
//! database, each tagged with the program line that sent it.

use std::cell::RefCell;
use std::rc::Rc;

use rusqlite::types::Value as Sv;

use super::objects::{
    obj, wrap, DateTime, Factory, Instance, Manager, Obj, PrefetchSpec, QsObj, Rel, RelatedWrite,
    RowKind,
};
use super::transaction::Atomic;
use super::ShellQuery;
use crate::db::Database;
use crate::models::{
    lesson, FieldKind, ModelId, Registry, RelationRef, StrConv, StrMethod, StrPart, DJANGO_APPS,
};
use crate::orm::sql::expr::{AggFunc, ArithOp, Func};
use crate::orm::sql::m2m::Through;
use crate::orm::sql::query::{SelectRelated, SelectRelatedTree, Selected};
use crate::orm::sql::{meta, Arg, QChild, QueryError, QuerySet, Sql, E, Q};
use crate::python::ast::{BinOp, CmpOp, UnaryOp};
use crate::python::builtins::slice_indices;
use crate::python::value::{float_repr, str_repr, Builtin, Dict, Key};
use crate::python::{
    builtin_exception, ExcClass, Host, HostObject, HostOp, HostResult, Thrown, Value,
};
use crate::query_log::{Cause, ManagerRead, Origin, OriginKind};

mod decimal;
mod explain;
pub use explain::plan_shape;
mod json;
mod suspend;
pub use suspend::Suspended;
mod writes;

type Kwargs = Vec<(Rc<str>, Value)>;

/// Indexes and slice bounds are capped here: more rows than SQLite holds,
/// small enough that LIMIT/OFFSET arithmetic cannot overflow a `usize`.
const MAX_ROWS: i64 = (usize::MAX / 4) as i64;

/// What a statement returns to the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Statement {
    /// Rows (a SELECT, or an INSERT ... RETURNING).
    Rows,
    /// The number of rows changed (UPDATE, DELETE, BEGIN, ...).
    Count,
}

/// `filter()`'s positional `Q`s and keyword lookups, resolved.
type FilterArgs = (Vec<QChild>, Vec<(String, Arg)>);

/// Django's exception classes for one run.
pub struct Exceptions {
    pub object_does_not_exist: Rc<ExcClass>,
    pub multiple: Rc<ExcClass>,
    pub field_error: Rc<ExcClass>,
    pub field_does_not_exist: Rc<ExcClass>,
    pub database_error: Rc<ExcClass>,
    pub integrity_error: Rc<ExcClass>,
    pub transaction_error: Rc<ExcClass>,
    /// `django.db.models.deletion.ProtectedError` and `RestrictedError`
    /// (both `IntegrityError`s).
    pub protected_error: Rc<ExcClass>,
    pub restricted_error: Rc<ExcClass>,
    pub does_not_exist: Vec<(ModelId, Rc<ExcClass>)>,
    pub multiple_of: Vec<(ModelId, Rc<ExcClass>)>,
}

impl Exceptions {
    fn new(reg: &Registry) -> Exceptions {
        let exception = builtin_exception("Exception");
        let odne = ExcClass::new(
            "ObjectDoesNotExist",
            "django.core.exceptions.ObjectDoesNotExist",
            exception.clone(),
        );
        let multiple = ExcClass::new(
            "MultipleObjectsReturned",
            "django.core.exceptions.MultipleObjectsReturned",
            exception.clone(),
        );
        let field_error = ExcClass::new(
            "FieldError",
            "django.core.exceptions.FieldError",
            exception.clone(),
        );
        let field_does_not_exist = ExcClass::new(
            "FieldDoesNotExist",
            "django.core.exceptions.FieldDoesNotExist",
            exception.clone(),
        );
        let error = ExcClass::new("Error", "django.db.utils.Error", exception.clone());
        let database_error = ExcClass::new(
            "DatabaseError",
            "django.db.utils.DatabaseError",
            Some(error),
        );
        let integrity_error = ExcClass::new(
            "IntegrityError",
            "django.db.utils.IntegrityError",
            Some(database_error.clone()),
        );
        let programming_error = ExcClass::new(
            "ProgrammingError",
            "django.db.utils.ProgrammingError",
            Some(database_error.clone()),
        );
        let transaction_error = ExcClass::new(
            "TransactionManagementError",
            "django.db.transaction.TransactionManagementError",
            Some(programming_error),
        );
        let protected_error = ExcClass::new(
            "ProtectedError",
            "django.db.models.deletion.ProtectedError",
            Some(integrity_error.clone()),
        );
        let restricted_error = ExcClass::new(
            "RestrictedError",
            "django.db.models.deletion.RestrictedError",
            Some(integrity_error.clone()),
        );
        let mut does_not_exist = Vec::new();
        let mut multiple_of = Vec::new();
        for m in reg.models() {
            let model = m.id;
            let module = match m.app_label.as_str() {
                app if DJANGO_APPS.contains(&app) => format!("django.contrib.{app}.models"),
                app => format!("{app}.models"),
            };
            does_not_exist.push((
                model,
                ExcClass::new(
                    "DoesNotExist",
                    &format!("{module}.{}.DoesNotExist", m.object_name),
                    Some(odne.clone()),
                ),
            ));
            multiple_of.push((
                model,
                ExcClass::new(
                    "MultipleObjectsReturned",
                    &format!("{module}.{}.MultipleObjectsReturned", m.object_name),
                    Some(multiple.clone()),
                ),
            ));
        }
        Exceptions {
            object_does_not_exist: odne,
            multiple,
            field_error,
            field_does_not_exist,
            database_error,
            integrity_error,
            transaction_error,
            protected_error,
            restricted_error,
            does_not_exist,
            multiple_of,
        }
    }

    fn of(list: &[(ModelId, Rc<ExcClass>)], model: ModelId) -> Rc<ExcClass> {
        list.iter()
            .find(|(m, _)| *m == model)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| ExcClass::new("Exception", "Exception", None))
    }
}

/// The models `manage shell` works with: the lesson's own (auth's models
/// are imported but not queryable here), and a project's own models whose
/// fields the shell converts as Django does.
fn queryable(reg: &Registry, model: ModelId) -> bool {
    if reg.is_lesson() {
        return matches!(model, lesson::USER | lesson::ARTICLE | lesson::COMMENT);
    }
    let meta = reg.model(model);
    (!DJANGO_APPS.contains(&meta.app_label.as_str()) || reg.user_model() == Some(model))
        && meta.fields.iter().all(|f| shown_as_python(reg, f.kind))
}

/// `str(uuid)`: the 32 digits as 8-4-4-4-12.
fn dashed(hex: &str) -> String {
    match (
        hex.get(..8),
        hex.get(8..12),
        hex.get(12..16),
        hex.get(16..20),
        hex.get(20..),
    ) {
        (Some(a), Some(b), Some(c), Some(d), Some(e)) => format!("{a}-{b}-{c}-{d}-{e}"),
        _ => hex.to_owned(),
    }
}

/// `FieldFile.__eq__`: the names compared, with another file's or with
/// the value itself (a `str`, `None`).
fn file_eq(name: &Option<Rc<str>>, other: &Value) -> bool {
    match (obj(other), other) {
        (Some(Obj::FieldFile { name: theirs, .. }), _) => name == theirs,
        (_, Value::Str(s)) => name.as_deref() == Some(&**s),
        (_, Value::None) => name.is_none(),
        _ => false,
    }
}

/// How many objects deep a `__str__` through foreign keys may go (a loop
/// of objects naming each other would otherwise never end; Python would
/// stop at its recursion limit).
const STR_DEPTH: u32 = 50;

/// Whether the shell turns a column of this kind into the Python value
/// Django would (a project's model with another kind is not queryable:
/// a value would print as the text SQLite keeps). Datetimes are aware UTC
/// values under `USE_TZ = True`, whatever the zone; the zone (UTC or
/// Asia/Seoul, whose rules the playground carries) only moves the date
/// lookups. Under `USE_TZ = False` they are the naive wall times stored,
/// in any zone (only `timezone.now()` needs its rules).
fn shown_as_python(reg: &Registry, kind: FieldKind) -> bool {
    match kind {
        FieldKind::AutoField(_)
        | FieldKind::Char { .. }
        | FieldKind::Text
        | FieldKind::Boolean
        | FieldKind::ForeignKey { .. }
        | FieldKind::Integer(_) => true,
        FieldKind::DateTime => datetimes_shown(reg),
        FieldKind::Date
        | FieldKind::Float
        | FieldKind::Uuid
        | FieldKind::Time
        | FieldKind::Duration
        | FieldKind::Decimal { .. }
        | FieldKind::Json => true,
    }
}

/// Whether the project's datetimes convert as Django's do: naive ones
/// (`USE_TZ = False`), or aware ones in a zone whose rules the playground
/// has (`TIME_ZONE` UTC or Asia/Seoul).
fn datetimes_shown(reg: &Registry) -> bool {
    let time = reg.time();
    !time.use_tz || time.zone != crate::datetime::TimeZone::Other
}

/// Whether the project's datetimes are aware (`USE_TZ = True`; the
/// lesson's are).
pub(super) fn aware(reg: &Registry) -> bool {
    reg.time().use_tz || reg.is_lesson()
}

/// A datetime's conversion: aware under `USE_TZ = True`, naive without.
fn datetime_conv(reg: &Registry) -> Conv {
    if aware(reg) {
        Conv::DateTime
    } else {
        Conv::NaiveDateTime
    }
}

/// The host: the database, the line running, the queries sent.
pub struct ShellHost<'a> {
    db: &'a mut Database,
    /// The database's models (kept for the program, see `Registry::pin`).
    reg: &'static Registry,
    line: u32,
    pub queries: Vec<ShellQuery>,
    /// `connection.queries` is emptied by `reset_queries()`; this is where
    /// it starts in `queries`.
    queries_start: usize,
    exc: Exceptions,
    now: Option<DateTime>,
    /// The program's lines, for each query's origin snippet.
    source: Vec<std::sync::Arc<str>>,
    /// What the next statement is for (the analysis names the relation).
    cause: Option<Cause>,
    /// The relation of the queryset whose method runs.
    rel: Option<Rel>,
    /// Its `prefetch_related()` lookups, which querysets made from it keep.
    lookups: Vec<PrefetchSpec>,
    /// The lookups the next instance fetch prefetches.
    prefetch: Vec<PrefetchSpec>,
    /// Whether the queryset being built has a `True`/`False` parameter.
    bool_param: bool,
    /// The connection's `atomic()` blocks.
    tx: Atomic,
    /// The COMMITs and ROLLBACKs sent, each with the number of queries
    /// sent before it (`connection.queries` shows them, a cursor does not).
    tx_ends: Vec<(usize, String)>,
}

fn unsupported<T>(what: impl Into<String>) -> HostResult<T> {
    Err(Thrown::unsupported(what))
}

/// Refuses to load a column of a project's model whose field kind the
/// shell does not convert as Django does (see `shown_as_python`).
fn refuse_column<T>(column: &str) -> HostResult<T> {
    unsupported(format!(
        "loading the column {column} (a field kind the shell does not convert yet)"
    ))
}

impl<'a> ShellHost<'a> {
    pub fn new(db: &'a mut Database, now: Option<DateTime>, code: &str) -> ShellHost<'a> {
        ShellHost {
            reg: db.pinned_registry(),
            exc: Exceptions::new(db.pinned_registry()),
            db,
            line: 0,
            queries: Vec::new(),
            queries_start: 0,
            now,
            source: code.lines().map(|l| l.trim().into()).collect(),
            cause: None,
            rel: None,
            lookups: Vec::new(),
            prefetch: Vec::new(),
            bool_param: false,
            tx: Atomic::default(),
            tx_ends: Vec::new(),
        }
    }

    /// The names `manage shell` imports for every program: every model,
    /// by class name, in `INSTALLED_APPS` order.
    pub fn auto_imports(reg: &'static Registry) -> Vec<(&'static str, Value)> {
        reg.models()
            .map(|m| (m.object_name.as_str(), wrap(Obj::Model(m.id))))
            .collect()
    }

    fn query_error(&self, e: QueryError) -> Thrown {
        match e {
            QueryError::Field(m) => Thrown::of(self.exc.field_error.clone(), &m),
            QueryError::FieldDoesNotExist(m) => {
                Thrown::of(self.exc.field_does_not_exist.clone(), &m)
            }
            QueryError::Type(m) => Thrown::type_error(m),
            QueryError::Value(m) => Thrown::value_error(m),
            QueryError::NotSupported(m) => Thrown::unsupported(m),
        }
    }

    fn q<T>(&self, r: Result<T, QueryError>) -> HostResult<T> {
        r.map_err(|e| self.query_error(e))
    }

    /// Sends one statement and records it against the running line.
    fn send(&mut self, sql: Sql) -> HostResult<Vec<Vec<Sv>>> {
        Ok(self.send_as(sql, Statement::Rows)?.0)
    }

    /// Sends a statement that returns no rows; its row count.
    fn send_write(&mut self, sql: Sql) -> HostResult<usize> {
        Ok(self.send_as(sql, Statement::Count)?.1)
    }

    /// Sends one statement of either kind. As under Django's `DEBUG`, a
    /// statement that fails is logged too; a constraint it breaks raises
    /// `IntegrityError` with SQLite's message, and any statement in a
    /// transaction an error has broken raises `TransactionManagementError`.
    fn send_as(&mut self, sql: Sql, kind: Statement) -> HostResult<(Vec<Vec<Sv>>, usize)> {
        if self.queries.len() >= crate::limits::MAX_SHELL_QUERIES {
            return unsupported(format!(
                "more than {} queries in one run (an endless loop?)",
                thousands(crate::limits::MAX_SHELL_QUERIES)
            ));
        }
        let (raw, params) = sql;
        let snippet = self
            .source
            .get(self.line.saturating_sub(1) as usize)
            .cloned()
            .unwrap_or_else(|| "".into());
        self.db.set_origin(Some(Origin {
            kind: OriginKind::View,
            line: self.line,
            snippet,
        }));
        self.db.set_cause(self.cause.take());
        let logged = self.db.log().len();
        let result = match kind {
            Statement::Rows => self.db.select(&raw, &params).map(|rows| (rows, 0)),
            Statement::Count => self.db.execute(&raw, &params).map(|n| (Vec::new(), n)),
        };
        if self.db.log().len() > logged {
            if let Some(record) = self.db.log().records().last() {
                self.queries.push(ShellQuery {
                    sql: record.sql(),
                    line: self.line,
                    ms: record.ms(),
                    rows: record.rows,
                    record: record.clone(),
                });
            }
        }
        if self.tx.broken() {
            return Err(Thrown::of(
                self.exc.transaction_error.clone(),
                "An error occurred in the current transaction. You can't execute queries until the end of the 'atomic' block.",
            ));
        }
        match result {
            Ok(out) => Ok(out),
            Err(crate::db::DbError::Constraint { message, .. }) => {
                self.tx.mark_for_rollback();
                Err(Thrown::of(self.exc.integrity_error.clone(), &message))
            }
            Err(e) => unsupported(format!("a database error: {e}")),
        }
    }

    // ------------------------------------------------------------ rows

    /// Evaluates a queryset's SELECT into values of its row kind.
    fn fetch(&mut self, qs: &QuerySet, kind: RowKind) -> HostResult<Vec<Value>> {
        let lookups = std::mem::take(&mut self.prefetch);
        let items = self.fetch_rows(qs, kind)?;
        if kind == RowKind::Instances && !items.is_empty() {
            for spec in &lookups {
                let parts: Vec<&str> = spec.lookup.split("__").collect();
                self.prefetch_path(qs.model(), items.clone(), &parts, spec)?;
            }
        }
        Ok(items)
    }

    /// One `prefetch_related()` lookup, level by level (`comment_set__user`):
    /// a level already fetched (by an earlier lookup or `select_related`)
    /// sends nothing; `Prefetch`'s queryset and `to_attr` apply to the last.
    fn prefetch_path(
        &mut self,
        model: ModelId,
        items: Vec<Value>,
        parts: &[&str],
        spec: &PrefetchSpec,
    ) -> HostResult<()> {
        let Some((part, rest)) = parts.split_first() else {
            return Ok(());
        };
        if items.is_empty() {
            return Ok(());
        }
        let last = rest.is_empty();
        let level = PrefetchSpec {
            lookup: (*part).to_owned(),
            queryset: if last { spec.queryset.clone() } else { None },
            to_attr: if last { spec.to_attr.clone() } else { None },
        };
        let meta = self.reg.model(model);
        let (child_model, children) = if let Some(rel) =
            meta.reverse_relations.iter().find(|r| r.accessor == *part)
        {
            // Django goes on with the rows the prefetch query returned, in
            // its order; from a level fetched before, parent by parent.
            let children = match fetched_before(&items, part, &level) {
                Some(children) => children,
                None => self.prefetch_one(model, &items, &level)?,
            };
            (rel.from, children)
        } else if let Some(field) = meta
            .fields
            .iter()
            .find(|f| f.name == *part && f.foreign_target().is_some())
        {
            let target = field.foreign_target().unwrap_or(model);
            if level.to_attr.is_some() {
                return unsupported(format!("Prefetch('{part}', to_attr=...) of a foreign key"));
            }
            let fetched = self.prefetch_forward(
                model,
                &items,
                (&field.name, &field.column, target),
                level.queryset.clone(),
            )?;
            let children = match fetched {
                Some(rows) => rows,
                None => items
                    .iter()
                    .filter_map(|v| match obj(v) {
                        Some(Obj::Instance(i)) => i.cached_related(&field.name),
                        _ => None,
                    })
                    .filter(|v| !matches!(v, Value::None))
                    .collect(),
            };
            (target, children)
        } else if let Some(m2m) = M2mSide::find(self.reg, model, part) {
            let children = match fetched_before(&items, part, &level) {
                Some(children) => children,
                None => self.prefetch_m2m(model, &items, &level, m2m)?,
            };
            (m2m.target, children)
        } else if meta
            .fields
            .iter()
            .any(|f| f.name == *part || f.column == *part)
        {
            return Err(Thrown::value_error(format!(
                "'{part}' does not resolve to an item that supports prefetching - this is an invalid parameter to prefetch_related()."
            )));
        } else {
            return Err(Thrown::new("AttributeError", format!(
                "Cannot find '{part}' on {} object, '{}' is an invalid parameter to prefetch_related()",
                meta.object_name, spec.lookup
            )));
        };
        self.prefetch_path(child_model, children, rest, spec)
    }

    /// A foreign key prefetched: one query for every distinct id not yet
    /// cached, as Django's `TupleIn` (an OR of equalities on SQLite).
    /// The rows it fetched, `None` when every instance had its object.
    fn prefetch_forward(
        &mut self,
        model: ModelId,
        items: &[Value],
        (name, column, target): (&'static str, &str, ModelId),
        queryset: Option<QuerySet>,
    ) -> HostResult<Option<Vec<Value>>> {
        let mut ids: Vec<i64> = Vec::new();
        let mut pending = Vec::new();
        for v in items {
            if let Some(Obj::Instance(i)) = obj(v) {
                if i.cached_related(name).is_some() {
                    continue;
                }
                pending.push(v.clone());
                if let Some(Value::Int(id)) = i.get(column) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        if pending.is_empty() {
            return Ok(None);
        }
        let mut rows = Vec::new();
        if !ids.is_empty() {
            let mut q: Option<Q> = None;
            for id in &ids {
                let one = Q::new(Vec::new(), vec![("id".into(), Arg::Int(*id))]);
                q = Some(match q {
                    None => one,
                    Some(acc) => acc.or(one),
                });
            }
            let filter = q.map(|q| vec![QChild::Node(q)]).unwrap_or_default();
            let base = match queryset {
                Some(qs) if qs.model() != target => {
                    return unsupported(format!(
                        "Prefetch('{name}') with a queryset of another model"
                    ))
                }
                Some(qs) => qs,
                None => QuerySet::new(self.reg, target),
            };
            let mut qs = self.q(base.filter(filter, Vec::new()))?;
            // `clear_ordering()`: one object per instance, so no ORDER BY.
            if !qs.query.is_sliced() {
                qs = self.q(qs.order_by(&[]))?;
            }
            self.cause = RelationRef::named(self.reg, model, name)
                .map(|relation| Cause::Prefetch { relation });
            rows = self.fetch_rows(&qs, RowKind::Instances)?;
        }
        for v in &pending {
            if let Some(Obj::Instance(i)) = obj(v) {
                let id = i.get(column);
                let found = rows
                    .iter()
                    .find(|r| match obj(r) {
                        Some(Obj::Instance(r)) => {
                            id.as_ref().and_then(key_of).is_some()
                                && key_of(&r.pk()) == id.as_ref().and_then(key_of)
                        }
                        _ => false,
                    })
                    .cloned()
                    .unwrap_or(Value::None);
                i.related.borrow_mut().push((name.to_owned(), found));
            }
        }
        Ok(Some(rows))
    }

    /// `prefetch_related(lookup)` for a reverse foreign key: one
    /// `WHERE fk IN (...)` query, its rows shared out to the instances.
    fn prefetch_one(
        &mut self,
        model: ModelId,
        items: &[Value],
        spec: &PrefetchSpec,
    ) -> HostResult<Vec<Value>> {
        let lookup = spec.lookup.as_str();
        let Some(rel) = self
            .reg
            .model(model)
            .reverse_relations
            .iter()
            .find(|r| r.accessor == lookup)
        else {
            return unsupported(format!("prefetch_related('{lookup}')"));
        };
        let mut pks: Vec<Arg> = Vec::new();
        for item in items {
            if let Some(Obj::Instance(i)) = obj(item) {
                if let Value::Int(n) = i.pk() {
                    if !pks.contains(&Arg::Int(n)) {
                        pks.push(Arg::Int(n));
                    }
                }
            }
        }
        let qs = match &spec.queryset {
            Some(qs) if qs.model() != rel.from => {
                return unsupported(format!(
                    "Prefetch('{lookup}') with a queryset of another model"
                ))
            }
            Some(qs) => qs.clone(),
            None => QuerySet::new(self.reg, rel.from),
        };
        let key = format!("{}__in", rel.field);
        let qs = self.q(qs.filter(Vec::new(), vec![(key, Arg::List(pks))]))?;
        self.cause = RelationRef::named(self.reg, model, lookup)
            .map(|relation| Cause::Prefetch { relation });
        let rows = self.fetch_rows(&qs, RowKind::Instances)?;
        let fk_column = self
            .reg
            .model(rel.from)
            .field(&rel.field)
            .map_or("", |f| &f.column);
        for item in items {
            let Some(Obj::Instance(i)) = obj(item) else {
                continue;
            };
            let pk = i.pk();
            let mine: Vec<Value> = rows
                .iter()
                .filter(|row| match obj(row) {
                    Some(Obj::Instance(r)) => {
                        key_of(&r.get(fk_column).unwrap_or(Value::None)) == key_of(&pk)
                    }
                    _ => false,
                })
                .cloned()
                .collect();
            let slot = match &spec.to_attr {
                Some(attr) => attr.clone(),
                None => format!("prefetch:{lookup}"),
            };
            i.related.borrow_mut().push((slot, Value::list(mine)));
        }
        Ok(rows)
    }

    /// `prefetch_related(lookup)` for a many-to-many manager, either side:
    /// Django's `ManyRelatedManager.get_prefetch_querysets`, one query
    /// filtered `{query_name}__in` with the through table's column to the
    /// instances selected first (`_prefetch_related_val_...`), its rows
    /// shared out by that column, in the query's order.
    fn prefetch_m2m(
        &mut self,
        model: ModelId,
        items: &[Value],
        spec: &PrefetchSpec,
        m2m: M2mSide,
    ) -> HostResult<Vec<Value>> {
        let lookup = spec.lookup.as_str();
        let mut pks: Vec<Arg> = Vec::new();
        for item in items {
            if let Some(Obj::Instance(i)) = obj(item) {
                if let Value::Int(n) = i.pk() {
                    if !pks.contains(&Arg::Int(n)) {
                        pks.push(Arg::Int(n));
                    }
                }
            }
        }
        let qs = match &spec.queryset {
            Some(qs) if qs.model() != m2m.target => {
                return unsupported(format!(
                    "Prefetch('{lookup}') with a queryset of another model"
                ))
            }
            Some(qs) => qs.clone(),
            None => QuerySet::new(self.reg, m2m.target),
        };
        let key = format!("{}__in", m2m.query_name);
        let qs = self.q(qs.filter(Vec::new(), vec![(key, Arg::List(pks))]))?;
        let source = meta::through_fk(m2m.field, m2m.source_column);
        let alias = format!("_prefetch_related_val_{}", m2m.source_column);
        let qs = qs.with_extra_column(&alias, source);
        self.cause = RelationRef::named(self.reg, model, m2m.accessor)
            .map(|relation| Cause::Prefetch { relation });
        let layout = self.layout(&qs)?;
        let Some(sql) = self.q(qs.select_sql())? else {
            return Ok(Vec::new());
        };
        let mut keyed = Vec::new();
        for row in self.send(sql)? {
            let mut cells = row.into_iter();
            let owner = convert(cells.next().unwrap_or(Sv::Null), Conv::Plain)?;
            keyed.push((owner, build_instance(self.reg, &layout, &mut cells)?));
        }
        for item in items {
            let Some(Obj::Instance(i)) = obj(item) else {
                continue;
            };
            let pk = key_of(&i.pk());
            let mine: Vec<Value> = keyed
                .iter()
                .filter(|(owner, _)| key_of(owner) == pk)
                .map(|(_, row)| row.clone())
                .collect();
            let slot = match &spec.to_attr {
                Some(attr) => attr.clone(),
                None => format!("prefetch:{lookup}"),
            };
            i.related.borrow_mut().push((slot, Value::list(mine)));
        }
        Ok(keyed.into_iter().map(|(_, row)| row).collect())
    }

    fn fetch_rows(&mut self, qs: &QuerySet, kind: RowKind) -> HostResult<Vec<Value>> {
        let layout = match kind {
            RowKind::Instances => Some(self.layout(qs)?),
            _ => None,
        };
        let columns = match kind {
            RowKind::Instances => Vec::new(),
            _ => value_columns(self.reg, qs),
        };
        let unconvertible = columns.iter().any(|c| c.1 == Conv::Unsupported)
            || layout
                .as_ref()
                .is_some_and(|l| l.annotations.iter().any(|c| c.1 == Conv::Unsupported));
        if unconvertible && self.reg.is_lesson() {
            return unsupported("date values (datetime.date)");
        }
        if let Some(column) = columns.iter().find(|c| c.1 == Conv::Unsupported) {
            return refuse_column(&column.0);
        }
        let sql = self.q(qs.select_sql())?;
        let Some(sql) = sql else {
            return Ok(Vec::new());
        };
        let rows = self.send(sql)?;
        let row_names: Rc<[Rc<str>]> = columns.iter().map(|(n, _)| Rc::from(n.as_str())).collect();
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let mut cells = row.into_iter();
            out.push(match (&layout, kind) {
                (Some(layout), _) => build_instance(self.reg, layout, &mut cells)?,
                (None, RowKind::Dicts) => {
                    let mut d = Dict::default();
                    for (name, conv) in &columns {
                        let v = convert(cells.next().unwrap_or(Sv::Null), *conv)?;
                        d.insert(Key::Str(name.as_str().into()), Value::str(name), v);
                    }
                    Value::Dict(Rc::new(RefCell::new(d)))
                }
                (None, RowKind::Flat) => {
                    let conv = columns.first().map_or(Conv::Plain, |c| c.1);
                    convert(cells.next().unwrap_or(Sv::Null), conv)?
                }
                (None, RowKind::Named) => {
                    let items: Vec<Value> = columns
                        .iter()
                        .map(|(_, conv)| convert(cells.next().unwrap_or(Sv::Null), *conv))
                        .collect::<HostResult<_>>()?;
                    wrap(Obj::Row(row_names.clone(), items))
                }
                (None, _) => {
                    let items: Vec<Value> = columns
                        .iter()
                        .map(|(_, conv)| convert(cells.next().unwrap_or(Sv::Null), *conv))
                        .collect::<HostResult<_>>()?;
                    Value::tuple(items)
                }
            });
        }
        Ok(out)
    }

    /// Which columns an instance SELECT returns, as Django's compiler
    /// lays them out.
    fn layout(&self, qs: &QuerySet) -> HostResult<Layout> {
        let query = &qs.query;
        let (names, defer) = &query.deferred_loading;
        if names.iter().any(|n| n.contains("__")) {
            return unsupported("only()/defer() across a relation");
        }
        let annotations: Vec<(String, Conv)> = query
            .annotation_select()
            .iter()
            .map(|(k, _)| (k.clone(), annotation_conv(self.reg, qs.model(), query, k)))
            .collect();
        let mut layout = model_layout(self.reg, qs.model(), names, *defer);
        layout.annotations = annotations;
        match &query.select_related {
            SelectRelated::None => {}
            SelectRelated::All => {
                add_related(self.reg, &mut layout, None, true, 1, query.max_depth)
            }
            SelectRelated::Fields(tree) => {
                let tree = SelectRelatedTree(tree.clone());
                add_related(
                    self.reg,
                    &mut layout,
                    Some(&tree),
                    false,
                    1,
                    query.max_depth,
                );
            }
        }
        // A project's model with a field kind the shell does not convert
        // (the lesson's have none): refused before anything is sent.
        if let Some(column) = layout.unconvertible() {
            return refuse_column(column);
        }
        Ok(layout)
    }

    fn eval_cache(&mut self, q: &QsObj, operation: ManagerRead) -> HostResult<Vec<Value>> {
        if let Some(items) = &*q.cache.borrow() {
            return Ok(items.clone());
        }
        self.set_cause(q.rel, q.qs.model(), operation);
        self.prefetch = q.prefetch.clone();
        let items = self.fetch(&q.qs, q.kind)?;
        *q.cache.borrow_mut() = Some(items.clone());
        Ok(items)
    }

    // ------------------------------------------------------------ queryset methods

    fn qs_value(&self, qs: QuerySet, kind: RowKind) -> Value {
        wrap(Obj::QuerySet(QsObj {
            qs,
            kind,
            cache: RefCell::new(None),
            rel: self.rel,
            prefetch: self.lookups.clone(),
            bool_param: self.bool_param,
        }))
    }

    /// The cause of a queryset's query: its relation's, else its model's.
    fn set_cause(&mut self, rel: Option<Rel>, model: ModelId, operation: ManagerRead) {
        self.cause = Some(match (rel, operation) {
            (None, ManagerRead::Get) => Cause::Get { model },
            (None, _) => Cause::QuerySet { model },
            (Some(relation), op) if relation.relation.is_many_to_many() => Cause::ManyToMany {
                relation,
                operation: op,
            },
            (Some(relation), ManagerRead::Count) => Cause::ReverseCount { relation },
            (Some(relation), _) => Cause::ReverseAll { relation },
        });
    }

    fn qs_method(
        &mut self,
        q: &QsObj,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let qs = &q.qs;
        let kind = q.kind;
        self.rel = q.rel;
        self.lookups = q.prefetch.clone();
        self.bool_param = q.bool_param;
        self.prefetch = q.prefetch.clone();
        let result = self.qs_method_inner(q, name, args, kwargs);
        self.rel = None;
        self.cause = None;
        self.lookups.clear();
        self.prefetch.clear();
        self.bool_param = false;
        let _ = (qs, kind);
        result
    }

    fn qs_method_inner(
        &mut self,
        q: &QsObj,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let qs = &q.qs;
        let kind = q.kind;
        if matches!(
            name,
            "count" | "exists" | "get" | "first" | "last" | "aggregate" | "iterator"
        ) {
            let op = match name {
                "count" => ManagerRead::Count,
                "exists" => ManagerRead::Exists,
                "get" => ManagerRead::Get,
                _ => ManagerRead::All,
            };
            self.set_cause(q.rel, qs.model(), op);
        }
        match name {
            "all" => Ok(self.qs_value(qs.clone(), kind)),
            "filter" | "exclude" => {
                let (children, kw) = self.filter_args(Some(qs.model()), args, kwargs)?;
                let r = if name == "filter" {
                    qs.filter(children, kw)
                } else {
                    qs.exclude(children, kw)
                };
                Ok(self.qs_value(self.q(r)?, kind))
            }
            "order_by" => {
                let items = order_items(&args)?;
                Ok(self.qs_value(self.q(qs.order_by_items(&items))?, kind))
            }
            "reverse" => Ok(self.qs_value(self.q(qs.reverse())?, kind)),
            "distinct" => {
                if !args.is_empty() {
                    return unsupported("distinct(*fields) (PostgreSQL only)");
                }
                Ok(self.qs_value(self.q(qs.distinct())?, kind))
            }
            "none" => Ok(self.qs_value(qs.none(), kind)),
            "select_related" => {
                let names = strings(&args, "select_related")?;
                Ok(self.qs_value(self.q(qs.select_related(&names))?, kind))
            }
            "only" | "defer" => {
                let names = strings(&args, name)?;
                let r = if name == "only" {
                    qs.only(&names)
                } else {
                    qs.defer(&names)
                };
                Ok(self.qs_value(self.q(r)?, kind))
            }
            "annotate" | "alias" => {
                let items = self.named(args, kwargs, "annotations")?;
                let r = if name == "annotate" {
                    qs.annotate(items)
                } else {
                    qs.alias(items)
                };
                Ok(self.qs_value(self.q(r)?, kind))
            }
            "values" => {
                let names = strings(&args, "values")?;
                let mut exprs = Vec::new();
                for (k, v) in kwargs {
                    exprs.push((k.to_string(), self.expr(&v)?));
                }
                Ok(self.qs_value(self.q(qs.values(&names, exprs))?, RowKind::Dicts))
            }
            "values_list" => {
                let names = strings(&args, "values_list")?;
                let mut flat = false;
                let mut named = false;
                for (k, v) in &kwargs {
                    match (&**k, v) {
                        ("flat", Value::Bool(b)) => flat = *b,
                        ("named", Value::Bool(b)) => named = *b,
                        _ => {
                            return Err(Thrown::type_error(format!(
                                "Unexpected keyword arguments to values_list: {{'{k}'}}"
                            )))
                        }
                    }
                }
                if flat && names.len() > 1 {
                    return Err(Thrown::type_error(
                        "'flat' is not valid when values_list is called with more than one field.",
                    ));
                }
                if flat && named {
                    return Err(Thrown::type_error(
                        "'flat' and 'named' can't be used together.",
                    ));
                }
                let kind = match (flat, named) {
                    (true, _) => RowKind::Flat,
                    (_, true) => RowKind::Named,
                    _ => RowKind::Tuples,
                };
                Ok(self.qs_value(self.q(qs.values_list(&names))?, kind))
            }
            "count" => {
                no_args(&args, &kwargs, "count")?;
                if let Some(items) = &*q.cache.borrow() {
                    return Ok(Value::Int(items.len() as i64));
                }
                let Some(sql) = self.q(qs.count_sql())? else {
                    return Ok(Value::Int(0));
                };
                let rows = self.send(sql)?;
                first_cell(rows).map_or(Ok(Value::Int(0)), |v| convert(v, Conv::Plain))
            }
            "exists" => {
                no_args(&args, &kwargs, "exists")?;
                if let Some(items) = &*q.cache.borrow() {
                    return Ok(Value::Bool(!items.is_empty()));
                }
                let Some(sql) = self.q(qs.exists_sql())? else {
                    return Ok(Value::Bool(false));
                };
                let rows = self.send(sql)?;
                Ok(Value::Bool(!rows.is_empty()))
            }
            "contains" => self.qs_contains(q, args, kwargs),
            "aggregate" => {
                // Django adds the positional ones to the keyword dict.
                let mut items = self.named(Vec::new(), kwargs, "aggregates")?;
                items.extend(self.named(args, Vec::new(), "aggregates")?);
                let names: Vec<(String, Conv)> = items
                    .iter()
                    .map(|(n, e)| {
                        let name = n.clone().or_else(|| e.default_alias()).unwrap_or_default();
                        (name, expr_conv(self.reg, qs.model(), e))
                    })
                    .collect();
                let sql = self.q(qs.aggregate_sql(items))?;
                let mut d = Dict::default();
                let row = match sql {
                    Some(sql) => self.send(sql)?.into_iter().next().unwrap_or_default(),
                    None => Vec::new(),
                };
                let mut cells = row.into_iter();
                for (name, conv) in names {
                    let v = convert(cells.next().unwrap_or(Sv::Null), conv)?;
                    d.insert(Key::Str(name.as_str().into()), Value::str(&name), v);
                }
                Ok(Value::Dict(Rc::new(RefCell::new(d))))
            }
            "first" | "last" => {
                no_args(&args, &kwargs, name)?;
                let sub = if name == "first" {
                    self.q(qs.first())?
                } else {
                    self.q(qs.last())?
                };
                let items = self.fetch(&sub, kind)?;
                Ok(items.into_iter().next().unwrap_or(Value::None))
            }
            "get" => {
                let (children, kw) = self.filter_args(Some(qs.model()), args, kwargs)?;
                let sub = self.q(qs.get(children, kw))?;
                let items = self.fetch(&sub, kind)?;
                let model = qs.model();
                let object_name = &self.reg.model(model).object_name;
                match items.len() {
                    1 => Ok(items.into_iter().next().unwrap_or(Value::None)),
                    0 => Err(Thrown::of(
                        Exceptions::of(&self.exc.does_not_exist, model),
                        &format!("{object_name} matching query does not exist."),
                    )),
                    n => {
                        let count = if n > 20 {
                            "more than 20".to_owned()
                        } else {
                            n.to_string()
                        };
                        Err(Thrown::of(
                            Exceptions::of(&self.exc.multiple_of, model),
                            &format!("get() returned more than one {object_name} -- it returned {count}!"),
                        ))
                    }
                }
            }
            "latest" | "earliest" => {
                if !kwargs.is_empty() {
                    return unsupported(format!("{name}() with keyword arguments"));
                }
                let fields = strings(&args, name)?;
                if fields.is_empty() {
                    return Err(Thrown::value_error(
                        "earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.",
                    ));
                }
                let order: Vec<String> = if name == "latest" {
                    fields
                        .iter()
                        .map(|f| match f.strip_prefix('-') {
                            Some(rest) => rest.to_owned(),
                            None => format!("-{f}"),
                        })
                        .collect()
                } else {
                    fields
                };
                let mut sub = self.q(qs.order_by(&order))?;
                sub = sub.slice(None, Some(1));
                let one = QsObj {
                    qs: sub,
                    kind,
                    cache: RefCell::new(None),
                    rel: q.rel,
                    prefetch: q.prefetch.clone(),
                    bool_param: q.bool_param,
                };
                self.qs_method_inner(&one, "get", Vec::new(), Vec::new())
            }
            "in_bulk" => {
                let mut id_list = args.first().cloned();
                let mut field_name = "pk".to_owned();
                for (k, v) in &kwargs {
                    match (&**k, v) {
                        ("id_list", v) if args.is_empty() => id_list = Some(v.clone()),
                        ("field_name", Value::Str(name)) => field_name = name.to_string(),
                        ("field_name", _) => {
                            return unsupported("in_bulk(field_name=) with a non-string name")
                        }
                        _ => {
                            return Err(Thrown::type_error(format!(
                                "QuerySet.in_bulk() got an unexpected keyword argument '{k}'"
                            )))
                        }
                    }
                }
                // `field_name` must name a unique field (checked first).
                let attname = if field_name == "pk" {
                    "id"
                } else {
                    let model = qs.model();
                    let meta = self.reg.model(model);
                    match meta.fields.iter().find(|f| f.name == field_name) {
                        Some(f) if f.unique || f.is_primary_key() => f.column.as_str(),
                        Some(_) => {
                            return Err(Thrown::value_error(format!(
                                "in_bulk()'s field_name must be a unique field but '{field_name}' isn't."
                            )))
                        }
                        None if meta::get_field(self.reg, model, &field_name).is_some() => {
                            return Err(Thrown::value_error(format!(
                                "in_bulk()'s field_name must be a unique field but '{field_name}' isn't."
                            )))
                        }
                        None => {
                            return Err(Thrown::of(
                                self.exc.field_does_not_exist.clone(),
                                &format!("{} has no field named '{field_name}'", meta.object_name),
                            ))
                        }
                    }
                };
                let sub = match id_list {
                    None | Some(Value::None) => qs.clone(),
                    Some(ids) => {
                        let ids = self.arg(&ids)?;
                        if matches!(&ids, Arg::List(v) if v.is_empty()) {
                            return Ok(Value::Dict(Rc::new(RefCell::new(Dict::default()))));
                        }
                        let key = format!("{field_name}__in");
                        self.q(qs.filter(Vec::new(), vec![(key, ids)]))?
                    }
                };
                let items = self.fetch(&sub, kind)?;
                let mut d = Dict::default();
                for item in items {
                    if let Some(Obj::Instance(i)) = obj(&item) {
                        match i.get(attname) {
                            Some(Value::Int(n)) => {
                                d.insert(Key::Int(n), Value::Int(n), item.clone());
                            }
                            Some(Value::Str(ref text)) => {
                                d.insert(
                                    Key::Str(text.clone()),
                                    Value::Str(text.clone()),
                                    item.clone(),
                                );
                            }
                            _ => return unsupported("in_bulk() keyed by this field"),
                        }
                    }
                }
                Ok(Value::Dict(Rc::new(RefCell::new(d))))
            }
            "iterator" => {
                let items = self.fetch(qs, kind)?;
                Ok(Value::list(items))
            }
            "prefetch_related" => {
                if kind != RowKind::Instances {
                    return unsupported("prefetch_related() after values()");
                }
                let mut specs = Vec::new();
                for a in &args {
                    let spec = match (a, obj(a)) {
                        (Value::Str(s), _) => PrefetchSpec {
                            lookup: s.to_string(),
                            queryset: None,
                            to_attr: None,
                        },
                        (_, Some(Obj::Prefetch(p))) => p.clone(),
                        _ => {
                            return unsupported(format!(
                                "prefetch_related() with a {}",
                                a.type_name()
                            ))
                        }
                    };
                    if let Some(why) = prefetch_problem(self.reg, qs.model(), &spec.lookup) {
                        return unsupported(why);
                    }
                    specs.push(spec);
                }
                let names = specs;
                let mut prefetch = q.prefetch.clone();
                prefetch.extend(names);
                Ok(wrap(Obj::QuerySet(QsObj {
                    qs: qs.clone(),
                    kind,
                    cache: RefCell::new(None),
                    rel: q.rel,
                    prefetch,
                    bool_param: q.bool_param,
                })))
            }
            "update" | "delete" | "create" | "get_or_create" | "update_or_create"
            | "bulk_create" => self.qs_write(q, name, args, kwargs),
            "explain" => self.qs_explain(qs, &args, kwargs),
            other => unsupported(format!("QuerySet.{other}()")),
        }
    }

    /// `qs.contains(obj)`: `obj in` the result cache if there is one, else
    /// `self.filter(pk=obj.pk).exists()`, after Django's checks.
    fn qs_contains(&mut self, q: &QsObj, args: Vec<Value>, kwargs: Kwargs) -> HostResult<Value> {
        let [target] = args.as_slice() else {
            return Err(Thrown::type_error(format!(
                "QuerySet.contains() takes 2 positional arguments but {} were given",
                args.len() + 1
            )));
        };
        if let Some((name, _)) = kwargs.first() {
            return Err(Thrown::type_error(format!(
                "QuerySet.contains() got an unexpected keyword argument '{name}'"
            )));
        }
        if q.kind != RowKind::Instances {
            return Err(Thrown::type_error(
                "Cannot call QuerySet.contains() after .values() or .values_list().",
            ));
        }
        let Some(Obj::Instance(instance)) = obj(target) else {
            return Err(Thrown::type_error("'obj' must be a model instance."));
        };
        if instance.model != q.qs.model() {
            return Ok(Value::Bool(false));
        }
        let pk = instance.pk();
        if matches!(pk, Value::None) {
            return Err(Thrown::value_error(
                "QuerySet.contains() cannot be used on unsaved objects.",
            ));
        }
        if let Some(items) = &*q.cache.borrow() {
            let found = items
                .iter()
                .any(|item| matches!(obj(item), Some(Obj::Instance(i)) if same_row(i, instance)));
            return Ok(Value::Bool(found));
        }
        self.set_cause(q.rel, q.qs.model(), ManagerRead::Exists);
        let (children, kw) =
            self.filter_args(Some(q.qs.model()), Vec::new(), vec![("pk".into(), pk)])?;
        let sub = self.q(q.qs.filter(children, kw))?;
        let Some(sql) = self.q(sub.exists_sql())? else {
            return Ok(Value::Bool(false));
        };
        Ok(Value::Bool(!self.send(sql)?.is_empty()))
    }

    /// `qs[key]`.
    fn qs_item(&mut self, q: &QsObj, key: &Value) -> HostResult<Value> {
        let cached = q.cache.borrow().clone();
        self.set_cause(q.rel, q.qs.model(), ManagerRead::All);
        self.prefetch = q.prefetch.clone();
        match key {
            Value::Int(i) => {
                if *i < 0 {
                    return Err(Thrown::value_error("Negative indexing is not supported."));
                }
                let i = (*i).min(MAX_ROWS) as usize;
                if let Some(items) = cached {
                    return items
                        .get(i)
                        .cloned()
                        .ok_or_else(|| Thrown::new("IndexError", "list index out of range"));
                }
                let sub = q.qs.index(i);
                let items = self.fetch(&sub, q.kind)?;
                items
                    .into_iter()
                    .next()
                    .ok_or_else(|| Thrown::new("IndexError", "list index out of range"))
            }
            Value::Slice(parts) => {
                let bound = |v: &Value| -> HostResult<Option<i64>> {
                    match v {
                        Value::None => Ok(None),
                        Value::Int(n) if *n < 0 => {
                            Err(Thrown::value_error("Negative indexing is not supported."))
                        }
                        // Beyond any table's size; keeps LIMIT arithmetic in range.
                        Value::Int(n) => Ok(Some((*n).min(MAX_ROWS))),
                        other => Err(Thrown::type_error(format!(
                            "QuerySet indices must be integers or slices, not {}.",
                            other.type_name()
                        ))),
                    }
                };
                let start = bound(&parts[0])?;
                let stop = bound(&parts[1])?;
                // Python's slicing of a list: of the result cache, or (for
                // a step) of the rows the limits fetch, `list(qs)[::step]`.
                let pick = |items: &[Value], slice: &[Value; 3]| -> HostResult<Value> {
                    let at = slice_indices(slice, items.len())?;
                    Ok(Value::list(
                        at.into_iter()
                            .filter_map(|i| items.get(i).cloned())
                            .collect(),
                    ))
                };
                if let Some(items) = cached {
                    return pick(&items, parts);
                }
                let sub =
                    q.qs.slice(start.map(|n| n as usize), stop.map(|n| n as usize));
                let step = &parts[2];
                match step.truthy_plain() {
                    // Django slices the fetched list for any step it reads
                    // as true (`if k.step`).
                    Some(true) | None => {
                        let items = self.fetch(&sub, q.kind)?;
                        pick(&items, &[Value::None, Value::None, step.clone()])
                    }
                    _ => Ok(wrap(Obj::QuerySet(QsObj {
                        qs: sub,
                        kind: q.kind,
                        cache: RefCell::new(None),
                        rel: q.rel,
                        prefetch: q.prefetch.clone(),
                        bool_param: q.bool_param,
                    }))),
                }
            }
            other => Err(Thrown::type_error(format!(
                "QuerySet indices must be integers or slices, not {}.",
                other.type_name()
            ))),
        }
    }

    /// `repr(qs)`: at most 21 rows, 20 shown.
    fn qs_repr(&mut self, q: &QsObj) -> HostResult<String> {
        let cached = q.cache.borrow().clone();
        let items = match cached {
            Some(items) => items.into_iter().take(21).collect(),
            None => {
                let sub = q.qs.slice(None, Some(21));
                self.set_cause(q.rel, q.qs.model(), ManagerRead::All);
                self.prefetch = q.prefetch.clone();
                self.fetch(&sub, q.kind)?
            }
        };
        let mut parts = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if i == 20 {
                parts.push("'...(remaining elements truncated)...'".to_owned());
                break;
            }
            parts.push(self.repr_value(item)?);
        }
        Ok(format!("<QuerySet [{}]>", parts.join(", ")))
    }

    /// Python's repr of what a queryset yields.
    fn repr_value(&mut self, v: &Value) -> HostResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(n) => n.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s),
            Value::Tuple(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|i| self.repr_value(i))
                    .collect::<HostResult<_>>()?;
                if parts.len() == 1 {
                    format!("({},)", parts.join(""))
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::Dict(d) => {
                let entries = d.borrow().entries().to_vec();
                let mut parts = Vec::new();
                for (k, v) in entries {
                    parts.push(format!(
                        "{}: {}",
                        self.repr_value(&k)?,
                        self.repr_value(&v)?
                    ));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Host(h) => self.repr(h)?,
            other => return unsupported(format!("repr of {}", other.type_name())),
        })
    }

    // ------------------------------------------------------------ arguments

    fn filter_args(
        &mut self,
        model: Option<ModelId>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<FilterArgs> {
        let mut children = Vec::new();
        for a in &args {
            children.push(match obj(a) {
                Some(Obj::Q(q)) => QChild::Node(q.clone()),
                Some(Obj::Expr(E::Q(q))) => QChild::Node(q.clone()),
                Some(Obj::Expr(e)) => QChild::Expr(e.clone()),
                Some(_) => {
                    return Err(Thrown::type_error(
                        "Cannot filter against a non-conditional expression.",
                    ))
                }
                // Django unpacks any other argument as a `(name, value)`
                // pair.
                None => match a {
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => {
                        return Err(Thrown::type_error(format!(
                            "cannot unpack non-iterable {} object",
                            a.type_name()
                        )))
                    }
                    _ => {
                        return unsupported(
                            "a positional filter argument other than Q or an expression",
                        )
                    }
                },
            });
        }
        let mut kw = Vec::new();
        for (k, v) in kwargs {
            self.check_lookup_value(model, &k, &v)?;
            let kind = model.and_then(|m| lookup_field_kind(self.reg, m, &k));
            // `JSONField.get_db_prep_value`: `json.dumps(value)` (a
            // `None` too: `JSONExact` compares it as JSON null).
            let json_value = kind == Some(FieldKind::Json)
                && !k.ends_with("__isnull")
                && !matches!(obj(&v), Some(Obj::Expr(_) | Obj::QuerySet(_)));
            let mut arg = if json_value {
                Arg::Json(json::dumps(&v)?)
            } else {
                self.arg(&v)?
            };
            if let Some(kind) = kind {
                arg = prep_for_field(arg, kind, aware(self.reg))?;
            }
            if contains_bool(&arg) && kind != Some(FieldKind::Boolean) {
                self.bool_param = true;
            }
            kw.push((k.to_string(), arg));
        }
        Ok((children, kw))
    }

    /// What Django refuses before building the query: `__in` with a
    /// non-iterable, an instance of the wrong model for a relation.
    fn check_lookup_value(
        &mut self,
        model: Option<ModelId>,
        key: &str,
        v: &Value,
    ) -> HostResult<()> {
        if key.ends_with("__in") || key.ends_with("__range") {
            match v {
                Value::List(_) | Value::Tuple(_) | Value::Set(_) => {}
                Value::Str(_) => return unsupported(format!("a string as the value of {key}")),
                Value::Host(_) if matches!(obj(v), Some(Obj::QuerySet(_))) => {}
                Value::Host(_) => return unsupported(format!("{key} with a {}", v.type_name())),
                other => {
                    return Err(Thrown::type_error(format!(
                        "'{}' object is not iterable",
                        other.type_name()
                    )))
                }
            }
        }
        let instance = match v {
            Value::Host(h) => match h.as_any().downcast_ref::<Obj>() {
                Some(Obj::Instance(i)) => Some((h, i)),
                _ => None,
            },
            _ => None,
        };
        if let Some((h, i)) = instance {
            if let Some(target) = model.and_then(|m| Self::lookup_target(self.reg, m, key)) {
                if target != i.model {
                    return Err(Thrown::value_error(format!(
                        "Cannot query \"{}\": Must be \"{}\" instance.",
                        self.instance_str(h, i)?,
                        self.reg.model(target).object_name
                    )));
                }
            }
        }
        Ok(())
    }

    /// The model a relation lookup (`user`, `article__user__exact`) ends on.
    fn lookup_target(reg: &'static Registry, model: ModelId, key: &str) -> Option<ModelId> {
        let mut model = model;
        let mut target = None;
        for part in key.split("__") {
            let next = match meta::get_field(reg, model, part) {
                Some(meta::MetaField::Column { to: Some(to), .. }) => to,
                Some(meta::MetaField::ManyToMany { m2m, .. }) => m2m.to,
                Some(meta::MetaField::ManyToManyRel { owner, .. }) => owner,
                Some(meta::MetaField::ReverseForeignKey { from, .. }) => from,
                _ if part == "exact" => return target,
                _ => return None,
            };
            model = next;
            target = Some(next);
        }
        target
    }

    fn arg(&mut self, v: &Value) -> HostResult<Arg> {
        Ok(match v {
            Value::None => Arg::Null,
            Value::Bool(b) => Arg::Bool(*b),
            Value::Int(n) => Arg::Int(*n),
            Value::Float(f) => Arg::Float(*f),
            Value::Str(s) => Arg::Str(s.to_string()),
            Value::List(items) => {
                let items = items.borrow().clone();
                Arg::List(
                    items
                        .iter()
                        .map(|i| self.arg(i))
                        .collect::<HostResult<_>>()?,
                )
            }
            Value::Tuple(items) => Arg::List(
                items
                    .iter()
                    .map(|i| self.arg(i))
                    .collect::<HostResult<_>>()?,
            ),
            Value::Set(_) => return unsupported("a set as a lookup value"),
            Value::Host(_) => match obj(v) {
                Some(Obj::Instance(i)) => match i.pk() {
                    Value::Int(n) => Arg::Int(n),
                    _ => Arg::Null,
                },
                Some(Obj::QuerySet(q)) => Arg::QuerySet(Box::new(q.qs.clone())),
                Some(Obj::DateTime(d)) => {
                    match (d.aware, aware(self.reg)) {
                        (true, true) | (false, false) => Arg::DateTime(d.storage()),
                        (false, true) => {
                            return unsupported(
                                "a naive datetime under USE_TZ = True (pass tzinfo=datetime.timezone.utc)",
                            )
                        }
                        (true, false) => {
                            return unsupported(
                                "an aware datetime under USE_TZ = False (Django's SQLite backend refuses it with ValueError)",
                            )
                        }
                    }
                }
                Some(Obj::Date(d)) => Arg::Date(d.str()),
                Some(Obj::Uuid(hex)) => Arg::Str(hex.to_string()),
                // `adapt_timefield_value`: `str(time)`.
                Some(Obj::Time(t)) => Arg::Str(t.str()),
                // `duration_microseconds(delta)`.
                Some(Obj::TimeDelta(d)) => match i64::try_from(d.micros()) {
                    Ok(micros) => Arg::Duration(micros),
                    Err(_) => return unsupported("a timedelta longer than SQLite's integers"),
                },
                Some(Obj::Decimal(d)) => Arg::Decimal(d.clone()),
                Some(Obj::Q(q)) => Arg::Expr(Box::new(E::Q(q.clone()))),
                Some(Obj::Expr(e)) => Arg::Expr(Box::new(e.clone())),
                _ => return unsupported(format!("a {} as a lookup value", v.type_name())),
            },
            other => return unsupported(format!("a {} as a lookup value", other.type_name())),
        })
    }

    fn expr(&mut self, v: &Value) -> HostResult<E> {
        match obj(v) {
            Some(Obj::Expr(e)) => {
                if has_bool(e) {
                    self.bool_param = true;
                }
                Ok(e.clone())
            }
            Some(Obj::Q(q)) => Ok(E::Q(q.clone())),
            _ => Ok(E::Value(self.arg(v)?)),
        }
    }

    /// `annotate()`'s or `aggregate()`'s expressions; `what` words the
    /// error of a positional one without a default alias as Django does.
    fn named(
        &mut self,
        args: Vec<Value>,
        kwargs: Kwargs,
        what: &str,
    ) -> HostResult<Vec<(Option<String>, E)>> {
        let mut out = Vec::new();
        for a in &args {
            let e = self.expr(a)?;
            if e.default_alias().is_none() {
                return Err(Thrown::type_error(format!(
                    "Complex {what} require an alias"
                )));
            }
            out.push((None, e));
        }
        for (k, v) in kwargs {
            out.push((Some(k.to_string()), self.expr(&v)?));
        }
        Ok(out)
    }

    fn to_q(&self, v: &Value) -> Option<Q> {
        match obj(v)? {
            Obj::Q(q) => Some(q.clone()),
            Obj::Expr(E::Q(q)) => Some(q.clone()),
            Obj::Expr(e @ (E::Exists(_) | E::Not(_))) => Some(Q::from_expr(e.clone())),
            _ => None,
        }
    }

    fn factory(&mut self, f: Factory, args: Vec<Value>, kwargs: Kwargs) -> HostResult<Value> {
        let first_str = |args: &[Value]| -> HostResult<String> {
            match args.first() {
                Some(Value::Str(s)) => Ok(s.to_string()),
                _ => unsupported(format!("{}() without a field name", f.name())),
            }
        };
        match f {
            Factory::Q => {
                let (children, kw) = self.filter_args(None, args, kwargs)?;
                Ok(wrap(Obj::Q(Q::new(children, kw))))
            }
            Factory::F => Ok(wrap(Obj::Expr(E::F(first_str(&args)?)))),
            Factory::OuterRef => Ok(wrap(Obj::Expr(E::OuterRef(first_str(&args)?)))),
            Factory::Value => {
                let a = args.first().cloned().unwrap_or(Value::None);
                if matches!(a, Value::Bool(_)) {
                    // The engine binds it as 1/0, and reads it back as an int.
                    return unsupported("Value(True) and Value(False)");
                }
                Ok(wrap(Obj::Expr(E::Value(self.arg(&a)?))))
            }
            Factory::Exists | Factory::Subquery => match args.first().and_then(obj) {
                Some(Obj::QuerySet(q)) => {
                    let qs = Box::new(q.qs.clone());
                    Ok(wrap(Obj::Expr(if f == Factory::Exists {
                        E::Exists(qs)
                    } else {
                        E::Subquery(qs)
                    })))
                }
                _ => unsupported(format!("{}() of something other than a queryset", f.name())),
            },
            Factory::Count | Factory::Sum | Factory::Avg | Factory::Max | Factory::Min => {
                let func = match f {
                    Factory::Count => AggFunc::Count,
                    Factory::Sum => AggFunc::Sum,
                    Factory::Avg => AggFunc::Avg,
                    Factory::Max => AggFunc::Max,
                    _ => AggFunc::Min,
                };
                let arg = match args.first() {
                    Some(Value::Str(s)) if &**s == "*" && func == AggFunc::Count => None,
                    Some(Value::Str(s)) => Some(Box::new(E::F(s.to_string()))),
                    Some(other) => Some(Box::new(self.expr(other)?)),
                    None => {
                        return Err(Thrown::type_error(format!(
                            "{}.__init__() missing 1 required positional argument: 'expression'",
                            f.name()
                        )))
                    }
                };
                let mut distinct = false;
                let mut filter = None;
                for (k, v) in &kwargs {
                    match &**k {
                        "distinct" => distinct = matches!(v, Value::Bool(true)),
                        "filter" => filter = self.to_q(v),
                        other => return unsupported(format!("{}({other}=...)", f.name())),
                    }
                }
                Ok(wrap(Obj::Expr(E::Aggregate {
                    func,
                    arg,
                    distinct,
                    filter,
                })))
            }
            // `Transform`s: one expression, a name read as `F(name)`.
            Factory::Func(func) => {
                if let Some((key, _)) = kwargs.first() {
                    return unsupported(format!("{}({key}=...)", func.class_name()));
                }
                let [arg] = args.as_slice() else {
                    return Err(Thrown::type_error(format!(
                        "'{}' takes exactly 1 argument ({} given)",
                        func.class_name(),
                        args.len()
                    )));
                };
                let arg = match arg {
                    Value::Str(s) => E::F(s.to_string()),
                    other => self.expr(other)?,
                };
                Ok(wrap(Obj::Expr(E::Func(func, Box::new(arg)))))
            }
            Factory::Prefetch => {
                let lookup = first_str(&args)?;
                let mut queryset = match args.get(1).map(|a| (a, obj(a))) {
                    Some((_, Some(Obj::QuerySet(q)))) => Some(q.qs.clone()),
                    Some(_) => {
                        return unsupported(
                            "Prefetch() with a second argument that is not a queryset",
                        )
                    }
                    None => None,
                };
                let mut to_attr = None;
                for (k, v) in &kwargs {
                    match (&**k, v, obj(v)) {
                        ("queryset", _, Some(Obj::QuerySet(q))) => {
                            if q.kind != RowKind::Instances {
                                return Err(Thrown::value_error(
                                    "Prefetch querysets cannot use raw(), values(), and values_list().",
                                ));
                            }
                            queryset = Some(q.qs.clone());
                        }
                        ("queryset", Value::None, _) => {}
                        ("to_attr", Value::Str(s), _) => to_attr = Some(s.to_string()),
                        ("to_attr", Value::None, _) => {}
                        _ => return unsupported(format!("Prefetch({k}=...)")),
                    }
                }
                Ok(wrap(Obj::Prefetch(PrefetchSpec {
                    lookup,
                    queryset,
                    to_attr,
                })))
            }
            Factory::GetUserModel => match self.reg.user_model() {
                Some(model) => Ok(wrap(Obj::Model(model))),
                None => unsupported("get_user_model() without AUTH_USER_MODEL"),
            },
            Factory::ResetQueries => {
                self.queries_start = self.queries.len();
                Ok(Value::None)
            }
            Factory::Atomic => self.atomic_factory(args, kwargs),
            // `--now` when given (goldens), else the clock, as Django.
            Factory::Now => Ok(wrap(Obj::DateTime(self.wall(self.clock())?))),
            Factory::Decimal => decimal::construct(&args, kwargs.is_empty()),
            Factory::Date => {
                let [year, month, day] = date_parts(f, &args, &kwargs)?;
                super::dates::date(year, month, day)
                    .map(|d| wrap(Obj::Date(d)))
                    .map_err(Thrown::value_error)
            }
            Factory::DateTimeClass => {
                let parts = date_parts::<7>(f, &args, &kwargs)?;
                let tz = kwargs
                    .iter()
                    .find(|(k, _)| &**k == "tzinfo")
                    .map(|(_, v)| v)
                    .or(args.get(7));
                let aware = match tz.map(|v| (v, obj(v))) {
                    Some((_, Some(Obj::Utc))) => true,
                    Some((Value::None, _)) | None => false,
                    Some(_) => return unsupported("a time zone other than timezone.utc"),
                };
                super::dates::datetime(parts, aware)
                    .map(|d| wrap(Obj::DateTime(d)))
                    .map_err(Thrown::value_error)
            }
            Factory::Time => {
                let parts = int_args::<4>(
                    f,
                    &["hour", "minute", "second", "microsecond"],
                    &args,
                    &kwargs,
                )?;
                super::dates::time(parts)
                    .map(|t| wrap(Obj::Time(t)))
                    .map_err(Thrown::value_error)
            }
            Factory::TimeDelta => {
                let parts = int_args::<7>(
                    f,
                    &[
                        "days",
                        "seconds",
                        "microseconds",
                        "milliseconds",
                        "minutes",
                        "hours",
                        "weeks",
                    ],
                    &args,
                    &kwargs,
                )?;
                super::dates::timedelta(parts)
                    .map(|d| wrap(Obj::TimeDelta(d)))
                    .map_err(|m| Thrown::new("OverflowError", m))
            }
        }
    }

    // ------------------------------------------------------------ instances

    fn instance_attr(
        &mut self,
        i: &Instance,
        this: &Value,
        name: &str,
    ) -> HostResult<Option<Value>> {
        let model = i.model;
        let meta = self.reg.model(model);
        if name == "pk" {
            return Ok(Some(i.pk()));
        }
        if name == "__class__" {
            return Ok(Some(wrap(Obj::Model(model))));
        }
        if let Some(field) = meta
            .fields
            .iter()
            .find(|f| f.name == name || f.column == name)
        {
            if let (Some(target), true) = (field.foreign_target(), field.name == name) {
                if let Some(v) = i.cached_related(name) {
                    return Ok(Some(v));
                }
                let id = self.load_deferred(i, &field.column)?;
                if matches!(id, Value::None) {
                    return Ok(Some(Value::None));
                }
                let id = self.arg(&id)?;
                let qs = QuerySet::new(self.reg, target);
                let q = Q::new(Vec::new(), vec![("id".into(), id)]);
                let sub = self.q(qs.get(vec![QChild::Node(q)], Vec::new()))?;
                self.cause = meta.field_id(&field.name).map(|field| Cause::ForeignKey {
                    model,
                    field,
                    prefetched_from: None,
                });
                let items = self.fetch(&sub, RowKind::Instances)?;
                let Some(v) = items.into_iter().next() else {
                    return Err(Thrown::of(
                        Exceptions::of(&self.exc.does_not_exist, target),
                        &format!(
                            "{} matching query does not exist.",
                            self.reg.model(target).object_name
                        ),
                    ));
                };
                i.related.borrow_mut().push((name.into(), v.clone()));
                return Ok(Some(v));
            }
            let value = self.load_deferred(i, &field.column)?;
            // `FileDescriptor`: the stored name becomes a `FieldFile`.
            let file = match field.kind {
                FieldKind::Char { file, .. } => file,
                _ => None,
            };
            return Ok(Some(match (file, value) {
                (Some(class), Value::Str(ref stored)) => wrap(Obj::FieldFile {
                    class,
                    name: Some(stored.clone()),
                }),
                (Some(class), Value::None) => wrap(Obj::FieldFile { class, name: None }),
                (_, value) => value,
            }));
        }
        if let Some(v) = i.get(name) {
            return Ok(Some(v));
        }
        if let Some(v) = i.cached_related(name) {
            return Ok(Some(v));
        }
        if matches!(name, "save" | "delete") {
            return Ok(Some(wrap(Obj::Method(this.clone(), name.into()))));
        }
        let pk = match i.pk() {
            Value::Int(n) => n,
            _ => return Ok(None),
        };
        if let Some(rel) = meta.reverse_relations.iter().find(|r| r.accessor == name) {
            let base = QuerySet::new(self.reg, rel.from);
            let base = self.q(base.filter(Vec::new(), vec![(rel.field.clone(), Arg::Int(pk))]))?;
            return Ok(Some(wrap(Obj::Manager(Manager {
                model: rel.from,
                base,
                related: Some("RelatedManager"),
                prefetched: match i.cached_related(&format!("prefetch:{name}")) {
                    Some(Value::List(ref items)) => Some(items.borrow().clone()),
                    _ => None,
                },
                write: Some(RelatedWrite::ForeignKey {
                    field: &rel.field,
                    owner_pk: pk,
                    owner: this.clone(),
                }),
                rel: RelationRef::named(self.reg, model, name),
            }))));
        }
        if let Some(m2m) = meta.many_to_many.iter().find(|m| m.name == name) {
            let base = QuerySet::new(self.reg, m2m.to);
            let key = format!("{}__id", m2m.related_name);
            let base = self.q(base.filter(Vec::new(), vec![(key, Arg::Int(pk))]))?;
            return Ok(Some(wrap(Obj::Manager(Manager {
                model: m2m.to,
                base,
                related: Some("ManyRelatedManager"),
                prefetched: prefetched_rows(i, name),
                write: Some(RelatedWrite::ManyToMany {
                    through: Through::forward(m2m),
                    owner_pk: pk,
                }),
                rel: RelationRef::named(self.reg, model, name),
            }))));
        }
        for owner in self.reg.ids() {
            for m2m in &self.reg.model(owner).many_to_many {
                if m2m.to == model && m2m.related_name == name {
                    let base = QuerySet::new(self.reg, owner);
                    let key = format!("{}__id", m2m.name);
                    let base = self.q(base.filter(Vec::new(), vec![(key, Arg::Int(pk))]))?;
                    return Ok(Some(wrap(Obj::Manager(Manager {
                        model: owner,
                        base,
                        related: Some("ManyRelatedManager"),
                        prefetched: prefetched_rows(i, name),
                        write: Some(RelatedWrite::ManyToMany {
                            through: Through::reverse(m2m),
                            owner_pk: pk,
                        }),
                        rel: RelationRef::named(self.reg, model, name),
                    }))));
                }
            }
        }
        match name {
            "save"
            | "delete"
            | "refresh_from_db"
            | "full_clean"
            | "get_deferred_fields"
            | "serializable_value"
            | "check_password"
            | "set_password"
            | "get_full_name"
            | "get_short_name" => Ok(Some(wrap(Obj::Method(this.clone(), name.into())))),
            "_meta" => unsupported("_meta"),
            "DoesNotExist" => Ok(Some(Value::ExcClass(Exceptions::of(
                &self.exc.does_not_exist,
                model,
            )))),
            "MultipleObjectsReturned" => Ok(Some(Value::ExcClass(Exceptions::of(
                &self.exc.multiple_of,
                model,
            )))),
            _ if django_instance_attribute(name, self.reg.user_model() == Some(model)) => {
                unsupported(format!("{}.{name}", meta.object_name))
            }
            _ => Ok(None),
        }
    }

    /// A field's value, loading it as Django does if `only()`/`defer()`
    /// left it out (`refresh_from_db(fields=[...])`).
    fn load_deferred(&mut self, i: &Instance, attname: &str) -> HostResult<Value> {
        if let Some(v) = i.get(attname) {
            return Ok(v);
        }
        let model = i.model;
        let Some(field) = self
            .reg
            .model(model)
            .fields
            .iter()
            .find(|f| f.column == attname)
        else {
            return Ok(Value::None);
        };
        let pk = self.arg(&i.pk())?;
        let qs = QuerySet::new(self.reg, model);
        let qs = self.q(qs.filter(Vec::new(), vec![("pk".into(), pk)]))?;
        let qs = self.q(qs.only(&[field.name.to_owned()]))?;
        let sub = self.q(qs.get(Vec::new(), Vec::new()))?;
        let items = self.fetch(&sub, RowKind::Instances)?;
        let value = items
            .first()
            .and_then(|v| match obj(v) {
                Some(Obj::Instance(loaded)) => loaded.get(attname),
                _ => None,
            })
            .unwrap_or(Value::None);
        i.values.borrow_mut().push((attname.into(), value.clone()));
        Ok(value)
    }

    /// Whether `model` is `AUTH_USER_MODEL` (an `AbstractUser`, whose
    /// `get_full_name()` and `UserManager` the shell knows).
    fn is_user_model(&self, model: ModelId) -> bool {
        self.reg.user_model() == Some(model)
    }

    /// `from APP.models import Model`: a model of an app of the project,
    /// or `from django.contrib.APP.models import Model` for Django's own
    /// (`auth.User` when it is installed; a model the shell does not query
    /// is refused when queried, not when imported).
    fn import_model(&self, module: &str, name: &str) -> Option<Value> {
        let app = module.strip_suffix(".models")?;
        let (app, django) = match app.strip_prefix("django.contrib.") {
            Some(label) => (label, true),
            None => (app, false),
        };
        let model = self.reg.models().find(|m| {
            m.app_label == app
                && m.object_name == name
                && DJANGO_APPS.contains(&m.app_label.as_str()) == django
        })?;
        Some(wrap(Obj::Model(model.id)))
    }

    /// `str(instance)`, as the model's `__str__` returns it.
    fn instance_str(&mut self, h: &Rc<dyn HostObject>, i: &Instance) -> HostResult<String> {
        self.instance_str_at(h, i, 0)
    }

    /// `str(instance)` inside `depth` other `__str__` calls (a `__str__`
    /// through a foreign key runs the related object's).
    fn instance_str_at(
        &mut self,
        h: &Rc<dyn HostObject>,
        i: &Instance,
        depth: u32,
    ) -> HostResult<String> {
        let meta = self.reg.model(i.model);
        match &meta.str_method {
            StrMethod::Username => Ok(match i.get("username") {
                Some(Value::Str(ref s)) => s.to_string(),
                _ => String::new(),
            }),
            StrMethod::Fields(parts) => {
                if depth >= STR_DEPTH {
                    return unsupported(format!(
                        "a __str__ nested more than {STR_DEPTH} objects deep"
                    ));
                }
                let mut out = String::new();
                for part in parts {
                    match part {
                        StrPart::Text(text) => out.push_str(text),
                        StrPart::Field { name, conv } => {
                            let value = self.get_attr(h, name)?.ok_or_else(|| {
                                Thrown::new(
                                    "AttributeError",
                                    format!(
                                        "'{}' object has no attribute '{name}'",
                                        meta.object_name
                                    ),
                                )
                            })?;
                            out.push_str(&self.field_text(&value, *conv, depth)?);
                        }
                    }
                }
                Ok(out)
            }
            StrMethod::Own => unsupported(format!("{}.__str__", meta.object_name)),
            StrMethod::Default => {
                let pk = match i.pk() {
                    Value::Int(n) => n.to_string(),
                    _ => "None".into(),
                };
                Ok(format!("{} object ({pk})", meta.object_name))
            }
        }
    }

    /// A field's value as a `__str__` of fields turns it into text.
    fn field_text(&mut self, value: &Value, conv: StrConv, depth: u32) -> HostResult<String> {
        match (conv, value) {
            (StrConv::Bare | StrConv::Str, Value::Str(s)) => Ok(s.to_string()),
            (StrConv::Bare, other) => Err(Thrown::type_error(format!(
                "__str__ returned non-string (type {})",
                match obj(other) {
                    Some(Obj::DateTime(_)) => "datetime.datetime".into(),
                    Some(Obj::Date(_)) => "datetime.date".into(),
                    Some(Obj::Time(_)) => "datetime.time".into(),
                    Some(Obj::TimeDelta(_)) => "datetime.timedelta".into(),
                    _ => other.type_name(),
                }
            ))),
            (conv, Value::Host(h)) => {
                if let Some(Obj::Instance(i)) = h.as_any().downcast_ref::<Obj>() {
                    let text = self.instance_str_at(h, i, depth + 1)?;
                    return Ok(match conv {
                        StrConv::Repr => {
                            format!("<{}: {text}>", self.reg.model(i.model).object_name)
                        }
                        _ => text,
                    });
                }
                match conv {
                    StrConv::Repr => self.repr(h),
                    _ => self.str(h),
                }
            }
            (_, other) => self.repr_value(other),
        }
    }

    fn manager_method(
        &mut self,
        m: &Manager,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        if !queryable(self.reg, m.model) {
            return unsupported(format!("the {} model", self.reg.model(m.model).object_name));
        }
        if m.related.is_some() && matches!(name, "add" | "remove" | "clear" | "set" | "create") {
            if let Some(RelatedWrite::ManyToMany { through, .. }) = &m.write {
                // `remove()`/`clear()` delete the intermediate rows as for an
                // auto-created table (a fast delete while nothing points at
                // them); `add()`/`create()`/`set()` build intermediate
                // objects (`through_defaults`), which the shell does not.
                let plain_delete = matches!(name, "remove" | "clear")
                    && !self.reg.models().any(|other| {
                        other.fields.iter().any(|f| {
                            f.foreign_target()
                                .is_some_and(|to| self.reg.model(to).db_table == through.table)
                        })
                    });
                if through.explicit && !plain_delete && !matches!(name, "add" | "create" | "set") {
                    return unsupported(format!(
                        "{name}() on a many-to-many relation with a through= model (create or delete the intermediate model's objects instead)"
                    ));
                }
            }
            return self.related_write(m, name, args, kwargs);
        }
        if m.related.is_some() && matches!(name, "get_or_create" | "update_or_create") {
            return unsupported(format!("{name}() on a related manager"));
        }
        if let (Some(RelatedWrite::ManyToMany { through, owner_pk }), "count" | "exists", None) =
            (m.write.clone(), name, &m.prefetched)
        {
            // `superclass is Manager`: User's default manager is UserManager.
            let user_manager = self.reg.user_model() == Some(m.model);
            if !user_manager && args.is_empty() && kwargs.is_empty() {
                self.set_cause(
                    m.rel,
                    m.model,
                    if name == "count" {
                        ManagerRead::Count
                    } else {
                        ManagerRead::Exists
                    },
                );
                return if name == "count" {
                    let rows = self.send(through.count_sql(owner_pk))?;
                    first_cell(rows).map_or(Ok(Value::Int(0)), |v| convert(v, Conv::Plain))
                } else {
                    let rows = self.send(through.exists_sql(owner_pk))?;
                    Ok(Value::Bool(!rows.is_empty()))
                };
            }
        }
        let q = QsObj {
            qs: m.base.clone(),
            kind: RowKind::Instances,
            cache: RefCell::new(None),
            rel: m.rel,
            prefetch: Vec::new(),
            bool_param: false,
        };
        if let Some(items) = &m.prefetched {
            // Django's related manager hands out the prefetched queryset:
            // `all()`, `count()`, `exists()` and iteration read its cache.
            if matches!(name, "all" | "count" | "exists") {
                *q.cache.borrow_mut() = Some(items.clone());
                if name == "all" {
                    return Ok(wrap(Obj::QuerySet(q)));
                }
            }
        }
        self.qs_method(&q, name, args, kwargs)
    }

    fn module_attr(&self, module: &str, name: &str) -> Option<Value> {
        let factory = |f| Some(wrap(Obj::Factory(f)));
        match (module, name) {
            ("django.db.models", "Q") => factory(Factory::Q),
            ("django.db.models", "F") => factory(Factory::F),
            ("django.db.models", "Value") => factory(Factory::Value),
            ("django.db.models", "Count") => factory(Factory::Count),
            ("django.db.models", "Sum") => factory(Factory::Sum),
            ("django.db.models", "Avg") => factory(Factory::Avg),
            ("django.db.models", "Max") => factory(Factory::Max),
            ("django.db.models", "Min") => factory(Factory::Min),
            ("django.db.models", "Exists") => factory(Factory::Exists),
            ("django.db.models", "OuterRef") => factory(Factory::OuterRef),
            ("django.db.models", "Subquery") => factory(Factory::Subquery),
            ("django.db.models", "Prefetch") => factory(Factory::Prefetch),
            ("django.db.models.functions", "Lower") => factory(Factory::Func(Func::Lower)),
            ("django.db.models.functions", "Upper") => factory(Factory::Func(Func::Upper)),
            ("django.db.models.functions", "Length") => factory(Factory::Func(Func::Length)),
            ("django.db", "connection") => Some(wrap(Obj::Connection)),
            ("django.db", "reset_queries") => factory(Factory::ResetQueries),
            ("django.db", "models") => Some(wrap(Obj::Module("django.db.models".into()))),
            ("django.contrib.auth", "get_user_model") => factory(Factory::GetUserModel),
            ("django.utils", "timezone") => Some(wrap(Obj::Module("django.utils.timezone".into()))),
            ("django.utils.timezone", "now") => factory(Factory::Now),
            ("decimal", "Decimal") => factory(Factory::Decimal),
            ("datetime", "date") => factory(Factory::Date),
            ("datetime", "datetime") => factory(Factory::DateTimeClass),
            ("datetime", "time") => factory(Factory::Time),
            ("datetime", "timedelta") => factory(Factory::TimeDelta),
            ("datetime", "timezone") => Some(wrap(Obj::Module("datetime.timezone".into()))),
            ("datetime.timezone", "utc") => Some(wrap(Obj::Utc)),
            ("django.core.exceptions", "ObjectDoesNotExist") => {
                Some(Value::ExcClass(self.exc.object_does_not_exist.clone()))
            }
            ("django.core.exceptions", "MultipleObjectsReturned") => {
                Some(Value::ExcClass(self.exc.multiple.clone()))
            }
            ("django.core.exceptions", "FieldError") => {
                Some(Value::ExcClass(self.exc.field_error.clone()))
            }
            ("django.core.exceptions", "FieldDoesNotExist") => {
                Some(Value::ExcClass(self.exc.field_does_not_exist.clone()))
            }
            ("django.db" | "django.db.utils", "IntegrityError") => {
                Some(Value::ExcClass(self.exc.integrity_error.clone()))
            }
            ("django.db" | "django.db.utils", "DatabaseError") => {
                Some(Value::ExcClass(self.exc.database_error.clone()))
            }
            ("django.db.models" | "django.db.models.deletion", "ProtectedError") => {
                Some(Value::ExcClass(self.exc.protected_error.clone()))
            }
            ("django.db.models" | "django.db.models.deletion", "RestrictedError") => {
                Some(Value::ExcClass(self.exc.restricted_error.clone()))
            }
            ("django.db", "transaction") => Some(wrap(Obj::Module("django.db.transaction".into()))),
            ("django.db.transaction", "atomic") => factory(Factory::Atomic),
            ("django.db.transaction", "TransactionManagementError") => {
                Some(Value::ExcClass(self.exc.transaction_error.clone()))
            }
            (module, name) => self.import_model(module, name),
        }
    }

    /// `connection.queries`: what was sent since `reset_queries()`, with
    /// the COMMITs and ROLLBACKs of `atomic()` that Django logs there but
    /// not through a cursor.
    fn connection_queries(&self) -> Value {
        let entry = |sql: &str, ms: f64| {
            let mut d = Dict::default();
            d.insert(Key::Str("sql".into()), Value::str("sql"), Value::str(sql));
            let time = format!("{:.3}", ms / 1000.0);
            d.insert(
                Key::Str("time".into()),
                Value::str("time"),
                Value::str(&time),
            );
            Value::Dict(Rc::new(RefCell::new(d)))
        };
        let mut items = Vec::new();
        let mut ends = self.tx_ends.iter().peekable();
        for (at, q) in self.queries.iter().enumerate() {
            while let Some((_, sql)) = ends.next_if(|(n, _)| *n <= at) {
                if at >= self.queries_start {
                    items.push(entry(sql, 0.0));
                }
            }
            if at >= self.queries_start {
                items.push(entry(&q.sql, q.ms));
            }
        }
        for (n, sql) in ends {
            if *n >= self.queries_start {
                items.push(entry(sql, 0.0));
            }
        }
        Value::list(items)
    }
}

const MODULES: &[&str] = &[
    "datetime",
    "decimal",
    "django",
    "django.db",
    "django.db.models",
    "django.db.models.deletion",
    "django.db.models.functions",
    "django.db.transaction",
    "django.db.utils",
    "django.contrib.auth",
    "django.utils",
    "django.utils.timezone",
    "django.core.exceptions",
    "articles.models",
    "accounts.models",
];

impl Host for ShellHost<'_> {
    fn line(&mut self, line: u32) {
        self.line = line;
    }

    fn import(&mut self, module: &str, name: Option<&str>) -> HostResult<Value> {
        let Some(name) = name else {
            if MODULES.contains(&module) {
                return Ok(wrap(Obj::Module(module.into())));
            }
            return unsupported(format!("import {module}"));
        };
        if let Some(v) = self.module_attr(module, name) {
            return Ok(v);
        }
        if MODULES.contains(&module) {
            return unsupported(format!("from {module} import {name}"));
        }
        unsupported(format!("from {module} import {name}"))
    }

    fn get_attr(&mut self, h: &Rc<dyn HostObject>, name: &str) -> HostResult<Option<Value>> {
        let this = Value::Host(h.clone());
        let Some(o) = h.as_any().downcast_ref::<Obj>() else {
            return Ok(None);
        };
        let method = || Ok(Some(wrap(Obj::Method(this.clone(), name.into()))));
        if let Some(class) = o.class().filter(|_| name == "__class__") {
            return Ok(Some(wrap(Obj::Factory(class))));
        }
        if let Some((module, class)) = factory_class(o) {
            match name {
                "__name__" | "__qualname__" => return Ok(Some(Value::str(class))),
                "__module__" => return Ok(Some(Value::str(module))),
                _ => {}
            }
        }
        match o {
            Obj::Factory(Factory::Decimal) => unsupported(format!("Decimal.{name}")),
            Obj::Decimal(_) => match name {
                "quantize" => method(),
                _ => unsupported(format!("Decimal.{name}")),
            },
            Obj::Uuid(hex) => match name {
                "hex" => Ok(Some(Value::str(hex))),
                _ => unsupported(format!("UUID.{name}")),
            },
            Obj::FieldFile { class, name: file } => match name {
                "name" => Ok(Some(file.clone().map_or(Value::None, Value::Str))),
                // The storage's answers (`url`, `path`, `size`, `open()`)
                // need MEDIA_ROOT's files, which the playground does not have.
                _ => unsupported(format!("{}.{name}", class.attr_class())),
            },
            Obj::Row(names, values) => Ok(match name {
                "_fields" => Some(Value::tuple(
                    names.iter().map(|n| Value::Str(n.clone())).collect(),
                )),
                _ => names
                    .iter()
                    .position(|n| &**n == name)
                    .and_then(|at| values.get(at).cloned()),
            }),
            Obj::Model(model) => match name {
                "objects" => Ok(Some(wrap(Obj::Manager(Manager {
                    model: *model,
                    base: QuerySet::new(self.reg, *model),
                    related: None,
                    rel: None,
                    prefetched: None,
                    write: None,
                })))),
                "DoesNotExist" => Ok(Some(Value::ExcClass(Exceptions::of(
                    &self.exc.does_not_exist,
                    *model,
                )))),
                "MultipleObjectsReturned" => Ok(Some(Value::ExcClass(Exceptions::of(
                    &self.exc.multiple_of,
                    *model,
                )))),
                "__name__" => Ok(Some(Value::str(&self.reg.model(*model).object_name))),
                _ => unsupported(format!("{}.{name}", self.reg.model(*model).object_name)),
            },
            // `delete()` is queryset-only: a manager has no such attribute;
            // nor has a non-null foreign key's `remove()`/`clear()`.
            Obj::Manager(_) if name == "delete" => Ok(None),
            Obj::Manager(Manager {
                write: Some(RelatedWrite::ForeignKey { .. }),
                ..
            }) if matches!(name, "remove" | "clear") => Ok(None),
            Obj::Manager(m) => match name {
                "model" => Ok(Some(wrap(Obj::Model(m.model)))),
                "db" => Ok(Some(Value::str("default"))),
                // The through model as a model of its own (`.objects`).
                "through" if matches!(m.write, Some(RelatedWrite::ManyToMany { .. })) => {
                    unsupported("ManyRelatedManager.through")
                }
                _ if name.starts_with("__") => {
                    unsupported(format!("{}.{name}", m.related.unwrap_or("Manager")))
                }
                _ if django_manager_attribute(name) => method(),
                // A user model's manager is a `UserManager` (or the
                // project's own): its class name is not known here.
                _ if m.related.is_none() && self.is_user_model(m.model) => method(),
                _ if name.starts_with('_') => method(),
                // A typo (`Article.objects.titel`): Python's AttributeError
                // with the manager's class.
                _ => Ok(None),
            },
            Obj::QuerySet(q) => match name {
                "query" => Ok(Some(wrap(Obj::Query(q.qs.clone(), q.bool_param)))),
                "ordered" => Ok(Some(Value::Bool(q.qs.ordered()))),
                "model" => Ok(Some(wrap(Obj::Model(q.qs.model())))),
                "db" => Ok(Some(Value::str("default"))),
                _ if name.starts_with("__") => unsupported(format!("QuerySet.{name}")),
                _ if django_manager_attribute(name) || name.starts_with('_') => method(),
                _ => Ok(None),
            },
            // A manager's or queryset's name the shell took for a method
            // (it checks the name when called): its attributes are not
            // a method's.
            Obj::Method(_, method) if name == "__name__" => Ok(Some(Value::str(method))),
            Obj::Method(_, method) => unsupported(format!("{method}.{name}")),
            Obj::Instance(i) => self.instance_attr(i, &this, name),
            Obj::Module(m) => {
                let full = format!("{m}.{name}");
                if let Some(v) = self.module_attr(m, name) {
                    return Ok(Some(v));
                }
                if MODULES.contains(&full.as_str()) {
                    return Ok(Some(wrap(Obj::Module(full))));
                }
                unsupported(full)
            }
            Obj::Connection => match name {
                "queries" => Ok(Some(self.connection_queries())),
                _ => unsupported(format!("connection.{name}")),
            },
            Obj::DateTime(d) => Ok(match name {
                "year" => Some(Value::Int(d.year)),
                "month" => Some(Value::Int(d.month)),
                "day" => Some(Value::Int(d.day)),
                "hour" => Some(Value::Int(d.hour)),
                "minute" => Some(Value::Int(d.minute)),
                "second" => Some(Value::Int(d.second)),
                "microsecond" => Some(Value::Int(d.micro)),
                "date" | "time" | "strftime" | "weekday" | "isoweekday" => return method(),
                _ => return unsupported(format!("datetime.{name}")),
            }),
            Obj::Time(t) => Ok(match name {
                "hour" => Some(Value::Int(t.hour)),
                "minute" => Some(Value::Int(t.minute)),
                "second" => Some(Value::Int(t.second)),
                "microsecond" => Some(Value::Int(t.micro)),
                "strftime" => return method(),
                _ => return unsupported(format!("time.{name}")),
            }),
            Obj::TimeDelta(d) => Ok(match name {
                "days" => Some(Value::Int(d.days())),
                "seconds" => Some(Value::Int(d.seconds())),
                "microseconds" => Some(Value::Int(d.microseconds())),
                "total_seconds" => return method(),
                _ => return unsupported(format!("timedelta.{name}")),
            }),
            Obj::Date(d) => Ok(match name {
                "year" => Some(Value::Int(d.year)),
                "month" => Some(Value::Int(d.month)),
                "day" => Some(Value::Int(d.day)),
                "strftime" | "weekday" | "isoweekday" => return method(),
                _ => return unsupported(format!("date.{name}")),
            }),
            Obj::Expr(E::F(_)) if matches!(name, "asc" | "desc") => method(),
            Obj::Expr(E::F(_)) | Obj::Q(_) | Obj::Expr(_) => {
                unsupported(format!("{}.{name}", h.type_name()))
            }
            _ => Ok(None),
        }
    }

    fn set_attr(&mut self, h: &Rc<dyn HostObject>, name: &str, value: Value) -> HostResult<()> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::Instance(i)) => {
                let meta = self.reg.model(i.model);
                let reverse_m2m = self.reg.models().any(|m| {
                    m.many_to_many
                        .iter()
                        .any(|f| f.to == i.model && f.related_name == name)
                });
                let side = if meta.m2m(name).is_some() {
                    Some("forward side of a many-to-many set")
                } else if reverse_m2m {
                    Some("reverse side of a many-to-many set")
                } else if meta.reverse_relations.iter().any(|r| r.accessor == name) {
                    Some("reverse side of a related set")
                } else {
                    None
                };
                if let Some(side) = side {
                    return Err(Thrown::type_error(format!(
                        "Direct assignment to the {side} is prohibited. Use {name}.set() instead."
                    )));
                }
                if !self.set_field(i, name, value.clone())? {
                    let mut values = i.values.borrow_mut();
                    values.retain(|(k, _)| k != name);
                    values.push((name.to_owned(), value));
                }
                Ok(())
            }
            _ => unsupported(format!("setting {}.{name}", h.type_name())),
        }
    }

    fn enter(&mut self, h: &Rc<dyn HostObject>) -> HostResult<Value> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::Atomic { savepoint }) => {
                self.tx_enter(*savepoint)?;
                Ok(Value::None)
            }
            _ => Err(Thrown::type_error(format!(
                "'{}' object does not support the context manager protocol",
                h.type_name()
            ))),
        }
    }

    fn exit(&mut self, h: &Rc<dyn HostObject>, exc: Option<&Value>) -> HostResult<bool> {
        if let Some(Obj::Atomic { .. }) = h.as_any().downcast_ref::<Obj>() {
            self.tx_exit(exc.is_none())?;
        }
        Ok(false)
    }

    fn call(
        &mut self,
        h: &Rc<dyn HostObject>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let Some(o) = h.as_any().downcast_ref::<Obj>() else {
            return Err(Thrown::type_error("object is not callable"));
        };
        match o {
            Obj::Factory(f) => self.factory(*f, args, kwargs),
            Obj::Method(recv, name) => match obj(recv) {
                Some(Obj::Manager(m)) => {
                    let m = m.clone();
                    self.manager_method(&m, name, args, kwargs)
                }
                Some(Obj::QuerySet(q)) => self.qs_method(q, name, args, kwargs),
                Some(Obj::Decimal(d)) if &**name == "quantize" => {
                    decimal::quantize(d, &args, kwargs.is_empty())
                }
                Some(o @ (Obj::DateTime(_) | Obj::Date(_) | Obj::Time(_)))
                    if &**name == "strftime" =>
                {
                    let format = match (args.as_slice(), kwargs.is_empty()) {
                        ([Value::Str(f)], true) => f.clone(),
                        ([other], true) => {
                            return Err(Thrown::type_error(format!(
                                "strftime() argument 1 must be str, not {}",
                                other.type_name()
                            )))
                        }
                        _ => return unsupported("strftime() with these arguments"),
                    };
                    Ok(Value::str(&strftime(o, &format)?))
                }
                Some(o @ (Obj::DateTime(_) | Obj::Date(_)))
                    if matches!(&**name, "weekday" | "isoweekday") =>
                {
                    no_args(&args, &kwargs, name)?;
                    let date = match o {
                        Obj::DateTime(d) => super::dates::Date::of(d),
                        Obj::Date(d) => *d,
                        _ => return unsupported(format!("{name}() of this value")),
                    };
                    let day = super::dates::weekday(date);
                    Ok(Value::Int(if &**name == "weekday" { day } else { day + 1 }))
                }
                Some(Obj::Expr(E::F(field))) if matches!(&**name, "asc" | "desc") => {
                    order_by(field, &**name == "desc", &args, kwargs)
                }
                Some(Obj::DateTime(d)) if &**name == "date" => {
                    no_args(&args, &kwargs, "date")?;
                    Ok(wrap(Obj::Date(super::dates::Date::of(d))))
                }
                Some(Obj::DateTime(d)) if &**name == "time" => {
                    no_args(&args, &kwargs, "time")?;
                    Ok(wrap(Obj::Time(super::dates::Time::of(d))))
                }
                Some(Obj::TimeDelta(d)) if &**name == "total_seconds" => {
                    no_args(&args, &kwargs, "total_seconds")?;
                    match d.total_seconds() {
                        Some(s) => Ok(Value::Float(s)),
                        None => unsupported("total_seconds() of a timedelta this long"),
                    }
                }
                Some(Obj::Instance(i))
                    if self.is_user_model(i.model) && name == "get_full_name" =>
                {
                    let first = i
                        .get("first_name")
                        .and_then(|v| match v {
                            Value::Str(ref s) => Some(s.clone()),
                            _ => None,
                        })
                        .unwrap_or_else(|| "".into());
                    let last = i
                        .get("last_name")
                        .and_then(|v| match v {
                            Value::Str(ref s) => Some(s.clone()),
                            _ => None,
                        })
                        .unwrap_or_else(|| "".into());
                    Ok(Value::str(format!("{first} {last}").trim()))
                }
                Some(Obj::Instance(i))
                    if self.is_user_model(i.model) && name == "get_short_name" =>
                {
                    Ok(i.get("first_name").unwrap_or(Value::None))
                }
                Some(Obj::Instance(i)) if &**name == "get_deferred_fields" => {
                    no_args(&args, &kwargs, "get_deferred_fields")?;
                    // The attnames of the concrete fields not loaded.
                    let mut set = crate::python::value::Set::default();
                    for f in &self.reg.model(i.model).fields {
                        if i.get(&f.column).is_none() {
                            set.insert(Key::Str(f.column.as_str().into()), Value::str(&f.column));
                        }
                    }
                    Ok(Value::Set(Rc::new(RefCell::new(set))))
                }
                Some(Obj::Instance(i)) => match &**name {
                    "save" => self.save(i, args, kwargs),
                    "delete" => self.delete_instance(i, args, kwargs),
                    "refresh_from_db" => self.refresh_from_db(i, args, kwargs),
                    _ => unsupported(format!("{}.{name}()", self.reg.model(i.model).object_name)),
                },
                _ => unsupported(format!("calling {name}")),
            },
            Obj::Model(m) => self.construct(*m, args, kwargs),
            _ => Err(Thrown::type_error(format!(
                "'{}' object is not callable",
                h.type_name()
            ))),
        }
    }

    fn iter(&mut self, h: &Rc<dyn HostObject>) -> HostResult<Value> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::QuerySet(q)) => Ok(Value::list(self.eval_cache(q, ManagerRead::All)?)),
            Some(Obj::Row(_, values)) => Ok(Value::tuple(values.clone())),
            Some(Obj::Manager(_)) => Err(Thrown::type_error(format!(
                "'{}' object is not iterable",
                h.type_name()
            ))),
            _ => Err(Thrown::type_error(format!(
                "'{}' object is not iterable",
                h.type_name()
            ))),
        }
    }

    fn get_item(&mut self, h: &Rc<dyn HostObject>, key: &Value) -> HostResult<Value> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::QuerySet(q)) => self.qs_item(q, key),
            Some(Obj::Row(_, values)) => match key {
                Value::Int(i) => {
                    let len = values.len() as i64;
                    let at = if *i < 0 { i + len } else { *i };
                    usize::try_from(at)
                        .ok()
                        .and_then(|at| values.get(at))
                        .cloned()
                        .ok_or_else(|| Thrown::new("IndexError", "tuple index out of range"))
                }
                _ => unsupported("a Row indexed by anything but an integer"),
            },
            _ => Err(Thrown::type_error(format!(
                "'{}' object is not subscriptable",
                h.type_name()
            ))),
        }
    }

    fn repr(&mut self, h: &Rc<dyn HostObject>) -> HostResult<String> {
        let Some(o) = h.as_any().downcast_ref::<Obj>() else {
            return Ok(String::new());
        };
        Ok(match o {
            Obj::Model(m) => {
                let meta = self.reg.model(*m);
                // An app of the project's own is a package named as its
                // label (the playground reads app folders by name).
                let label = meta.app_label.as_str();
                let module = if DJANGO_APPS.contains(&label) {
                    format!("django.contrib.{label}.models")
                } else {
                    format!("{label}.models")
                };
                format!("<class '{module}.{}'>", meta.object_name)
            }
            Obj::QuerySet(q) => self.qs_repr(q)?,
            Obj::Manager(m) => {
                if m.related.is_some() {
                    return unsupported("repr of a related manager");
                }
                let meta = self.reg.model(m.model);
                format!(
                    "<django.db.models.manager.Manager object at 0x...>{}",
                    meta.object_name
                )
                .replace(&format!(">{}", meta.object_name), ">")
            }
            Obj::Instance(i) => {
                format!(
                    "<{}: {}>",
                    self.reg.model(i.model).object_name,
                    self.instance_str(h, i)?
                )
            }
            Obj::DateTime(d) => d.repr(),
            Obj::Date(d) => d.repr(),
            Obj::Time(t) => t.repr(),
            Obj::TimeDelta(d) => d.repr(),
            Obj::Uuid(hex) => format!("UUID('{}')", dashed(hex)),
            Obj::Decimal(d) => decimal::repr(d),
            Obj::Factory(f) if f.class_path().is_some() => {
                let (module, class) = f.class_path().unwrap_or_default();
                format!("<class '{module}.{class}'>")
            }
            Obj::Utc => "datetime.timezone.utc".into(),
            Obj::Q(_) | Obj::Expr(_) => return unsupported(format!("repr of {}", h.type_name())),
            Obj::Query(..) => return unsupported("repr of a Query (print it instead)"),
            Obj::Module(m) => format!("<module '{m}'>"),
            Obj::Connection => return unsupported("repr of connection"),
            Obj::Method(_, name) => return unsupported(format!("repr of the method {name}")),
            Obj::Factory(f) => return unsupported(format!("repr of {}", f.name())),
            Obj::Prefetch(_) => return unsupported("repr of Prefetch"),
            Obj::OrderBy(_) => return unsupported("repr of OrderBy"),
            Obj::Row(names, values) => {
                let mut parts = Vec::with_capacity(values.len());
                for (name, v) in names.iter().zip(values) {
                    parts.push(format!("{name}={}", self.repr_value(v)?));
                }
                format!("Row({})", parts.join(", "))
            }
            Obj::Atomic { .. } => return unsupported("repr of transaction.atomic()"),
            // `FieldFile.__repr__`: `"<%s: %s>" % (class, self or "None")`.
            Obj::FieldFile { class, name } => format!(
                "<{}: {}>",
                class.attr_class(),
                name.as_deref().filter(|n| !n.is_empty()).unwrap_or("None")
            ),
        })
    }

    fn str(&mut self, h: &Rc<dyn HostObject>) -> HostResult<String> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::Instance(i)) => self.instance_str(h, i),
            Some(Obj::DateTime(d)) => Ok(d.str()),
            Some(Obj::Date(d)) => Ok(d.str()),
            Some(Obj::Time(t)) => Ok(t.str()),
            Some(Obj::TimeDelta(d)) => Ok(d.str()),
            Some(Obj::Uuid(hex)) => Ok(dashed(hex)),
            Some(Obj::Decimal(d)) => Ok(d.to_sci_string()),
            Some(Obj::Utc) => Ok("UTC".into()),
            Some(Obj::FieldFile { name, .. }) => Ok(name.as_deref().unwrap_or("").into()),
            Some(Obj::Manager(m)) => {
                let meta = self.reg.model(m.model);
                let name = if m.related.is_some() {
                    "None"
                } else {
                    "objects"
                };
                Ok(format!("{}.{}.{name}", meta.app_label, meta.object_name))
            }
            Some(Obj::Query(_, true)) => {
                unsupported("printing a query with a True/False parameter")
            }
            Some(Obj::Query(qs, false)) => {
                let Some((raw, params)) = self.q(qs.select_sql())? else {
                    return Err(Thrown::of(
                        ExcClass::new(
                            "EmptyResultSet",
                            "django.core.exceptions.EmptyResultSet",
                            builtin_exception("Exception"),
                        ),
                        "",
                    ));
                };
                Ok(percent_format(&raw, &params))
            }
            _ => self.repr(h),
        }
    }

    fn truthy(&mut self, h: &Rc<dyn HostObject>) -> HostResult<bool> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::QuerySet(q)) => {
                Ok(!self.eval_cache(q, ManagerRead::FilterTruthy)?.is_empty())
            }
            Some(Obj::Row(_, values)) => Ok(!values.is_empty()),
            Some(Obj::Decimal(d)) => Ok(!d.is_zero()),
            Some(Obj::FieldFile { name, .. }) => Ok(name.as_deref().is_some_and(|n| !n.is_empty())),
            Some(Obj::TimeDelta(d)) => Ok(d.micros() != 0),
            _ => Ok(true),
        }
    }

    fn len(&mut self, h: &Rc<dyn HostObject>) -> HostResult<Option<i64>> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::QuerySet(q)) => {
                Ok(Some(self.eval_cache(q, ManagerRead::Length)?.len() as i64))
            }
            Some(Obj::Row(_, values)) => Ok(Some(values.len() as i64)),
            _ => Ok(None),
        }
    }

    fn operate(&mut self, op: HostOp, left: &Value, right: &Value) -> HostResult<Option<Value>> {
        let expr = |v: &Value| matches!(obj(v), Some(Obj::Expr(_) | Obj::Q(_)));
        if !expr(left) && !expr(right) {
            if let Some(v) = decimal::operate(op, left, right)? {
                return Ok(Some(v));
            }
        }
        match op {
            HostOp::Binary(b @ (BinOp::BitAnd | BinOp::BitOr))
                if [left, right]
                    .iter()
                    .any(|v| matches!(obj(v), Some(Obj::QuerySet(_)))) =>
            {
                // `Query.combine`: the two WHERE clauses joined, their joins
                // reused or promoted; not in the engine.
                let symbol = if b == BinOp::BitAnd { "&" } else { "|" };
                unsupported(format!("querysets combined with {symbol}"))
            }
            HostOp::Binary(b @ (BinOp::BitAnd | BinOp::BitOr)) => {
                let (Some(l), Some(r)) = (self.to_q(left), self.to_q(right)) else {
                    return Ok(None);
                };
                let q = if b == BinOp::BitAnd {
                    l.and(r)
                } else {
                    l.or(r)
                };
                Ok(Some(wrap(Obj::Q(q))))
            }
            HostOp::Unary(UnaryOp::Invert) => match obj(left) {
                Some(Obj::Q(q)) => Ok(Some(wrap(Obj::Q(q.clone().negate())))),
                Some(Obj::Expr(e @ E::Exists(_))) => {
                    Ok(Some(wrap(Obj::Expr(E::Not(Box::new(e.clone()))))))
                }
                Some(Obj::Expr(E::Not(inner))) => Ok(Some(wrap(Obj::Expr((**inner).clone())))),
                _ => Ok(None),
            },
            HostOp::Unary(op @ (UnaryOp::Neg | UnaryOp::Pos)) => match obj(left) {
                Some(Obj::TimeDelta(d)) => {
                    let micros = if op == UnaryOp::Neg {
                        -d.micros()
                    } else {
                        d.micros()
                    };
                    timedelta_value(micros).map(Some)
                }
                _ => Ok(None),
            },
            HostOp::Binary(b)
                if (is_temporal(left) || is_temporal(right))
                    && !matches!(obj(left), Some(Obj::Expr(_)))
                    && !matches!(obj(right), Some(Obj::Expr(_))) =>
            {
                timedelta_arithmetic(b, left, right)
            }
            HostOp::Binary(b) => {
                let op = match b {
                    BinOp::Add => ArithOp::Add,
                    BinOp::Sub => ArithOp::Sub,
                    BinOp::Mul => ArithOp::Mul,
                    BinOp::Div => ArithOp::Div,
                    BinOp::Mod => ArithOp::Mod,
                    _ => return Ok(None),
                };
                let is_expr = |v: &Value| matches!(obj(v), Some(Obj::Expr(_)));
                if !is_expr(left) && !is_expr(right) {
                    return Ok(None);
                }
                let l = self.expr(left)?;
                let r = self.expr(right)?;
                Ok(Some(wrap(Obj::Expr(E::Combined(
                    Box::new(l),
                    op,
                    Box::new(r),
                )))))
            }
            HostOp::Compare(c @ (CmpOp::Eq | CmpOp::Ne)) => match (obj(left), obj(right)) {
                (Some(Obj::Instance(a)), Some(Obj::Instance(b))) => {
                    Ok(Some(Value::Bool(same_row(a, b) == (c == CmpOp::Eq))))
                }
                (Some(Obj::DateTime(a)), Some(Obj::DateTime(b))) => {
                    Ok(Some(Value::Bool((a == b) == (c == CmpOp::Eq))))
                }
                (Some(Obj::Date(a)), Some(Obj::Date(b))) => {
                    Ok(Some(Value::Bool((a == b) == (c == CmpOp::Eq))))
                }
                (Some(Obj::Uuid(a)), Some(Obj::Uuid(b))) => {
                    Ok(Some(Value::Bool((a == b) == (c == CmpOp::Eq))))
                }
                (Some(Obj::Time(a)), Some(Obj::Time(b))) => {
                    Ok(Some(Value::Bool((a == b) == (c == CmpOp::Eq))))
                }
                (Some(Obj::TimeDelta(a)), Some(Obj::TimeDelta(b))) => {
                    Ok(Some(Value::Bool((a == b) == (c == CmpOp::Eq))))
                }
                (Some(Obj::Row(..)), _) | (_, Some(Obj::Row(..))) => {
                    unsupported("comparing a values_list(named=True) Row")
                }
                // `FieldFile.__eq__`: names compared, with another file's
                // or with the value itself (a `str`, `None`).
                (Some(Obj::FieldFile { name, .. }), _) => {
                    Ok(Some(Value::Bool(file_eq(name, right) == (c == CmpOp::Eq))))
                }
                (_, Some(Obj::FieldFile { name, .. })) => {
                    Ok(Some(Value::Bool(file_eq(name, left) == (c == CmpOp::Eq))))
                }
                _ => Ok(None),
            },
            HostOp::Compare(c @ (CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge)) => {
                let order = |o: std::cmp::Ordering| {
                    Ok(Some(Value::Bool(match c {
                        CmpOp::Lt => o.is_lt(),
                        CmpOp::Le => o.is_le(),
                        CmpOp::Gt => o.is_gt(),
                        _ => o.is_ge(),
                    })))
                };
                match (obj(left), obj(right)) {
                    (Some(Obj::DateTime(a)), Some(Obj::DateTime(b))) if a.aware != b.aware => Err(
                        Thrown::type_error("can't compare offset-naive and offset-aware datetimes"),
                    ),
                    (Some(Obj::DateTime(_)), Some(Obj::Date(_)))
                    | (Some(Obj::Date(_)), Some(Obj::DateTime(_))) => Err(Thrown::type_error(
                        "can't compare datetime.datetime to datetime.date",
                    )),
                    (Some(Obj::Time(a)), Some(Obj::Time(b))) => order(a.cmp(b)),
                    (Some(Obj::TimeDelta(a)), Some(Obj::TimeDelta(b))) => order(a.cmp(b)),
                    (Some(Obj::DateTime(a)), Some(Obj::DateTime(b))) => {
                        Ok(Some(Value::Bool(match c {
                            CmpOp::Lt => a < b,
                            CmpOp::Le => a <= b,
                            CmpOp::Gt => a > b,
                            _ => a >= b,
                        })))
                    }
                    (Some(Obj::Date(a)), Some(Obj::Date(b))) => Ok(Some(Value::Bool(match c {
                        CmpOp::Lt => a < b,
                        CmpOp::Le => a <= b,
                        CmpOp::Gt => a > b,
                        _ => a >= b,
                    }))),
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    fn hash_key(&mut self, h: &Rc<dyn HostObject>) -> HostResult<Option<Key>> {
        let text = |s: String, hash: u64| Ok(Some(Key::Host(s, hash)));
        match h.as_any().downcast_ref::<Obj>() {
            // A model instance hashes as its pk (`Model.__hash__`).
            Some(Obj::Instance(i)) => match i.pk() {
                Value::Int(n) => text(
                    format!("{}:{n}", self.reg.model(i.model).object_name),
                    crate::python::pyset::int_hash(n),
                ),
                _ => Err(Thrown::type_error(
                    "Model instances without primary key value are unhashable",
                )),
            },
            Some(Obj::DateTime(d)) => text(format!("dt:{}:{}", d.aware, d.storage()), d.py_hash()),
            Some(Obj::Date(d)) => text(format!("date:{}", d.str()), d.py_hash()),
            // `UUID.__hash__` is `hash(self.int)`.
            Some(Obj::Uuid(hex)) => text(
                format!("uuid:{hex}"),
                crate::python::pyset::number_hash(
                    false,
                    u128::from_str_radix(hex, 16).unwrap_or(0),
                    0,
                    0,
                ),
            ),
            Some(Obj::Time(t)) => text(format!("time:{}", t.str()), t.py_hash()),
            Some(Obj::TimeDelta(d)) => text(format!("td:{}", d.micros()), d.py_hash()),
            Some(Obj::Decimal(d)) => Ok(Some(decimal::hash_key(d))),
            Some(Obj::Row(..)) => {
                unsupported("a values_list(named=True) Row as a set member or dict key")
            }
            Some(Obj::FieldFile { .. }) => unsupported("a FieldFile as a set member or dict key"),
            _ => Ok(None),
        }
    }

    fn format(&mut self, h: &Rc<dyn HostObject>, spec: &str) -> HostResult<Option<String>> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::Decimal(_)) => unsupported(format!("the format spec '{spec}' on a Decimal")),
            // `date.__format__`: `strftime(spec)`.
            Some(o @ (Obj::DateTime(_) | Obj::Date(_) | Obj::Time(_))) => {
                strftime(o, spec).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn number(
        &mut self,
        func: Builtin,
        h: &Rc<dyn HostObject>,
        ndigits: Option<&Value>,
    ) -> HostResult<Option<Value>> {
        match h.as_any().downcast_ref::<Obj>() {
            Some(Obj::Decimal(d)) if ndigits.is_none() || func == Builtin::Round => {
                decimal::number(func, d, ndigits)
            }
            _ => Ok(None),
        }
    }

    fn isinstance(&mut self, value: &Value, class: &Rc<dyn HostObject>) -> HostResult<bool> {
        match (class.as_any().downcast_ref::<Obj>(), obj(value)) {
            (Some(Obj::Factory(class)), v) if class.class_path().is_some() => {
                Ok(class.has_instance(v))
            }
            (Some(Obj::Model(m)), Some(Obj::Instance(i))) => Ok(i.model == *m),
            (Some(Obj::Model(_)), _) => Ok(false),
            _ => unsupported("isinstance() with this class"),
        }
    }
}

/// The integer arguments of `date(...)` (`N` = 3) or `datetime(...)`
/// (`N` = 7, the time parts defaulting to 0), positional or by name.
fn date_parts<const N: usize>(f: Factory, args: &[Value], kwargs: &Kwargs) -> HostResult<[i64; N]> {
    const NAMES: [&str; 7] = [
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "microsecond",
    ];
    let mut out = [0; N];
    for (i, slot) in out.iter_mut().enumerate() {
        let name = NAMES[i];
        let given = args
            .get(i)
            .or_else(|| kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v));
        *slot = match given {
            Some(Value::Int(n)) => *n,
            Some(Value::Bool(b)) => i64::from(*b),
            Some(other) => {
                return Err(Thrown::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
            None if i < 3 => {
                return Err(Thrown::type_error(format!(
                    "function missing required argument '{name}' (pos {})",
                    i + 1
                )))
            }
            None => 0,
        };
    }
    let known = |k: &str| NAMES[..N].contains(&k) || (N == 7 && k == "tzinfo");
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !known(k)) {
        return Err(Thrown::type_error(format!(
            "'{k}' is an invalid keyword argument for {}()",
            f.name()
        )));
    }
    if args.len() > N + usize::from(N == 7) {
        return unsupported(format!("{}() with {} arguments", f.name(), args.len()));
    }
    Ok(out)
}

/// Integer arguments by position or name (`time(9, 30)`,
/// `timedelta(hours=1)`), each 0 unless given; a float (CPython rounds it
/// its own way) and an unknown keyword are refused or fail as CPython's.
fn int_args<const N: usize>(
    f: Factory,
    names: &[&str; N],
    args: &[Value],
    kwargs: &Kwargs,
) -> HostResult<[i64; N]> {
    if args.len() > N {
        return unsupported(format!("{}() with {} arguments", f.name(), args.len()));
    }
    if let Some((k, _)) = kwargs
        .iter()
        .find(|(k, _)| f == Factory::Time && matches!(&**k, "tzinfo" | "fold"))
    {
        return unsupported(format!("time({k}=...)"));
    }
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !names.contains(&&**k)) {
        return Err(Thrown::type_error(format!(
            "'{k}' is an invalid keyword argument for {}()",
            f.name()
        )));
    }
    let mut out = [0; N];
    for (i, slot) in out.iter_mut().enumerate() {
        let given = args.get(i).or_else(|| {
            kwargs
                .iter()
                .find(|(k, _)| &**k == names[i])
                .map(|(_, v)| v)
        });
        *slot = match given {
            None => 0,
            Some(Value::Int(n)) => *n,
            Some(Value::Bool(b)) => i64::from(*b),
            Some(Value::Float(_)) if f == Factory::TimeDelta => {
                return unsupported("a float in timedelta() (pass whole units)")
            }
            Some(other) => {
                return Err(Thrown::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
    }
    Ok(out)
}

/// CPython's `OverflowError` with its message.
fn overflow(message: String) -> Thrown {
    Thrown::new("OverflowError", message)
}

/// A `timedelta` of `micros`, or CPython's `OverflowError`.
fn timedelta_value(micros: i128) -> HostResult<Value> {
    super::dates::TimeDelta::from_micros(micros)
        .map(|d| wrap(Obj::TimeDelta(d)))
        .map_err(|m| Thrown::new("OverflowError", m))
}

/// Whether a value is a `datetime` module value whose arithmetic the
/// host answers (or refuses).
fn is_temporal(v: &Value) -> bool {
    matches!(
        obj(v),
        Some(Obj::TimeDelta(_) | Obj::Time(_) | Obj::Date(_) | Obj::DateTime(_))
    )
}

/// `datetime` arithmetic as CPython's: `td + td`, `td - td`, `td * int`,
/// `int * td`, a date or datetime plus or minus a timedelta, and the
/// difference of two dates or two datetimes (an expression with a `timedelta`, `F('length') +
/// timedelta(...)`, is the ORM's and not here). Everything else with a date, time,
/// datetime or timedelta is refused rather than answered differently.
fn timedelta_arithmetic(op: BinOp, left: &Value, right: &Value) -> HostResult<Option<Value>> {
    match (obj(left), obj(right), op) {
        (Some(Obj::TimeDelta(a)), Some(Obj::TimeDelta(b)), BinOp::Add) => {
            timedelta_value(a.micros() + b.micros()).map(Some)
        }
        (Some(Obj::TimeDelta(a)), Some(Obj::TimeDelta(b)), BinOp::Sub) => {
            timedelta_value(a.micros() - b.micros()).map(Some)
        }
        (Some(Obj::DateTime(a)), Some(Obj::TimeDelta(b)), BinOp::Add | BinOp::Sub) => {
            let b = if op == BinOp::Sub {
                super::dates::TimeDelta::from_micros(-b.micros()).map_err(overflow)?
            } else {
                *b
            };
            a.plus(b)
                .map(|d| Some(wrap(Obj::DateTime(d))))
                .map_err(overflow)
        }
        (Some(Obj::TimeDelta(a)), Some(Obj::DateTime(b)), BinOp::Add) => b
            .plus(*a)
            .map(|d| Some(wrap(Obj::DateTime(d))))
            .map_err(overflow),
        (Some(Obj::DateTime(a)), Some(Obj::DateTime(b)), BinOp::Sub) => {
            if a.aware != b.aware {
                return Err(Thrown::type_error(
                    "can't subtract offset-naive and offset-aware datetimes",
                ));
            }
            a.minus(b)
                .map(|d| Some(wrap(Obj::TimeDelta(d))))
                .map_err(overflow)
        }
        (Some(Obj::Date(a)), Some(Obj::TimeDelta(b)), BinOp::Add | BinOp::Sub) => a
            .add_days(*b, op == BinOp::Sub)
            .map(|d| Some(wrap(Obj::Date(d))))
            .map_err(overflow),
        (Some(Obj::TimeDelta(a)), Some(Obj::Date(b)), BinOp::Add) => b
            .add_days(*a, false)
            .map(|d| Some(wrap(Obj::Date(d))))
            .map_err(overflow),
        (Some(Obj::Date(a)), Some(Obj::Date(b)), BinOp::Sub) => a
            .minus(*b)
            .map(|d| Some(wrap(Obj::TimeDelta(d))))
            .map_err(overflow),
        (Some(Obj::TimeDelta(a)), _, BinOp::Mul) | (_, Some(Obj::TimeDelta(a)), BinOp::Mul)
            if matches!(
                (left, right),
                (Value::Int(_) | Value::Bool(_), _) | (_, Value::Int(_) | Value::Bool(_))
            ) =>
        {
            let n = match (left, right) {
                (Value::Int(n), _) | (_, Value::Int(n)) => i128::from(*n),
                (Value::Bool(b), _) | (_, Value::Bool(b)) => i128::from(*b),
                _ => 0,
            };
            match a.micros().checked_mul(n) {
                Some(m) => timedelta_value(m).map(Some),
                None => Err(Thrown::new(
                    "OverflowError",
                    "Python int too large to convert to C int",
                )),
            }
        }
        // What CPython computes and the shell does not: a timedelta
        // divided, floored or taken modulo, or times a float.
        (
            Some(Obj::TimeDelta(_)),
            Some(Obj::TimeDelta(_)),
            BinOp::Div | BinOp::FloorDiv | BinOp::Mod,
        )
        | (Some(Obj::TimeDelta(_)), None, BinOp::Div | BinOp::FloorDiv | BinOp::Mul)
        | (None, Some(Obj::TimeDelta(_)), BinOp::Mul)
            if matches!(
                (left, right),
                (
                    _,
                    Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Host(_)
                ) | (Value::Float(_), _)
            ) =>
        {
            unsupported(format!(
                "this arithmetic with a {} and a {}",
                left.type_name(),
                right.type_name()
            ))
        }
        // The rest fails in CPython: the interpreter raises its TypeError.
        _ => Ok(None),
    }
}

/// The rows an earlier lookup already prefetched into every instance's
/// `prefetch:{part}` slot, parent by parent, or `None` when the level
/// must be fetched (a slot missing, or a `to_attr` to fill).
fn fetched_before(items: &[Value], part: &str, level: &PrefetchSpec) -> Option<Vec<Value>> {
    if level.to_attr.is_some() {
        return None;
    }
    let slot = format!("prefetch:{part}");
    let mut children = Vec::new();
    for v in items {
        if let Some(Obj::Instance(i)) = obj(v) {
            match i.cached_related(&slot) {
                Some(Value::List(ref list)) => children.extend(list.borrow().iter().cloned()),
                Some(_) => {}
                None => return None,
            }
        }
    }
    Some(children)
}

/// The rows `prefetch_related(name)` stored on an instance, if it ran.
fn prefetched_rows(i: &Instance, name: &str) -> Option<Vec<Value>> {
    match i.cached_related(&format!("prefetch:{name}")) {
        Some(Value::List(ref items)) => Some(items.borrow().clone()),
        _ => None,
    }
}

/// One side of a many-to-many relation as a manager on `model` sees it:
/// `user.followings` (the declaring side) or `user.followers` /
/// `user.like_articles` (the related name).
#[derive(Clone, Copy)]
struct M2mSide {
    field: &'static crate::models::ManyToMany,
    target: ModelId,
    /// The manager's name on `model`.
    accessor: &'static str,
    /// The name that filters the target by `model` (`followers` for
    /// `user.followings`): Django's `query_field_name`.
    query_name: &'static str,
    /// The through column pointing at `model`'s rows.
    source_column: &'static str,
}

impl M2mSide {
    fn find(reg: &'static Registry, model: ModelId, name: &str) -> Option<M2mSide> {
        if let Some(m2m) = reg
            .model(model)
            .many_to_many
            .iter()
            .find(|m| m.name == name)
        {
            return Some(M2mSide {
                field: m2m,
                target: m2m.to,
                accessor: &m2m.name,
                query_name: &m2m.related_name,
                source_column: &m2m.source_column,
            });
        }
        reg.models().find_map(|owner| {
            owner
                .many_to_many
                .iter()
                .find(|m| m.to == model && m.related_name == name)
                .map(|m2m| M2mSide {
                    field: m2m,
                    target: owner.id,
                    accessor: &m2m.related_name,
                    query_name: &m2m.name,
                    source_column: &m2m.target_column,
                })
        })
    }
}

/// Why a `prefetch_related()` lookup cannot run here, if it cannot: each
/// level must be a relation of the model (a foreign key, a reverse
/// foreign key such as `comment_set`, or a many-to-many manager).
fn prefetch_problem(reg: &'static Registry, model: ModelId, lookup: &str) -> Option<String> {
    let mut model = model;
    for part in lookup.split("__") {
        let meta = reg.model(model);
        if let Some(rel) = meta.reverse_relations.iter().find(|r| r.accessor == part) {
            model = rel.from;
        } else if let Some(side) = M2mSide::find(reg, model, part) {
            model = side.target;
        } else if let Some(to) = meta
            .fields
            .iter()
            .find(|f| f.name == part)
            .and_then(|f| f.foreign_target())
        {
            model = to;
        } else {
            // Not a relation: Django says so once the rows arrive.
            return None;
        }
    }
    None
}

/// Whether an expression holds a `Value(True)`-like parameter.
fn has_bool(e: &E) -> bool {
    match e {
        E::Value(a) => contains_bool(a),
        E::Combined(a, _, b) => has_bool(a) || has_bool(b),
        E::Aggregate { arg, filter, .. } => {
            arg.as_deref().is_some_and(has_bool) || filter.as_ref().is_some_and(q_has_bool)
        }
        E::Not(inner) | E::Func(_, inner) => has_bool(inner),
        E::Q(q) => q_has_bool(q),
        _ => false,
    }
}

/// Whether a `Q` compares with a `True`/`False` parameter: anything but a
/// boolean field's exact lookup, which Django writes without one
/// (`"is_staff"`, `NOT "is_staff"`).
fn q_has_bool(q: &Q) -> bool {
    q.children.iter().any(|child| match child {
        QChild::Filter(key, Arg::Bool(_)) => {
            let lookup = key.rsplit("__").next().unwrap_or_default();
            !matches!(lookup, "exact" | "iexact" | "isnull") && is_lookup_name(lookup)
        }
        QChild::Filter(_, arg) => contains_bool(arg),
        QChild::Node(inner) => q_has_bool(inner),
        QChild::Expr(e) => has_bool(e),
    })
}

fn is_lookup_name(name: &str) -> bool {
    crate::orm::sql::expr::LookupName::from_name(name).is_some()
}

fn contains_bool(a: &Arg) -> bool {
    match a {
        Arg::Bool(_) => true,
        Arg::List(items) => items.iter().any(contains_bool),
        Arg::Expr(e) => has_bool(e),
        _ => false,
    }
}

/// The kind of the field a lookup compares (`pk__gt` → the auto field,
/// `user` → the user's primary key).
fn lookup_field_kind(reg: &'static Registry, model: ModelId, key: &str) -> Option<FieldKind> {
    let mut model = model;
    let mut kind = None;
    for part in key.split("__") {
        let part = if part == "pk" { "id" } else { part };
        match meta::get_field(reg, model, part) {
            Some(meta::MetaField::Column { to: Some(to), .. }) => {
                model = to;
                kind = Some(reg.model(to).pk().kind);
            }
            Some(meta::MetaField::Column { field, .. }) => {
                kind = reg
                    .model(model)
                    .fields
                    .iter()
                    .find(|f| f.column == field.column)
                    .map(|f| f.kind);
            }
            Some(meta::MetaField::ManyToMany { m2m, .. }) => {
                model = m2m.to;
                kind = Some(reg.model(m2m.to).pk().kind);
            }
            Some(meta::MetaField::ManyToManyRel { owner, .. }) => {
                model = owner;
                kind = Some(reg.model(owner).pk().kind);
            }
            Some(meta::MetaField::ReverseForeignKey { from, .. }) => {
                model = from;
                kind = Some(reg.model(from).pk().kind);
            }
            // A lookup name (`gt`, `in`): the field before it decides.
            None => {
                return if matches!(
                    part,
                    "year" | "month" | "day" | "week_day" | "hour" | "minute" | "second" | "date"
                ) {
                    None
                } else {
                    kind
                }
            }
        }
    }
    kind
}

/// Django's `get_prep_value`: an integer field takes `int(1.5)` = 1; a
/// `DateTimeField` takes a date as its midnight (naive under
/// `USE_TZ = False`; under `USE_TZ = True` Django warns and takes it as
/// `TIME_ZONE`'s midnight, which is refused like a naive datetime).
fn prep_for_field(arg: Arg, kind: FieldKind, use_tz: bool) -> HostResult<Arg> {
    let integer = matches!(kind, FieldKind::AutoField(_) | FieldKind::ForeignKey { .. });
    Ok(match arg {
        Arg::Float(f) if integer && f.is_finite() => Arg::Int(f.trunc() as i64),
        Arg::Date(d) if kind == FieldKind::DateTime && !use_tz => {
            Arg::DateTime(format!("{d} 00:00:00"))
        }
        Arg::Date(_) if kind == FieldKind::DateTime => {
            return unsupported(
                "a date as the value of a DateTimeField under USE_TZ = True (Django takes it as a naive datetime and warns)",
            )
        }
        Arg::List(items) => Arg::List(
            items
                .into_iter()
                .map(|a| prep_for_field(a, kind, use_tz))
                .collect::<HostResult<_>>()?,
        ),
        other => other,
    })
}

/// `20000` as `20,000`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn key_of(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        _ => None,
    }
}

/// `Model.__eq__`: the same model and primary key, a saved one.
fn same_row(a: &Instance, b: &Instance) -> bool {
    a.model == b.model && key_of(&a.pk()) == key_of(&b.pk()) && !matches!(a.pk(), Value::None)
}

/// Whether `name` is an attribute of one of Django's querysets or managers
/// (the queryset's methods, a manager's own, a related manager's, a
/// `UserManager`'s): the shell takes it for a method and checks the call.
/// Any other name is Python's `AttributeError`.
fn django_manager_attribute(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "aaggregate",
        "abulk_create",
        "abulk_update",
        "acontains",
        "acount",
        "acreate",
        "adelete",
        "aearliest",
        "aexists",
        "aexplain",
        "afirst",
        "aget",
        "aget_or_create",
        "aggregate",
        "ain_bulk",
        "aiterator",
        "alast",
        "alatest",
        "alias",
        "all",
        "annotate",
        "as_manager",
        "aupdate",
        "aupdate_or_create",
        "bulk_create",
        "bulk_update",
        "complex_filter",
        "contains",
        "count",
        "create",
        "dates",
        "datetimes",
        "defer",
        "delete",
        "difference",
        "distinct",
        "earliest",
        "exclude",
        "exists",
        "explain",
        "extra",
        "filter",
        "first",
        "get",
        "get_or_create",
        "in_bulk",
        "intersection",
        "iterator",
        "last",
        "latest",
        "none",
        "only",
        "order_by",
        "prefetch_related",
        "raw",
        "resolve_expression",
        "reverse",
        "select_for_update",
        "select_related",
        "union",
        "update",
        "update_or_create",
        "using",
        "values",
        "values_list",
        "auto_created",
        "check",
        "contribute_to_class",
        "creation_counter",
        "db_manager",
        "deconstruct",
        "from_queryset",
        "get_queryset",
        "use_in_migrations",
        "aadd",
        "aclear",
        "add",
        "aget_by_natural_key",
        "aremove",
        "aset",
        "clear",
        "constrained_target",
        "core_filters",
        "do_not_call_in_templates",
        "get_by_natural_key",
        "get_prefetch_cache",
        "get_prefetch_queryset",
        "get_prefetch_querysets",
        "instance",
        "name",
        "pk_field_names",
        "prefetch_cache_name",
        "query_field_name",
        "related_val",
        "remove",
        "set",
        "source_field",
        "source_field_name",
        "symmetrical",
        "target_field",
        "target_field_name",
        "through",
        "field",
        "acreate_superuser",
        "acreate_user",
        "create_superuser",
        "create_user",
        "normalize_email",
        "with_perm",
    ];
    NAMES.contains(&name)
}

/// Whether a model instance has `name` in Django (`Model`'s attributes,
/// a user model's, the methods Django adds per field) where the shell has
/// no answer: refused, not Python's `AttributeError`.
fn django_instance_attribute(name: &str, user_model: bool) -> bool {
    const MODEL: &[&str] = &[
        "__dict__",
        "_state",
        "objects",
        "clean",
        "clean_fields",
        "validate_unique",
        "validate_constraints",
        "unique_error_message",
        "date_error_message",
        "from_db",
        "save_base",
        "prepare_database_save",
        "get_constraints",
        "check",
        "asave",
        "adelete",
        "arefresh_from_db",
    ];
    const USER: &[&str] = &[
        "natural_key",
        "get_username",
        "normalize_username",
        "set_unusable_password",
        "has_usable_password",
        "get_session_auth_hash",
        "get_session_auth_fallback_hash",
        "get_email_field_name",
        "is_anonymous",
        "is_authenticated",
        "email_user",
        "get_user_permissions",
        "get_group_permissions",
        "get_all_permissions",
        "has_perm",
        "has_perms",
        "has_module_perms",
        "groups",
        "user_permissions",
        "USERNAME_FIELD",
        "EMAIL_FIELD",
        "REQUIRED_FIELDS",
        "username_validator",
    ];
    MODEL.contains(&name)
        || (user_model && USER.contains(&name))
        || name.starts_with("get_next_by_")
        || name.starts_with("get_previous_by_")
        || (name.starts_with("get_") && name.ends_with("_display"))
}

/// `strftime(format)` of a `datetime`, `date` or `time`.
fn strftime(o: &Obj, format: &str) -> HostResult<String> {
    use super::dates::Moment;
    let moment = match o {
        Obj::DateTime(d) => Moment::of_datetime(d),
        Obj::Date(d) => Moment::of_date(*d),
        Obj::Time(t) => Moment::of_time(*t),
        _ => return unsupported("strftime() of this value"),
    };
    super::dates::strftime(format, moment)
        .or_else(|directive| unsupported(format!("the strftime directive {directive}")))
}

/// `F(field).asc()` / `.desc()` with `nulls_first` / `nulls_last`, as
/// `OrderBy.__init__` checks them.
fn order_by(field: &str, descending: bool, args: &[Value], kwargs: Kwargs) -> HostResult<Value> {
    use crate::orm::sql::query::{Nulls, OrderItem};
    if !args.is_empty() {
        return unsupported("asc()/desc() with positional arguments");
    }
    let (mut first, mut last) = (Value::None, Value::None);
    for (key, value) in kwargs {
        match &*key {
            "nulls_first" => first = value,
            "nulls_last" => last = value,
            other => {
                return Err(Thrown::type_error(format!(
                    "OrderBy.__init__() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let truthy = |v: &Value| v.truthy_plain().unwrap_or(true);
    if truthy(&first) && truthy(&last) {
        return Err(Thrown::value_error(
            "nulls_first and nulls_last are mutually exclusive",
        ));
    }
    if matches!(first, Value::Bool(false)) || matches!(last, Value::Bool(false)) {
        return Err(Thrown::value_error(
            "nulls_first and nulls_last values must be True or None.",
        ));
    }
    let nulls = match (truthy(&first), truthy(&last)) {
        (true, _) => Nulls::First,
        (_, true) => Nulls::Last,
        _ => Nulls::Default,
    };
    Ok(wrap(Obj::OrderBy(OrderItem::F {
        name: field.to_owned(),
        descending,
        nulls,
    })))
}

/// `order_by()`'s arguments: names, `F(...).asc()`/`.desc()`, bare `F()`s
/// (ascending).
fn order_items(args: &[Value]) -> HostResult<Vec<crate::orm::sql::query::OrderItem>> {
    use crate::orm::sql::query::{Nulls, OrderItem};
    args.iter()
        .map(|a| match (a, obj(a)) {
            (Value::Str(s), _) => Ok(OrderItem::Name(s.to_string())),
            (_, Some(Obj::OrderBy(item))) => Ok(item.clone()),
            (_, Some(Obj::Expr(E::F(name)))) => Ok(OrderItem::F {
                name: name.clone(),
                descending: false,
                nulls: Nulls::Default,
            }),
            _ => unsupported(format!("order_by() with a {} argument", a.type_name())),
        })
        .collect()
}

fn no_args(args: &[Value], kwargs: &Kwargs, name: &str) -> HostResult<()> {
    if args.is_empty() && kwargs.is_empty() {
        Ok(())
    } else {
        Err(Thrown::type_error(format!(
            "QuerySet.{name}() takes 1 positional argument but {} were given",
            args.len() + 1
        )))
    }
}

fn strings(args: &[Value], what: &str) -> HostResult<Vec<String>> {
    args.iter()
        .map(|a| match a {
            Value::Str(s) => Ok(s.to_string()),
            _ => unsupported(format!("{what}() with a {} argument", a.type_name())),
        })
        .collect()
}

fn first_cell(rows: Vec<Vec<Sv>>) -> Option<Sv> {
    rows.into_iter().next()?.into_iter().next()
}

/// Python's `sql % params` as `str(query)` does: values inserted as
/// `str()`, not quoted.
fn percent_format(raw: &str, params: &[Sv]) -> String {
    let mut out = String::new();
    let mut params = params.iter();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.peek() {
                Some('s') => {
                    chars.next();
                    match params.next() {
                        Some(Sv::Null) | None => out.push_str("None"),
                        Some(Sv::Integer(n)) => out.push_str(&n.to_string()),
                        Some(Sv::Real(f)) => out.push_str(&float_repr(*f)),
                        Some(Sv::Text(t)) => out.push_str(t),
                        Some(Sv::Blob(_)) => out.push_str("b'...'"),
                    }
                    continue;
                }
                Some('%') => {
                    chars.next();
                    out.push('%');
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
    }
    out
}

// ---------------------------------------------------------------- rows to values

/// How a column's SQLite value becomes a Python value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    Plain,
    Bool,
    DateTime,
    /// `convert_datetimefield_value` under `USE_TZ = False`: the stored
    /// wall time, naive.
    NaiveDateTime,
    Date,
    /// `convert_timefield_value`: `parse_time(value)`.
    Time,
    /// `convert_durationfield_value`: `timedelta(0, 0, value)`.
    Duration,
    /// `UUIDField.from_db_value`: `uuid.UUID(value)`.
    Uuid,
    /// A `DecimalField` column: SQLite's converter, quantized to the
    /// field's places.
    Decimal {
        max_digits: u32,
        places: u32,
    },
    /// A decimal that is not a column (an aggregate, arithmetic): the
    /// converter without the quantize.
    DecimalExpr,
    /// `JSONField.from_db_value`: `json.loads(value)`.
    Json,
    /// A value type the shell does not have yet (dates).
    Unsupported,
}

fn convert(v: Sv, conv: Conv) -> HostResult<Value> {
    if let Conv::Decimal { .. } | Conv::DecimalExpr = conv {
        return decimal::from_db(&v, conv);
    }
    if let (Conv::Json, Sv::Text(t)) = (conv, &v) {
        return json::loads(t);
    }
    Ok(match (v, conv) {
        (Sv::Null, _) => Value::None,
        (Sv::Integer(n), Conv::Bool) => Value::Bool(n != 0),
        (Sv::Integer(n), Conv::Duration) => timedelta_value(i128::from(n)).unwrap_or(Value::Int(n)),
        (Sv::Integer(n), _) => Value::Int(n),
        // An `AVG` of durations: `timedelta(0, 0, 5400000000.5)`.
        (Sv::Real(f), Conv::Duration) => match super::dates::timedelta_of_float(f) {
            Some(d) => wrap(Obj::TimeDelta(d)),
            None => Value::Float(f),
        },
        (Sv::Real(f), _) => Value::Float(f),
        (Sv::Text(t), Conv::DateTime) => match DateTime::parse(&t) {
            Some(d) => wrap(Obj::DateTime(d)),
            None => Value::str(&t),
        },
        (Sv::Text(t), Conv::NaiveDateTime) => match DateTime::parse(&t) {
            Some(d) => wrap(Obj::DateTime(d.naive())),
            None => Value::str(&t),
        },
        (Sv::Text(t), Conv::Time) => match super::dates::Time::parse(&t) {
            Some(time) => wrap(Obj::Time(time)),
            None => Value::str(&t),
        },
        (Sv::Text(t), Conv::Date) => match super::dates::Date::parse(&t) {
            Some(d) => wrap(Obj::Date(d)),
            None => Value::str(&t),
        },
        (Sv::Text(t), Conv::Uuid) => wrap(Obj::Uuid(Rc::from(t.as_str()))),
        (Sv::Text(t), _) => Value::str(&t),
        (Sv::Blob(_), _) => Value::None,
    })
}

/// The conversion of a column of this kind; on a project's models, a kind
/// the shell does not convert as Django does cannot be loaded
/// ([`shown_as_python`]).
fn kind_conv(reg: &Registry, kind: FieldKind) -> Conv {
    match kind {
        _ if !reg.is_lesson() && !shown_as_python(reg, kind) => Conv::Unsupported,
        FieldKind::Boolean => Conv::Bool,
        FieldKind::DateTime => datetime_conv(reg),
        FieldKind::Date => Conv::Date,
        FieldKind::Uuid => Conv::Uuid,
        FieldKind::Time => Conv::Time,
        FieldKind::Duration => Conv::Duration,
        FieldKind::Json => Conv::Json,
        FieldKind::Decimal {
            max_digits,
            decimal_places,
        } => Conv::Decimal {
            max_digits,
            places: decimal_places,
        },
        _ => Conv::Plain,
    }
}

/// The conversion for a field path (`user__date_joined`).
fn path_conv(reg: &'static Registry, model: ModelId, path: &str) -> Conv {
    let mut model = model;
    let parts: Vec<&str> = path.split("__").collect();
    for (n, part) in parts.iter().enumerate() {
        let last = n + 1 == parts.len();
        let part = if *part == "pk" { "id" } else { part };
        match meta::get_field(reg, model, part) {
            Some(meta::MetaField::Column { to: Some(to), .. }) if !last => model = to,
            // A transform: `__date` selects a date, `__time` a time, the
            // parts integers.
            // A date's and a time's parts are integers whatever the zone.
            Some(meta::MetaField::Column { field, .. })
                if !last
                    && matches!(field.kind, meta::ColumnKind::Date | meta::ColumnKind::Time) =>
            {
                return Conv::Plain;
            }
            Some(meta::MetaField::Column { .. }) if !last => {
                return if !reg.is_lesson() && !datetimes_shown(reg) {
                    Conv::Unsupported
                } else if parts[n + 1..] == ["date"] {
                    Conv::Date
                } else if parts[n + 1..] == ["time"] {
                    Conv::Time
                } else {
                    Conv::Plain
                };
            }
            Some(meta::MetaField::Column { field, .. }) => {
                let kind = reg
                    .model(model)
                    .fields
                    .iter()
                    .find(|f| f.column == field.column)
                    .map(|f| f.kind);
                return kind.map_or(Conv::Plain, |kind| kind_conv(reg, kind));
            }
            Some(meta::MetaField::ManyToMany { m2m, .. }) => model = m2m.to,
            Some(meta::MetaField::ManyToManyRel { owner, .. }) => model = owner,
            Some(meta::MetaField::ReverseForeignKey { from, .. }) => model = from,
            None => return Conv::Plain,
        }
    }
    Conv::Plain
}

fn expr_conv(reg: &'static Registry, model: ModelId, e: &E) -> Conv {
    match e {
        // A decimal's aggregates are `DecimalField`s, not columns.
        E::Aggregate {
            func: AggFunc::Sum | AggFunc::Avg | AggFunc::Max | AggFunc::Min,
            arg: Some(arg),
            ..
        } if matches!(
            expr_conv(reg, model, arg),
            Conv::Decimal { .. } | Conv::DecimalExpr
        ) =>
        {
            Conv::DecimalExpr
        }
        E::Value(Arg::Decimal(_)) => Conv::DecimalExpr,
        // `_connector_combinations`: arithmetic with a decimal is one.
        E::Combined(a, _, b)
            if [a, b].iter().any(|e| {
                matches!(
                    expr_conv(reg, model, e),
                    Conv::Decimal { .. } | Conv::DecimalExpr
                )
            }) =>
        {
            Conv::DecimalExpr
        }
        // `Sum`/`Avg` of durations are durations (`timedelta`s).
        E::Aggregate {
            func: AggFunc::Sum | AggFunc::Avg,
            arg: Some(arg),
            ..
        } => match arg.as_ref() {
            E::F(path) if path_conv(reg, model, path) == Conv::Duration => Conv::Duration,
            _ => Conv::Plain,
        },
        E::Aggregate {
            func: AggFunc::Max | AggFunc::Min,
            arg: Some(arg),
            ..
        } => match arg.as_ref() {
            E::F(path) => path_conv(reg, model, path),
            _ => Conv::Plain,
        },
        E::F(path) => path_conv(reg, model, path),
        E::Exists(_) | E::Not(_) => Conv::Bool,
        _ => Conv::Plain,
    }
}

fn annotation_conv(
    reg: &Registry,
    model: ModelId,
    query: &crate::orm::sql::query::Query,
    name: &str,
) -> Conv {
    let _ = model;
    use crate::orm::sql::expr::{Expr, Output};
    use meta::ColumnKind;
    match query.annotations.iter().find(|(k, _)| k == name) {
        // `Avg` of durations: a duration (`NumericOutputFieldMixin`).
        Some((_, Expr::Aggregate(agg)))
            if agg.func == AggFunc::Avg
                && agg.arg.output() == Output::Column(ColumnKind::Duration) =>
        {
            Conv::Duration
        }
        Some((_, expr)) => match expr.output() {
            Output::Column(ColumnKind::DateTime) => datetime_conv(reg),
            Output::Column(ColumnKind::Time) => Conv::Time,
            Output::Column(ColumnKind::Duration) => Conv::Duration,
            Output::Column(ColumnKind::Boolean) | Output::Boolean => Conv::Bool,
            Output::Date | Output::Column(ColumnKind::Date) => Conv::Date,
            Output::Column(ColumnKind::Decimal { max_digits, places }) => {
                Conv::Decimal { max_digits, places }
            }
            Output::Decimal => Conv::DecimalExpr,
            Output::Column(ColumnKind::Json) => Conv::Json,
            _ => Conv::Plain,
        },
        None => Conv::Plain,
    }
}

/// The names and conversions of a `values()` queryset's columns.
fn value_columns(reg: &'static Registry, qs: &QuerySet) -> Vec<(String, Conv)> {
    let model = qs.model();
    match &qs.query.selected {
        Some(selected) => selected
            .iter()
            .map(|(name, s)| {
                let conv = match s {
                    Selected::Column(_) => path_conv(reg, model, name),
                    Selected::Annotation(a) => annotation_conv(reg, model, &qs.query, a),
                };
                (name.clone(), conv)
            })
            .collect(),
        // `values()` of every field: keyed by attname (`author_id`, and a
        // field's name even when its `db_column` differs).
        None => reg
            .model(model)
            .fields
            .iter()
            .map(|f| {
                let attname = match f.foreign_target() {
                    Some(_) => format!("{}_id", f.name),
                    None => f.name.to_string(),
                };
                (attname, kind_conv(reg, f.kind))
            })
            .collect(),
    }
}

/// The columns of one model in an instance SELECT.
#[derive(Clone, Debug)]
pub struct Layout {
    model: ModelId,
    fields: Vec<(String, Conv)>,
    annotations: Vec<(String, Conv)>,
    related: Vec<(String, Layout)>,
}

impl Layout {
    /// A column loaded here (or in a `select_related` model) that cannot
    /// be converted, if there is one.
    fn unconvertible(&self) -> Option<&str> {
        self.fields
            .iter()
            .chain(&self.annotations)
            .find(|c| c.1 == Conv::Unsupported)
            .map(|c| c.0.as_str())
            .or_else(|| self.related.iter().find_map(|(_, l)| l.unconvertible()))
    }
}

fn model_layout(reg: &'static Registry, model: ModelId, names: &[String], defer: bool) -> Layout {
    let fields = reg
        .model(model)
        .fields
        .iter()
        .filter(|f| {
            if names.is_empty() {
                return true;
            }
            let named = names
                .iter()
                .any(|n| *n == f.name || *n == f.column || (n == "pk" && f.is_primary_key()));
            if defer {
                !named || f.is_primary_key()
            } else {
                named || f.is_primary_key()
            }
        })
        .map(|f| (f.column.to_owned(), kind_conv(reg, f.kind)))
        .collect();
    Layout {
        model,
        fields,
        annotations: Vec::new(),
        related: Vec::new(),
    }
}

fn add_related(
    reg: &'static Registry,
    layout: &mut Layout,
    tree: Option<&SelectRelatedTree>,
    all: bool,
    depth: usize,
    max_depth: usize,
) {
    if all && depth > max_depth {
        return;
    }
    for field in &reg.model(layout.model).fields {
        let Some(target) = field.foreign_target() else {
            continue;
        };
        let sub = tree.and_then(|t| t.get(&field.name));
        let wanted = if all { !field.null } else { sub.is_some() };
        if !wanted {
            continue;
        }
        let mut child = model_layout(reg, target, &[], true);
        add_related(reg, &mut child, sub, all, depth + 1, max_depth);
        layout.related.push((field.name.to_owned(), child));
    }
}

fn build_instance(
    reg: &'static Registry,
    layout: &Layout,
    cells: &mut impl Iterator<Item = Sv>,
) -> HostResult<Value> {
    let mut values = Vec::new();
    for (name, conv) in &layout.fields {
        values.push((
            name.clone(),
            convert(cells.next().unwrap_or(Sv::Null), *conv)?,
        ));
    }
    for (name, conv) in &layout.annotations {
        values.push((
            name.clone(),
            convert(cells.next().unwrap_or(Sv::Null), *conv)?,
        ));
    }
    let mut related = Vec::new();
    for (name, child) in &layout.related {
        let v = build_instance(reg, child, cells)?;
        let is_null = matches!(obj(&v), Some(Obj::Instance(i)) if matches!(i.pk(), Value::None));
        related.push((name.clone(), if is_null { Value::None } else { v }));
    }
    Ok(wrap(Obj::Instance(Instance {
        reg,
        model: layout.model,
        values: RefCell::new(values),
        related: RefCell::new(related),
    })))
}

/// The module and name of a class of the `datetime` and `decimal` modules
/// ([`Factory::class_path`]), if `o` is one.
fn factory_class(o: &Obj) -> Option<(&'static str, &'static str)> {
    match o {
        Obj::Factory(f) => f.class_path(),
        _ => None,
    }
}
