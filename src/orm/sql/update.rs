//! Django's `SQLUpdateCompiler` for SQLite: `QuerySet.update()` and the
//! UPDATE of `save()`. A query over one table filters in place; one that
//! joins (`filter(user__username=...)`) becomes `WHERE pk IN (SELECT ...)`
//! as `pre_sql_setup` rewrites it. Values are resolved as Django's
//! `resolve_expression(allow_joins=False, for_save=True)` does, so
//! `F('x') + 1` becomes `("table"."x" + 1)`.

use rusqlite::types::Value;

use super::compiler::{quote, Compile, Compiler, Sql};
use super::input::{Arg, E};
use super::meta;
use super::query::Query;
use super::queryset::QuerySet;
use super::QueryError;

/// The query whose WHERE an UPDATE or DELETE uses: the queryset's own when
/// it reads one table, else a fresh one filtered on `pk__in` the original
/// (Django's fast path for SQLite, which can select from the table it
/// updates).
pub(super) fn single_table(qs: &QuerySet) -> Result<Query, QueryError> {
    let mut query = qs.query.clone();
    query.get_initial_alias();
    let active = query
        .alias_map
        .iter()
        .filter(|(alias, _)| query.refcount(alias) > 0)
        .count();
    if active <= 1 {
        return Ok(query);
    }
    let mut inner = qs.clone();
    inner.query.clear_ordering(true, true);
    inner.query.select_related = super::query::SelectRelated::None;
    let outer = QuerySet::new(qs.query.reg, qs.model()).filter(
        Vec::new(),
        vec![("pk__in".to_owned(), Arg::QuerySet(Box::new(inner)))],
    )?;
    let mut query = outer.query;
    query.get_initial_alias();
    Ok(query)
}

/// The WHERE of `query`: `Ok(Some(sql))`, `Ok(None)` when it matches every
/// row (no WHERE), `Err(Compile::Empty)` when it matches none (nothing is
/// sent).
pub(super) fn where_sql(query: &Query) -> Result<Option<Sql>, Compile> {
    if query.where_.children.is_empty() {
        return Ok(None);
    }
    match Compiler::new(query.clone()).compile_where(&query.where_) {
        Ok(sql) => Ok(Some(sql)),
        Err(Compile::Full) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `UPDATE "table" SET "a" = %s, "b" = ("table"."b" + %s) WHERE ...` for
/// `values` (column name, value), or `None` when the filter matches
/// nothing (`filter(pk__in=[])`: Django sends nothing and returns 0).
pub fn update_sql<S: AsRef<str>>(
    qs: &QuerySet,
    values: &[(S, E)],
) -> Result<Option<Sql>, QueryError> {
    if qs.query.is_sliced() {
        return Err(QueryError::Type(
            "Cannot update a query once a slice has been taken.".into(),
        ));
    }
    let mut query = single_table(qs)?;
    let mut sets = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    for (column, value) in values {
        let expr = query.resolve_expr(value, false, None, false)?;
        let compiler = Compiler::for_update_value(query.clone());
        let (sql, p) = match compiler.compile(&expr) {
            Ok(sql) => sql,
            Err(Compile::Error(e)) => return Err(e),
            Err(_) => return Err(QueryError::NotSupported("this value in update()".into())),
        };
        sets.push(format!("{} = {sql}", quote(column.as_ref())));
        params.extend(p);
    }
    let mut sql = format!(
        "UPDATE {} SET {}",
        quote(meta::db_table(query.reg, query.model)),
        sets.join(", ")
    );
    match where_sql(&query) {
        Ok(Some((w, p))) => {
            sql.push_str(&format!(" WHERE {w}"));
            params.extend(p);
        }
        Ok(None) => {}
        Err(Compile::Empty) => return Ok(None),
        Err(Compile::Full) => {}
        Err(Compile::Error(e)) => return Err(e),
    }
    Ok(Some((sql, params)))
}
