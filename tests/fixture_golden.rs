//! `manage loaddata` and `manage dumpdata` against real Django's output
//! for the same inputs (`tests/golden/fixtures/manifest.json`, written by
//! `tests/django_reference/gen_fixtures.py`): the same `Installed N
//! object(s)` messages, byte-identical dumps under every option, and the
//! same stored rows.

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;
use serde_json::Value as Json;

#[derive(Deserialize)]
struct Manifest {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    steps: Vec<Step>,
    tables: Option<String>,
    dumps: Vec<Dump>,
}

#[derive(Deserialize)]
struct Step {
    files: Vec<String>,
    args: Vec<String>,
    message: String,
}

#[derive(Deserialize)]
struct Dump {
    args: Vec<String>,
    output: String,
    output_file: Option<String>,
    #[serde(default)]
    decompressed: bool,
    #[serde(default)]
    gzipped: bool,
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/fixtures")
}

fn manage(cwd: &Path, args: &[&str]) -> std::process::Output {
    let output = Command::new(env!("CARGO_BIN_EXE_manage"))
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("run manage");
    assert!(
        output.status.success(),
        "manage {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("gunzip");
    out
}

fn decompress(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).expect("output file");
    let name = path.to_string_lossy();
    let mut out = Vec::new();
    if name.ends_with(".gz") {
        return gunzip(&bytes);
    } else if name.ends_with(".bz2") {
        bzip2::read::BzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .expect("bunzip2");
    } else if name.ends_with(".xz") {
        lzma_rs::xz_decompress(&mut &bytes[..], &mut out).expect("unxz");
    } else if name.ends_with(".lzma") {
        lzma_rs::lzma_decompress(&mut &bytes[..], &mut out).expect("unlzma");
    } else {
        return bytes;
    }
    out
}

/// The stored rows, in the snapshot's form: every column of the model
/// tables in id order, and the foreign-key pairs of the through tables.
fn tables(db: &Path) -> Json {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut out = serde_json::Map::new();
    for table in ["accounts_user", "articles_article", "articles_comment"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY \"id\""))
            .expect("prepare");
        let columns: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
        let rows = read_rows(&mut stmt);
        out.insert(
            table.into(),
            serde_json::json!({"columns": columns, "rows": rows}),
        );
    }
    for (table, a, b) in [
        ("accounts_user_followings", "from_user_id", "to_user_id"),
        ("articles_article_like_users", "article_id", "user_id"),
        ("accounts_user_groups", "user_id", "group_id"),
    ] {
        let mut stmt = conn
            .prepare(&format!(
                "SELECT \"{a}\", \"{b}\" FROM \"{table}\" ORDER BY 1, 2"
            ))
            .expect("prepare");
        let rows = read_rows(&mut stmt);
        out.insert(
            table.into(),
            serde_json::json!({"columns": [a, b], "rows": rows}),
        );
    }
    Json::Object(out)
}

fn read_rows(stmt: &mut rusqlite::Statement<'_>) -> Vec<Json> {
    let width = stmt.column_count();
    let mut rows = stmt.query([]).expect("query");
    let mut out = Vec::new();
    while let Some(row) = rows.next().expect("row") {
        let values: Vec<Json> = (0..width)
            .map(|i| match row.get_ref(i).expect("value") {
                rusqlite::types::ValueRef::Null => Json::Null,
                rusqlite::types::ValueRef::Integer(n) => n.into(),
                rusqlite::types::ValueRef::Real(r) => r.into(),
                rusqlite::types::ValueRef::Text(t) => {
                    String::from_utf8_lossy(t).into_owned().into()
                }
                rusqlite::types::ValueRef::Blob(_) => Json::Null,
            })
            .collect();
        out.push(Json::Array(values));
    }
    out
}

