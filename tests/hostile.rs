//! The hostile fixture corpus: files built to break the loader (broken JSON
//! at every level, wrong types in every field kind, dangling and circular
//! references, duplicates, gigantic strings, deep nesting, a million tiny
//! objects, NaN and huge numbers, bad encodings, bombs, multi-file zips).
//!
//! Each case gets its expected message (or loads, where Django would too),
//! and a failed load leaves every table as it was. The corpus is generated
//! here (some files are megabytes) and written to `target/hostile-corpus/`
//! with a `manifest.json`, which the browser test uploads through the page.

// Native only: these tests write files into the repository's target dir.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;

use orm_playground::db::Database;
use orm_playground::fixtures::{dumpdata, loaddata, DumpOptions, FixtureFile, LoadOptions};
use orm_playground::lesson_data::lesson_database;

/// One case: the files to upload together and whether they should load.
/// The exact message of each is in `tests/hostile_expected.json` (reviewed;
/// `UPDATE_HOSTILE=1 cargo test --test hostile` rewrites it).
struct Case {
    name: &'static str,
    files: Vec<(String, Vec<u8>)>,
    /// `Ok(())`: loads, as in Django. `Err(())`: refused.
    expected: Result<(), ()>,
}

fn json(name: &str, text: &str) -> (String, Vec<u8>) {
    (name.to_owned(), text.as_bytes().to_vec())
}

fn user(pk: i64, fields: &str) -> String {
    format!(
        r#"{{"model": "accounts.user", "pk": {pk}, "fields": {{"password": "", "username": "u{pk}", "date_joined": "2024-03-08T00:00:00Z"{fields}}}}}"#
    )
}

fn article(pk: i64, fields: &str) -> String {
    format!(
        r#"{{"model": "articles.article", "pk": {pk}, "fields": {{"user": 1, "title": "t", "content": "c", "created_at": "2024-03-08T00:00:00Z", "updated_at": "2024-03-08T00:00:00Z"{fields}}}}}"#
    )
}

fn comment(pk: i64, fields: &str) -> String {
    format!(
        r#"{{"model": "articles.comment", "pk": {pk}, "fields": {{"article": 1, "user": 1, "content": "c", "created_at": "2024-03-08T00:00:00Z", "updated_at": "2024-03-08T00:00:00Z"{fields}}}}}"#
    )
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.join(",\n"))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

