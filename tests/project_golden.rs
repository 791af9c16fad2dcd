//! Own projects (issue 14): for every project tests/django_reference/
//! gen_projects.py generated, the playground reads its settings.py and
//! models.py files, runs `migrate`, and must leave exactly what real
//! Django 5.2's `makemigrations` + `migrate` left: `sqlite_master` in
//! order, byte for byte, the `django_migrations`, `django_content_type`,
//! `auth_permission` and `sqlite_sequence` rows, and `dumpdata`'s bytes.

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use orm_playground::db::Database;
use orm_playground::fixtures::{self, DumpOptions, FixtureFile, LoadOptions};
use orm_playground::project::{migrate, Project};
use orm_playground::schema::{self, SchemaObject};
use rusqlite::types::Value;
use serde::Deserialize;

#[derive(Deserialize)]
struct Golden {
    sqlite_master: Vec<SchemaObject>,
    django_migrations: Vec<(String, String)>,
    django_content_type: Vec<(i64, String, String)>,
    auth_permission: Vec<(i64, String, i64, String)>,
    sqlite_sequence: Vec<(String, i64)>,
    dumpdata: String,
}

fn projects() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/projects");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/golden/projects (run tests/django_reference/regenerate.sh projects)")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("schema.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn rows(db: &Database, sql: &str) -> Vec<Vec<Value>> {
    db.select_unlogged(sql, &[]).expect(sql)
}

fn text(v: &Value) -> String {
    match v {
        Value::Text(s) => s.clone(),
        other => panic!("expected text, got {other:?}"),
    }
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Integer(i) => *i,
        other => panic!("expected integer, got {other:?}"),
    }
}

/// The first difference between what the playground did and what Django
/// did for one project, or `None`.
fn compare(dir: &Path) -> Option<String> {
    let golden: Golden = serde_json::from_str(
        &std::fs::read_to_string(dir.join("schema.json")).expect("schema.json"),
    )
    .expect("golden JSON");
    let project = match Project::load(dir) {
        Ok(project) => project,
        Err(e) => return Some(format!("refused: {e}")),
    };
    let registry = Arc::new(Project::load(dir).expect("loads twice").registry);
    let db = Database::open_in_memory_with(registry).expect("open");
    if let Err(e) = migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000") {
        return Some(format!("migrate failed: {e:?}"));
    }
    let ours = schema::read_sqlite_master(&db).expect("sqlite_master");
    for (i, (a, b)) in ours.iter().zip(&golden.sqlite_master).enumerate() {
        if a != b {
            return Some(format!(
                "sqlite_master row {i}:\n  ours:   {a:?}\n  django: {b:?}"
            ));
        }
    }
    if ours.len() != golden.sqlite_master.len() {
        return Some(format!(
            "sqlite_master has {} rows, Django's {}",
            ours.len(),
            golden.sqlite_master.len()
        ));
    }
    let migrations: Vec<(String, String)> =
        rows(&db, "SELECT app, name FROM django_migrations ORDER BY id")
            .iter()
            .map(|r| (text(&r[0]), text(&r[1])))
            .collect();
    if migrations != golden.django_migrations {
        return Some(format!(
            "django_migrations:\n  ours:   {migrations:?}\n  django: {:?}",
            golden.django_migrations
        ));
    }
    let content_types: Vec<(i64, String, String)> = rows(
        &db,
        "SELECT id, app_label, model FROM django_content_type ORDER BY id",
    )
    .iter()
    .map(|r| (int(&r[0]), text(&r[1]), text(&r[2])))
    .collect();
    if content_types != golden.django_content_type {
        return Some(format!(
            "django_content_type:\n  ours:   {content_types:?}\n  django: {:?}",
            golden.django_content_type
        ));
    }
    let permissions: Vec<(i64, String, i64, String)> = rows(
        &db,
        "SELECT id, name, content_type_id, codename FROM auth_permission ORDER BY id",
    )
    .iter()
    .map(|r| (int(&r[0]), text(&r[1]), int(&r[2]), text(&r[3])))
    .collect();
    if permissions != golden.auth_permission {
        let first = permissions
            .iter()
            .zip(&golden.auth_permission)
            .find(|(a, b)| a != b);
        return Some(format!(
            "auth_permission ({} rows, Django's {}): first difference {first:?}",
            permissions.len(),
            golden.auth_permission.len()
        ));
    }
    let sequences: Vec<(String, i64)> =
        rows(&db, "SELECT name, seq FROM sqlite_sequence ORDER BY rowid")
            .iter()
            .map(|r| (text(&r[0]), int(&r[1])))
            .collect();
    if sequences != golden.sqlite_sequence {
        return Some(format!(
            "sqlite_sequence:\n  ours:   {sequences:?}\n  django: {:?}",
            golden.sqlite_sequence
        ));
    }
    let options = DumpOptions {
        indent: Some(2),
        ..DumpOptions::default()
    };
    match fixtures::dumpdata(&db, &options) {
        Ok(dump) if dump == golden.dumpdata => {}
        Ok(dump) => {
            return Some(format!(
                "dumpdata {}",
                first_difference(&dump, &golden.dumpdata)
            ))
        }
        Err(e) => return Some(format!("dumpdata failed: {e}")),
    }
    None
}

