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
        .into_iter()
        .map(|row| {
            let int = |i: usize| match row.get(i) {
                Some(Value::Integer(n)) => *n,
                _ => 0,
            };
            let username = match row.get(1) {
                Some(Value::Text(s)) => s.clone(),
                _ => String::new(),
            };
            UserSummary {
                pk: int(0),
                username,
                followings: int(2),
                followers: int(3),
            }
        })
        .collect())
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
