//! `QuerySet` over the engine: each method does what Django's does to its
//! `Query` (on a copy), and the terminal methods return the statement Django
//! would send, or none when Django sends none (`filter(pk__in=[])`).

use super::compiler::{aggregation_sql, Compile, Compiler, Sql};
use super::input::{Arg, QChild, E, Q};
use super::meta;
use super::query::{GroupBy, OrderItem, Query, SelectRelated};
use super::QueryError;
use crate::models::{ModelId, Registry};

/// A lazy query over one model.
#[derive(Clone, Debug, PartialEq)]
pub struct QuerySet {
    pub query: Query,
    /// `values()`/`values_list()` field names, `None` for instances.
    pub fields: Option<Vec<String>>,
}

/// `Count('x')` etc. as passed to `annotate()`/`aggregate()`: positional
/// ones take their default alias.
pub type Named = (Option<String>, E);

/// `get_count`'s aggregate.
fn count_star() -> E {
    E::Aggregate {
        func: super::expr::AggFunc::Count,
        arg: None,
        distinct: false,
        filter: None,
    }
}

impl QuerySet {
    /// `extra(select={alias: '"table"."column"'})`: what Django's
    /// many-to-many prefetch adds so each row says which instance it
    /// belongs to (`_prefetch_related_val_from_user_id`).
    pub fn with_extra_column(&self, alias: &str, column: meta::ColumnField) -> QuerySet {
        let mut qs = self.clone();
        let col = super::expr::Col {
            alias: column.table.to_owned(),
            target: column,
            possibly_multivalued: false,
        };
        qs.query
            .extra_select
            .push((alias.to_owned(), super::expr::Expr::Col(col)));
        qs
    }

    /// `Model.objects.all()`.
    pub fn new(reg: &'static Registry, model: ModelId) -> QuerySet {
        QuerySet {
            query: Query::new(reg, model),
            fields: None,
        }
    }

    pub fn model(&self) -> ModelId {
        self.query.model
    }

    fn check_not_sliced(&self, what: &str) -> Result<(), QueryError> {
        if self.query.is_sliced() {
            return Err(QueryError::Type(format!(
                "Cannot {what} a query once a slice has been taken."
            )));
        }
        Ok(())
    }

    /// `filter(*args, **kwargs)`.
    pub fn filter(
        &self,
        args: Vec<QChild>,
        kwargs: Vec<(String, Arg)>,
    ) -> Result<QuerySet, QueryError> {
        self.filter_or_exclude(false, args, kwargs)
    }

    /// `exclude(*args, **kwargs)`.
    pub fn exclude(
        &self,
        args: Vec<QChild>,
        kwargs: Vec<(String, Arg)>,
    ) -> Result<QuerySet, QueryError> {
        self.filter_or_exclude(true, args, kwargs)
    }

    fn filter_or_exclude(
        &self,
        negate: bool,
        args: Vec<QChild>,
        kwargs: Vec<(String, Arg)>,
    ) -> Result<QuerySet, QueryError> {
        if !(args.is_empty() && kwargs.is_empty()) {
            self.check_not_sliced("filter")?;
        }
        let mut clone = self.clone();
        let q = Q::new(args, kwargs);
        clone.query.add_q(&if negate { q.negate() } else { q })?;
        Ok(clone)
    }

