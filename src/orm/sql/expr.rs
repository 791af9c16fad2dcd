//! Resolved expressions and the WHERE tree, as Django's `Col`, `Value`,
//! `CombinedExpression`, aggregates, `Subquery`/`Exists`, the datetime
//! transforms, `Lookup` and `WhereNode` are once a query has resolved them
//! (every name turned into a column of a table alias).

use rusqlite::types::Value;

use super::meta::{ColumnField, ColumnKind};
use super::query::Query;

/// A column of a table alias (`"articles_article"."id"`, `T3."id"`).
#[derive(Clone, Debug)]
pub struct Col {
    pub alias: String,
    pub target: ColumnField,
    /// A reference to an outer query through a relation (`OuterRef('a__b')`).
    pub possibly_multivalued: bool,
}

impl PartialEq for Col {
    fn eq(&self, other: &Self) -> bool {
        self.alias == other.alias && self.target == other.target
    }
}

/// `+ - * / %` between expressions (`F('id') * 2`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    /// `DurationExpression` on SQLite (a datetime plus or minus a
    /// duration): `django_format_dtdelta('+', lhs, rhs)`.
    DurationAdd,
    DurationSub,
}

impl ArithOp {
    pub fn sql(self) -> &'static str {
        match self {
            ArithOp::Add | ArithOp::DurationAdd => "+",
            ArithOp::Sub | ArithOp::DurationSub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
            ArithOp::Mod => "%%",
        }
    }
}

/// The aggregate functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AggFunc {
    Count,
    Sum,
    Avg,
    Max,
    Min,
}

impl AggFunc {
    pub fn sql(self) -> &'static str {
        match self {
            AggFunc::Count => "COUNT",
            AggFunc::Sum => "SUM",
            AggFunc::Avg => "AVG",
            AggFunc::Max => "MAX",
            AggFunc::Min => "MIN",
        }
    }

    /// The lower-case name used in default aliases (`comment__count`).
    pub fn name(self) -> &'static str {
        match self {
            AggFunc::Count => "count",
            AggFunc::Sum => "sum",
            AggFunc::Avg => "avg",
            AggFunc::Max => "max",
            AggFunc::Min => "min",
        }
    }
}

/// Django's one-argument text functions (`django.db.models.functions`)
/// the shell runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Func {
    Lower,
    Upper,
    Length,
}

impl Func {
    /// The class's name, as imported and as errors name it.
    pub fn class_name(self) -> &'static str {
        match self {
            Func::Lower => "Lower",
            Func::Upper => "Upper",
            Func::Length => "Length",
        }
    }

    /// The SQL function (`Func.function`), the same on SQLite.
    pub fn sql(self) -> &'static str {
        match self {
            Func::Lower => "LOWER",
            Func::Upper => "UPPER",
            Func::Length => "LENGTH",
        }
    }
}

/// The parts of a datetime the lookups extract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Year,
    Month,
    Day,
    WeekDay,
    Hour,
    Minute,
    Second,
}

impl DatePart {
    pub fn from_name(name: &str) -> Option<DatePart> {
        Some(match name {
            "year" => DatePart::Year,
            "month" => DatePart::Month,
            "day" => DatePart::Day,
            "week_day" => DatePart::WeekDay,
            "hour" => DatePart::Hour,
            "minute" => DatePart::Minute,
            "second" => DatePart::Second,
            _ => return None,
        })
    }

    /// Whether `DateField` registers this transform (the time parts are
    /// `DateTimeField`'s and `TimeField`'s).
    pub fn on_date(self) -> bool {
        !self.on_time()
    }

    /// Whether `TimeField` registers this transform (`TimeField`'s are
    /// `ExtractHour`, `ExtractMinute` and `ExtractSecond`).
    pub fn on_time(self) -> bool {
        matches!(self, DatePart::Hour | DatePart::Minute | DatePart::Second)
    }

    pub fn name(self) -> &'static str {
        match self {
            DatePart::Year => "year",
            DatePart::Month => "month",
            DatePart::Day => "day",
            DatePart::WeekDay => "week_day",
            DatePart::Hour => "hour",
            DatePart::Minute => "minute",
            DatePart::Second => "second",
        }
    }
}

