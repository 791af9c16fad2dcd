//! Share links and playground files: the whole playground state in a URL
//! fragment (never sent to a server) or a file, and back.
//!
//! Text form: `<version>.<base64url(deflate(JSON))>`. The JSON holds what is
//! shown (section, variant, acting user, language) and the data: when the
//! data is the bundled lesson plus follow and like toggles, only those
//! changes; otherwise the whole database as compact `dumpdata` JSON Lines,
//! and, when the data is a learner's own project, that project's source
//! files (`settings.py`, each app's `models.py` and `apps.py`), from which
//! the other side builds the same models with the code that opens an
//! uploaded project. Opening restores the same `dumpdata` bytes.
//!
//! Versions: `1.` for the lesson and fixture links, as always; `2.` for a
//! project's, so that a playground from before projects says the link is
//! from a newer one instead of calling it damaged. Both are read.
//!
//! Decoding is for hostile input: the text's length, the decompressed size
//! and the JSON's nesting are bounded before anything is built, and a
//! restore builds a new database, so a bad link never touches the current
//! one.

use std::io::{Read, Write};

use base64::Engine;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use crate::db::{Database, DbError};
use crate::fixtures::{
    dumpdata, loaddata, DumpOptions, FixtureError, FixtureFile, Format, LoadOptions,
};
use crate::i18n::Lang;
use crate::lesson_data::{self, LessonError};
use crate::limits;
use crate::project::{self, OpenError, ProjectError, Sources};

/// The version written into new links of the lesson or of fixtures.
pub const VERSION: u32 = 1;

/// The version written into links of a learner's project (which older
/// playgrounds cannot open).
pub const PROJECT_VERSION: u32 = 2;

/// What the page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewState {
    /// The navigation section (`follow`, `fixtures`, `annotate`, ...).
    pub section: String,
    /// The variant chosen where one is (the follow lab's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The follow lab's "log in as" user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acting_user: Option<i64>,
    pub lang: Lang,
    /// The console's program (absent from links made before the console,
    /// which still decode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
}

/// Follow and like toggles relative to the bundled lesson data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    /// `(follower, followed)` pairs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follows_added: Vec<(i64, i64)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follows_removed: Vec<(i64, i64)>,
    /// `(article, user)` pairs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub likes_added: Vec<(i64, i64)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub likes_removed: Vec<(i64, i64)>,
}

/// The data part of a state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareData {
    /// The bundled lesson with these toggles applied.
    Lesson(Changes),
    /// Any other data: `dumpdata --format jsonl` of the whole database.
    Fixture(String),
    /// A learner's own project: the files its models are read from, and
    /// `dumpdata --format jsonl` of the whole database.
    Project { sources: Sources, jsonl: String },
}

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareState {
    pub view: ViewState,
    pub data: ShareData,
}

/// Why a link or playground file was refused. The current data is
/// untouched in every case.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// The text is longer than any link the playground writes.
    #[error("the link is {length} characters long, over the limit of {limit}")]
    TooLong { length: usize, limit: usize },
    /// There is no `<version>.` prefix, or the text is empty.
    #[error("this is not a playground link (no version mark)")]
    NotALink,
    /// A version this build does not know (a newer playground wrote it).
    #[error(
        "the link was made by a newer playground (format version {0}); this one reads versions 1 and 2"
    )]
    UnknownVersion(String),
    /// The text is cut off or altered.
    #[error("the link is damaged ({0}); ask for it again or paste it whole")]
    Damaged(String),
    /// Decompressing would exceed the size limit (a bomb, or too much data).
    #[error("the link's data expands past the limit of {0}; share a playground file instead")]
    TooLarge(String),
    /// The data in it does not load.
    #[error("the link's data does not load: {0}")]
    Data(String),
    /// The project in it is refused, as an upload of it would be.
    #[error("the link's project cannot be read: {0}")]
    Project(ProjectError),
    /// SQLite failed.
    #[error("database error: {0}")]
    Database(String),
}

impl From<DbError> for ShareError {
    fn from(err: DbError) -> Self {
        ShareError::Database(err.to_string())
    }
}

