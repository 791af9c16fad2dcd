//! The Django objects a `manage shell` program holds: model classes,
//! managers, querysets with their result cache, model instances, `Q`/`F`
//! and aggregates, modules, `connection`, datetimes and the values of a
//! project's other field kinds (dates, times, durations, UUIDs, decimals).
//! They are plain data; what they do is in `host`.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::models::{ModelId, Registry};
use crate::orm::sql::m2m::Through;
use crate::orm::sql::{QuerySet, E, Q};
use crate::python::{HostObject, Value};

/// What a queryset's rows become (`values()`, `values_list()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Instances,
    Dicts,
    Tuples,
    /// `values_list(named=True)`.
    Named,
    Flat,
}

/// A lazy queryset and, once evaluated, its rows (Django's `_result_cache`).
pub struct QsObj {
    pub qs: QuerySet,
    pub kind: RowKind,
    pub cache: RefCell<Option<Vec<Value>>>,
    /// The related manager it came from, so its queries name the relation.
    pub rel: Option<Rel>,
    /// `prefetch_related()` lookups (reverse foreign keys).
    pub prefetch: Vec<PrefetchSpec>,
    /// Whether a Python `True`/`False` became a SQL parameter: the engine
    /// binds it as 1/0, but `str(qs.query)` would show `True`.
    pub bool_param: bool,
}

/// One `prefetch_related()` lookup: a name, or `Prefetch(name,
/// queryset=..., to_attr=...)`.
#[derive(Clone, Debug)]
pub struct PrefetchSpec {
    pub lookup: String,
    pub queryset: Option<QuerySet>,
    pub to_attr: Option<String>,
}

/// A related manager's relation, as the query analysis names it: the
/// instance's model (`Article` for `article.comment_set`) and the
/// relation, as ids the registry names.
pub type Rel = crate::models::RelationRef;

/// A model instance: its loaded columns by attname, the related objects
/// already fetched, and the fields `only()`/`defer()` left out.
pub struct Instance {
    /// The registry its model is in, which names it (`type(obj)`).
    pub reg: &'static Registry,
    pub model: ModelId,
    pub values: RefCell<Vec<(String, Value)>>,
    pub related: RefCell<Vec<(String, Value)>>,
}

impl Instance {
    pub fn get(&self, attname: &str) -> Option<Value> {
        self.values
            .borrow()
            .iter()
            .find(|(k, _)| k == attname)
            .map(|(_, v)| v.clone())
    }

    pub fn pk(&self) -> Value {
        self.get("id").unwrap_or(Value::None)
    }

    pub fn cached_related(&self, name: &str) -> Option<Value> {
        self.related
            .borrow()
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// A manager: `Model.objects`, or a related manager whose queries carry
/// the relation's filter (`article.comment_set`).
#[derive(Clone)]
pub struct Manager {
    pub model: ModelId,
    pub base: QuerySet,
    /// `None` for `Model.objects`, else how Django names the related
    /// manager's class in messages.
    pub related: Option<&'static str>,
    pub rel: Option<Rel>,
    /// The rows a `prefetch_related()` already fetched for it.
    pub prefetched: Option<Vec<Value>>,
    /// What its writes (`create()`, `add()`, ...) need to know.
    pub write: Option<RelatedWrite>,
}

/// The relation a related manager writes through.
#[derive(Clone)]
pub enum RelatedWrite {
    /// A reverse foreign key (`article.comment_set`): `create()` and
    /// `add()` set `field` to the owner instance.
    ForeignKey {
        field: &'static str,
        owner_pk: i64,
        owner: Value,
    },
    /// A many-to-many relation from either side.
    ManyToMany { through: Through, owner_pk: i64 },
}

/// A constructor the shell imports from `django.db.models`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factory {
    Q,
    F,
    Value,
    Count,
    Sum,
    Avg,
    Max,
    Min,
    Exists,
    OuterRef,
    Subquery,
    Prefetch,
    GetUserModel,
    ResetQueries,
    Now,
    /// `datetime.date`.
    Date,
    /// `datetime.datetime`.
    DateTimeClass,
    /// `datetime.time`.
    Time,
    /// `datetime.timedelta`.
    TimeDelta,
    /// `transaction.atomic`.
    Atomic,
    /// `decimal.Decimal`.
    Decimal,
    /// `django.db.models.functions.Lower`, `Upper`, `Length`.
    Func(crate::orm::sql::expr::Func),
}

impl Factory {
    pub fn name(self) -> &'static str {
        match self {
            Factory::Q => "Q",
            Factory::F => "F",
            Factory::Value => "Value",
            Factory::Count => "Count",
            Factory::Sum => "Sum",
            Factory::Avg => "Avg",
            Factory::Max => "Max",
            Factory::Min => "Min",
            Factory::Exists => "Exists",
            Factory::OuterRef => "OuterRef",
            Factory::Subquery => "Subquery",
            Factory::Prefetch => "Prefetch",
            Factory::GetUserModel => "get_user_model",
            Factory::ResetQueries => "reset_queries",
            Factory::Now => "now",
            Factory::Date => "date",
            Factory::DateTimeClass => "datetime",
            Factory::Time => "time",
            Factory::TimeDelta => "timedelta",
            Factory::Atomic => "atomic",
            Factory::Decimal => "Decimal",
            Factory::Func(func) => func.class_name(),
        }
    }

