//! Django's `SQLCompiler` for SQLite: turns a [`Query`] into SQL with `%s`
//! placeholders and its parameters, building the pieces in Django's order
//! (`pre_sql_setup`: select, order by, where/having split, extra select,
//! group by; then from, where, group by, having, order by, limit/offset),
//! and `get_aggregation`'s `AggregateQuery` for `count()`/`aggregate()`.

use rusqlite::types::Value;

use super::expr::{
    ArithOp, Col, DatePart, Expr, Lookup, LookupName, Output, Rhs, WhereChild, WhereNode,
};
use super::input::E;
use super::meta::{self, ColumnKind, MetaField};
use super::query::{
    GroupBy, Nulls, OrderItem, Query, SelectRelated, SelectRelatedTree, Selected, Table,
};
use super::QueryError;
use crate::datetime::{TimeZone, Timestamp};
use crate::models::{ModelId, Registry};

/// SQL and its parameters.
pub type Sql = (String, Vec<Value>);

/// The connection's time zone (Django's SQLite backend: UTC when
/// `USE_TZ = True`).
const CONN_TZ: &str = "UTC";

/// The zone date lookups convert to: `TIME_ZONE` (the lecture's
/// Asia/Seoul, or UTC as `startproject` writes it; the shell refuses
/// datetimes in any other zone).
fn zone(reg: &Registry) -> TimeZone {
    match reg.time().zone {
        TimeZone::Utc => TimeZone::Utc,
        TimeZone::Seoul | TimeZone::Other => TimeZone::Seoul,
    }
}

fn zone_name(reg: &Registry) -> &'static str {
    match zone(reg) {
        TimeZone::Utc => "UTC",
        TimeZone::Seoul | TimeZone::Other => "Asia/Seoul",
    }
}

/// `_convert_tznames_to_sql(tzname)`: the zone and the connection's zone
/// under `USE_TZ = True`; two NULLs under `USE_TZ = False`, whose
/// datetimes are naive wall times already.
fn tz_params(reg: &Registry) -> [Value; 2] {
    if reg.time().use_tz {
        [
            Value::Text(zone_name(reg).into()),
            Value::Text(CONN_TZ.into()),
        ]
    } else {
        [Value::Null, Value::Null]
    }
}

/// The zone a year lookup's bounds are in: `TIME_ZONE` made UTC under
/// `USE_TZ = True`; the naive bounds themselves (as UTC's) without.
fn bounds_zone(reg: &Registry) -> TimeZone {
    if reg.time().use_tz {
        zone(reg)
    } else {
        TimeZone::Utc
    }
}

/// Why a piece has no SQL of its own.
#[derive(Clone, Debug, PartialEq)]
pub enum Compile {
    /// `EmptyResultSet`: matches nothing; the query is not sent.
    Empty,
    /// `FullResultSet`: matches everything; the piece is left out.
    Full,
    Error(QueryError),
}

impl From<QueryError> for Compile {
    fn from(e: QueryError) -> Self {
        Compile::Error(e)
    }
}

type CResult = Result<Sql, Compile>;

/// A selected column: the expression, its SQL and its `AS` alias.
type SelectEntry = (Expr, Sql, Option<String>);

/// One ORDER BY term: the expression, descending, whether it refers to the
/// SELECT (`is_ref`), and its NULLS modifier.
type OrderTerm = (Expr, bool, bool, Nulls);

/// The columns a deferred-loading mask keeps, per model level.
#[derive(Clone, Debug, Default, PartialEq)]
struct Mask(Vec<(&'static str, Mask)>);

impl Mask {
    fn get(&self, name: &str) -> Option<&Mask> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, m)| m)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn insert(&mut self, name: &'static str, mask: Mask) {
        if self.get(name).is_none() {
            self.0.push((name, mask));
        }
    }
}

/// Compiles one query.
pub struct Compiler {
    pub query: Query,
    elide_empty: bool,
    select: Vec<SelectEntry>,
    /// Whether arithmetic mixing a decimal and a float compiles (without
    /// its `CAST`): an `update()` value, which Django compiles without
    /// ever needing the output field it cannot infer.
    mixed_numbers: bool,
}

impl Compiler {
    pub fn new(query: Query) -> Compiler {
        Compiler {
            query,
            elide_empty: true,
            select: Vec::new(),
            mixed_numbers: false,
        }
    }

    /// A compiler for an `update()` value: `F('price') * 1.1` on a
    /// `DecimalField` compiles as Django's does, where the output field
    /// it cannot infer is never asked for (`SQLiteNumericMixin` leaves
    /// the `CAST` out on that `FieldError`).
    pub fn for_update_value(query: Query) -> Compiler {
        Compiler {
            mixed_numbers: true,
            ..Compiler::new(query)
        }
    }

    fn quote_unless_alias(&self, name: &str) -> String {
        let in_map = self.query.table(name).is_some();
        let in_tables = self.query.in_table_map(name);
        let external = self
            .query
            .external_aliases
            .iter()
            .any(|(a, aliased)| a == name && *aliased);
        if (in_map || external) && !in_tables {
            name.to_owned()
        } else {
            quote(name)
        }
    }

    // ------------------------------------------------------------ expressions