/// An aggregate call.
#[derive(Clone, Debug, PartialEq)]
pub struct Aggregate {
    pub func: AggFunc,
    pub arg: Box<Expr>,
    pub distinct: bool,
    pub filter: Option<WhereNode>,
}

/// A resolved expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Col(Col),
    /// A parameter (`%s`), `NULL` for `None`.
    Value(Value),
    /// `Value(Decimal(...))`: `str()` of it as the parameter, its output a
    /// `DecimalField` (so SQLite's compiler casts it to NUMERIC).
    Decimal(String),
    /// `*` in `COUNT(*)`.
    Star,
    /// `Random()`, as SQLite's backend names it (`RAND()`, Django's own
    /// function on the connection): what `order_by('?')` orders by.
    Random,
    Combined(Box<Expr>, ArithOp, Box<Expr>),
    Aggregate(Aggregate),
    /// `(SELECT ...)`.
    Subquery(Box<Query>),
    /// `EXISTS(SELECT ...)`.
    Exists(Box<Query>),
    /// `django_datetime_extract(part, col, tz, conn_tz)`.
    Extract(DatePart, Box<Expr>),
    /// `django_datetime_cast_date(col, tz, conn_tz)`.
    TruncDate(Box<Expr>),
    /// `django_datetime_cast_time(col, tz, conn_tz)`: a datetime's `__time`.
    TruncTime(Box<Expr>),
    /// `LOWER(...)`, `UPPER(...)`, `LENGTH(...)`.
    Func(Func, Box<Expr>),
    /// A SELECT alias reference: `(alias, source)`.
    Ref(String, Box<Expr>),
    /// A column of the SELECT list by position (ORDER BY 7).
    Position(usize, Box<Expr>),
    /// `OuterRef(name)` not yet resolved against the outer query.
    OuterRef(String),
    /// `~Exists(...)`: `NOT EXISTS(...)`.
    Negated(Box<Expr>),
    /// An `extra(select=...)` entry: `(sql)`.
    Extra(Box<Expr>),
}

/// What an expression evaluates to, as far as lookups care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Column(ColumnKind),
    Integer,
    Float,
    /// A `DecimalField` that is not a column (an aggregate, a
    /// `Value(Decimal)`, arithmetic with a decimal).
    Decimal,
    Date,
    Boolean,
    Text,
    Unknown,
}

impl Output {
    /// Whether the output field is a `DecimalField` (`SQLiteNumericMixin`
    /// casts such expressions, and their values go through the decimal
    /// converter).
    pub fn is_decimal(self) -> bool {
        matches!(
            self,
            Output::Decimal | Output::Column(ColumnKind::Decimal { .. })
        )
    }
}

impl Expr {
    /// Marks the `filter=` of every aggregate inside as resolved again
    /// (`Aggregate.resolve_expression` on an already resolved aggregate).
    pub fn resolve_again(&mut self) {
        match self {
            Expr::Aggregate(agg) => {
                if let Some(filter) = &mut agg.filter {
                    filter.resolved = true;
                }
            }
            Expr::Combined(a, _, b) => {
                a.resolve_again();
                b.resolve_again();
            }
            Expr::Extract(_, e)
            | Expr::TruncDate(e)
            | Expr::TruncTime(e)
            | Expr::Negated(e)
            | Expr::Func(_, e) => e.resolve_again(),
            Expr::Ref(_, e) | Expr::Position(_, e) => e.resolve_again(),
            _ => {}
        }
    }

    /// Whether an aggregate is inside (`contains_aggregate`).
    pub fn contains_aggregate(&self) -> bool {
        match self {
            Expr::Aggregate(_) => true,
            Expr::Combined(a, _, b) => a.contains_aggregate() || b.contains_aggregate(),
            Expr::Extract(_, e) | Expr::TruncDate(e) | Expr::TruncTime(e) | Expr::Func(_, e) => {
                e.contains_aggregate()
            }
            Expr::Ref(_, e) | Expr::Position(_, e) => e.contains_aggregate(),
            _ => false,
        }
    }

