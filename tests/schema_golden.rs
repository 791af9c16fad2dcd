//! `manage migrate` must create exactly the schema Django 5.2 creates, and
//! the same rows. The golden file is written by real Django
//! (`tests/django_reference/regenerate.sh schema`).

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use orm_playground::db::Database;
use orm_playground::schema::{self, SchemaObject};
use rusqlite::types::Value;
use serde::Deserialize;

#[derive(Deserialize)]
struct Golden {
    sqlite_master: Vec<SchemaObject>,
    rows: GoldenRows,
}

#[derive(Deserialize)]
struct GoldenRows {
    django_content_type: Vec<(i64, String, String)>,
    auth_permission: Vec<(i64, String, i64, String)>,
    django_migrations: Vec<(i64, String, String)>,
    sqlite_sequence: Vec<(String, i64)>,
}

fn golden() -> Golden {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/schema.json"
    ))
    .expect("tests/golden/schema.json (run tests/django_reference/regenerate.sh schema)");
    serde_json::from_str(&text).expect("golden schema JSON")
}

/// Whitespace is the only difference the comparison forgives.
fn normalized(objects: &[SchemaObject]) -> Vec<SchemaObject> {
    objects
        .iter()
        .map(|o| SchemaObject {
            sql: o.sql.split_whitespace().collect::<Vec<_>>().join(" "),
            ..o.clone()
        })
        .collect()
}

fn migrated_file() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = Database::open(&dir.path().join("db.sqlite3")).expect("open");
    schema::migrate(&db, "2024-03-04 14:44:00.123000").expect("migrate");
    (dir, db)
}

#[test]
fn sqlite_master_matches_django() {
    let (_dir, db) = migrated_file();
    let ours = schema::read_sqlite_master(&db).expect("read sqlite_master");
    let expected = golden().sqlite_master;
    let (ours, expected) = (normalized(&ours), normalized(&expected));
    for (i, (a, b)) in ours.iter().zip(&expected).enumerate() {
        assert_eq!(a, b, "sqlite_master row {i} differs");
    }
    assert_eq!(ours.len(), expected.len(), "number of schema objects");
}

#[test]
fn migrate_inserts_djangos_rows() {
    let (_dir, db) = migrated_file();
    let golden = golden().rows;
    let rows = |sql: &str| db.select_unlogged(sql, &[]).expect(sql);
    let int = |v: &Value| match v {
        Value::Integer(i) => *i,
        other => panic!("expected integer, got {other:?}"),
    };
    let text = |v: &Value| match v {
        Value::Text(s) => s.clone(),
        other => panic!("expected text, got {other:?}"),
    };
    let content_types: Vec<_> =
        rows("SELECT id, app_label, model FROM django_content_type ORDER BY id")
            .iter()
            .map(|r| (int(&r[0]), text(&r[1]), text(&r[2])))
            .collect();
    assert_eq!(content_types, golden.django_content_type);
    let permissions: Vec<_> =
        rows("SELECT id, name, content_type_id, codename FROM auth_permission ORDER BY id")
            .iter()
            .map(|r| (int(&r[0]), text(&r[1]), int(&r[2]), text(&r[3])))
            .collect();
    assert_eq!(permissions, golden.auth_permission);
    let migrations: Vec<_> = rows("SELECT id, app, name FROM django_migrations ORDER BY id")
        .iter()
        .map(|r| (int(&r[0]), text(&r[1]), text(&r[2])))
        .collect();
    assert_eq!(migrations, golden.django_migrations);
    let sequences: Vec<_> = rows("SELECT name, seq FROM sqlite_sequence ORDER BY rowid")
        .iter()
        .map(|r| (text(&r[0]), int(&r[1])))
        .collect();
    assert_eq!(sequences, golden.sqlite_sequence);
}
