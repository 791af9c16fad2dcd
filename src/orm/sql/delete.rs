//! Django's `SQLDeleteCompiler` and `DeleteQuery.delete_batch` for SQLite:
//! the statements a deletion sends. A queryset over one table deletes with
//! its own WHERE; one that joins deletes `WHERE pk IN (SELECT ...)`. The
//! collector's deletes by primary key go in chunks of 100, and its deletes
//! of related rows by foreign key in Django's batches for SQLite. The
//! collector's field updates (`SET_NULL` and friends) are here too: they
//! are written from the same `IN` lists.

use rusqlite::types::Value;

use super::compiler::{quote, Compile, Sql};
use super::meta;
use super::queryset::QuerySet;
use super::update::{single_table, where_sql};
use super::QueryError;

/// Django's `GET_ITERATOR_CHUNK_SIZE`: primary keys per `delete_batch`.
const CHUNK: usize = 100;

/// SQLite's `max_query_params` in Django 5.2.
const MAX_QUERY_PARAMS: usize = 999;

/// `QuerySet._raw_delete()`: `None` when the filter matches nothing.
pub fn delete_sql(qs: &QuerySet) -> Result<Option<Sql>, QueryError> {
    let query = single_table(qs)?;
    let mut sql = format!(
        "DELETE FROM {}",
        quote(meta::db_table(query.reg, query.model))
    );
    let mut params = Vec::new();
    match where_sql(&query) {
        Ok(Some((w, p))) => {
            sql.push_str(&format!(" WHERE {w}"));
            params = p;
        }
        Ok(None) | Err(Compile::Full) => {}
        Err(Compile::Empty) => return Ok(None),
        Err(Compile::Error(e)) => return Err(e),
    }
    Ok(Some((sql, params)))
}

/// `DeleteQuery.delete_batch(pks)`: `DELETE FROM "t" WHERE "t"."id" IN
/// (...)`, 100 keys a statement.
pub fn delete_batch_sql(table: &str, pk_column: &str, pks: &[i64]) -> Vec<Sql> {
    pks.chunks(CHUNK)
        .map(|chunk| {
            let (clause, params) = in_clause(table, pk_column, chunk);
            (
                format!("DELETE FROM {} WHERE {clause}", quote(table)),
                params,
            )
        })
        .collect()
}

/// `Collector.get_del_batches`: how many objects one related query takes
/// on SQLite (`bulk_batch_size` for `fields` foreign keys).
pub fn batch_size(fields: usize) -> usize {
    match fields {
        0 | 1 => 500,
        n => (MAX_QUERY_PARAMS / n).max(1),
    }
}

/// The fast delete of the rows of `table` pointing at `pks` through any of
/// `columns`: `"t"."c" IN (...)`, or an OR of them in parentheses.
pub fn delete_related_sql(table: &str, columns: &[&str], pks: &[i64]) -> Sql {
    let (condition, params) = any_in(table, columns.iter().map(|column| (*column, pks)));
    (
        format!("DELETE FROM {} WHERE {condition}", quote(table)),
        params,
    )
}

/// `"t"."c" IN (...)` for each (column, keys), OR-ed in parentheses when
/// there are several (`reduce(or_, …)` of Django's querysets).
fn any_in<'k>(table: &str, ins: impl Iterator<Item = (&'k str, &'k [i64])>) -> Sql {
    let mut parts = Vec::new();
    let mut params = Vec::new();
    for (column, keys) in ins {
        let (clause, p) = in_clause(table, column, keys);
        parts.push(clause);
        params.extend(p);
    }
    let condition = if parts.len() == 1 {
        parts.concat()
    } else {
        format!("({})", parts.join(" OR "))
    };
    (condition, params)
}

/// `"column" = NULL` or `"column" = %s`, as Django's update compiler
/// writes a value.
fn set_clause(column: &str, value: &Value) -> (String, Vec<Value>) {
    match value {
        Value::Null => (format!("{} = NULL", quote(column)), Vec::new()),
        v => (format!("{} = %s", quote(column)), vec![v.clone()]),
    }
}

/// The collector's update of a lazy `SET_NULL`/`SET(value)`: the
/// querysets `filter(column__in=batch)` OR-ed (`reduce(or_, updates)`)
/// and updated at once.
pub fn update_related_sql(table: &str, column: &str, value: &Value, batches: &[Vec<i64>]) -> Sql {
    let (set, mut params) = set_clause(column, value);
    let (condition, keys) = any_in(table, batches.iter().map(|batch| (column, &batch[..])));
    params.extend(keys);
    (
        format!("UPDATE {} SET {set} WHERE {condition}", quote(table)),
        params,
    )
}

/// `UpdateQuery.update_batch(pks, {field: value})`: `UPDATE ... WHERE
/// "t"."id" IN (...)`, 100 keys a statement.
pub fn update_batch_sql(
    table: &str,
    pk_column: &str,
    column: &str,
    value: &Value,
    pks: &[i64],
) -> Vec<Sql> {
    pks.chunks(CHUNK)
        .map(|chunk| {
            let (set, mut params) = set_clause(column, value);
            let (clause, p) = in_clause(table, pk_column, chunk);
            params.extend(p);
            (
                format!("UPDATE {} SET {set} WHERE {clause}", quote(table)),
                params,
            )
        })
        .collect()
}

/// `"table"."column" IN (%s, ...)`.
fn in_clause(table: &str, column: &str, pks: &[i64]) -> (String, Vec<Value>) {
    let marks = vec!["%s"; pks.len()].join(", ");
    (
        format!("{}.{} IN ({marks})", quote(table), quote(column)),
        pks.iter().map(|pk| Value::Integer(*pk)).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_deletes_or_their_columns() {
        let (sql, params) = delete_related_sql("f", &["a", "b"], &[2]);
        assert_eq!(
            sql,
            "DELETE FROM \"f\" WHERE (\"f\".\"a\" IN (%s) OR \"f\".\"b\" IN (%s))"
        );
        assert_eq!(params.len(), 2);
        let batches = delete_batch_sql("t", "id", &(0..250).collect::<Vec<_>>());
        assert_eq!(batches.len(), 3);
        assert_eq!(batch_size(2), 499);
    }
}