    /// The expression's `output_field`.
    pub fn output(&self) -> Output {
        match self {
            Expr::Col(col) => Output::Column(col.target.kind),
            Expr::Value(Value::Integer(_)) => Output::Integer,
            Expr::Value(Value::Real(_)) => Output::Float,
            Expr::Value(Value::Text(_)) => Output::Text,
            Expr::Value(_) | Expr::Star | Expr::OuterRef(_) => Output::Unknown,
            Expr::Random => Output::Float,
            Expr::Decimal(_) => Output::Decimal,
            // `_connector_combinations`: a decimal with an integer (either
            // side) is a decimal.
            Expr::Combined(a, _, b) if a.output().is_decimal() || b.output().is_decimal() => {
                Output::Decimal
            }
            Expr::Combined(a, _, _) => a.output(),
            Expr::Aggregate(agg) => match agg.func {
                AggFunc::Count => Output::Integer,
                _ if agg.arg.output().is_decimal() => Output::Decimal,
                AggFunc::Avg => Output::Float,
                _ => agg.arg.output(),
            },
            Expr::Subquery(q) => q.output(),
            Expr::Exists(_) | Expr::Negated(_) => Output::Boolean,
            Expr::Extract(..) | Expr::Func(Func::Length, _) => Output::Integer,
            // `Lower`/`Upper`: the source's output field.
            Expr::Func(_, e) => e.output(),
            Expr::TruncDate(_) => Output::Date,
            Expr::TruncTime(_) => Output::Column(ColumnKind::Time),
            Expr::Ref(_, e) | Expr::Position(_, e) | Expr::Extra(e) => e.output(),
        }
    }

    /// Columns a GROUP BY needs for this expression (`get_group_by_cols`).
    pub fn group_by_cols(&self) -> Vec<Expr> {
        match self {
            Expr::Value(_) | Expr::Decimal(_) | Expr::Star | Expr::OuterRef(_) | Expr::Random => {
                Vec::new()
            }
            Expr::Aggregate(_) => Vec::new(),
            Expr::Subquery(q) | Expr::Exists(q) => {
                let external = q.external_cols();
                if external.iter().any(|c| c.possibly_multivalued) {
                    vec![self.clone()]
                } else {
                    external.into_iter().map(Expr::Col).collect()
                }
            }
            Expr::Ref(..) => vec![self.clone()],
            Expr::Position(_, e) => e.group_by_cols(),
            _ if !self.contains_aggregate() => vec![self.clone()],
            Expr::Combined(a, _, b) => {
                let mut cols = a.group_by_cols();
                cols.extend(b.group_by_cols());
                cols
            }
            Expr::Extract(_, e)
            | Expr::TruncDate(e)
            | Expr::TruncTime(e)
            | Expr::Negated(e)
            | Expr::Func(_, e) => e.group_by_cols(),
            _ => Vec::new(),
        }
    }

    /// Every column inside, outer references included once resolved.
    pub fn cols(&self, out: &mut Vec<Col>) {
        match self {
            Expr::Col(c) => out.push(c.clone()),
            Expr::Combined(a, _, b) => {
                a.cols(out);
                b.cols(out);
            }
            Expr::Aggregate(agg) => {
                agg.arg.cols(out);
                if let Some(filter) = &agg.filter {
                    filter.cols(out);
                }
            }
            Expr::Extract(_, e)
            | Expr::TruncDate(e)
            | Expr::TruncTime(e)
            | Expr::Ref(_, e)
            | Expr::Position(_, e)
            | Expr::Negated(e)
            | Expr::Func(_, e) => e.cols(out),
            _ => {}
        }
    }

    /// Renames table aliases (`relabeled_clone`).
    pub fn relabel(&mut self, map: &[(String, String)]) {
        match self {
            Expr::Col(c) => {
                if let Some((_, new)) = map.iter().find(|(old, _)| *old == c.alias) {
                    c.alias = new.clone();
                }
            }
            Expr::Combined(a, _, b) => {
                a.relabel(map);
                b.relabel(map);
            }
            Expr::Aggregate(agg) => {
                agg.arg.relabel(map);
                if let Some(filter) = &mut agg.filter {
                    filter.relabel(map);
                }
            }
            Expr::Extract(_, e)
            | Expr::TruncDate(e)
            | Expr::TruncTime(e)
            | Expr::Ref(_, e)
            | Expr::Position(_, e)
            | Expr::Negated(e)
            | Expr::Func(_, e)
            | Expr::Extra(e) => e.relabel(map),
            Expr::Subquery(q) | Expr::Exists(q) => q.relabel_external(map),
            Expr::Value(_) | Expr::Decimal(_) | Expr::Star | Expr::OuterRef(_) | Expr::Random => {}
        }
    }
}