    pub fn compile(&self, expr: &Expr) -> CResult {
        match expr {
            Expr::Col(col) => Ok((self.col_sql(col), Vec::new())),
            Expr::Value(Value::Null) => Ok(("NULL".into(), Vec::new())),
            Expr::Value(v) => Ok(("%s".into(), vec![v.clone()])),
            Expr::Decimal(text) => Ok((numeric("%s"), vec![Value::Text(text.clone())])),
            Expr::Star => Ok(("*".into(), Vec::new())),
            Expr::Random => Ok(("RAND()".into(), Vec::new())),
            Expr::Extra(e) => {
                let (sql, params) = self.compile(e)?;
                Ok((format!("({sql})"), params))
            }
            // `DurationExpression.as_sql`: `combine_duration_expression`.
            Expr::Combined(a, op @ (ArithOp::DurationAdd | ArithOp::DurationSub), b) => {
                let (a_sql, mut params) = self.compile(a)?;
                let (b_sql, b_params) = self.compile(b)?;
                params.extend(b_params);
                Ok((
                    format!("(django_format_dtdelta('{}', {a_sql}, {b_sql}))", op.sql()),
                    params,
                ))
            }
            Expr::Combined(a, op, b) => {
                let uninferred = mixes_decimal_and_float(expr);
                if uninferred && !self.mixed_numbers {
                    // Django cannot infer the output field: a FieldError
                    // where it needs one (reading, filtering), no cast
                    // where it does not (an update's value).
                    return Err(QueryError::NotSupported(
                        "arithmetic mixing a DecimalField and a float outside update() (give Decimal values)".into(),
                    )
                    .into());
                }
                let (a_sql, mut params) = self.compile(a)?;
                let (b_sql, b_params) = self.compile(b)?;
                params.extend(b_params);
                let sql = format!("({a_sql} {} {b_sql})", op.sql());
                let cast = expr.output().is_decimal() && !uninferred;
                Ok((if cast { numeric(&sql) } else { sql }, params))
            }
            Expr::Aggregate(agg) => {
                let (arg, mut params) = self.compile(&agg.arg)?;
                let distinct = if agg.distinct { "DISTINCT " } else { "" };
                let mut sql = format!("{}({distinct}{arg})", agg.func.sql());
                if let Some(filter) = &agg.filter {
                    match self.compile_where(filter) {
                        Ok((f_sql, f_params)) => {
                            sql = format!("{sql} FILTER (WHERE {f_sql})");
                            params.extend(f_params);
                        }
                        Err(Compile::Full) => {}
                        Err(other) => return Err(other),
                    }
                }
                if expr.output().is_decimal() {
                    sql = numeric(&sql);
                }
                Ok((sql, params))
            }
            Expr::Subquery(q) => {
                let (sql, params) = subquery_sql(q)?;
                Ok((format!("({sql})"), params))
            }
            Expr::Exists(q) => match subquery_sql(q) {
                Ok((sql, params)) => Ok((format!("EXISTS({sql})"), params)),
                Err(Compile::Empty) => self.compile(&Expr::Value(Value::Integer(0))),
                Err(other) => Err(other),
            },
            Expr::Negated(inner) => {
                let (sql, params) = self.compile(inner)?;
                Ok((format!("NOT {sql}"), params))
            }
            // `date_extract_sql`: a date has no zone to convert from.
            Expr::Extract(part, lhs) if lhs.output() == Output::Column(ColumnKind::Date) => {
                let (sql, lhs_params) = self.compile(lhs)?;
                let mut params = vec![Value::Text(part.name().into())];
                params.extend(lhs_params);
                Ok((format!("django_date_extract(%s, {sql})"), params))
            }
            // `time_extract_sql`: nor has a time.
            Expr::Extract(part, lhs) if lhs.output() == Output::Column(ColumnKind::Time) => {
                let (sql, lhs_params) = self.compile(lhs)?;
                let mut params = vec![Value::Text(part.name().into())];
                params.extend(lhs_params);
                Ok((format!("django_time_extract(%s, {sql})"), params))
            }
            Expr::Extract(part, lhs) => {
                let (sql, lhs_params) = self.compile(lhs)?;
                let mut params = vec![Value::Text(part.name().into())];
                params.extend(lhs_params);
                params.extend(tz_params(self.query.reg));
                Ok((format!("django_datetime_extract(%s, {sql}, %s, %s)"), params))
            }
            Expr::TruncDate(lhs) => {
                let (sql, mut params) = self.compile(lhs)?;
                params.extend(tz_params(self.query.reg));
                Ok((format!("django_datetime_cast_date({sql}, %s, %s)"), params))
            }
            Expr::TruncTime(lhs) => {
                let (sql, mut params) = self.compile(lhs)?;
                params.extend(tz_params(self.query.reg));
                Ok((format!("django_datetime_cast_time({sql}, %s, %s)"), params))
            }
            Expr::Func(func, arg) => {
                let (sql, params) = self.compile(arg)?;
                Ok((format!("{}({sql})", func.sql()), params))
            }
            Expr::Ref(name, _) => Ok((quote(name), Vec::new())),
            Expr::Position(ordinal, _) => Ok((ordinal.to_string(), Vec::new())),
            Expr::OuterRef(_) => Err(QueryError::Value(
                "This queryset contains a reference to an outer query and may only be used in a subquery."
                    .into(),
            )
            .into()),
        }
    }

    fn col_sql(&self, col: &Col) -> String {
        format!(
            "{}.{}",
            self.quote_unless_alias(&col.alias),
            quote(col.target.column)
        )
    }

    pub fn compile_where(&self, node: &WhereNode) -> CResult {
        let (mut full_needed, mut empty_needed) = match node.connector {
            super::expr::Connector::And => (node.children.len(), 1),
            super::expr::Connector::Or => (1, node.children.len()),
        };
        let mut result = Vec::new();
        let mut params = Vec::new();
        for child in &node.children {
            let compiled = match child {
                WhereChild::Node(n) => self.compile_where(n),
                WhereChild::Lookup(l) => self.compile_lookup(l),
                WhereChild::Nothing => Err(Compile::Empty),
            };
            match compiled {
                Err(Compile::Empty) => empty_needed = empty_needed.saturating_sub(1),
                Err(Compile::Full) => full_needed = full_needed.saturating_sub(1),
                Err(e) => return Err(e),
                Ok((sql, p)) => {
                    if sql.is_empty() {
                        full_needed = full_needed.saturating_sub(1);
                    } else {
                        result.push(sql);
                        params.extend(p);
                    }
                }
            }
            if empty_needed == 0 {
                return Err(if node.negated {
                    Compile::Full
                } else {
                    Compile::Empty
                });
            }
            if full_needed == 0 {
                return Err(if node.negated {
                    Compile::Empty
                } else {
                    Compile::Full
                });
            }
        }
        let sql = result.join(&format!(" {} ", node.connector.sql()));
        if sql.is_empty() {
            return Err(Compile::Full);
        }
        let sql = if node.negated {
            format!("NOT ({sql})")
        } else if result.len() > 1 || node.resolved {
            format!("({sql})")
        } else {
            sql
        };
        Ok((sql, params))
    }

