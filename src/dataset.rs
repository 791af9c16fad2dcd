//! What is in the database right now, summarized for the page header and
//! the users list: per-model counts and each user's follow counts.
//!
//! These are bookkeeping queries the learner did not write, so they run
//! unlogged; the lesson's own queries go through the ORM and are logged.

use rusqlite::types::Value;

use crate::db::{Database, DbError};

/// Row counts for the header's dataset summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DatasetSummary {
    pub users: i64,
    pub articles: i64,
    pub comments: i64,
    pub follows: i64,
    pub likes: i64,
}

impl DatasetSummary {
    /// Counts the rows of the lesson's tables.
    pub fn read(db: &Database) -> Result<Self, DbError> {
        let count = |table: &str| db.scalar_i64(&format!("SELECT COUNT(*) FROM \"{table}\""), &[]);
        Ok(DatasetSummary {
            users: count("accounts_user")?,
            articles: count("articles_article")?,
            comments: count("articles_comment")?,
            follows: count("accounts_user_followings")?,
            likes: count("articles_article_like_users")?,
        })
    }
}

/// One user with the numbers the profile page shows (팔로잉 / 팔로워).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserSummary {
    pub pk: i64,
    pub username: String,
    pub followings: i64,
    pub followers: i64,
}

/// A user's username, to name them in the page ("김싸피(pk 2)").
///
/// # Errors
/// [`DbError`] if the query fails.
pub fn username(db: &Database, pk: i64) -> Result<Option<String>, DbError> {
    text_by_pk(
        db,
        "SELECT \"username\" FROM \"accounts_user\" WHERE \"id\" = %s",
        pk,
    )
}

/// An article's title, to name it in the page.
///
/// # Errors
/// [`DbError`] if the query fails.
pub fn article_title(db: &Database, pk: i64) -> Result<Option<String>, DbError> {
    text_by_pk(
        db,
        "SELECT \"title\" FROM \"articles_article\" WHERE \"id\" = %s",
        pk,
    )
}

/// The text `sql` (one `%s` for the pk) selects for `pk`, if any.
fn text_by_pk(db: &Database, sql: &str, pk: i64) -> Result<Option<String>, DbError> {
    let rows = db.select_unlogged(sql, &[Value::Integer(pk)])?;
    Ok(first_text(rows))
}

fn first_text(rows: Vec<Vec<Value>>) -> Option<String> {
    match rows.into_iter().next()?.into_iter().next()? {
        Value::Text(text) => Some(text),
        _ => None,
    }
}

/// Every user in pk order with following and follower counts, computed by
/// SQLite.
pub fn user_summaries(db: &Database) -> Result<Vec<UserSummary>, DbError> {
    let rows = db.select_unlogged(
        "SELECT u.\"id\", u.\"username\", \
         (SELECT COUNT(*) FROM \"accounts_user_followings\" f WHERE f.\"from_user_id\" = u.\"id\"), \
         (SELECT COUNT(*) FROM \"accounts_user_followings\" f WHERE f.\"to_user_id\" = u.\"id\") \
         FROM \"accounts_user\" u ORDER BY u.\"id\"",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|row| UserSummary {
            pk: int_at(row, 0).unwrap_or_default(),
            username: text_at(row, 1),
            followings: int_at(row, 2).unwrap_or_default(),
            followers: int_at(row, 3).unwrap_or_default(),
        })
        .collect())
}

/// The pks `user` follows, for the follow lab's buttons.
pub fn followings_of(db: &Database, user: i64) -> Result<Vec<i64>, DbError> {
    let rows = db.select_unlogged(
        "SELECT \"to_user_id\" FROM \"accounts_user_followings\" WHERE \"from_user_id\" = %s ORDER BY 1",
        &[Value::Integer(user)],
    )?;
    Ok(rows.iter().filter_map(|r| int_at(r, 0)).collect())
}

/// One article for the follow lab's like buttons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleSummary {
    pub pk: i64,
    pub title: String,
    pub author: String,
    pub comments: i64,
    pub likes: i64,
    /// Whether the user asked about likes it.
    pub liked: bool,
}