/// The lookups (`__exact`, `__in`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupName {
    Exact,
    IExact,
    Contains,
    IContains,
    StartsWith,
    IStartsWith,
    EndsWith,
    IEndsWith,
    In,
    Gt,
    Gte,
    Lt,
    Lte,
    IsNull,
    Range,
}

impl LookupName {
    pub fn from_name(name: &str) -> Option<LookupName> {
        Some(match name {
            "exact" => LookupName::Exact,
            "iexact" => LookupName::IExact,
            "contains" => LookupName::Contains,
            "icontains" => LookupName::IContains,
            "startswith" => LookupName::StartsWith,
            "istartswith" => LookupName::IStartsWith,
            "endswith" => LookupName::EndsWith,
            "iendswith" => LookupName::IEndsWith,
            "in" => LookupName::In,
            "gt" => LookupName::Gt,
            "gte" => LookupName::Gte,
            "lt" => LookupName::Lt,
            "lte" => LookupName::Lte,
            "isnull" => LookupName::IsNull,
            "range" => LookupName::Range,
            _ => return None,
        })
    }

    /// The lookups that search text with LIKE and an escaped pattern.
    pub fn pattern(self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            LookupName::Contains | LookupName::IContains => ("%", "%"),
            LookupName::StartsWith | LookupName::IStartsWith => ("", "%"),
            LookupName::EndsWith | LookupName::IEndsWith => ("%", ""),
            _ => return None,
        })
    }
}

/// A lookup's right-hand side.
#[derive(Clone, Debug, PartialEq)]
pub enum Rhs {
    /// A value prepared for the database.
    Value(Value),
    /// `__in` and `__range` values.
    Values(Vec<Value>),
    /// An expression (`F()`, a subquery, an outer reference).
    Expr(Expr),
    /// `__isnull=True`, or the `True` an `Exists()` filter compares with.
    Bool(bool),
}

/// One condition: `lhs <lookup> rhs`.
#[derive(Clone, Debug, PartialEq)]
pub struct Lookup {
    pub name: LookupName,
    pub lhs: Expr,
    pub rhs: Rhs,
    /// `__year` with a plain value: compared against the year's bounds.
    pub year: bool,
}

impl Lookup {
    pub fn contains_aggregate(&self) -> bool {
        self.lhs.contains_aggregate() || matches!(&self.rhs, Rhs::Expr(e) if e.contains_aggregate())
    }
}

/// AND / OR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connector {
    And,
    Or,
}

impl Connector {
    pub fn sql(self) -> &'static str {
        match self {
            Connector::And => "AND",
            Connector::Or => "OR",
        }
    }
}

/// A child of a WHERE node.
#[derive(Clone, Debug, PartialEq)]
pub enum WhereChild {
    Node(WhereNode),
    Lookup(Box<Lookup>),
    /// `NothingNode`: matches nothing (`none()`, an empty slice).
    Nothing,
}

/// Django's `WhereNode`.
#[derive(Clone, Debug, PartialEq)]
pub struct WhereNode {
    pub connector: Connector,
    pub negated: bool,
    pub children: Vec<WhereChild>,
    /// Django's `WhereNode.resolved`: set when the node went through
    /// `resolve_expression` again (an aggregate's `filter=` once its
    /// annotation is compared in HAVING or its query becomes a subquery),
    /// which parenthesizes even a single condition.
    pub resolved: bool,
}

impl Default for WhereNode {
    fn default() -> Self {
        WhereNode::new(Connector::And, false)
    }
}