/// Compares the snapshot tables the golden has, table by table.
fn assert_tables(case: &str, db: &Path, golden: &Json) {
    let ours = tables(db);
    let Json::Object(golden) = golden else {
        panic!("{case}: tables golden is not an object")
    };
    for (table, expected) in golden {
        let Some(actual) = ours.get(table) else {
            continue;
        };
        let (expected_rows, actual_rows) = (&expected["rows"], &actual["rows"]);
        if let (Json::Array(e), Json::Array(a)) = (expected_rows, actual_rows) {
            for (i, (want, got)) in e.iter().zip(a).enumerate() {
                assert_eq!(got, want, "{case}: {table} row {i}");
            }
            assert_eq!(a.len(), e.len(), "{case}: {table} row count");
        }
    }
}

#[test]
fn loaddata_and_dumpdata_match_django() {
    let manifest: Manifest = serde_json::from_slice(
        &std::fs::read(golden_dir().join("manifest.json")).expect("manifest"),
    )
    .expect("manifest JSON");
    assert!(manifest.cases.len() >= 20, "the manifest lists the cases");
    for case in &manifest.cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("db.sqlite3");
        let db_arg = db.to_string_lossy().into_owned();
        manage(dir.path(), &["--db", &db_arg, "migrate"]);
        for step in &case.steps {
            let files: Vec<String> = step
                .files
                .iter()
                .map(|f| golden_dir().join(f).to_string_lossy().into_owned())
                .collect();
            let mut args = vec!["--db", &db_arg, "loaddata"];
            args.extend(files.iter().map(String::as_str));
            args.extend(step.args.iter().map(String::as_str));
            let output = manage(dir.path(), &args);
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert_eq!(
                stdout.trim_end(),
                step.message,
                "{}: loaddata {:?}",
                case.name,
                step.files
            );
        }
        if let Some(tables) = &case.tables {
            let bytes = std::fs::read(golden_dir().join(tables)).expect("tables golden");
            let bytes = if tables.ends_with(".gz") {
                gunzip(&bytes)
            } else {
                bytes
            };
            let golden: Json = serde_json::from_slice(&bytes).expect("tables JSON");
            assert_tables(&case.name, &db, &golden);
        }
        for dump in &case.dumps {
            let mut args = vec!["--db", &db_arg, "dumpdata"];
            args.extend(dump.args.iter().map(String::as_str));
            let output = manage(dir.path(), &args);
            let ours = match &dump.output_file {
                Some(file) => {
                    let written = dir.path().join(file);
                    if dump.decompressed {
                        decompress(&written)
                    } else {
                        std::fs::read(&written).expect("written file")
                    }
                }
                None => output.stdout,
            };
            let expected = std::fs::read(golden_dir().join(&dump.output)).expect("dump golden");
            let expected = if dump.gzipped {
                gunzip(&expected)
            } else {
                expected
            };
            if ours != expected {
                let ours = String::from_utf8_lossy(&ours);
                let expected = String::from_utf8_lossy(&expected);
                let at = ours
                    .char_indices()
                    .zip(expected.chars())
                    .find(|((_, a), b)| a != b)
                    .map(|((i, _), _)| i)
                    .unwrap_or(ours.len().min(expected.len()));
                let start = at.saturating_sub(200);
                panic!(
                    "{}: dumpdata {:?} differs from Django at byte {at}:\n--- ours ---\n{}\n--- django ---\n{}",
                    case.name,
                    dump.args,
                    ours.get(start..(at + 200).min(ours.len())).unwrap_or_default(),
                    expected.get(start..(at + 200).min(expected.len())).unwrap_or_default()
                );
            }
        }
    }
}

#[test]
fn bundled_fixtures_are_djangos_lesson_dump() {
    for name in ["users.json", "articles.json", "comments.json"] {
        let bundled = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures")
                .join(name),
        )
        .expect("bundled");
        let golden = std::fs::read(golden_dir().join("lesson").join(name)).expect("golden");
        assert!(
            bundled == golden,
            "fixtures/{name} differs from tests/golden/fixtures/lesson/{name}"
        );
    }
}
