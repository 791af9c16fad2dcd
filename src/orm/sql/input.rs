//! What a learner writes, before the query resolves it: `Q` trees, `F()`,
//! `Value()`, aggregates, `Exists()`/`Subquery()`/`OuterRef()` and plain
//! values. `Q`'s `&`, `|` and `~` combine exactly as Django's `tree.Node`
//! does, since the shape of the tree decides the SQL's parentheses.

use super::expr::{AggFunc, ArithOp, Connector, Func};
use super::queryset::QuerySet;

/// A Python value passed to a lookup or `Value()`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// An aware datetime, already converted to Django's UTC storage text.
    DateTime(String),
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// A `timedelta`, in microseconds (`duration_microseconds`, what a
    /// `DurationField` sends on SQLite).
    Duration(i64),
    /// A `decimal.Decimal`: Python's sqlite3 adapter sends `str(value)`.
    Decimal(crate::decimal::Decimal),
    /// A value for a `JSONField`, already `json.dumps`ed as Django sends it.
    Json(String),
    List(Vec<Arg>),
    Expr(Box<E>),
    QuerySet(Box<QuerySet>),
}

/// An unresolved expression.
#[derive(Clone, Debug, PartialEq)]
pub enum E {
    F(String),
    Value(Arg),
    Combined(Box<E>, ArithOp, Box<E>),
    Aggregate {
        func: AggFunc,
        /// `None` for `Count('*')`.
        arg: Option<Box<E>>,
        distinct: bool,
        filter: Option<Q>,
    },
    Exists(Box<QuerySet>),
    Subquery(Box<QuerySet>),
    OuterRef(String),
    /// `~Exists(...)`.
    Not(Box<E>),
    /// A `Q` used as an expression (`filter(Exists(...) | Q(...))`).
    Q(Q),
    /// `Lower(...)`, `Upper(...)`, `Length(...)`.
    Func(Func, Box<E>),
}

impl E {
    /// `default_alias` of an aggregate over a named field (`comment__count`).
    /// As in Django, only an aggregate whose one source expression is a
    /// field has one: a `filter=` is a second source expression.
    pub fn default_alias(&self) -> Option<String> {
        match self {
            E::Aggregate {
                func,
                arg: Some(arg),
                filter: None,
                ..
            } => match arg.as_ref() {
                E::F(name) => Some(format!("{name}__{}", func.name())),
                _ => None,
            },
            _ => None,
        }
    }
}

/// A child of a `Q`.
#[derive(Clone, Debug, PartialEq)]
pub enum QChild {
    /// `name__lookup=value`.
    Filter(String, Arg),
    Node(Q),
    /// A conditional expression (`Exists(...)`).
    Expr(E),
}

/// Django's `Q`.
#[derive(Clone, Debug, PartialEq)]
pub struct Q {
    pub connector: Connector,
    pub negated: bool,
    pub children: Vec<QChild>,
}

impl Q {
    /// `Q(*args, **kwargs)`: positional children first, then keyword
    /// arguments sorted by name.
    pub fn new(args: Vec<QChild>, mut kwargs: Vec<(String, Arg)>) -> Q {
        crate::sort::sort_by(&mut kwargs, |a, b| a.0.cmp(&b.0));
        let mut children = args;
        children.extend(kwargs.into_iter().map(|(k, v)| QChild::Filter(k, v)));
        Q {
            connector: Connector::And,
            negated: false,
            children,
        }
    }

    fn add(&mut self, data: Q, connector: Connector) {
        if self.connector != connector {
            let copy = self.clone();
            self.connector = connector;
            self.children = vec![QChild::Node(copy), QChild::Node(data)];
        } else if !data.negated && (data.connector == connector || data.children.len() == 1) {
            self.children.extend(data.children);
        } else {
            self.children.push(QChild::Node(data));
        }
    }

    fn combine(self, other: Q, connector: Connector) -> Q {
        if self.children.is_empty() {
            return other;
        }
        if other.children.is_empty() {
            return self;
        }
        let mut obj = Q {
            connector,
            negated: false,
            children: Vec::new(),
        };
        obj.add(self, connector);
        obj.add(other, connector);
        obj
    }

    /// `self & other`.
    pub fn and(self, other: Q) -> Q {
        self.combine(other, Connector::And)
    }

    /// `self | other`.
    pub fn or(self, other: Q) -> Q {
        self.combine(other, Connector::Or)
    }

    /// `~self`.
    pub fn negate(mut self) -> Q {
        self.negated = !self.negated;
        self
    }

    /// A `Q` holding one conditional expression, as `Q(Exists(...))`.
    pub fn from_expr(expr: E) -> Q {
        Q::new(vec![QChild::Expr(expr)], Vec::new())
    }
}