impl From<LessonError> for ShareError {
    fn from(err: LessonError) -> Self {
        ShareError::Data(err.to_string())
    }
}

impl From<OpenError> for ShareError {
    fn from(err: OpenError) -> Self {
        match err {
            OpenError::Project(err) => ShareError::Project(err),
            OpenError::Database(err) => err.into(),
        }
    }
}

impl From<FixtureError> for ShareError {
    fn from(err: FixtureError) -> Self {
        ShareError::Data(err.to_string())
    }
}

/// The text form of `state`: `1.<base64url>` (`2.` for a project).
pub fn encode(state: &ShareState) -> String {
    let version = match state.data {
        ShareData::Project { .. } => PROJECT_VERSION,
        ShareData::Lesson(_) | ShareData::Fixture(_) => VERSION,
    };
    // Serializing these plain structs cannot fail.
    let json = serde_json::to_vec(state).unwrap_or_default();
    let mut encoder = DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail either.
    let _ = encoder.write_all(&json);
    let compressed = encoder.finish().unwrap_or_default();
    format!(
        "{version}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(compressed)
    )
}

/// Reads a link's text (with or without the leading `#`) back.
///
/// # Errors
/// [`ShareError`] for anything but a well-formed link of a known version
/// within the limits.
pub fn decode(text: &str) -> Result<ShareState, ShareError> {
    let text = text.trim().trim_start_matches('#');
    if text.len() > limits::MAX_LINK_CHARS {
        return Err(ShareError::TooLong {
            length: text.len(),
            limit: limits::MAX_LINK_CHARS,
        });
    }
    let Some((version, payload)) = text.split_once('.') else {
        return Err(ShareError::NotALink);
    };
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::NotALink);
    }
    if version != VERSION.to_string() && version != PROJECT_VERSION.to_string() {
        return Err(ShareError::UnknownVersion(
            version.chars().take(12).collect(),
        ));
    }
    let compressed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|e| ShareError::Damaged(format!("not base64: {e}")))?;
    let mut json = Vec::new();
    DeflateDecoder::new(compressed.as_slice())
        .take(limits::MAX_LINK_DECOMPRESSED_BYTES as u64 + 1)
        .read_to_end(&mut json)
        .map_err(|e| ShareError::Damaged(format!("cannot decompress: {e}")))?;
    if json.len() > limits::MAX_LINK_DECOMPRESSED_BYTES {
        return Err(ShareError::TooLarge(limits::describe_bytes(
            limits::MAX_LINK_DECOMPRESSED_BYTES,
        )));
    }
    serde_json::from_slice(&json)
        .map_err(|e| ShareError::Damaged(format!("unreadable contents: {e}")))
}

/// Builds the database a state describes, from scratch.
///
/// # Errors
/// [`ShareError::Data`] if the data does not load; nothing else changes.
pub fn restore(data: &ShareData, applied: &str) -> Result<Database, ShareError> {
    match data {
        ShareData::Lesson(changes) => {
            let (db, _) = lesson_data::lesson_database(applied)?;
            apply_changes(&db, changes)?;
            Ok(db)
        }
        ShareData::Fixture(jsonl) => {
            let db = lesson_data::empty_database(applied)?;
            loaddata(
                &db,
                &[FixtureFile::new("shared.jsonl", jsonl.as_bytes())],
                &LoadOptions::default(),
            )?;
            Ok(db)
        }
        ShareData::Project { sources, jsonl } => {
            let db = project_database(sources, applied)?;
            if let Some(file) = shared_file(jsonl) {
                loaddata(&db, &[file], &LoadOptions::default())?;
            }
            Ok(db)
        }
    }
}

/// The migrated, empty database of a shared project: its files are
/// read as an upload of the project is.
///
/// # Errors
/// [`ShareError::Project`] naming the file and line the playground
/// refuses; [`ShareError::Database`] if SQLite fails.
pub fn project_database(sources: &Sources, applied: &str) -> Result<Database, ShareError> {
    Ok(project::open_database(sources, applied)?)
}