/// The lesson's own reference project (tests/django_reference/project),
/// read from its settings.py and models.py like any learner's project,
/// migrates to exactly the lesson's schema golden: the lesson's column
/// order and table layout follow from Django's makemigrations.
#[test]
fn the_lesson_project_read_as_a_project_gives_the_lesson_schema() {
    #[derive(Deserialize)]
    struct LessonGolden {
        sqlite_master: Vec<SchemaObject>,
        rows: LessonRows,
    }
    #[derive(Deserialize)]
    struct LessonRows {
        django_content_type: Vec<(i64, String, String)>,
        auth_permission: Vec<(i64, String, i64, String)>,
        django_migrations: Vec<(i64, String, String)>,
        sqlite_sequence: Vec<(String, i64)>,
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let golden: LessonGolden = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/golden/schema.json")).expect("schema.json"),
    )
    .expect("golden JSON");
    let project =
        Project::load(&root.join("tests/django_reference/project")).expect("lesson project");
    let db = Database::open_in_memory().expect("open");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    assert_eq!(
        schema::read_sqlite_master(&db).expect("sqlite_master"),
        golden.sqlite_master
    );
    let content_types: Vec<(i64, String, String)> = rows(
        &db,
        "SELECT id, app_label, model FROM django_content_type ORDER BY id",
    )
    .iter()
    .map(|r| (int(&r[0]), text(&r[1]), text(&r[2])))
    .collect();
    assert_eq!(content_types, golden.rows.django_content_type);
    let permissions: Vec<(i64, String, i64, String)> = rows(
        &db,
        "SELECT id, name, content_type_id, codename FROM auth_permission ORDER BY id",
    )
    .iter()
    .map(|r| (int(&r[0]), text(&r[1]), int(&r[2]), text(&r[3])))
    .collect();
    assert_eq!(permissions, golden.rows.auth_permission);
    let migrations: Vec<(i64, String, String)> = rows(
        &db,
        "SELECT id, app, name FROM django_migrations ORDER BY id",
    )
    .iter()
    .map(|r| (int(&r[0]), text(&r[1]), text(&r[2])))
    .collect();
    assert_eq!(migrations, golden.rows.django_migrations);
    let sequences: Vec<(String, i64)> =
        rows(&db, "SELECT name, seq FROM sqlite_sequence ORDER BY rowid")
            .iter()
            .map(|r| (text(&r[0]), int(&r[1])))
            .collect();
    assert_eq!(sequences, golden.rows.sqlite_sequence);
}

