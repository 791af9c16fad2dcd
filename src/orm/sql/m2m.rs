//! The statements of a many-to-many related manager's writes, as Django's
//! `ManyRelatedManager` sends them on SQLite: `add()` is a
//! `bulk_create(ignore_conflicts=True)` of through rows (`INSERT OR
//! IGNORE`), `remove()` and `clear()` delete through rows filtered on the
//! owner (and the targets). Either side of the relation works: from
//! `user.followings` the owner is `from_user_id`, from `user.followers` it
//! is `to_user_id`; the columns are always inserted in the through model's
//! field order. `count()`/`exists()` on a manager may read the through
//! table alone, as Django's `constrained_target` does.

use rusqlite::types::Value;

use super::compiler::{quote, Sql};
use super::insert::{insert_sql, OnConflict, Returning};
use crate::models::ManyToMany;

/// A through table seen from one side of the relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Through {
    pub table: &'static str,
    /// The column pointing at the manager's instance.
    pub owner_column: &'static str,
    /// The column pointing at the objects added or removed.
    pub target_column: &'static str,
    /// The through model's (source, target) columns: insert order.
    pub declared: (&'static str, &'static str),
    /// A `through=` model's table rather than an auto-created one: the
    /// manager reads through it, its writes are refused.
    pub explicit: bool,
}

impl Through {
    /// From the model that declares the field (`user.followings`).
    pub fn forward(field: &'static ManyToMany) -> Through {
        Through {
            table: &field.through_table,
            owner_column: &field.source_column,
            target_column: &field.target_column,
            declared: (&field.source_column, &field.target_column),
            explicit: field.through.is_some(),
        }
    }

    /// From the target model (`user.followers`, `user.like_articles`).
    pub fn reverse(field: &'static ManyToMany) -> Through {
        Through {
            table: &field.through_table,
            owner_column: &field.target_column,
            target_column: &field.source_column,
            declared: (&field.source_column, &field.target_column),
            explicit: field.through.is_some(),
        }
    }

    /// `add(*targets)`: `None` when there is nothing to add (Django sends
    /// nothing but its `BEGIN`).
    pub fn add_sql(&self, owner: i64, targets: &[i64]) -> Option<Sql> {
        if targets.is_empty() {
            return None;
        }
        let (first, second) = self.declared;
        let rows: Vec<Vec<Value>> = targets
            .iter()
            .map(|target| {
                let value = |column: &str| {
                    if column == self.owner_column {
                        Value::Integer(owner)
                    } else {
                        Value::Integer(*target)
                    }
                };
                vec![value(first), value(second)]
            })
            .collect();
        Some(insert_sql(
            self.table,
            &[first, second],
            &rows,
            OnConflict::Ignore,
            Returning::Nothing,
        ))
    }

    /// `remove(*targets)`.
    pub fn remove_sql(&self, owner: i64, targets: &[i64]) -> Sql {
        let t = quote(self.table);
        let marks = vec!["%s"; targets.len()].join(", ");
        let sql = format!(
            "DELETE FROM {t} WHERE ({t}.{} = %s AND {t}.{} IN ({marks}))",
            quote(self.owner_column),
            quote(self.target_column)
        );
        let mut params = vec![Value::Integer(owner)];
        params.extend(targets.iter().map(|t| Value::Integer(*t)));
        (sql, params)
    }

    /// `manager.count()` and `manager.exists()` when the target model's
    /// default manager is a plain `Manager` (Django's `constrained_target`:
    /// the through table alone answers, no join).
    pub fn count_sql(&self, owner: i64) -> Sql {
        let t = quote(self.table);
        (
            format!(
                "SELECT COUNT(*) AS \"__count\" FROM {t} WHERE {t}.{} = %s",
                quote(self.owner_column)
            ),
            vec![Value::Integer(owner)],
        )
    }

    /// See [`Through::count_sql`].
    pub fn exists_sql(&self, owner: i64) -> Sql {
        let t = quote(self.table);
        (
            format!(
                "SELECT 1 AS \"a\" FROM {t} WHERE {t}.{} = %s LIMIT 1",
                quote(self.owner_column)
            ),
            vec![Value::Integer(owner)],
        )
    }

    /// `clear()`.
    pub fn clear_sql(&self, owner: i64) -> Sql {
        let t = quote(self.table);
        (
            format!(
                "DELETE FROM {t} WHERE {t}.{} = %s",
                quote(self.owner_column)
            ),
            vec![Value::Integer(owner)],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{lesson, Registry};

    #[test]
    fn followers_insert_in_the_through_models_order() {
        let Some(field) = Registry::lesson_shared()
            .model(lesson::USER)
            .m2m("followings")
        else {
            panic!("followings")
        };
        let followers = Through::reverse(field);
        let Some((sql, params)) = followers.add_sql(2, &[5]) else {
            panic!("rows")
        };
        assert_eq!(
            sql,
            "INSERT OR IGNORE INTO \"accounts_user_followings\" (\"from_user_id\", \"to_user_id\") VALUES (%s, %s)"
        );
        assert_eq!(params, [Value::Integer(5), Value::Integer(2)]);
        assert_eq!(
            Through::forward(field).remove_sql(1, &[2, 3]).0,
            "DELETE FROM \"accounts_user_followings\" WHERE (\"accounts_user_followings\".\"from_user_id\" = %s AND \"accounts_user_followings\".\"to_user_id\" IN (%s, %s))"
        );
        assert!(followers.add_sql(1, &[]).is_none());
    }
}