/// A zip archive of `members` (stored, or deflated when `deflate`), built
/// by hand as Python's zipfile writes it.
fn zip(members: &[(&str, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in members {
        let stored = if deflate {
            let mut encoder =
                flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(data).expect("deflate");
            encoder.finish().expect("deflate")
        } else {
            data.clone()
        };
        let method: u16 = if deflate { 8 } else { 0 };
        let offset = out.len() as u32;
        let crc = crc32(data);
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend([20, 0, 0, 0]);
        out.extend(method.to_le_bytes());
        out.extend([0, 0, 0, 0]);
        out.extend(crc.to_le_bytes());
        out.extend((stored.len() as u32).to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend([0, 0]);
        out.extend(name.as_bytes());
        out.extend(&stored);
        directory.extend(0x0201_4b50u32.to_le_bytes());
        directory.extend([20, 0, 20, 0, 0, 0]);
        directory.extend(method.to_le_bytes());
        directory.extend([0, 0, 0, 0]);
        directory.extend(crc.to_le_bytes());
        directory.extend((stored.len() as u32).to_le_bytes());
        directory.extend((data.len() as u32).to_le_bytes());
        directory.extend((name.len() as u16).to_le_bytes());
        directory.extend([0; 12]);
        directory.extend(offset.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let start = out.len() as u32;
    out.extend(&directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0, 0, 0, 0]);
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend([0, 0]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn cases() -> Vec<Case> {
    let ok_user = list(&[user(6, "")]);
    let mut cases = vec![
        // Broken JSON at every level.
        Case {
            name: "open-bracket-only",
            files: vec![json("users.json", "[")],
            expected: Err(()),
        },
        Case {
            name: "open-object-only",
            files: vec![json("users.json", "[{")],
            expected: Err(()),
        },
        Case {
            name: "cut-inside-fields",
            files: vec![json(
                "users.json",
                r#"[{"model": "accounts.user", "pk": 6, "fields": {"username": "a""#,
            )],
            expected: Err(()),
        },
        Case {
            name: "double-comma",
            files: vec![json(
                "users.json",
                r#"[{"model": "accounts.user",, "pk": 6}]"#,
            )],
            expected: Err(()),
        },
        Case {
            name: "trailing-garbage",
            files: vec![json("users.json", "[]\nextra")],
            expected: Err(()),
        },
        Case {
            name: "single-quotes",
            files: vec![json("users.json", "[{'model': 'accounts.user'}]")],
            expected: Err(()),
        },
        Case {
            name: "comment-in-json",
            files: vec![json("users.json", "// users\n[]")],
            expected: Err(()),
        },
        Case {
            name: "top-level-string",
            files: vec![json("users.json", "\"users\"")],
            expected: Err(()),
        },
        Case {
            name: "top-level-number",
            files: vec![json("users.json", "42")],
            expected: Err(()),
        },
        // Numbers.
        Case {
            name: "nan-pk",
            files: vec![json(
                "users.json",
                &ok_user.replace("\"pk\": 6", "\"pk\": NaN"),
            )],
            expected: Err(()),
        },
        Case {
            name: "infinity-field",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"is_staff\": Infinity")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "huge-exponent-pk",
            files: vec![json(
                "users.json",
                &ok_user.replace("\"pk\": 6", "\"pk\": 1e400"),
            )],
            expected: Err(()),
        },
        Case {
            name: "huge-integer-pk",
            files: vec![json(
                "users.json",
                &ok_user.replace("\"pk\": 6", "\"pk\": 99999999999999999999"),
            )],
            expected: Err(()),
        },
        Case {
            name: "pk-is-object",
            files: vec![json(
                "users.json",
                &ok_user.replace("\"pk\": 6", "\"pk\": {}"),
            )],
            expected: Err(()),
        },
        Case {
            name: "pk-string-exponent",
            files: vec![json(
                "users.json",
                &ok_user.replace("\"pk\": 6", "\"pk\": \"1e2\""),
            )],
            expected: Err(()),
        },
        // Wrong types in every field kind.
        Case {
            name: "char-gets-list",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"first_name\": [1, 2]")]),
            )],
            expected: Ok(()),
        },
        Case {
            name: "bool-gets-list",
            files: vec![json("users.json", &list(&[user(6, ", \"is_active\": []")]))],
            expected: Err(()),
        },
        Case {
            name: "datetime-gets-object",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"last_login\": {}")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "datetime-bad-zone",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"last_login\": \"2024-03-08T00:00:00+24:00\"")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "datetime-month-13",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"last_login\": \"2024-13-01 00:00\"")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "fk-gets-text",
            files: vec![json(
                "articles.json",
                &list(&[article(11, "").replace("\"user\": 1", "\"user\": \"abc\"")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "fk-gets-float",
            files: vec![json(
                "articles.json",
                &list(&[article(11, "").replace("\"user\": 1", "\"user\": 1.5")]),
            )],
            expected: Ok(()),
        },
        Case {
            name: "m2m-gets-string",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"followings\": \"1,2\"")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "m2m-gets-object",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"followings\": {\"1\": 2}")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "natural-key-for-article",
            files: vec![json(
                "comments.json",
                &list(&[comment(31, "").replace("\"article\": 1", "\"article\": [\"첫 글\"]")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "permission-key-arity",
            files: vec![json(
                "users.json",
                &list(&[user(
                    6,
                    ", \"user_permissions\": [[\"add_user\", \"accounts\"]]",
                )]),
            )],
            expected: Err(()),
        },
        Case {
            name: "homoglyph-model",
            files: vec![json(
                "users.json",
                &ok_user.replace("accounts.user", "accounts.us\u{0435}r"),
            )],
            expected: Err(()),
        },
        // References.
        Case {
            name: "dangling-comment-article",
            files: vec![json(
                "comments.json",
                &list(&[comment(31, "").replace("\"article\": 1", "\"article\": 9999")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "follows-pk-zero",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"followings\": [0]")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "follows-itself",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"followings\": [6]")]),
            )],
            expected: Ok(()),
        },
        Case {
            name: "circular-across-files",
            files: vec![
                json(
                    "comments.json",
                    &list(&[comment(31, "")
                        .replace("\"article\": 1", "\"article\": 11")
                        .replace("\"user\": 1", "\"user\": 6")]),
                ),
                json(
                    "articles.json",
                    &list(&[article(11, "").replace("\"user\": 1", "\"user\": 6")]),
                ),
                json("users.json", &list(&[user(6, ", \"followings\": [6]")])),
            ],
            expected: Ok(()),
        },
        Case {
            name: "duplicate-pk-across-files",
            files: vec![
                json("a.json", &list(&[user(6, "")])),
                json("b.json", &list(&[user(6, "").replace("u6", "other")])),
            ],
            expected: Ok(()),
        },
        Case {
            name: "duplicate-username-across-files",
            files: vec![
                json("a.json", &list(&[user(6, "")])),
                json("b.json", &list(&[user(7, "").replace("u7", "u6")])),
            ],
            expected: Err(()),
        },
        Case {
            name: "natural-key-matches-nothing",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"groups\": [[\"teachers\"]]")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "error-in-second-file-keeps-first",
            files: vec![
                json("users.json", &ok_user),
                json(
                    "articles.json",
                    &list(&[article(11, "").replace("\"title\": \"t\"", "\"title\": null")]),
                ),
            ],
            expected: Err(()),
        },
        // Encodings.
        Case {
            name: "utf16-bom",
            files: vec![("users.json".into(), vec![0xFF, 0xFE, b'[', 0, b']', 0])],
            expected: Err(()),
        },
        Case {
            name: "png-named-json",
            files: vec![(
                "users.json".into(),
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            )],
            expected: Err(()),
        },
        Case {
            name: "lone-surrogate-escape",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"first_name\": \"\\ud800\"")]),
            )],
            expected: Err(()),
        },
        Case {
            name: "nul-in-text",
            files: vec![json(
                "users.json",
                &list(&[user(6, ", \"first_name\": \"a\\u0000b\"")]),
            )],
            expected: Ok(()),
        },
        // Compression.
        Case {
            name: "gzip-garbage",
            files: vec![("users.json.gz".into(), b"\x1f\x8b\x08\x00garbage".to_vec())],
            expected: Err(()),
        },
        Case {
            name: "gzip-empty",
            files: vec![("users.json.gz".into(), Vec::new())],
            expected: Err(()),
        },
        Case {
            name: "zip-three-files",
            files: vec![(
                "all.json.zip".into(),
                zip(
                    &[
                        ("a.json", b"[]".to_vec()),
                        ("b.json", b"[]".to_vec()),
                        ("c.json", b"[]".to_vec()),
                    ],
                    true,
                ),
            )],
            expected: Err(()),
        },
        Case {
            name: "zip-stored-ok",
            files: vec![(
                "users.json.zip".into(),
                zip(&[("users.json", ok_user.clone().into_bytes())], false),
            )],
            expected: Ok(()),
        },
        Case {
            name: "zip-cut",
            files: vec![(
                "users.json.zip".into(),
                zip(&[("users.json", ok_user.clone().into_bytes())], true)[..40].to_vec(),
            )],
            expected: Err(()),
        },
        Case {
            name: "jsonl-array-line",
            files: vec![json("users.jsonl", "[1, 2]\n")],
            expected: Err(()),
        },
    ];
    // Big ones.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    cases.push(Case {
        name: "deep-nesting",
        files: vec![json("users.json", &deep)],
        expected: Err(()),
    });
    let deep_field = list(&[user(
        6,
        &format!(
            ", \"first_name\": {}1{}",
            "[".repeat(5_000),
            "]".repeat(5_000)
        ),
    )]);
    cases.push(Case {
        name: "deep-nesting-in-field",
        files: vec![json("users.json", &deep_field)],
        expected: Err(()),
    });
    let giant = list(&[user(
        6,
        &format!(", \"first_name\": \"{}\"", "가".repeat(3_000_000)),
    )]);
    cases.push(Case {
        name: "gigantic-string",
        files: vec![json("users.json", &giant)],
        expected: Ok(()),
    });
    let giant_pk = format!(
        "[{{\"model\": \"accounts.user\", \"pk\": \"{}\", \"fields\": {{}}}}]",
        "9".repeat(1_000_000)
    );
    cases.push(Case {
        name: "gigantic-pk",
        files: vec![json("users.json", &giant_pk)],
        expected: Err(()),
    });
    let tiny: Vec<String> = (0..1_000_000)
        .map(|i| format!("{{\"model\":\"auth.group\",\"fields\":{{\"name\":\"g{i}\"}}}}"))
        .collect();
    let tiny = format!("[{}]", tiny.join(","));
    cases.push(Case {
        name: "million-tiny-objects",
        files: vec![json("groups.json", &tiny)],
        expected: Err(()),
    });
    cases.push(Case {
        name: "gzip-bomb",
        files: vec![("users.json.gz".into(), gzip(&vec![b' '; 200 * 1024 * 1024]))],
        expected: Err(()),
    });
    cases.push(Case {
        name: "zip-bomb",
        files: vec![(
            "users.json.zip".into(),
            zip(&[("users.json", vec![b' '; 120 * 1024 * 1024])], true),
        )],
        expected: Err(()),
    });
    cases.push(Case {
        name: "file-over-the-limit",
        files: vec![("users.json".into(), vec![b' '; 65 * 1024 * 1024])],
        expected: Err(()),
    });
    cases
}