    fn compile_lookup(&self, lookup: &Lookup) -> CResult {
        if lookup.year {
            if let (Expr::Extract(DatePart::Year, col), Rhs::Value(Value::Integer(year))) =
                (&lookup.lhs, &lookup.rhs)
            {
                return self.year_lookup(lookup.name, col, *year);
            }
        }
        let (lhs, mut params) = self.compile(&lookup.lhs)?;
        if lookup.name == LookupName::Exact {
            if let Rhs::Bool(b) = lookup.rhs {
                if lookup.lhs.output() == Output::Boolean
                    || lookup.lhs.output() == Output::Column(ColumnKind::Boolean)
                {
                    return Ok((if b { lhs } else { format!("NOT {lhs}") }, params));
                }
            }
        }
        if lookup.name == LookupName::IsNull {
            let Rhs::Bool(is_null) = lookup.rhs else {
                return Err(QueryError::Value(
                    "The QuerySet value for an isnull lookup must be True or False.".into(),
                )
                .into());
            };
            let op = if is_null { "IS NULL" } else { "IS NOT NULL" };
            return Ok((format!("{lhs} {op}"), params));
        }
        let (rhs, rhs_params) = match &lookup.rhs {
            Rhs::Value(v) => ("%s".to_owned(), vec![v.clone()]),
            Rhs::Bool(b) => ("%s".to_owned(), vec![Value::Integer(i64::from(*b))]),
            Rhs::Values(values) => {
                if lookup.name == LookupName::Range {
                    (String::new(), values.clone())
                } else {
                    let mut unique: Vec<Value> = Vec::new();
                    for v in values {
                        if *v != Value::Null && !unique.contains(v) {
                            unique.push(v.clone());
                        }
                    }
                    if unique.is_empty() {
                        return Err(Compile::Empty);
                    }
                    let marks = vec!["%s"; unique.len()].join(", ");
                    (format!("({marks})"), unique)
                }
            }
            Rhs::Expr(e) => {
                if lookup.name.pattern().is_some() || lookup.name == LookupName::IExact {
                    return Err(QueryError::NotSupported(
                        "a pattern lookup against an expression".into(),
                    )
                    .into());
                }
                let (sql, p) = self.compile(e)?;
                let sql = if !matches!(e, Expr::Value(_)) && !sql.starts_with('(') {
                    format!("({sql})")
                } else {
                    sql
                };
                (sql, p)
            }
        };
        params.extend(rhs_params);
        let op = match lookup.name {
            LookupName::Exact => format!("= {rhs}"),
            LookupName::IExact
            | LookupName::Contains
            | LookupName::IContains
            | LookupName::StartsWith
            | LookupName::IStartsWith
            | LookupName::EndsWith
            | LookupName::IEndsWith => format!("LIKE {rhs} ESCAPE '\\'"),
            LookupName::In => format!("IN {rhs}"),
            LookupName::Gt => format!("> {rhs}"),
            LookupName::Gte => format!(">= {rhs}"),
            LookupName::Lt => format!("< {rhs}"),
            LookupName::Lte => format!("<= {rhs}"),
            LookupName::Range => "BETWEEN %s AND %s".to_owned(),
            LookupName::IsNull => String::new(),
        };
        Ok((format!("{lhs} {op}"), params))
    }

    /// `YearLookup.as_sql` with a plain year: the column against the
    /// year's first and last instants in `TIME_ZONE`, in UTC.
    fn year_lookup(&self, name: LookupName, col: &Expr, year: i64) -> CResult {
        let (lhs, mut params) = self.compile(col)?;
        let (start, finish) = if col.output() == Output::Column(ColumnKind::Date) {
            date_year_bounds(year)?
        } else {
            year_bounds(bounds_zone(self.query.reg), year)?
        };
        let sql = match name {
            LookupName::Exact => {
                params.push(Value::Text(start));
                params.push(Value::Text(finish));
                "BETWEEN %s AND %s"
            }
            LookupName::Gt => {
                params.push(Value::Text(finish));
                "> %s"
            }
            LookupName::Gte => {
                params.push(Value::Text(start));
                ">= %s"
            }
            LookupName::Lt => {
                params.push(Value::Text(start));
                "< %s"
            }
            LookupName::Lte => {
                params.push(Value::Text(finish));
                "<= %s"
            }
            _ => {
                return Err(QueryError::NotSupported("this year lookup".into()).into());
            }
        };
        Ok((format!("{lhs} {sql}"), params))
    }

    // ------------------------------------------------------------ select

    fn select_mask(&self) -> Result<Mask, QueryError> {
        let (names, defer) = &self.query.deferred_loading;
        if names.is_empty() {
            return Ok(Mask::default());
        }
        let mut tree = SelectRelatedTree::default();
        let mut builder = |name: &String| {
            let mut level = &mut tree;
            for part in name.split("__") {
                let at = match level.0.iter().position(|(n, _)| n == part) {
                    Some(at) => at,
                    None => {
                        level
                            .0
                            .push((part.to_owned(), SelectRelatedTree::default()));
                        level.0.len() - 1
                    }
                };
                level = &mut level.0[at].1;
            }
        };
        for n in names {
            builder(n);
        }
        if *defer {
            defer_mask(self.query.reg, self.query.model, &tree)
        } else {
            only_mask(self.query.reg, self.query.model, &tree)
        }
    }

    fn default_columns(
        &mut self,
        mask: &Mask,
        start_alias: Option<String>,
        model: ModelId,
    ) -> Vec<Expr> {
        let alias = match start_alias {
            Some(a) => a,
            None => self.query.get_initial_alias(),
        };
        meta::concrete_fields(self.query.reg, model)
            .filter(|f| mask.is_empty() || mask.get(f.name).is_some())
            .map(|target| {
                Expr::Col(Col {
                    alias: alias.clone(),
                    target,
                    possibly_multivalued: false,
                })
            })
            .collect()
    }