    fn annotate_inner(&self, items: Vec<Named>, select: bool) -> Result<QuerySet, QueryError> {
        let mut annotations: Vec<(String, E)> = Vec::new();
        for (name, expr) in items {
            let alias = match name {
                Some(n) => n,
                None => expr.default_alias().ok_or_else(|| {
                    QueryError::Type("Complex annotations require an alias".into())
                })?,
            };
            annotations.push((alias, expr));
        }
        let mut clone = self.clone();
        let names: Vec<String> = match &self.fields {
            Some(f) => f.clone(),
            None => meta::field_names(self.query.reg, self.model())
                .into_iter()
                .map(str::to_owned)
                .collect(),
        };
        for (alias, expr) in &annotations {
            if names.contains(alias) {
                return Err(QueryError::Value(format!(
                    "The annotation '{alias}' conflicts with a field on the model."
                )));
            }
            clone.query.add_annotation(alias, expr, select)?;
        }
        let aggregate_added = clone
            .query
            .annotations
            .iter()
            .any(|(k, e)| annotations.iter().any(|(a, _)| a == k) && e.contains_aggregate());
        if aggregate_added {
            if clone.fields.is_none() {
                clone.query.group_by = GroupBy::All;
            } else {
                clone.query.set_group_by(true);
            }
        }
        Ok(clone)
    }

    /// `annotate(...)`.
    pub fn annotate(&self, items: Vec<Named>) -> Result<QuerySet, QueryError> {
        self.annotate_inner(items, true)
    }

    /// `alias(...)`.
    pub fn alias(&self, items: Vec<Named>) -> Result<QuerySet, QueryError> {
        self.annotate_inner(items, false)
    }

    /// `order_by(*names)`.
    pub fn order_by(&self, names: &[String]) -> Result<QuerySet, QueryError> {
        let items: Vec<OrderItem> = names.iter().map(|n| OrderItem::Name(n.clone())).collect();
        self.order_by_items(&items)
    }

    /// `order_by()` of names and `F(...).asc()`/`.desc()` items.
    pub fn order_by_items(&self, items: &[OrderItem]) -> Result<QuerySet, QueryError> {
        self.check_not_sliced("reorder")?;
        let mut clone = self.clone();
        clone.query.clear_ordering(true, false);
        clone.query.add_ordering(items)?;
        Ok(clone)
    }

    /// `reverse()`.
    pub fn reverse(&self) -> Result<QuerySet, QueryError> {
        self.check_not_sliced("reverse")?;
        let mut clone = self.clone();
        clone.query.standard_ordering = !clone.query.standard_ordering;
        Ok(clone)
    }

    /// `distinct()`.
    pub fn distinct(&self) -> Result<QuerySet, QueryError> {
        self.check_not_sliced("create distinct fields")?;
        let mut clone = self.clone();
        clone.query.distinct = true;
        Ok(clone)
    }

    /// `none()`.
    pub fn none(&self) -> QuerySet {
        let mut clone = self.clone();
        clone.query.set_empty();
        clone
    }

    /// `values(*fields, **expressions)`.
    pub fn values(
        &self,
        fields: &[String],
        expressions: Vec<(String, E)>,
    ) -> Result<QuerySet, QueryError> {
        let mut all: Vec<String> = fields.to_vec();
        all.extend(expressions.iter().map(|(k, _)| k.clone()));
        let mut clone = if expressions.is_empty() {
            self.clone()
        } else {
            self.annotate(expressions.into_iter().map(|(k, e)| (Some(k), e)).collect())?
        };
        clone.fields = Some(all.clone());
        clone.query.set_values(&all)?;
        Ok(clone)
    }

    /// `values_list(*fields)` (`flat` and `named` change only the rows' shape).
    pub fn values_list(&self, fields: &[String]) -> Result<QuerySet, QueryError> {
        self.values(fields, Vec::new())
    }

    /// `select_related(*fields)`.
    pub fn select_related(&self, fields: &[String]) -> Result<QuerySet, QueryError> {
        if self.fields.is_some() {
            return Err(QueryError::Type(
                "Cannot call select_related() after .values() or .values_list()".into(),
            ));
        }
        let mut clone = self.clone();
        if fields.is_empty() {
            clone.query.select_related = SelectRelated::All;
        } else {
            clone.query.add_select_related(fields);
        }
        Ok(clone)
    }

    /// `only(*fields)`.
    pub fn only(&self, fields: &[String]) -> Result<QuerySet, QueryError> {
        if self.fields.is_some() {
            return Err(QueryError::Type(
                "only() is not supported with values() or values_list()".into(),
            ));
        }
        let mut clone = self.clone();
        clone.query.add_immediate_loading(fields);
        Ok(clone)
    }