/// Runs `compare` on every generated project and fails with each
/// project's first difference from Django.
fn every_project(compare: fn(&Path) -> Option<String>) {
    let dirs = projects();
    assert!(dirs.len() >= 50, "only {} projects", dirs.len());
    let failures: Vec<String> = dirs
        .iter()
        .filter_map(|dir| {
            compare(dir).map(|why| {
                format!(
                    "{}: {why}",
                    dir.file_name().and_then(|n| n.to_str()).unwrap_or("?")
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} projects differ from Django:\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n")
    );
}

/// Where two texts first differ, with some context of each.
fn first_difference(ours: &str, django: &str) -> String {
    let at = ours
        .bytes()
        .zip(django.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(ours.len().min(django.len()));
    let around = |s: &str| {
        let mut from = at.saturating_sub(60).min(s.len());
        while !s.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + 60).min(s.len());
        while !s.is_char_boundary(to) {
            to += 1;
        }
        s[from..to].to_owned()
    };
    format!(
        "differs at byte {at}: ours {:?}, django {:?}",
        around(ours),
        around(django)
    )
}

#[test]
fn every_generated_project_migrates_as_django_did() {
    every_project(compare);
}

/// `manage --project DIR migrate` writes the same file a test migrate does,
/// and a second run has nothing to apply.
#[test]
fn manage_migrates_a_project_folder() {
    let dir = projects().into_iter().next().expect("a project");
    let out = tempfile::tempdir().expect("temp dir");
    let db_path = out.path().join("db.sqlite3");
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_manage"))
            .arg("--project")
            .arg(&dir)
            .arg("--db")
            .arg(&db_path)
            .arg("migrate")
            .output()
            .expect("manage runs")
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(stdout.starts_with("Operations to perform:\n  Apply all migrations: "));
    assert!(stdout.contains("  Applying contenttypes.0001_initial... OK\n"));
    let golden: Golden = serde_json::from_str(
        &std::fs::read_to_string(dir.join("schema.json")).expect("schema.json"),
    )
    .expect("golden JSON");
    let db = Database::open(&db_path).expect("open");
    assert_eq!(
        schema::read_sqlite_master(&db).expect("sqlite_master"),
        golden.sqlite_master
    );
    let second = run();
    assert!(String::from_utf8_lossy(&second.stdout).contains("No migrations to apply."));
}

/// What Django did with a project's generated fixture (fixtures.json).
#[derive(Deserialize)]
struct FixtureGolden {
    loaddata: Outcome,
    dumpdata_labels: Vec<String>,
    dumpdata: String,
    /// Every row of the populated tables as SQLite stored it: each value
    /// as `[python type name, value]`.
    rows: serde_json::Map<String, serde_json::Value>,
    bad: Vec<BadCase>,
}

#[derive(Deserialize)]
struct Outcome {
    ok: bool,
    message: String,
}

/// The fixture with one value Django refuses.
#[derive(Deserialize)]
struct BadCase {
    kind: String,
    object: usize,
    field: String,
    value: serde_json::Value,
    django: Outcome,
}

fn migrated(dir: &Path) -> Database {
    let project = Project::load(dir).expect("project");
    let registry = Arc::new(Project::load(dir).expect("loads twice").registry);
    let db = Database::open_in_memory_with(registry).expect("open");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    db
}

/// A stored value as Python's sqlite3 module reads it: `[type, value]`.
fn python_value(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::json!(["NoneType", null]),
        Value::Integer(i) => serde_json::json!(["int", i]),
        Value::Real(r) => serde_json::json!(["float", r]),
        Value::Text(s) => serde_json::json!(["str", s]),
        Value::Blob(b) => serde_json::json!(["bytes", b]),
    }
}

/// The first difference between our load and dump of the project's
/// fixture and Django's, or `None`.
fn compare_fixture(dir: &Path) -> Option<String> {
    let golden: FixtureGolden = serde_json::from_str(
        &std::fs::read_to_string(dir.join("fixtures.json")).expect("fixtures.json"),
    )
    .expect("golden JSON");
    let data = std::fs::read(dir.join("fixtures/data.json")).expect("data.json");
    for case in &golden.bad {
        let db = migrated(dir);
        let mut objects: serde_json::Value = serde_json::from_slice(&data).expect("fixture");
        objects[case.object]["fields"][&case.field] = case.value.clone();
        let text = serde_json::to_string_pretty(&objects).expect("JSON");
        let file = FixtureFile::new("bad.json".to_owned(), text.into_bytes());
        match fixtures::loaddata(&db, &[file], &LoadOptions::default()) {
            Ok(report) => {
                return Some(format!(
                    "{}: loaded ({}), Django: {}",
                    case.kind,
                    report.message(),
                    case.django.message
                ))
            }
            Err(e) => {
                // Django's ValidationError text, e.g. “abc” value must be a
                // float. In a ko-kr project Django says it in Korean: then
                // only the failure is compared.
                let django = case
                    .django
                    .message
                    .split("['“")
                    .nth(1)
                    .and_then(|m| m.split("']").next())
                    .map(|m| m.trim_end_matches('.'));
                let ours = e.to_string();
                if case.django.ok || django.is_some_and(|m| !ours.contains(m)) {
                    return Some(format!(
                        "{}: ours {ours:?}, Django {:?}",
                        case.kind, case.django.message
                    ));
                }
            }
        }
    }
    let db = migrated(dir);
    let file = FixtureFile::new("data.json".to_owned(), data);
    match fixtures::loaddata(&db, &[file], &LoadOptions::default()) {
        Ok(report) if golden.loaddata.ok && report.message() == golden.loaddata.message => {}
        Ok(report) => {
            return Some(format!(
                "loaddata: {:?}, Django {:?}",
                report.message(),
                golden.loaddata.message
            ))
        }
        Err(e) => {
            return Some(format!(
                "loaddata failed: {e}; Django {:?}",
                golden.loaddata.message
            ))
        }
    }
    for (table, expected) in &golden.rows {
        let ours: Vec<serde_json::Value> =
            rows(&db, &format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"))
                .iter()
                .map(|row| serde_json::Value::Array(row.iter().map(python_value).collect()))
                .collect();
        let expected = expected.as_array().cloned().unwrap_or_default();
        if let Some((i, (a, b))) = ours
            .iter()
            .zip(&expected)
            .enumerate()
            .find(|(_, (a, b))| a != b)
        {
            return Some(format!("{table} row {i}:\n  ours:   {a}\n  django: {b}"));
        }
        if ours.len() != expected.len() {
            return Some(format!(
                "{table}: {} rows, Django {}",
                ours.len(),
                expected.len()
            ));
        }
    }
    let options = DumpOptions {
        labels: golden.dumpdata_labels.clone(),
        indent: Some(2),
        ..DumpOptions::default()
    };
    match fixtures::dumpdata(&db, &options) {
        Ok(dump) if dump == golden.dumpdata => None,
        Ok(dump) => Some(format!(
            "dumpdata {}",
            first_difference(&dump, &golden.dumpdata)
        )),
        Err(e) => Some(format!("dumpdata failed: {e}")),
    }
}

/// Each project's generated fixture (every supported field kind, in the
/// input forms Django accepts: decimals as numbers or text, dates without
/// leading zeros, durations as `1 day, 2:03:04` or ISO 8601, UUIDs with
/// braces or `urn:uuid:`) loads with Django's message, stores what
/// Django stored, dumps Django's bytes, and each refused variant fails
/// with Django's words and changes nothing.
#[test]
fn every_generated_fixture_loads_and_dumps_as_django_did() {
    every_project(compare_fixture);
}

/// Every file under `dir`, with its path below `prefix` as a picked
/// folder gives it.
fn folder_files(dir: &Path, prefix: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        let name = format!(
            "{prefix}/{}",
            path.file_name().and_then(|n| n.to_str()).expect("name")
        );
        if path.is_dir() {
            out.extend(folder_files(&path, &name));
        } else {
            out.push((name, std::fs::read(&path).expect("file")));
        }
    }
    out
}

/// A stored (uncompressed) zip of `files`, as any zip tool can write.
fn stored_zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let crc = |data: &[u8]| {
        let mut crc = !0u32;
        for byte in data {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    };
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let (size, sum, len) = (data.len() as u32, crc(data), name.len() as u16);
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend(sum.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(len.to_le_bytes());
        out.extend([0, 0]);
        out.extend(name.as_bytes());
        out.extend(data);
        directory.extend(0x0201_4b50u32.to_le_bytes());
        directory.extend([20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        directory.extend(sum.to_le_bytes());
        directory.extend(size.to_le_bytes());
        directory.extend(size.to_le_bytes());
        directory.extend(len.to_le_bytes());
        directory.extend([0; 12]);
        directory.extend(offset.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let start = out.len() as u32;
    let count = files.len() as u16;
    out.extend(&directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0, 0, 0, 0]);
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend([0, 0]);
    out
}

/// A project folder as the page receives it (a zip of it, with a
/// virtualenv and caches inside that are skipped): read, migrated, its
/// fixtures loaded and dumped exactly as Django did.
#[test]
fn a_zipped_project_folder_loads_its_own_fixtures_as_django_did() {
    let dir = projects()
        .into_iter()
        .find(|d| d.ends_with("p00"))
        .expect("p00");
    let mut files = folder_files(&dir, "homework");
    files.retain(|(name, _)| !name.ends_with(".json") || name.contains("/fixtures/"));
    files.push((
        "homework/manage.py".into(),
        b"#!/usr/bin/env python\n".to_vec(),
    ));
    files.push((
        "homework/venv/lib/python3.11/site-packages/django/db/models.py".into(),
        b"raise SystemExit\n".to_vec(),
    ));
    let upload = orm_playground::project::upload::from_zip("homework.zip", &stored_zip(&files))
        .expect("reads the zip");
    let project = Project::from_sources(&upload.sources).expect("project");
    let registry = Arc::new(
        Project::from_sources(&upload.sources)
            .expect("again")
            .registry,
    );
    let db = Database::open_in_memory_with(registry).expect("open");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    let names: Vec<&str> = upload.fixtures.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["fixtures/data.json"]);
    let report = fixtures::loaddata(&db, &upload.fixtures, &LoadOptions::default()).expect("loads");
    let golden: FixtureGolden = serde_json::from_str(
        &std::fs::read_to_string(dir.join("fixtures.json")).expect("fixtures.json"),
    )
    .expect("golden");
    assert_eq!(report.message(), golden.loaddata.message);
    let options = DumpOptions {
        labels: golden.dumpdata_labels.clone(),
        indent: Some(2),
        ..DumpOptions::default()
    };
    assert_eq!(
        fixtures::dumpdata(&db, &options).expect("dump"),
        golden.dumpdata
    );
}

/// A fixture that gives a `through=` field a value is refused with the
/// field and the intermediate model named (Django's dumpdata never
/// writes one; its rows are the intermediate model's objects).
#[test]
fn a_fixture_value_for_a_through_field_is_refused() {
    let dir = projects()
        .into_iter()
        .find(|d| d.ends_with("w03-through"))
        .expect("w03-through");
    let db = migrated(&dir);
    let text = r#"[{"model": "groups.person", "pk": 1, "fields": {"name": "Ringo"}},
        {"model": "groups.band", "pk": 1, "fields": {"name": "Beatles", "members": [1]}}]"#;
    let file = FixtureFile::new("bad.json".to_owned(), text.as_bytes().to_vec());
    let error = fixtures::loaddata(&db, &[file], &LoadOptions::default())
        .expect_err("refused")
        .to_string();
    assert!(
        error.contains("Band.members goes through an intermediate model (groups.membership)"),
        "{error}"
    );
}
