//! Django's `SQLInsertCompiler` for SQLite: one `INSERT` for one or many
//! rows, `RETURNING` the primary key when Django asks for it (`save()`,
//! `create()`, `bulk_create()` on SQLite 3.35+), `INSERT OR IGNORE` for
//! `bulk_create(ignore_conflicts=True)` (what a many-to-many `add()` sends).

use rusqlite::types::Value;

use super::compiler::{quote, Sql};

/// What follows the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Returning<'a> {
    /// Nothing: the caller does not need the new primary keys.
    Nothing,
    /// `RETURNING "table"."column"`.
    Column(&'a str),
}

/// What SQLite does with a row that breaks a constraint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// Fail the statement (`IntegrityError`).
    Fail,
    /// Skip the row (`INSERT OR IGNORE`).
    Ignore,
}

/// `INSERT INTO "table" ("a", "b") VALUES (%s, %s), (%s, %s) ...` with the
/// rows' values as parameters, in the order of `columns`.
pub fn insert_sql(
    table: &str,
    columns: &[&str],
    rows: &[Vec<Value>],
    on_conflict: OnConflict,
    returning: Returning,
) -> Sql {
    let verb = match on_conflict {
        OnConflict::Fail => "INSERT INTO",
        OnConflict::Ignore => "INSERT OR IGNORE INTO",
    };
    let names: Vec<String> = columns.iter().map(|c| quote(c)).collect();
    let placeholders = format!("({})", vec!["%s"; columns.len()].join(", "));
    let values = vec![placeholders; rows.len()].join(", ");
    let mut sql = format!(
        "{verb} {} ({}) VALUES {values}",
        quote(table),
        names.join(", ")
    );
    if let Returning::Column(column) = returning {
        sql.push_str(&format!(" RETURNING {}.{}", quote(table), quote(column)));
    }
    let params = rows.iter().flatten().cloned().collect();
    (sql, params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_returning_as_django_writes_them() {
        let (sql, params) = insert_sql(
            "articles_comment",
            &["article_id", "content"],
            &[
                vec![Value::Integer(1), Value::Text("a".into())],
                vec![Value::Integer(2), Value::Null],
            ],
            OnConflict::Fail,
            Returning::Column("id"),
        );
        assert_eq!(
            sql,
            "INSERT INTO \"articles_comment\" (\"article_id\", \"content\") VALUES (%s, %s), (%s, %s) RETURNING \"articles_comment\".\"id\""
        );
        assert_eq!(params.len(), 4);
        let (sql, _) = insert_sql(
            "t",
            &["a"],
            &[vec![Value::Integer(1)]],
            OnConflict::Ignore,
            Returning::Nothing,
        );
        assert_eq!(sql, "INSERT OR IGNORE INTO \"t\" (\"a\") VALUES (%s)");
    }
}