    /// `defer(*fields)`.
    pub fn defer(&self, fields: &[String]) -> Result<QuerySet, QueryError> {
        if self.fields.is_some() {
            return Err(QueryError::Type(
                "defer() is not supported with values() or values_list()".into(),
            ));
        }
        let mut clone = self.clone();
        clone.query.add_deferred_loading(fields);
        Ok(clone)
    }

    /// `qs[start:stop]`; a step evaluates the slice (Django returns a list).
    pub fn slice(&self, start: Option<usize>, stop: Option<usize>) -> QuerySet {
        let mut clone = self.clone();
        clone.query.set_limits(start, stop);
        clone
    }

    /// `qs[i]`.
    pub fn index(&self, index: usize) -> QuerySet {
        let mut clone = self.clone();
        clone.query.set_limits(Some(index), Some(index + 1));
        clone
    }

    /// Whether the queryset has an ordering (`qs.ordered`).
    pub fn ordered(&self) -> bool {
        !self.query.order_by.is_empty()
            || (self.query.default_ordering
                && !meta::ordering(self.query.reg, self.model()).is_empty()
                && self.query.group_by == GroupBy::None)
    }

    // ------------------------------------------------------------ terminals

    /// The SELECT that iterating sends.
    pub fn select_sql(&self) -> Result<Option<Sql>, QueryError> {
        finish(Compiler::new(self.query.clone()).as_sql(true, false))
    }

    /// `count()`.
    pub fn count_sql(&self) -> Result<Option<Sql>, QueryError> {
        aggregation_sql(&self.query, &[("__count".to_owned(), count_star())])
    }

    /// `exists()`.
    pub fn exists_sql(&self) -> Result<Option<Sql>, QueryError> {
        finish(Compiler::new(self.query.exists(true)).as_sql(true, false))
    }

    /// `aggregate(...)`.
    pub fn aggregate_sql(&self, items: Vec<Named>) -> Result<Option<Sql>, QueryError> {
        let mut named = Vec::new();
        for (name, expr) in items {
            let alias = match name {
                Some(n) => n,
                None => expr.default_alias().ok_or_else(|| {
                    QueryError::Type("Complex aggregates require an alias".into())
                })?,
            };
            named.push((alias, expr));
        }
        aggregation_sql(&self.query, &named)
    }

    /// `first()`: the queryset `first()` iterates.
    pub fn first(&self) -> Result<QuerySet, QueryError> {
        let qs = if self.ordered() {
            self.clone()
        } else {
            self.order_by(&["pk".to_owned()])?
        };
        Ok(qs.slice(None, Some(1)))
    }

    /// `last()`.
    pub fn last(&self) -> Result<QuerySet, QueryError> {
        let qs = if self.ordered() {
            self.reverse()?
        } else {
            self.order_by(&["-pk".to_owned()])?
        };
        Ok(qs.slice(None, Some(1)))
    }

    /// `get(...)`: the queryset `get()` evaluates (at most 21 rows).
    pub fn get(
        &self,
        args: Vec<QChild>,
        kwargs: Vec<(String, Arg)>,
    ) -> Result<QuerySet, QueryError> {
        let mut clone = self.filter(args, kwargs)?;
        if !self.query.is_sliced() {
            clone = clone.order_by(&[])?;
        }
        clone.query.set_limits(None, Some(21));
        Ok(clone)
    }
}

fn finish(result: Result<Sql, Compile>) -> Result<Option<Sql>, QueryError> {
    match result {
        Ok(sql) => Ok(Some(sql)),
        Err(Compile::Empty) => Ok(None),
        Err(Compile::Full) => Err(QueryError::NotSupported("an always-true query".into())),
        Err(Compile::Error(e)) => Err(e),
    }
}
