//! Deterministic generated datasets for the scale lab: the same spec always
//! gives the same rows, so a measurement can be repeated and shared.
//!
//! Rows go straight into the tables with prepared statements in one
//! transaction, a slice at a time (see `job`): 100,000 comments never
//! freeze the page. The shape follows the lesson's data: users follow a
//! few others, articles have authors, likes and comments.

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use web_time::Instant;

use crate::datetime::Timestamp;
use crate::db::{Database, DbError};
use crate::job::{Deadline, Job, Progress, Stage, Step};

/// How big a generated dataset is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SynthSpec {
    pub users: usize,
    pub articles_per_user: usize,
    pub comments_per_article: usize,
    /// Follows per user, on average.
    pub follows_per_user: usize,
    /// Likes per article, on average.
    pub likes_per_article: usize,
    pub seed: u64,
}

impl SynthSpec {
    /// A dataset with `articles` articles shaped like the benchmark's: one
    /// user per ten articles, ten comments per article.
    pub fn with_articles(articles: usize) -> SynthSpec {
        SynthSpec {
            users: (articles / 10).max(1),
            articles_per_user: if articles >= 10 { 10 } else { articles },
            comments_per_article: 10,
            follows_per_user: 3,
            likes_per_article: 2,
            seed: 7,
        }
    }

    pub fn articles(&self) -> usize {
        self.users * self.articles_per_user
    }

    pub fn comments(&self) -> usize {
        self.articles() * self.comments_per_article
    }

    /// Rows to insert in all, for progress.
    fn total_rows(&self) -> usize {
        self.users
            + self.users * self.follows_per_user.min(self.users.saturating_sub(1))
            + self.articles()
            + self.articles() * self.likes_per_article.min(self.users)
            + self.comments()
    }
}

/// SplitMix64: a tiny, well-known generator; plenty for test data.
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYLLABLES: [&str; 12] = [
    "김", "이", "박", "최", "정", "강", "조", "윤", "싸", "피", "민", "서",
];
const TITLES: [&str; 8] = [
    "오늘의 글",
    "질문있어요",
    "공부 기록",
    "ORM 정리",
    "쿼리 분석",
    "N+1",
    "회고",
    "TIL",
];
const WORDS: [&str; 10] = [
    "좋아요",
    "감사합니다",
    "쿼리",
    "최적화",
    "댓글",
    "Django",
    "SQL",
    "JOIN",
    "🎉",
    "확인했어요",
];
/// One hash for every generated user, as the reference script does.
const PASSWORD: &str =
    "pbkdf2_sha256$1000000$ormplayground$W2q9+BspHg+gmLZtFaQ3vjfI4bNhk5i48kKkhAltSK4=";

/// Where generation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Users,
    Follows,
    Articles,
    Likes,
    Comments,
    Done,
}

/// Generates a dataset into an empty database, in slices.
pub struct GenerateJob {
    spec: SynthSpec,
    rng: Rng,
    part: Part,
    /// Index within the current part.
    next: usize,
    inserted: usize,
    in_transaction: bool,
    start: Timestamp,
}

impl GenerateJob {
    pub fn new(spec: SynthSpec) -> Self {
        GenerateJob {
            spec,
            rng: Rng(spec.seed),
            part: Part::Users,
            next: 0,
            inserted: 0,
            in_transaction: false,
            start: Timestamp::from_utc_parts(2024, 1, 1, 0, 0, 0, 0).unwrap_or_else(Timestamp::now),
        }
    }

    fn advance(&mut self, db: &Database, deadline: Instant) -> Result<Step<usize>, DbError> {
        if !self.in_transaction {
            db.execute_batch_unlogged("BEGIN")?;
            self.in_transaction = true;
        }
        let mut clock = Deadline::new(deadline, 256);
        let spec = self.spec;
        while self.part != Part::Done {
            let count = match self.part {
                Part::Users => spec.users,
                Part::Follows => spec.users,
                Part::Articles => spec.articles(),
                Part::Likes => spec.articles(),
                Part::Comments => spec.comments(),
                Part::Done => 0,
            };
            if self.next >= count {
                self.part = match self.part {
                    Part::Users => Part::Follows,
                    Part::Follows => Part::Articles,
                    Part::Articles => Part::Likes,
                    Part::Likes => Part::Comments,
                    Part::Comments | Part::Done => Part::Done,
                };
                self.next = 0;
                continue;
            }
            self.insert_one(db)?;
            self.next += 1;
            if clock.passed() {
                return Ok(Step::Pending(Progress {
                    stage: Stage::Generating,
                    done: self.inserted as u64,
                    total: spec.total_rows() as u64,
                }));
            }
        }
        db.execute_batch_unlogged("COMMIT")?;
        self.in_transaction = false;
        Ok(Step::Done(self.inserted))
    }

    fn stamp(&self, seconds: i64) -> Value {
        Value::Text(self.start.plus_seconds(seconds).to_storage())
    }