    fn get_select(&mut self, with_col_aliases: bool) -> Result<Vec<SelectEntry>, Compile> {
        let mask = self.select_mask()?;
        let cols = if self.query.default_cols {
            self.default_columns(&mask, None, self.query.model)
        } else {
            self.query.select.clone()
        };
        let mut selected: Vec<(Option<String>, Expr)> = Vec::new();
        match self.query.selected.clone() {
            None => {
                selected.extend(cols.iter().cloned().map(|c| (None, c)));
                selected.extend(
                    self.query
                        .annotation_select()
                        .into_iter()
                        .map(|(k, e)| (Some(k), e)),
                );
            }
            Some(entries) => {
                for (alias, what) in entries {
                    let expr = match what {
                        Selected::Annotation(name) => match self.query.annotation(&name) {
                            Some(e) => e.clone(),
                            None => continue,
                        },
                        Selected::Column(i) => match cols.get(i) {
                            Some(c) => c.clone(),
                            None => continue,
                        },
                    };
                    selected.push((Some(alias), expr));
                }
            }
        }
        let mut select: Vec<(Expr, Option<String>)> = self
            .query
            .extra_select
            .iter()
            .map(|(alias, e)| (Expr::Extra(Box::new(e.clone())), Some(alias.clone())))
            .collect();
        select.extend(selected.into_iter().map(|(a, e)| (e, a)));
        if self.query.select_related != SelectRelated::None {
            let root = self.query.get_initial_alias();
            let (restricted, requested) = match &self.query.select_related {
                SelectRelated::Fields(f) => (true, SelectRelatedTree(f.clone())),
                _ => (false, SelectRelatedTree::default()),
            };
            self.related_selections(
                &mut select,
                &mask,
                self.query.model,
                &root,
                1,
                &requested,
                restricted,
            )?;
        }
        let mut out = Vec::new();
        let mut col_idx = 1;
        for (expr, alias) in select {
            let sql = match self.compile(&expr) {
                Ok(sql) => sql,
                // `Subquery.empty_result_set_value` is None.
                Err(Compile::Empty) if matches!(expr, Expr::Subquery(_)) => {
                    ("NULL".into(), Vec::new())
                }
                Err(Compile::Empty) => ("0".into(), Vec::new()),
                Err(Compile::Full) => ("%s".into(), vec![Value::Integer(1)]),
                Err(e) => return Err(e),
            };
            let alias = match alias {
                None if with_col_aliases => {
                    let a = format!("col{col_idx}");
                    col_idx += 1;
                    Some(a)
                }
                other => other,
            };
            out.push((expr, sql, alias));
        }
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn related_selections(
        &mut self,
        select: &mut Vec<(Expr, Option<String>)>,
        mask: &Mask,
        model: ModelId,
        root_alias: &str,
        depth: usize,
        requested: &SelectRelatedTree,
        restricted: bool,
    ) -> Result<(), Compile> {
        if !restricted && depth > self.query.max_depth {
            return Ok(());
        }
        let mut found = Vec::new();
        for field in meta::concrete_fields(self.query.reg, model).collect::<Vec<_>>() {
            found.push(field.name);
            let to = meta::foreign_target(self.query.reg, model, &field);
            let next = if restricted {
                let next = requested.get(field.name).cloned();
                if to.is_none() && next.is_some() {
                    let choices: Vec<&str> = meta::concrete_fields(self.query.reg, model)
                        .filter(|f| meta::foreign_target(self.query.reg, model, f).is_some())
                        .map(|f| f.name)
                        .collect();
                    return Err(QueryError::Field(format!(
                        "Non-relational field given in select_related: '{}'. Choices are: {}",
                        field.name,
                        if choices.is_empty() {
                            "(none)".to_owned()
                        } else {
                            choices.join(", ")
                        }
                    ))
                    .into());
                }
                next.unwrap_or_default()
            } else {
                SelectRelatedTree::default()
            };
            let Some(to) = to else { continue };
            if restricted && requested.get(field.name).is_none() {
                continue;
            }
            if !restricted && field.null {
                continue;
            }
            if restricted && !mask.is_empty() && mask.get(field.name).is_none() {
                return Err(QueryError::Field(format!(
                    "Field {}.{} cannot be both deferred and traversed using select_related at the same time.",
                    meta::object_name(self.query.reg, model),
                    field.name
                ))
                .into());
            }
            let related_mask = mask.get(field.name).cloned().unwrap_or_default();
            let info = self
                .query
                .setup_joins(&[field.name.to_owned()], model, root_alias, None, true)
                .map_err(|_| QueryError::Field(format!("Invalid field name: '{}'", field.name)))?;
            let alias = info.joins.last().cloned().unwrap_or_default();
            for col in self.default_columns(&related_mask, Some(alias.clone()), to) {
                select.push((col, None));
            }
            self.related_selections(
                select,
                &related_mask,
                to,
                &alias,
                depth + 1,
                &next,
                restricted,
            )?;
        }
        if restricted {
            let missing: Vec<&str> = requested
                .0
                .iter()
                .map(|(n, _)| n.as_str())
                .filter(|n| !found.contains(n))
                .collect();
            if !missing.is_empty() {
                let choices: Vec<&str> = meta::concrete_fields(self.query.reg, model)
                    .filter(|f| meta::foreign_target(self.query.reg, model, f).is_some())
                    .map(|f| f.name)
                    .collect();
                return Err(QueryError::Field(format!(
                    "Invalid field name(s) given in select_related: '{}'. Choices are: {}",
                    missing.join("', '"),
                    if choices.is_empty() {
                        "(none)".to_owned()
                    } else {
                        choices.join(", ")
                    }
                ))
                .into());
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ order by

    /// Whether the ordering is the model's `Meta.ordering` (Django's
    /// `_meta_ordering`): no `order_by()` and default ordering on.
    fn meta_ordering(&self) -> bool {
        self.query.default_ordering
            && self.query.order_by.is_empty()
            && !meta::ordering(self.query.reg, self.query.model).is_empty()
    }

    fn order_by_pairs(&mut self) -> Result<Vec<OrderTerm>, Compile> {
        let ordering: Vec<OrderItem> =
            if !self.query.default_ordering || !self.query.order_by.is_empty() {
                self.query.order_by.clone()
            } else {
                meta::ordering(self.query.reg, self.query.model)
                    .iter()
                    .map(|s| OrderItem::Name(s.clone()))
                    .collect()
            };
        let default_desc = !self.query.standard_ordering;
        let mut selected: Vec<(Option<String>, Expr, usize)> = Vec::new();
        if !ordering.is_empty() {
            for (i, (expr, _, alias)) in self.select.iter().enumerate() {
                selected.push((alias.clone(), expr.clone(), i + 1));
            }
        }
        let mut out = Vec::new();
        for item in ordering {
            let field = match item {
                OrderItem::Name(field) => field,
                OrderItem::F {
                    name,
                    descending,
                    nulls,
                } => {
                    // `OrderBy(F(name))`, reversed with the query; a name
                    // the SELECT has orders by its position.
                    let (descending, nulls) = if default_desc {
                        (!descending, nulls.reversed())
                    } else {
                        (descending, nulls)
                    };
                    if let Some((expr, is_ref)) = self.selected_or_annotated(&selected, &name) {
                        out.push((expr, descending, is_ref, nulls));
                        continue;
                    }
                    let from = out.len();
                    self.order_by_name(&name, descending, &mut out)?;
                    for term in &mut out[from..] {
                        term.3 = nulls;
                    }
                    continue;
                }
            };
            if field == "?" {
                // `OrderBy(Random())`: ascending, `reverse()` or not.
                out.push((Expr::Random, false, false, Nulls::Default));
                continue;
            }
            let (col, descending) = match field.strip_prefix('-') {
                Some(rest) => (rest.to_owned(), !default_desc),
                None => (field.clone(), default_desc),
            };
            if let Some((expr, is_ref)) = self.selected_or_annotated(&selected, &col) {
                out.push((expr, descending, is_ref, Nulls::Default));
                continue;
            }
            if let Some(first) = col.split("__").next() {
                if self.query.annotation(first).is_some() {
                    return Err(QueryError::NotSupported(
                        "ordering by a transform of an annotation".into(),
                    )
                    .into());
                }
            }
            for (name, descending) in
                relation_ordering(self.query.reg, self.query.model, &col, descending)?
            {
                self.order_by_name(&name, descending, &mut out)?;
            }
        }
        Ok(out)
    }

    /// What an ordering name refers to before any field: a column the
    /// SELECT names (by its position, `is_ref`), else an annotation.
    fn selected_or_annotated(
        &self,
        selected: &[(Option<String>, Expr, usize)],
        name: &str,
    ) -> Option<(Expr, bool)> {
        if let Some((_, expr, ordinal)) = selected
            .iter()
            .find(|(alias, _, _)| alias.as_deref() == Some(name))
        {
            return Some((Expr::Position(*ordinal, Box::new(expr.clone())), true));
        }
        self.query
            .annotation(name)
            .cloned()
            .map(|expr| (expr, false))
    }

    /// One ordering name resolved to its columns (`find_ordering_name`
    /// once relations are expanded).
    fn order_by_name(
        &mut self,
        col: &str,
        descending: bool,
        out: &mut Vec<OrderTerm>,
    ) -> Result<(), Compile> {
        {
            let parts: Vec<String> = col.split("__").map(str::to_owned).collect();
            let alias = self.query.get_initial_alias();
            let info = self
                .query
                .setup_joins(&parts, self.query.model, &alias, None, true)
                .map_err(|e| match e {
                    super::query::PathError::Field(e) => Compile::Error(e),
                    _ => Compile::Error(QueryError::Field("Invalid order_by".into())),
                })?;
            let (targets, alias, _) = self.query.trim_joins(info.targets, info.joins, &info.path);
            for t in targets {
                let mut expr = Expr::Col(Col {
                    alias: alias.clone(),
                    target: t,
                    possibly_multivalued: false,
                });
                for name in &info.transforms {
                    expr = match (DatePart::from_name(name), name.as_str()) {
                        (Some(p), _) => Expr::Extract(p, Box::new(expr)),
                        (None, "date") => Expr::TruncDate(Box::new(expr)),
                        (None, "time") => Expr::TruncTime(Box::new(expr)),
                        _ => {
                            return Err(
                                QueryError::Field(format!("Unsupported lookup '{name}'")).into()
                            )
                        }
                    };
                }
                out.push((expr, descending, false, Nulls::Default));
            }
        }
        Ok(())
    }

    /// `(expr, (sql, params), is_ref)` of each ORDER BY term, duplicates dropped.
    fn get_order_by(&mut self) -> Result<Vec<(Expr, Sql, bool)>, Compile> {
        let mut result = Vec::new();
        let mut seen: Vec<(String, Vec<Value>)> = Vec::new();
        for (expr, descending, is_ref, nulls) in self.order_by_pairs()? {
            let (sql, params) = self.compile(&expr)?;
            let without = sql.clone();
            let key = (without, params.clone());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let direction = if descending { "DESC" } else { "ASC" };
            let sql = format!("{sql} {direction}{}", nulls.sql());
            result.push((expr, (sql, params), is_ref));
        }
        Ok(result)
    }

    // ------------------------------------------------------------ group by

    fn get_group_by(
        &self,
        select: &[SelectEntry],
        order_by: &[(Expr, Sql, bool)],
        having: Option<&WhereNode>,
    ) -> Result<Vec<Sql>, Compile> {
        let mut expressions: Vec<Expr> = Vec::new();
        let mut refs: Vec<String> = Vec::new();
        match &self.query.group_by {
            GroupBy::None => return Ok(Vec::new()),
            GroupBy::All => {}
            GroupBy::Exprs(exprs) => {
                for e in exprs {
                    match e {
                        Expr::Ref(name, source) => {
                            if !refs.contains(name) {
                                refs.push(name.clone());
                                expressions.push((**source).clone());
                            }
                        }
                        other => expressions.push(other.clone()),
                    }
                }
            }
        }
        let mut positions: Vec<(Expr, usize)> = Vec::new();
        for (i, (expr, _, alias)) in select.iter().enumerate() {
            if alias.is_some() {
                positions.push((expr.clone(), i + 1));
            }
            if alias.as_ref().is_some_and(|a| refs.contains(a)) {
                continue;
            }
            expressions.extend(expr.group_by_cols());
        }
        // `Meta.ordering` is not grouped by (it does not order a grouped
        // query either, see `as_sql`).
        if !self.meta_ordering() {
            for (expr, _, is_ref) in order_by {
                if !is_ref {
                    expressions.extend(expr.group_by_cols());
                }
            }
        }
        if let Some(having) = having {
            expressions.extend(having.group_by_cols());
        }
        let mut result: Vec<Sql> = Vec::new();
        for expr in expressions {
            let sql = match self.compile(&expr) {
                Ok(sql) => sql,
                Err(Compile::Empty) | Err(Compile::Full) => continue,
                Err(e) => return Err(e),
            };
            let sql = match positions.iter().find(|(e, _)| *e == expr) {
                Some((_, pos)) => (pos.to_string(), Vec::new()),
                None => sql,
            };
            if !result.contains(&sql) {
                result.push(sql);
            }
        }
        Ok(result)
    }

    fn get_from_clause(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (alias, table) in &self.query.alias_map {
            if self.query.refcount(alias) <= 0 {
                continue;
            }
            match table {
                Table::Base { table_name, alias } => {
                    let mut sql = self.quote_unless_alias(table_name);
                    if alias != table_name {
                        sql.push(' ');
                        sql.push_str(alias);
                    }
                    out.push(sql);
                }
                Table::Join(join) => {
                    let (lhs, rhs) = join.join_field.join_cols();
                    let alias_str = if join.table_alias == join.table_name {
                        String::new()
                    } else {
                        format!(" {}", join.table_alias)
                    };
                    out.push(format!(
                        "{} {}{} ON ({}.{} = {}.{})",
                        join.join_type.sql(),
                        self.quote_unless_alias(join.table_name),
                        alias_str,
                        self.quote_unless_alias(&join.parent_alias),
                        quote(lhs),
                        self.quote_unless_alias(&join.table_alias),
                        quote(rhs),
                    ));
                }
            }
        }
        out
    }

    /// `as_sql()`.
    pub fn as_sql(&mut self, with_limits: bool, with_col_aliases: bool) -> CResult {
        let before = self.query.alias_refcount.clone();
        let result = self.as_sql_inner(with_limits, with_col_aliases);
        self.query.reset_refcounts(&before);
        result
    }

    fn as_sql_inner(&mut self, with_limits: bool, with_col_aliases: bool) -> CResult {
        // pre_sql_setup
        if self
            .query
            .alias_map
            .iter()
            .all(|(a, _)| self.query.refcount(a) == 0)
        {
            self.query.get_initial_alias();
        }
        self.select = self.get_select(with_col_aliases)?;
        let mut order_by = self.get_order_by()?;
        let (where_, having) = self.query.where_.split_having(false);
        let mut extra_select: Vec<SelectEntry> = Vec::new();
        if self.query.distinct {
            for (expr, (sql, params), is_ref) in &order_by {
                let without = strip_ordering(sql);
                let present = self
                    .select
                    .iter()
                    .any(|(_, (s, p), _)| *s == without && p == params);
                if !is_ref && !present {
                    extra_select.push((expr.clone(), (without, params.clone()), None));
                }
            }
        }
        let mut all_select = self.select.clone();
        all_select.extend(extra_select.iter().cloned());
        let group_by = self.get_group_by(&all_select, &order_by, having.as_ref())?;

        let from = self.get_from_clause();
        let (where_sql, where_params) = match where_.as_ref().map(|w| self.compile_where(w)) {
            None => (String::new(), Vec::new()),
            Some(Ok(sql)) => sql,
            Some(Err(Compile::Empty)) => {
                if self.elide_empty {
                    return Err(Compile::Empty);
                }
                ("0 = 1".into(), Vec::new())
            }
            Some(Err(Compile::Full)) => (String::new(), Vec::new()),
            Some(Err(e)) => return Err(e),
        };
        let (having_sql, having_params) = match having.as_ref().map(|h| self.compile_where(h)) {
            None | Some(Err(Compile::Full)) => (String::new(), Vec::new()),
            Some(Ok(sql)) => sql,
            Some(Err(e)) => return Err(e),
        };
        let mut result = vec!["SELECT".to_owned()];
        let mut params = Vec::new();
        if self.query.distinct {
            result.push("DISTINCT".into());
        }
        let mut out_cols = Vec::new();
        for (_, (sql, p), alias) in &all_select {
            params.extend(p.iter().cloned());
            match alias {
                Some(a) => out_cols.push(format!("{sql} AS {}", quote(a))),
                None => out_cols.push(sql.clone()),
            }
        }
        result.push(out_cols.join(", "));
        if !from.is_empty() {
            result.push("FROM".into());
            result.extend(from);
        }
        if !where_sql.is_empty() {
            result.push(format!("WHERE {where_sql}"));
            params.extend(where_params);
        }
        if !group_by.is_empty() {
            let mut grouping = Vec::new();
            for (sql, p) in group_by {
                grouping.push(sql);
                params.extend(p);
            }
            result.push(format!("GROUP BY {}", grouping.join(", ")));
            // Django 3.1+: `Meta.ordering` does not order a grouped query
            // (`_meta_ordering`).
            if self.meta_ordering() {
                order_by.clear();
            }
        }
        if !having_sql.is_empty() {
            result.push(format!("HAVING {having_sql}"));
            params.extend(having_params);
        }
        if !order_by.is_empty() {
            let mut ordering = Vec::new();
            for (_, (sql, p), _) in &order_by {
                ordering.push(sql.clone());
                params.extend(p.iter().cloned());
            }
            result.push(format!("ORDER BY {}", ordering.join(", ")));
        }
        if with_limits && self.query.is_sliced() {
            let offset = self.query.low_mark;
            let limit: Option<i64> = match self.query.high_mark {
                Some(h) => Some((h - offset) as i64),
                None if offset > 0 => Some(-1),
                None => None,
            };
            let mut parts = Vec::new();
            if let Some(l) = limit.filter(|l| *l != 0) {
                parts.push(format!("LIMIT {l}"));
            }
            if offset > 0 {
                parts.push(format!("OFFSET {offset}"));
            }
            result.push(parts.join(" "));
        }
        Ok((result.join(" "), params))
    }
}

/// `SQLiteNumericMixin.as_sqlite`: an expression whose output is a
/// `DecimalField` is cast to NUMERIC.
fn numeric(sql: &str) -> String {
    format!("(CAST({sql} AS NUMERIC))")
}

/// `Query.as_sql` of a subquery: its own compiler, no extra parentheses.
fn subquery_sql(query: &Query) -> CResult {
    let mut compiler = Compiler::new(query.clone());
    compiler.as_sql(true, false)
}

fn strip_ordering(sql: &str) -> String {
    for suffix in [" ASC", " DESC"] {
        if let Some(rest) = sql.strip_suffix(suffix) {
            return rest.to_owned();
        }
    }
    sql.to_owned()
}

/// `connection.ops.quote_name`.
pub fn quote(name: &str) -> String {
    if name.starts_with('"') && name.ends_with('"') {
        name.to_owned()
    } else {
        format!("\"{name}\"")
    }
}

fn defer_mask(
    reg: &'static Registry,
    model: ModelId,
    tree: &SelectRelatedTree,
) -> Result<Mask, QueryError> {
    let mut mask = Mask::default();
    mask.insert(meta::pk(reg, model).name, Mask::default());
    for field in meta::concrete_fields(reg, model) {
        let sub = tree.get(field.name).or_else(|| tree.get(field.attname()));
        match sub {
            None => mask.insert(field.name, Mask::default()),
            Some(sub) if !sub.0.is_empty() => {
                let Some(to) = meta::foreign_target(reg, model, &field) else {
                    return Err(QueryError::Field(sub.0[0].0.clone()));
                };
                mask.insert(field.name, defer_mask(reg, to, sub)?);
            }
            Some(_) => {}
        }
    }
    for (name, _) in &tree.0 {
        if meta::get_field(reg, model, name).is_none() {
            return Err(QueryError::FieldDoesNotExist(format!(
                "{} has no field named '{name}'",
                meta::object_name(reg, model)
            )));
        }
    }
    Ok(mask)
}

fn only_mask(
    reg: &'static Registry,
    model: ModelId,
    tree: &SelectRelatedTree,
) -> Result<Mask, QueryError> {
    let mut mask = Mask::default();
    mask.insert(meta::pk(reg, model).name, Mask::default());
    for (name, sub) in &tree.0 {
        let Some(field) = meta::get_field(reg, model, name) else {
            return Err(QueryError::Field(format!(
                "{} has no field named '{name}'",
                meta::object_name(reg, model)
            )));
        };
        let MetaField::Column { field, to } = field else {
            continue;
        };
        if sub.0.is_empty() {
            mask.insert(field.name, Mask::default());
        } else {
            let Some(to) = to else {
                return Err(QueryError::Field(sub.0[0].0.clone()));
            };
            mask.insert(field.name, only_mask(reg, to, sub)?);
        }
    }
    Ok(mask)
}

/// `find_ordering_name`'s relation step: ordering by a foreign key's name
/// (not its attname, not `pk`, no transform) orders by the related model's
/// `Meta.ordering` under that name, each item's direction flipped when the
/// name is descending; a loop of such orderings is Django's `FieldError`.
/// Anything else is the name itself.
fn relation_ordering(
    reg: &'static Registry,
    model: ModelId,
    name: &str,
    descending: bool,
) -> Result<Vec<(String, bool)>, Compile> {
    let mut out = Vec::new();
    expand_ordering(reg, model, name, descending, &mut Vec::new(), &mut out)?;
    Ok(out)
}

fn expand_ordering(
    reg: &'static Registry,
    model: ModelId,
    name: &str,
    descending: bool,
    seen: &mut Vec<(ModelId, String)>,
    out: &mut Vec<(String, bool)>,
) -> Result<(), Compile> {
    let mut current = model;
    let mut target = None;
    let parts: Vec<&str> = name.split("__").collect();
    for (n, part) in parts.iter().enumerate() {
        let last = n + 1 == parts.len();
        match meta::get_field(reg, current, part) {
            Some(MetaField::Column {
                field,
                to: Some(to),
            }) => {
                if last && field.name == *part && *part != "pk" {
                    target = Some((current, to));
                }
                current = to;
            }
            Some(MetaField::Column { .. }) | None => break,
            // Reverse and many-to-many names: resolved as before.
            Some(_) => break,
        }
    }
    let ordering = target
        .map(|(_, to)| meta::ordering(reg, to))
        .unwrap_or_default();
    let Some((owner, _)) = target.filter(|_| !ordering.is_empty() && name != "pk") else {
        out.push((name.to_owned(), descending));
        return Ok(());
    };
    // The same relation met again is a cycle (Django notices it once its
    // joins repeat; the error is the same).
    let key = (owner, parts.last().copied().unwrap_or_default().to_owned());
    if seen.contains(&key) {
        return Err(QueryError::Field("Infinite loop caused by ordering.".into()).into());
    }
    seen.push(key);
    for item in ordering {
        let (item, item_descending) = match item.strip_prefix('-') {
            Some(rest) => (rest, !descending),
            None => (item.as_str(), descending),
        };
        if item == "?" {
            return Err(QueryError::NotSupported(
                "a related model's Meta.ordering with '?'".into(),
            )
            .into());
        }
        expand_ordering(
            reg,
            model,
            &format!("{name}__{item}"),
            item_descending,
            seen,
            out,
        )?;
    }
    Ok(())
}

/// `year_lookup_bounds_for_date_field`: the year's first and last days.
fn date_year_bounds(year: i64) -> Result<(String, String), QueryError> {
    if !(1..=9999).contains(&year) {
        return Err(QueryError::Value(format!("year {year} is out of range")));
    }
    Ok((format!("{year:04}-01-01"), format!("{year:04}-12-31")))
}

/// The first and last instants of a year in `zone`, as UTC storage text.
fn year_bounds(zone: TimeZone, year: i64) -> Result<(String, String), QueryError> {
    let year = i32::try_from(year)
        .map_err(|_| QueryError::Value(format!("year {year} is out of range")))?;
    let parts = match zone {
        TimeZone::Utc => Timestamp::from_utc_parts,
        TimeZone::Seoul | TimeZone::Other => Timestamp::from_seoul_parts,
    };
    let start = parts(year, 1, 1, 0, 0, 0, 0);
    let finish = parts(year, 12, 31, 23, 59, 59, 999_999);
    match (start, finish) {
        (Some(s), Some(f)) => Ok((s.to_storage(), f.to_storage())),
        _ => Err(QueryError::Value(format!("year {year} is out of range"))),
    }
}

// ---------------------------------------------------------------- aggregation

/// `get_aggregation`: the SQL `aggregate()` and `count()` send, `None`
/// when the query can match nothing (no query is sent).
pub fn aggregation_sql(
    query: &Query,
    aggregates: &[(String, E)],
) -> Result<Option<Sql>, QueryError> {
    let mut q = query.clone();
    let mask_before = q.annotation_select_mask.clone();
    let mut resolved: Vec<(String, Expr)> = Vec::new();
    for (alias, e) in aggregates {
        let agg = q.resolve_expr(e, true, None, true)?;
        if !agg.contains_aggregate() {
            return Err(QueryError::Type(format!(
                "{alias} is not an aggregate expression"
            )));
        }
        q.append_annotation_mask(std::slice::from_ref(alias));
        q.annotations.push((alias.clone(), agg.clone()));
        resolved.push((alias.clone(), agg));
    }
    q.annotations
        .retain(|(k, _)| !aggregates.iter().any(|(a, _)| a == k));
    q.set_annotation_mask(mask_before);
    let (_, having) = q.where_.split_having(false);
    let has_existing =
        q.annotations.iter().any(|(_, e)| e.contains_aggregate()) || having.is_some();
    let result =
        if matches!(q.group_by, GroupBy::Exprs(_)) || q.is_sliced() || has_existing || q.distinct {
            let mut inner = q.clone();
            inner.subquery = true;
            inner.select_related = SelectRelated::None;
            let names: Vec<String> = q.annotation_select().into_iter().map(|(k, _)| k).collect();
            inner.set_annotation_mask(Some(names));
            inner.clear_ordering(false, true);
            if !inner.distinct {
                if inner.default_cols && has_existing {
                    let alias = inner.get_initial_alias();
                    inner.group_by = GroupBy::Exprs(vec![Expr::Col(Col {
                        alias,
                        target: meta::pk(inner.reg, inner.model),
                        possibly_multivalued: false,
                    })]);
                }
                inner.default_cols = false;
                let mut mask: Vec<String> = Vec::new();
                if let GroupBy::Exprs(exprs) = &q.group_by {
                    for e in exprs {
                        refs_of(e, &mut mask);
                    }
                }
                for (_, agg) in &resolved {
                    refs_of(agg, &mut mask);
                }
                for (alias, annotation) in q.annotation_select() {
                    if !annotation.group_by_cols().is_empty() && !mask.contains(&alias) {
                        mask.push(alias);
                    }
                }
                inner.set_annotation_mask(Some(mask));
            }
            let mut col_refs: Vec<(Col, String)> = Vec::new();
            let mut outer_annotations = Vec::new();
            for (_, agg) in &resolved {
                let mut agg = agg.clone();
                let mut cols = Vec::new();
                cols_without_refs(&agg, &mut cols);
                for col in cols {
                    if !col_refs.iter().any(|(c, _)| *c == col) {
                        let name = format!("__col{}", col_refs.len() + 1);
                        inner.add_resolved_annotation(&name, Expr::Col(col.clone()), true);
                        col_refs.push((col, name));
                    }
                }
                replace_cols(&mut agg, &col_refs);
                outer_annotations.push(agg);
            }
            if inner.select.is_empty()
                && !inner.default_cols
                && inner
                    .annotation_select_mask
                    .as_ref()
                    .is_none_or(Vec::is_empty)
            {
                let alias = inner.get_initial_alias();
                inner.select = vec![Expr::Col(Col {
                    alias,
                    target: meta::pk(inner.reg, inner.model),
                    possibly_multivalued: false,
                })];
            }
            let outer = Compiler::new(Query::new(q.reg, q.model));
            let mut parts = Vec::new();
            let mut params = Vec::new();
            for agg in &outer_annotations {
                match outer.compile(agg) {
                    Ok((sql, p)) => {
                        parts.push(sql);
                        params.extend(p);
                    }
                    Err(Compile::Error(e)) => return Err(e),
                    Err(_) => return Ok(None),
                }
            }
            let mut inner_compiler = Compiler::new(inner);
            match inner_compiler.as_sql(true, true) {
                Ok((inner_sql, inner_params)) => {
                    params.extend(inner_params);
                    Some((
                        format!("SELECT {} FROM ({inner_sql}) subquery", parts.join(", ")),
                        params,
                    ))
                }
                Err(Compile::Error(e)) => return Err(e),
                Err(_) => None,
            }
        } else {
            q.select.clear();
            q.selected = None;
            q.default_cols = false;
            let replacements: Vec<(String, Expr)> = q.annotations.clone();
            for (_, agg) in &mut resolved {
                replace_refs(agg, &replacements);
            }
            q.annotations = resolved.clone();
            q.set_annotation_mask(Some(resolved.iter().map(|(k, _)| k.clone()).collect()));
            q.clear_ordering(true, true);
            q.clear_limits();
            q.select_related = SelectRelated::None;
            let mut compiler = Compiler::new(q);
            match compiler.as_sql(true, false) {
                Ok(sql) => Some(sql),
                Err(Compile::Error(e)) => return Err(e),
                Err(_) => None,
            }
        };
    Ok(result)
}

fn refs_of(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Ref(name, _) if !out.contains(name) => out.push(name.clone()),
        Expr::Combined(a, _, b) => {
            refs_of(a, out);
            refs_of(b, out);
        }
        Expr::Aggregate(agg) => refs_of(&agg.arg, out),
        Expr::Extract(_, e)
        | Expr::TruncDate(e)
        | Expr::TruncTime(e)
        | Expr::Negated(e)
        | Expr::Func(_, e) => refs_of(e, out),
        _ => {}
    }
}

fn cols_without_refs(e: &Expr, out: &mut Vec<Col>) {
    match e {
        Expr::Col(c) => out.push(c.clone()),
        Expr::Combined(a, _, b) => {
            cols_without_refs(a, out);
            cols_without_refs(b, out);
        }
        Expr::Aggregate(agg) => {
            cols_without_refs(&agg.arg, out);
            if let Some(filter) = &agg.filter {
                filter.cols(out);
            }
        }
        Expr::Extract(_, e)
        | Expr::TruncDate(e)
        | Expr::TruncTime(e)
        | Expr::Negated(e)
        | Expr::Func(_, e) => cols_without_refs(e, out),
        _ => {}
    }
}

fn replace_cols(e: &mut Expr, refs: &[(Col, String)]) {
    match e {
        Expr::Col(c) => {
            if let Some((_, name)) = refs.iter().find(|(col, _)| col == c) {
                *e = Expr::Ref(name.clone(), Box::new(Expr::Col(c.clone())));
            }
        }
        Expr::Combined(a, _, b) => {
            replace_cols(a, refs);
            replace_cols(b, refs);
        }
        Expr::Aggregate(agg) => replace_cols(&mut agg.arg, refs),
        Expr::Extract(_, e)
        | Expr::TruncDate(e)
        | Expr::TruncTime(e)
        | Expr::Negated(e)
        | Expr::Func(_, e) => replace_cols(e, refs),
        _ => {}
    }
}

fn replace_refs(e: &mut Expr, annotations: &[(String, Expr)]) {
    match e {
        Expr::Ref(name, _) => {
            if let Some((_, a)) = annotations.iter().find(|(k, _)| k == name) {
                *e = a.clone();
            }
        }
        Expr::Combined(a, _, b) => {
            replace_refs(a, annotations);
            replace_refs(b, annotations);
        }
        Expr::Aggregate(agg) => replace_refs(&mut agg.arg, annotations),
        Expr::Func(_, e) => replace_refs(e, annotations),
        _ => {}
    }
}

/// Whether `expr` is arithmetic whose output field Django cannot infer: a
/// decimal with a float, here or in an operand (`_resolve_combined_type`
/// has no such combination, and the `FieldError` reaches every
/// expression combined with it).
fn mixes_decimal_and_float(expr: &Expr) -> bool {
    let Expr::Combined(a, _, b) = expr else {
        return false;
    };
    let float = |o: Output| matches!(o, Output::Float | Output::Column(ColumnKind::Float));
    let (x, y) = (a.output(), b.output());
    x.is_decimal() && float(y)
        || float(x) && y.is_decimal()
        || mixes_decimal_and_float(a)
        || mixes_decimal_and_float(b)
}