/// A shared dump as the fixture file `loaddata` reads (`None` when it holds
/// nothing: `loaddata` refuses an empty file).
pub fn shared_file(jsonl: &str) -> Option<FixtureFile> {
    (!jsonl.trim().is_empty()).then(|| FixtureFile::new("shared.jsonl", jsonl.as_bytes()))
}

fn apply_changes(db: &Database, changes: &Changes) -> Result<(), ShareError> {
    let pairs = [
        (&changes.follows_removed, "DELETE FROM \"accounts_user_followings\" WHERE \"from_user_id\" = %s AND \"to_user_id\" = %s"),
        (&changes.follows_added, "INSERT OR IGNORE INTO \"accounts_user_followings\" (\"from_user_id\", \"to_user_id\") VALUES (%s, %s)"),
        (&changes.likes_removed, "DELETE FROM \"articles_article_like_users\" WHERE \"article_id\" = %s AND \"user_id\" = %s"),
        (&changes.likes_added, "INSERT OR IGNORE INTO \"articles_article_like_users\" (\"article_id\", \"user_id\") VALUES (%s, %s)"),
    ];
    db.execute_batch_unlogged("BEGIN")?;
    let result = (|| {
        for (list, sql) in pairs {
            for (a, b) in list {
                db.execute_unlogged(sql, &[Value::Integer(*a), Value::Integer(*b)])?;
            }
        }
        // The users and articles must exist: a link naming others is damaged.
        let dangling = db.scalar_i64(
            "SELECT (SELECT COUNT(*) FROM \"accounts_user_followings\" f WHERE f.\"from_user_id\" NOT IN (SELECT \"id\" FROM \"accounts_user\") OR f.\"to_user_id\" NOT IN (SELECT \"id\" FROM \"accounts_user\")) \
             + (SELECT COUNT(*) FROM \"articles_article_like_users\" l WHERE l.\"article_id\" NOT IN (SELECT \"id\" FROM \"articles_article\") OR l.\"user_id\" NOT IN (SELECT \"id\" FROM \"accounts_user\"))",
            &[],
        )?;
        Ok::<i64, DbError>(dangling)
    })();
    match result {
        Ok(0) => Ok(db.execute_batch_unlogged("COMMIT")?),
        Ok(_) => {
            let _ = db.execute_batch_unlogged("ROLLBACK");
            Err(ShareError::Damaged(
                "it names users or articles the lesson does not have".into(),
            ))
        }
        Err(err) => {
            let _ = db.execute_batch_unlogged("ROLLBACK");
            Err(err.into())
        }
    }
}

/// The data part for the current database: only the toggles when that
/// reproduces it exactly, else the whole dump.
///
/// # Errors
/// [`ShareError`] if the database cannot be read.
pub fn snapshot(db: &Database, applied: &str) -> Result<ShareData, ShareError> {
    if let Some(sources) = db.registry().project_sources() {
        return Ok(ShareData::Project {
            sources: Sources::clone(sources),
            jsonl: whole_jsonl(db)?,
        });
    }
    let compare = DumpOptions::default();
    let current = dumpdata(db, &compare).map_err(|e| ShareError::Database(e.to_string()))?;
    let (lesson, _) = lesson_data::lesson_database(applied)?;
    let changes = Changes {
        follows_added: pairs_minus(db, &lesson, FOLLOWS)?,
        follows_removed: pairs_minus(&lesson, db, FOLLOWS)?,
        likes_added: pairs_minus(db, &lesson, LIKES)?,
        likes_removed: pairs_minus(&lesson, db, LIKES)?,
    };
    apply_changes(&lesson, &changes).ok();
    let candidate = dumpdata(&lesson, &compare).map_err(|e| ShareError::Database(e.to_string()))?;
    if candidate == current {
        return Ok(ShareData::Lesson(changes));
    }
    Ok(ShareData::Fixture(whole_jsonl(db)?))
}

/// `dumpdata --format jsonl` of the whole database.
fn whole_jsonl(db: &Database) -> Result<String, ShareError> {
    dumpdata(
        db,
        &DumpOptions {
            format: Format::Jsonl,
            ..DumpOptions::default()
        },
    )
    .map_err(|e| ShareError::Database(e.to_string()))
}