/// Every article in pk order with counts and whether `user` likes it.
pub fn article_summaries(db: &Database, user: i64) -> Result<Vec<ArticleSummary>, DbError> {
    let rows = db.select_unlogged(
        "SELECT a.\"id\", a.\"title\", COALESCE(u.\"username\", ''), \
         (SELECT COUNT(*) FROM \"articles_comment\" c WHERE c.\"article_id\" = a.\"id\"), \
         (SELECT COUNT(*) FROM \"articles_article_like_users\" l WHERE l.\"article_id\" = a.\"id\"), \
         EXISTS(SELECT 1 FROM \"articles_article_like_users\" l WHERE l.\"article_id\" = a.\"id\" AND l.\"user_id\" = %s) \
         FROM \"articles_article\" a LEFT JOIN \"accounts_user\" u ON u.\"id\" = a.\"user_id\" ORDER BY a.\"id\"",
        &[Value::Integer(user)],
    )?;
    Ok(rows
        .iter()
        .map(|row| ArticleSummary {
            pk: int_at(row, 0).unwrap_or_default(),
            title: text_at(row, 1),
            author: text_at(row, 2),
            comments: int_at(row, 3).unwrap_or_default(),
            likes: int_at(row, 4).unwrap_or_default(),
            liked: int_at(row, 5) == Some(1),
        })
        .collect())
}

/// Rows per table, for the fixtures page: each model's table and each
/// auto-created many-to-many through table, labelled as Django names them
/// (a `through=` model's rows count as that model's).
pub fn table_counts(db: &Database) -> Result<Vec<(String, i64)>, DbError> {
    let mut out = Vec::new();
    for meta in db.registry().models() {
        let count = db.scalar_i64(&format!("SELECT COUNT(*) FROM \"{}\"", meta.db_table), &[])?;
        out.push((meta.label(), count));
        for m2m in meta.many_to_many.iter().filter(|m| m.through.is_none()) {
            let count = db.scalar_i64(
                &format!("SELECT COUNT(*) FROM \"{}\"", m2m.through_table),
                &[],
            )?;
            out.push((format!("{}.{}", meta.label(), m2m.name), count));
        }
    }
    Ok(out)
}

/// Row counts of a project's own models ([`crate::models::Registry::own_models`]),
/// by class name in registry order: the header's summary for a project.
///
/// # Errors
/// [`DbError`] if a count fails.
pub fn model_counts(db: &Database) -> Result<Vec<(String, i64)>, DbError> {
    db.registry()
        .own_models()
        .map(|meta| {
            let count =
                db.scalar_i64(&format!("SELECT COUNT(*) FROM \"{}\"", meta.db_table), &[])?;
            Ok((meta.object_name.clone(), count))
        })
        .collect()
}

fn int_at(row: &[Value], i: usize) -> Option<i64> {
    match row.get(i) {
        Some(Value::Integer(n)) => Some(*n),
        _ => None,
    }
}

fn text_at(row: &[Value], i: usize) -> String {
    match row.get(i) {
        Some(Value::Text(s)) => s.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn counts_follows_both_ways() {
        let db = Database::open_in_memory().expect("open");
        schema::migrate(&db, "2024-01-01 00:00:00").expect("migrate");
        db.execute_batch_unlogged(
            "INSERT INTO accounts_user (id, password, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) VALUES
               (1, '', 0, 'admin', '', '', '', 1, 1, '2024-01-01 00:00:00'),
               (2, '', 0, '김싸피', '', '', '', 0, 1, '2024-01-01 00:00:00');
             INSERT INTO accounts_user_followings (from_user_id, to_user_id) VALUES (2, 1);",
        )
        .expect("seed");
        let users = user_summaries(&db).expect("summaries");
        assert_eq!(
            users,
            vec![
                UserSummary {
                    pk: 1,
                    username: "admin".into(),
                    followings: 0,
                    followers: 1
                },
                UserSummary {
                    pk: 2,
                    username: "김싸피".into(),
                    followings: 1,
                    followers: 0
                },
            ]
        );
        let summary = DatasetSummary::read(&db).expect("summary");
        assert_eq!((summary.users, summary.follows), (2, 1));
    }
}
