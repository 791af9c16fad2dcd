//! Bad fixtures get one clear message naming the file, object, model, pk
//! and field, and change nothing: every table's checksum is the same after
//! the failed load. The inputs are the corpus under `tests/fixtures_errors/`
//! (with Django's own reaction to each in `tests/golden/fixtures/errors.json`).

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use orm_playground::db::Database;
use orm_playground::fixtures::{loaddata, FixtureFile, LoadOptions};
use orm_playground::schema;
use rusqlite::types::Value;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    preload: Vec<String>,
    files: Vec<String>,
    args: Vec<String>,
    django_exit_code: i32,
    django_message: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<Case> {
    let text =
        std::fs::read(root().join("tests/golden/fixtures/errors.json")).expect("errors.json");
    serde_json::from_slice(&text).expect("errors JSON")
}

fn read(dir: &Path, name: &str) -> FixtureFile {
    let bytes = std::fs::read(dir.join(name)).unwrap_or_default();
    // Name the file as the learner would see it: its own name.
    let short = Path::new(name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    FixtureFile::new(short, bytes)
}

fn options(args: &[String]) -> LoadOptions {
    let mut options = LoadOptions::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-i" | "--ignorenonexistent" => options.ignore_nonexistent = true,
            "-e" | "--exclude" => options.exclude.extend(args.next().cloned()),
            "--app" => options.app = args.next().cloned(),
            other => panic!("unexpected loaddata argument {other}"),
        }
    }
    options
}