const FOLLOWS: &str =
    "SELECT \"from_user_id\", \"to_user_id\" FROM \"accounts_user_followings\" ORDER BY 1, 2";
const LIKES: &str =
    "SELECT \"article_id\", \"user_id\" FROM \"articles_article_like_users\" ORDER BY 1, 2";

/// Pairs `sql` returns in `a` but not in `b`.
fn pairs_minus(a: &Database, b: &Database, sql: &str) -> Result<Vec<(i64, i64)>, ShareError> {
    let read = |db: &Database| -> Result<Vec<(i64, i64)>, DbError> {
        Ok(db
            .select_unlogged(sql, &[])?
            .iter()
            .filter_map(|row| match (row.first(), row.get(1)) {
                (Some(Value::Integer(x)), Some(Value::Integer(y))) => Some((*x, *y)),
                _ => None,
            })
            .collect())
    };
    // `sql` orders its pairs, so `theirs` is sorted for the binary search.
    let theirs = read(b)?;
    Ok(read(a)?
        .into_iter()
        .filter(|p| theirs.binary_search(p).is_err())
        .collect())
}

/// A playground file's name for a download made now.
pub fn file_name(stamp: &str) -> String {
    format!("django-orm-playground-{stamp}.playground")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::dumpdata;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const APPLIED: &str = "2024-01-01 00:00:00";

    fn view() -> ViewState {
        ViewState {
            section: "follow".into(),
            variant: Some("optimized".into()),
            acting_user: Some(2),
            lang: Lang::Ko,
            program: None,
        }
    }

    #[test]
    fn the_console_program_travels_and_older_links_still_open() {
        let data = ShareData::Lesson(Changes::default());
        let old = ShareState {
            view: view(),
            data: data.clone(),
        };
        let text = encode(&old);
        // A link without a program is written as before the console.
        let json = serde_json::to_string(&old).expect("json");
        assert!(!json.contains("program"), "{json}");
        assert_eq!(decode(&text).expect("decode"), old);

        let program = "for a in Article.objects.all():\n    print(a.user.username, '<script>')\n";
        let mut view = view();
        view.section = "console".into();
        view.program = Some(program.into());
        let state = ShareState { view, data };
        let decoded = decode(&encode(&state)).expect("decode");
        assert_eq!(decoded.view.program.as_deref(), Some(program));
    }

    /// Restoring `data` gives a database that dumps as `db` does.
    fn assert_restores(data: &ShareData, db: &Database) {
        let restored = restore(data, APPLIED).expect("restore");
        let options = DumpOptions::default();
        assert_eq!(
            dumpdata(&restored, &options).expect("dump"),
            dumpdata(db, &options).expect("dump")
        );
    }

    #[test]
    fn toggles_travel_as_changes_and_restore_the_same_dump() {
        let (db, _) = lesson_data::lesson_database(APPLIED).expect("lesson");
        db.execute_batch_unlogged(
            "DELETE FROM accounts_user_followings WHERE from_user_id = 2 AND to_user_id = 1;
             INSERT INTO accounts_user_followings (from_user_id, to_user_id) VALUES (4, 2);
             INSERT INTO articles_article_like_users (article_id, user_id) VALUES (10, 5);",
        )
        .expect("toggle");
        let data = snapshot(&db, APPLIED).expect("snapshot");
        let ShareData::Lesson(changes) = &data else {
            panic!("expected changes, got {data:?}")
        };
        assert_eq!(changes.follows_added, [(4, 2)]);
        assert_eq!(changes.follows_removed, [(2, 1)]);
        assert_eq!(changes.likes_added, [(10, 5)]);
        let state = ShareState { view: view(), data };
        let link = encode(&state);
        assert!(
            link.len() < 200,
            "a toggle link stays short: {} chars",
            link.len()
        );
        let decoded = decode(&format!("#{link}")).expect("decode");
        assert_eq!(decoded, state);
        assert_restores(&decoded.data, &db);
    }

    #[test]
    fn other_data_travels_whole() {
        let (db, _) = lesson_data::lesson_database(APPLIED).expect("lesson");
        db.execute_batch_unlogged("UPDATE articles_article SET title = '바뀐 제목' WHERE id = 3")
            .expect("edit");
        let data = snapshot(&db, APPLIED).expect("snapshot");
        assert!(matches!(data, ShareData::Fixture(_)));
        let decoded = decode(&encode(&ShareState { view: view(), data })).expect("decode");
        assert_restores(&decoded.data, &db);
    }

    #[test]
    fn hostile_links_are_refused() {
        let good = encode(&ShareState {
            view: view(),
            data: ShareData::Lesson(Changes::default()),
        });
        let bomb = {
            let mut encoder = DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            encoder
                .write_all(&vec![b' '; limits::MAX_LINK_DECOMPRESSED_BYTES + 10])
                .expect("write");
            format!(
                "1.{}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .encode(encoder.finish().expect("finish"))
            )
        };
        let nested = {
            let json = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
            let mut encoder = DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(json.as_bytes()).expect("write");
            format!(
                "1.{}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .encode(encoder.finish().expect("finish"))
            )
        };
        type Expect = fn(&ShareError) -> bool;
        let cases: Vec<(String, Expect)> = vec![
            (good[..good.len() / 2].to_owned(), |e| {
                matches!(e, ShareError::Damaged(_))
            }),
            ("1.@@@not-base64@@@".into(), |e| {
                matches!(e, ShareError::Damaged(_))
            }),
            (
                good.replacen("1.", "9.", 1),
                |e| matches!(e, ShareError::UnknownVersion(v) if v == "9"),
            ),
            ("hello".into(), |e| matches!(e, ShareError::NotALink)),
            ("".into(), |e| matches!(e, ShareError::NotALink)),
            (bomb, |e| matches!(e, ShareError::TooLarge(_))),
            ("1.".into(), |e| matches!(e, ShareError::Damaged(_))),
            (
                "0.AAAA".into(),
                |e| matches!(e, ShareError::UnknownVersion(v) if v == "0"),
            ),
            ("x.AAAA".into(), |e| matches!(e, ShareError::NotALink)),
            (
                format!("{}.{}", "9".repeat(40), "AAAA"),
                |e| matches!(e, ShareError::UnknownVersion(v) if v.len() == 12),
            ),
            (nested, |e| matches!(e, ShareError::Damaged(_))),
            ("1.".to_owned() + &"A".repeat(limits::MAX_LINK_CHARS), |e| {
                matches!(e, ShareError::TooLong { .. })
            }),
        ];
        for (text, expected) in cases {
            let err = decode(&text).expect_err("refused");
            assert!(
                expected(&err),
                "{}…: {err}",
                text.chars().take(20).collect::<String>()
            );
        }
    }

    /// A well-formed link whose data is a million objects is refused by
    /// the limits, quickly and without building the data.
    #[test]
    fn a_link_to_a_million_objects_is_refused() {
        let objects: Vec<String> = (0..1_000_000)
            .map(|i| format!("{{\"model\":\"auth.group\",\"fields\":{{\"name\":\"g{i}\"}}}}"))
            .collect();
        let state = ShareState {
            view: view(),
            data: ShareData::Fixture(objects.join("\n")),
        };
        let link = encode(&state);
        let started = web_time::Instant::now();
        let refused = match decode(&link) {
            Err(err) => err,
            Ok(state) => match restore(&state.data, APPLIED) {
                Err(err) => err,
                Ok(_) => panic!("a million objects were restored"),
            },
        };
        assert!(
            matches!(
                &refused,
                ShareError::TooLong { .. } | ShareError::TooLarge(_)
            ) || refused.to_string().contains("more than 300000 objects"),
            "{refused}"
        );
        assert!(started.elapsed().as_secs() < 30);
    }

    #[test]
    fn links_naming_missing_rows_are_refused() {
        let data = ShareData::Lesson(Changes {
            follows_added: vec![(99, 1)],
            ..Changes::default()
        });
        assert!(matches!(
            restore(&data, APPLIED),
            Err(ShareError::Damaged(_))
        ));
    }
}