    fn insert_one(&mut self, db: &Database) -> Result<(), DbError> {
        let i = self.next;
        let spec = self.spec;
        match self.part {
            Part::Users => {
                let pk = i as i64 + 1;
                let first: String = (0..2)
                    .map(|_| SYLLABLES[self.rng.below(SYLLABLES.len())])
                    .collect();
                db.execute_unlogged(
                    "INSERT INTO \"accounts_user\" (\"id\", \"password\", \"last_login\", \"is_superuser\", \"username\", \"first_name\", \"last_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\") VALUES (%s, %s, NULL, %s, %s, %s, %s, %s, %s, 1, %s)",
                    &[
                        Value::Integer(pk),
                        Value::Text(PASSWORD.into()),
                        Value::Integer(i64::from(pk == 1)),
                        Value::Text(format!("user{pk:05}")),
                        Value::Text(first),
                        Value::Text(SYLLABLES[self.rng.below(SYLLABLES.len())].into()),
                        Value::Text(format!("user{pk:05}@example.com")),
                        Value::Integer(i64::from(pk == 1)),
                        self.stamp(pk * 61),
                    ],
                )?;
                self.inserted += 1;
            }
            Part::Follows => {
                let from = i as i64 + 1;
                let wanted = spec.follows_per_user.min(spec.users.saturating_sub(1));
                for _ in 0..wanted {
                    let to = self.rng.below(spec.users) as i64 + 1;
                    if to != from {
                        self.inserted += db.execute_unlogged(
                            "INSERT OR IGNORE INTO \"accounts_user_followings\" (\"from_user_id\", \"to_user_id\") VALUES (%s, %s)",
                            &[Value::Integer(from), Value::Integer(to)],
                        )?;
                    }
                }
            }
            Part::Articles => {
                let pk = i as i64 + 1;
                let author = (i / spec.articles_per_user.max(1)) as i64 + 1;
                let content: Vec<&str> = (0..3 + self.rng.below(8))
                    .map(|_| WORDS[self.rng.below(WORDS.len())])
                    .collect();
                let created = self.stamp(pk * 300);
                db.execute_unlogged(
                    "INSERT INTO \"articles_article\" (\"id\", \"title\", \"content\", \"created_at\", \"updated_at\", \"user_id\") VALUES (%s, %s, %s, %s, %s, %s)",
                    &[
                        Value::Integer(pk),
                        Value::Text(TITLES[self.rng.below(TITLES.len())].into()),
                        Value::Text(content.join(" ")),
                        created.clone(),
                        created,
                        Value::Integer(author.min(spec.users as i64)),
                    ],
                )?;
                self.inserted += 1;
            }
            Part::Likes => {
                let article = i as i64 + 1;
                for _ in 0..spec.likes_per_article.min(spec.users) {
                    let user = self.rng.below(spec.users) as i64 + 1;
                    self.inserted += db.execute_unlogged(
                        "INSERT OR IGNORE INTO \"articles_article_like_users\" (\"article_id\", \"user_id\") VALUES (%s, %s)",
                        &[Value::Integer(article), Value::Integer(user)],
                    )?;
                }
            }
            Part::Comments => {
                let pk = i as i64 + 1;
                let article = self.rng.below(spec.articles().max(1)) as i64 + 1;
                let user = self.rng.below(spec.users) as i64 + 1;
                let content: Vec<&str> = (0..1 + self.rng.below(5))
                    .map(|_| WORDS[self.rng.below(WORDS.len())])
                    .collect();
                let created = self.stamp(pk * 60);
                db.execute_unlogged(
                    "INSERT INTO \"articles_comment\" (\"id\", \"content\", \"created_at\", \"updated_at\", \"article_id\", \"user_id\") VALUES (%s, %s, %s, %s, %s, %s)",
                    &[
                        Value::Integer(pk),
                        Value::Text(content.join(" ")),
                        created.clone(),
                        created,
                        Value::Integer(article),
                        Value::Integer(user),
                    ],
                )?;
                self.inserted += 1;
            }
            Part::Done => {}
        }
        Ok(())
    }
}

impl Job for GenerateJob {
    /// Rows inserted.
    type Output = usize;
    type Error = DbError;

    fn step(&mut self, db: &mut Database, deadline: Instant) -> Result<Step<usize>, DbError> {
        let result = self.advance(db, deadline);
        if result.is_err() {
            self.cancel(db);
        }
        result
    }

    fn cancel(&mut self, db: &mut Database) {
        if self.in_transaction {
            // Nothing better to report if the rollback fails too.
            let _ = db.execute_batch_unlogged("ROLLBACK");
            self.in_transaction = false;
        }
        self.part = Part::Done;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DatasetSummary;
    use crate::fixtures::{dumpdata, DumpOptions};
    use crate::job::run_to_end;
    use crate::lesson_data::empty_database;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn generated(spec: SynthSpec) -> Database {
        let mut db = empty_database("2024-01-01 00:00:00").expect("db");
        run_to_end(&mut GenerateJob::new(spec), &mut db).expect("generate");
        db
    }

    #[test]
    fn sizes_follow_the_spec_and_repeat_exactly() {
        let spec = SynthSpec::with_articles(100);
        let db = generated(spec);
        let summary = DatasetSummary::read(&db).expect("summary");
        assert_eq!(
            (summary.users, summary.articles, summary.comments),
            (10, 100, 1000)
        );
        assert!(summary.follows > 0 && summary.likes > 0);
        let again = generated(spec);
        let options = DumpOptions::default();
        assert_eq!(
            dumpdata(&db, &options).expect("dump"),
            dumpdata(&again, &options).expect("dump")
        );
    }

    #[test]
    fn tiny_sizes_work() {
        let db = generated(SynthSpec::with_articles(1));
        let summary = DatasetSummary::read(&db).expect("summary");
        assert_eq!(
            (summary.users, summary.articles, summary.comments),
            (1, 1, 10)
        );
    }
}