/// A checksum of every table's full contents (sqlite_sequence included).
pub fn checksum(db: &Database) -> Vec<(String, String)> {
    let tables = db
        .select_unlogged(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            &[],
        )
        .expect("tables");
    tables
        .into_iter()
        .map(|row| {
            let Value::Text(table) = &row[0] else {
                panic!("table name")
            };
            let rows = db
                .select_unlogged(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"), &[])
                .expect("rows");
            (table.clone(), format!("{rows:?}"))
        })
        .collect()
}

fn loaded(preload: &[String]) -> Database {
    let db = Database::open_in_memory().expect("open");
    schema::migrate(&db, "2024-01-01 00:00:00").expect("migrate");
    let golden = root().join("tests/golden/fixtures");
    let files: Vec<FixtureFile> = preload.iter().map(|f| read(&golden, f)).collect();
    if !files.is_empty() {
        loaddata(&db, &files, &LoadOptions::default()).expect("preload");
    }
    db
}

/// Our message for each case, and whether the load succeeds. Where Django
/// fails too, ours says more; where Django succeeds (`title-too-long`:
/// SQLite does not enforce `max_length`; `empty-list`), so do we; where
/// Django fails only because of file order (`natural-forward-reference`:
/// natural keys pointing at objects in later files), we load, because the
/// files are valid in any order.
const EXPECTED: &[(&str, bool, &str)] = &[
    ("invalid-json-syntax", false, "users.json: invalid JSON at line 20, column 1: expected `,` or `]`"),
    ("top-level-object", false, "users.json: the top level must be a JSON list of objects, found an object"),
    ("entry-is-number", false, "users.json, object #2: each entry must be an object like {\"model\": ..., \"pk\": ..., \"fields\": {...}}, found a number"),
    ("missing-model", false, "users.json, object #1 (pk=6): the object has no \"model\" key"),
    ("unknown-model", false, "posts.json, object #1 (pk=1): Invalid model identifier: 'articles.post'; the playground's models are accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype (Django: DeserializationError: Invalid model identifier: articles.post)"),
    ("model-without-dot", false, "articles.json, object #1 (pk=11): Invalid model identifier: 'article'; the playground's models are accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype (Django: DeserializationError: Invalid model identifier: article)"),
    ("model-wrong-case", false, "articles.json, object #1 (pk=11): Invalid model identifier: 'Articles.Article'; the playground's models are accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype (Django: DeserializationError: Invalid model identifier: Articles.Article)"),
    ("missing-fields", false, "users.json, object #1 (accounts.user pk=6): the object has no \"fields\" key"),
    ("fields-is-list", false, "users.json, object #1 (accounts.user pk=6): \"fields\" must be an object, found a list"),
    ("pk-not-integer", false, "users.json, object #1 (accounts.user pk=abc): “abc” value must be an integer"),
    ("unknown-field", false, "users.json, object #1 (accounts.user pk=6), field \"nickname\": User has no field named 'nickname' (its fields: password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, groups, user_permissions, followings; use --ignorenonexistent to skip unknown fields)"),
    ("boolean-maybe", false, "users.json, object #1 (accounts.user pk=6), field \"is_staff\": “maybe” value must be either True or False (or true/false, 1/0, \"t\"/\"f\")"),
    ("datetime-integer", false, "users.json, object #1 (accounts.user pk=6), field \"date_joined\": expected a datetime string such as \"2024-03-04T14:44:00Z\", found a number 1709510400"),
    ("datetime-yesterday", false, "users.json, object #1 (accounts.user pk=6), field \"date_joined\": “yesterday” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."),
    ("date-invalid", false, "articles.json, object #1 (articles.article pk=11), field \"created_at\": “2024-02-30 10:00” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time."),
    ("m2m-not-list", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": a many-to-many value must be a list of pks or natural keys, found a number 5"),
    ("m2m-list-with-x", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": “x” value must be an integer"),
    ("fk-dangling", false, "articles.json, object #1 (articles.article pk=11), field \"user\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: Problem installing fixtures: The row in table 'articles_article' with primary key '11' has an invalid foreign key: articles_article.user_id contains a value '99' that does not have a corresponding value in accounts_user.id.)"),
    ("fk-null", false, "comments.json, object #1 (articles.comment pk=31), field \"user\": NOT NULL constraint failed: articles_comment.user_id; the fixture sets it to null, but the column does not allow NULL (Django: Could not load articles.Comment(pk=31): NOT NULL constraint failed: articles_comment.user_id)"),
    ("fk-list-without-natural-key", false, "comments.json, object #1 (articles.comment pk=31), field \"article\": articles.article has no natural key; refer to it by pk"),
    ("m2m-dangling", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: FOREIGN KEY constraint failed)"),
    ("m2m-dangling-like", false, "articles.json, object #1 (articles.article pk=11), field \"like_users\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: FOREIGN KEY constraint failed)"),
    ("natural-fk-missing", false, "comments.json, object #1 (articles.comment pk=31), field \"user\": the natural key [\"nobody\"] matches no accounts.user in the database or in any of the files (Django: DoesNotExist: User matching query does not exist.)"),
    ("natural-m2m-missing", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": the natural key [\"nobody\"] matches no accounts.user in the database or in any of the files (Django: DoesNotExist: User matching query does not exist.)"),
    ("natural-key-arity", false, "comments.json, object #1 (articles.comment pk=31), field \"user\": a natural key of accounts.user has 1 part(s) (username), this one has 2"),
    ("empty-file", false, "users.json: the file is empty; a fixture is a JSON list of objects, at least `[]`"),
    ("whitespace-file", false, "users.json: the file is empty; a fixture is a JSON list of objects, at least `[]`"),
    ("empty-list", true, "Installed 0 object(s) from 1 fixture(s)"),
    ("utf8-bom", false, "users.json: the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM (Django: Unexpected UTF-8 BOM (decode using utf-8-sig))"),
    ("not-utf8", false, "users.json, line 7: the file is not UTF-8 (invalid byte 0xc1 at byte offset 108); save it as UTF-8"),
    ("truncated-gz", false, "users.json.gz: cannot decompress the gzip data: incomplete deflate stream"),
    ("zip-two-files", false, "all.json.zip: a .zip fixture must contain exactly one file, this one contains 2"),
    ("unknown-extension", false, "users.csv: csv is not a known serialization format; the playground reads .json and .jsonl fixtures (optionally .gz, .zip, .bz2, .xz or .lzma compressed)"),
    ("exclude-unknown-model", false, "loaddata: Unknown model: articles.post"),
    ("duplicate-username", false, "users.json, object #1 (accounts.user pk=6), field \"username\": UNIQUE constraint failed: accounts_user.username; another object already has this value (Django: Could not load accounts.User(pk=6): UNIQUE constraint failed: accounts_user.username)"),
    ("duplicate-username-in-file", false, "users.json, object #2 (accounts.user pk=7), field \"username\": UNIQUE constraint failed: accounts_user.username; another object already has this value (Django: Could not load accounts.User(pk=7): UNIQUE constraint failed: accounts_user.username)"),
    ("article-missing-created-at", false, "articles.json, object #1 (articles.article pk=11), field \"created_at\": NOT NULL constraint failed: articles_article.created_at; the fixture omits it and it has no default (loaddata saves raw values: auto_now_add and auto_now are not filled in) (Django: Could not load articles.Article(pk=11): NOT NULL constraint failed: articles_article.created_at)"),
    ("title-null", false, "articles.json, object #1 (articles.article pk=11), field \"title\": NOT NULL constraint failed: articles_article.title; the fixture sets it to null, but the column does not allow NULL (Django: Could not load articles.Article(pk=11): NOT NULL constraint failed: articles_article.title)"),
    ("title-too-long", true, "Installed 1 object(s) from 1 fixture(s)"),
    ("jsonl-bad-third-line", false, "all.jsonl: invalid JSON at line 3, column 62: EOF while parsing a value"),
    ("dangling-fk-second-file", false, "articles.json, object #1 (articles.article pk=11), field \"user\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: Problem installing fixtures: The row in table 'articles_article' with primary key '11' has an invalid foreign key: articles_article.user_id contains a value '99' that does not have a corresponding value in accounts_user.id.)"),
    ("natural-forward-reference", true, "Installed 45 object(s) from 3 fixture(s)"),
];

#[test]
fn every_bad_fixture_gets_its_message_and_changes_nothing() {
    let corpus = root().join("tests/fixtures_errors");
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|c| c.name != "missing-file")
        .collect();
    assert_eq!(
        cases.len(),
        EXPECTED.len(),
        "one expectation per corpus case"
    );
    for case in cases {
        let Some((_, succeeds, expected)) = EXPECTED.iter().find(|(name, _, _)| *name == case.name)
        else {
            panic!("no expectation for {}", case.name)
        };
        let db = loaded(&case.preload);
        let before = checksum(&db);
        let files: Vec<FixtureFile> = case.files.iter().map(|f| read(&corpus, f)).collect();
        let result = loaddata(&db, &files, &options(&case.args));
        match result {
            Ok(report) => {
                assert!(*succeeds, "{}: loaded, expected: {expected}", case.name);
                assert_eq!(report.message(), *expected, "{}", case.name);
                assert_eq!(
                    case.django_exit_code == 0,
                    case.name != "natural-forward-reference",
                    "{}",
                    case.name
                );
            }
            Err(err) => {
                assert!(!succeeds, "{}: failed with {err}", case.name);
                assert_eq!(err.to_string(), *expected, "{}", case.name);
                assert_eq!(
                    checksum(&db),
                    before,
                    "{}: a failed load changed the tables",
                    case.name
                );
                assert_ne!(
                    case.django_exit_code, 0,
                    "{}: Django loads it; so should we",
                    case.name
                );
                assert!(!case.django_message.is_empty());
            }
        }
    }
}