    /// The module and name of a class of the `datetime` and `decimal`
    /// modules: such a factory is the class itself, so it prints as
    /// `<class 'datetime.date'>`, is what `type()` and `__class__` give
    /// for its values, and answers `isinstance()`.
    pub fn class_path(self) -> Option<(&'static str, &'static str)> {
        match self {
            Factory::Date => Some(("datetime", "date")),
            Factory::DateTimeClass => Some(("datetime", "datetime")),
            Factory::Time => Some(("datetime", "time")),
            Factory::TimeDelta => Some(("datetime", "timedelta")),
            Factory::Decimal => Some(("decimal", "Decimal")),
            _ => None,
        }
    }

    /// Whether `value` is an instance of this class, as `isinstance()`
    /// answers: a `datetime` is also a `date` (its subclass in CPython).
    pub fn has_instance(self, value: Option<&Obj>) -> bool {
        let Some(class) = value.and_then(Obj::class) else {
            return false;
        };
        class == self || (self == Factory::Date && class == Factory::DateTimeClass)
    }
}

impl Obj {
    /// The class of a `datetime` or `decimal` value ([`Factory::class_path`]).
    pub fn class(&self) -> Option<Factory> {
        match self {
            Obj::DateTime(_) => Some(Factory::DateTimeClass),
            Obj::Date(_) => Some(Factory::Date),
            Obj::Time(_) => Some(Factory::Time),
            Obj::TimeDelta(_) => Some(Factory::TimeDelta),
            Obj::Decimal(_) => Some(Factory::Decimal),
            _ => None,
        }
    }
}

/// Every object the host hands to the interpreter.
pub enum Obj {
    Model(ModelId),
    Manager(Manager),
    QuerySet(QsObj),
    Instance(Instance),
    /// A method bound to its receiver (`qs.filter`).
    Method(Value, String),
    Q(Q),
    Expr(E),
    Factory(Factory),
    /// An imported module (`django.db.models`).
    Module(String),
    Connection,
    /// `qs.query`: prints as Django's `str(query)`; the flag as
    /// [`QsObj::bool_param`].
    Query(QuerySet, bool),
    /// A datetime: aware in UTC as Django returns it with `USE_TZ = True`,
    /// naive wall time with `USE_TZ = False`.
    DateTime(DateTime),
    Prefetch(PrefetchSpec),
    /// `F(name).asc()` / `.desc()`, for `order_by()`.
    OrderBy(crate::orm::sql::query::OrderItem),
    /// A `datetime.date`.
    Date(super::dates::Date),
    /// A `datetime.time` (a `TimeField`'s value).
    Time(super::dates::Time),
    /// A `datetime.timedelta` (a `DurationField`'s value).
    TimeDelta(super::dates::TimeDelta),
    /// `datetime.timezone.utc`.
    Utc,
    /// A `values_list(named=True)` row: Django's namedtuple `Row` with
    /// the field names.
    Row(Rc<[Rc<str>]>, Vec<Value>),
    /// `transaction.atomic(savepoint=...)`, a context manager.
    Atomic {
        savepoint: bool,
    },
    /// A `decimal.Decimal` (a `DecimalField`'s value).
    Decimal(crate::decimal::Decimal),
    /// A `uuid.UUID`, as 32 lowercase hex digits (how a `UUIDField` is
    /// stored on SQLite).
    Uuid(Rc<str>),
    /// A `FileField`'s attribute (`FieldFile`, `ImageFieldFile`): the
    /// stored name, `None` for a null column.
    FieldFile {
        class: crate::models::FileClass,
        name: Option<Rc<str>>,
    },
}

/// A datetime, enough for repr/str and attribute access: aware in UTC
/// (`USE_TZ = True`), or naive wall time in `TIME_ZONE` (`USE_TZ = False`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateTime {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub micro: i64,
    /// `tzinfo=datetime.timezone.utc`; a naive datetime has none.
    pub aware: bool,
}