fn checksum(db: &Database) -> String {
    dumpdata(db, &DumpOptions::default()).expect("dump")
}

/// Writes the corpus and its manifest for the browser test.
fn write_corpus(cases: &[Case], results: &[(String, bool, String)]) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/hostile-corpus");
    let _ = std::fs::remove_dir_all(&dir);
    let mut manifest = Vec::new();
    for (case, (_, ok, message)) in cases.iter().zip(results) {
        let case_dir = dir.join(case.name);
        std::fs::create_dir_all(&case_dir).expect("corpus dir");
        let mut names = Vec::new();
        for (name, bytes) in &case.files {
            std::fs::write(case_dir.join(name), bytes).expect("corpus file");
            names.push(format!("{}/{name}", case.name));
        }
        manifest.push(
            serde_json::json!({"name": case.name, "files": names, "loads": ok, "message": message}),
        );
    }
    std::fs::write(
        dir.join("manifest.json"),
        serde_json::to_vec_pretty(&manifest).expect("manifest"),
    )
    .expect("manifest");
}

#[test]
fn hostile_fixtures_get_their_message_and_change_nothing() {
    let cases = cases();
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    let mut results = Vec::new();
    for case in &cases {
        let (db, _) = lesson_database("2024-01-01 00:00:00").expect("lesson");
        let before = checksum(&db);
        let files: Vec<FixtureFile> = case
            .files
            .iter()
            .map(|(n, b)| FixtureFile::new(n.clone(), b.clone()))
            .collect();
        let started = std::time::Instant::now();
        let result = loaddata(&db, &files, &LoadOptions::default());
        let took = started.elapsed();
        assert!(took.as_secs() < 20, "{}: took {took:?}", case.name);
        match (&result, case.expected) {
            (Ok(report), Ok(_)) => {
                println!("{:<34} OK  {}", case.name, report.message());
                results.push((case.name.to_owned(), true, report.message()));
            }
            (Err(err), Err(_)) => {
                let message = err.to_string();
                assert!(
                    message.chars().count() < 1_000,
                    "{}: message too long ({} chars)",
                    case.name,
                    message.len()
                );
                assert_eq!(
                    checksum(&db),
                    before,
                    "{}: a failed load changed the tables",
                    case.name
                );
                println!("{:<34} ERR {message}", case.name);
                results.push((case.name.to_owned(), false, message));
            }
            (Ok(report), Err(_)) => panic!(
                "{}: expected an error, loaded: {}",
                case.name,
                report.message()
            ),
            (Err(err), Ok(_)) => panic!("{}: expected to load, failed: {err}", case.name),
        }
    }
    write_corpus(&cases, &results);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hostile_expected.json");
    let ours: serde_json::Map<String, serde_json::Value> = results
        .iter()
        .map(|(name, _, message)| (name.clone(), message.clone().into()))
        .collect();
    if std::env::var_os("UPDATE_HOSTILE").is_some() {
        let text = serde_json::to_string_pretty(&ours).expect("expected JSON") + "\n";
        std::fs::write(&path, text).expect("write expectations");
        return;
    }
    let expected: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&path).expect("tests/hostile_expected.json"))
            .expect("expected JSON");
    for (name, message) in &ours {
        assert_eq!(
            Some(message),
            expected.get(name),
            "{name}: message changed (review, then UPDATE_HOSTILE=1)"
        );
    }
    assert_eq!(ours.len(), expected.len(), "cases added or removed");
}