impl WhereNode {
    pub fn new(connector: Connector, negated: bool) -> WhereNode {
        WhereNode {
            connector,
            negated,
            children: Vec::new(),
            resolved: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.children.is_empty()
    }

    /// `tree.Node.add`: squashes a node with the same connector (or a
    /// single child) into this one.
    pub fn add(&mut self, data: WhereChild, connector: Connector) {
        if self.connector != connector {
            let copy = self.clone();
            self.connector = connector;
            self.children = vec![WhereChild::Node(copy), data];
            return;
        }
        match data {
            WhereChild::Node(node)
                if !node.negated && (node.connector == connector || node.children.len() == 1) =>
            {
                self.children.extend(node.children);
            }
            other => self.children.push(other),
        }
    }

    pub fn contains_aggregate(&self) -> bool {
        self.children.iter().any(|c| match c {
            WhereChild::Node(n) => n.contains_aggregate(),
            WhereChild::Lookup(l) => l.contains_aggregate(),
            WhereChild::Nothing => false,
        })
    }

    /// `split_having_qualify` without window functions: (WHERE, HAVING).
    pub fn split_having(&self, negated: bool) -> (Option<WhereNode>, Option<WhereNode>) {
        if !self.contains_aggregate() {
            return (Some(self.clone()), None);
        }
        let in_negated = negated ^ self.negated;
        let must_remain_connected = (in_negated && self.connector == Connector::And)
            || (!in_negated && self.connector == Connector::Or);
        if must_remain_connected {
            return (None, Some(self.clone()));
        }
        let mut where_parts = Vec::new();
        let mut having_parts = Vec::new();
        for child in &self.children {
            match child {
                WhereChild::Node(node) => {
                    let (w, h) = node.split_having(in_negated);
                    if let Some(w) = w {
                        where_parts.push(WhereChild::Node(w));
                    }
                    if let Some(h) = h {
                        having_parts.push(WhereChild::Node(h));
                    }
                }
                WhereChild::Lookup(l) if l.contains_aggregate() => having_parts.push(child.clone()),
                other => where_parts.push(other.clone()),
            }
        }
        let make = |children: Vec<WhereChild>| {
            (!children.is_empty()).then_some(WhereNode {
                connector: self.connector,
                negated: self.negated,
                children,
                resolved: self.resolved,
            })
        };
        (make(where_parts), make(having_parts))
    }

    pub fn cols(&self, out: &mut Vec<Col>) {
        for child in &self.children {
            match child {
                WhereChild::Node(n) => n.cols(out),
                WhereChild::Lookup(l) => {
                    l.lhs.cols(out);
                    if let Rhs::Expr(e) = &l.rhs {
                        e.cols(out);
                    }
                }
                WhereChild::Nothing => {}
            }
        }
    }

    /// Group-by columns of a HAVING clause.
    pub fn group_by_cols(&self) -> Vec<Expr> {
        let mut out = Vec::new();
        for child in &self.children {
            match child {
                WhereChild::Node(n) => out.extend(n.group_by_cols()),
                WhereChild::Lookup(l) => {
                    out.extend(l.lhs.group_by_cols());
                    if let Rhs::Expr(e) = &l.rhs {
                        out.extend(e.group_by_cols());
                    }
                }
                WhereChild::Nothing => {}
            }
        }
        out
    }

    pub fn relabel(&mut self, map: &[(String, String)]) {
        for child in &mut self.children {
            match child {
                WhereChild::Node(n) => n.relabel(map),
                WhereChild::Lookup(l) => {
                    l.lhs.relabel(map);
                    if let Rhs::Expr(e) = &mut l.rhs {
                        e.relabel(map);
                    }
                }
                WhereChild::Nothing => {}
            }
        }
    }

    /// Visits every expression in the tree, mutably (outer-reference
    /// resolution).
    pub fn exprs_mut(&mut self, f: &mut dyn FnMut(&mut Expr)) {
        for child in &mut self.children {
            match child {
                WhereChild::Node(n) => n.exprs_mut(f),
                WhereChild::Lookup(l) => {
                    f(&mut l.lhs);
                    if let Rhs::Expr(e) = &mut l.rhs {
                        f(e);
                    }
                }
                WhereChild::Nothing => {}
            }
        }
    }
}