impl DateTime {
    /// Parses Django's SQLite storage text `YYYY-MM-DD HH:MM:SS[.ffffff]`
    /// as an aware UTC datetime (see [`DateTime::naive`]).
    pub fn parse(text: &str) -> Option<DateTime> {
        let (date, time) = text.split_once([' ', 'T'])?;
        let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
        let (year, month, day) = (d.next()??, d.next()??, d.next()??);
        let time = time.trim_end_matches('Z');
        let (hms, frac) = time.split_once('.').unwrap_or((time, ""));
        let mut t = hms.split(':').map(|p| p.parse::<i64>().ok());
        let (hour, minute, second) = (t.next()??, t.next()??, t.next()??);
        let micro = if frac.is_empty() {
            0
        } else {
            let digits: String = frac.chars().chain(std::iter::repeat('0')).take(6).collect();
            digits.parse().ok()?
        };
        Some(DateTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
            micro,
            aware: true,
        })
    }

    /// The same wall time without a `tzinfo`.
    pub fn naive(self) -> DateTime {
        DateTime {
            aware: false,
            ..self
        }
    }

    /// Django's storage text (a query parameter).
    pub fn storage(&self) -> String {
        let mut s = format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        );
        if self.micro != 0 {
            s.push_str(&format!(".{:06}", self.micro));
        }
        s
    }

    /// `repr(datetime)`.
    pub fn repr(&self) -> String {
        let mut s = format!(
            "datetime.datetime({}, {}, {}, {}, {}",
            self.year, self.month, self.day, self.hour, self.minute
        );
        if self.second != 0 || self.micro != 0 {
            s.push_str(&format!(", {}", self.second));
        }
        if self.micro != 0 {
            s.push_str(&format!(", {}", self.micro));
        }
        s.push_str(if self.aware {
            ", tzinfo=datetime.timezone.utc)"
        } else {
            ")"
        });
        s
    }

    /// `str(datetime)`.
    pub fn str(&self) -> String {
        let mut s = format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        );
        if self.micro != 0 {
            s.push_str(&format!(".{:06}", self.micro));
        }
        if self.aware {
            s.push_str("+00:00");
        }
        s
    }
}

impl HostObject for Obj {
    /// The class name CPython's messages use: a C type's `tp_name`
    /// (`datetime.date`), a Python class's `__name__` (`UUID`).
    fn type_name(&self) -> String {
        match self {
            Obj::Model(_) => "ModelBase".into(),
            Obj::Manager(m) => m.related.unwrap_or("Manager").into(),
            Obj::QuerySet(_) => "QuerySet".into(),
            Obj::Instance(i) => i.reg.model(i.model).object_name.clone(),
            Obj::Method(..) => "method".into(),
            Obj::Q(_) => "Q".into(),
            Obj::Expr(e) => expr_type(e).into(),
            Obj::Factory(f) => match f {
                Factory::GetUserModel | Factory::ResetQueries | Factory::Now | Factory::Atomic => {
                    "function".into()
                }
                Factory::Date | Factory::DateTimeClass | Factory::Time | Factory::TimeDelta => {
                    "type".into()
                }
                _ => "type".into(),
            },
            Obj::Module(_) => "module".into(),
            Obj::Connection => "ConnectionProxy".into(),
            Obj::Query(..) => "Query".into(),
            Obj::DateTime(_) => "datetime.datetime".into(),
            Obj::Prefetch(_) => "Prefetch".into(),
            Obj::OrderBy(_) => "OrderBy".into(),
            Obj::Row(..) => "Row".into(),
            Obj::Date(_) => "datetime.date".into(),
            Obj::Time(_) => "datetime.time".into(),
            Obj::TimeDelta(_) => "datetime.timedelta".into(),
            Obj::Utc => "timezone".into(),
            Obj::Atomic { .. } => "Atomic".into(),
            Obj::FieldFile { class, .. } => class.attr_class().into(),
            Obj::Uuid(_) => "UUID".into(),
            // CPython's `tp_name`, which its messages quote.
            Obj::Decimal(_) => "decimal.Decimal".into(),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    /// A model class, a module, an imported class or function and
    /// `timezone.utc` are one object in Python however often they are
    /// imported.
    fn same_as(&self, other: &dyn HostObject) -> bool {
        match (self, other.as_any().downcast_ref::<Obj>()) {
            (Obj::Model(a), Some(Obj::Model(b))) => a == b,
            (Obj::Module(a), Some(Obj::Module(b))) => a == b,
            (Obj::Utc, Some(Obj::Utc)) => true,
            (Obj::Factory(a), Some(Obj::Factory(b))) => a == b,
            _ => false,
        }
    }
}

fn expr_type(e: &E) -> &'static str {
    match e {
        E::F(_) => "F",
        E::Value(_) => "Value",
        E::Combined(..) => "CombinedExpression",
        E::Aggregate { func, .. } => match func.name() {
            "count" => "Count",
            "sum" => "Sum",
            "avg" => "Avg",
            "max" => "Max",
            _ => "Min",
        },
        E::Exists(_) => "Exists",
        E::Subquery(_) => "Subquery",
        E::OuterRef(_) => "OuterRef",
        E::Not(_) => "Exists",
        E::Q(_) => "Q",
        E::Func(func, _) => func.class_name(),
    }
}

/// The host's object behind a value, if it is one.
pub fn obj(value: &Value) -> Option<&Obj> {
    match value {
        Value::Host(h) => h.as_any().downcast_ref::<Obj>(),
        _ => None,
    }
}

/// Wraps an object as a value.
pub fn wrap(o: Obj) -> Value {
    Value::Host(Rc::new(o))
}