#[test]
fn a_missing_fixture_is_named_like_django_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db.sqlite3");
    let db = db.to_string_lossy();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_manage"))
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("manage")
    };
    assert!(run(&["--db", &db, "migrate"]).status.success());
    let output = run(&["--db", &db, "loaddata", "nothing"]);
    assert!(!output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim_end(),
        "CommandError: No fixture named 'nothing' found."
    );
}

/// The load job in the smallest slices gives the same result, and a job
/// cancelled half way leaves the tables as they were.
#[test]
fn a_sliced_load_matches_and_a_cancelled_one_changes_nothing() {
    use orm_playground::fixtures::LoadJob;
    use orm_playground::job::{Job, Stage, Step};

    let files = || {
        let golden = root().join("tests/golden/fixtures");
        [
            "lesson/users.json",
            "lesson/articles.json",
            "lesson/comments.json",
            "compressed/all.json.gz",
        ]
        .iter()
        .map(|f| read(&golden, f))
        .collect::<Vec<_>>()
    };
    let mut db = loaded(&[]);
    let mut job = LoadJob::new(files(), LoadOptions::default()).expect("job");
    let mut steps = 0;
    let report = loop {
        steps += 1;
        match job.step(&mut db, web_time::Instant::now()).expect("step") {
            Step::Done(report) => break report,
            Step::Pending(progress) => {
                assert!(progress.total == 0 || progress.done <= progress.total)
            }
        }
    };
    assert!(
        steps > 4,
        "a passed deadline still makes progress, in slices ({steps})"
    );
    assert_eq!(report.message(), "Installed 90 object(s) from 4 fixture(s)");

    let mut db = loaded(&[]);
    let before = checksum(&db);
    let mut job = LoadJob::new(files(), LoadOptions::default()).expect("job");
    // Stop once some objects are saved, inside the job's transaction.
    loop {
        match job.step(&mut db, web_time::Instant::now()).expect("step") {
            Step::Pending(progress) if progress.stage == Stage::Saving && progress.done > 0 => {
                break
            }
            Step::Pending(_) => {}
            Step::Done(_) => panic!("finished before saving was seen"),
        }
    }
    job.cancel(&mut db);
    assert_eq!(checksum(&db), before);
}
