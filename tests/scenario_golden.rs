//! Every scenario and variant sends exactly the SQL real Django sends
//! (`connection.queries` text, raw SQL and params) and renders the same
//! visible text, on the datasets the reference script captured
//! (`tests/golden/scenarios/`, from `tests/django_reference/gen_scenarios.py`).

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Read;
use std::path::Path;

use orm_playground::db::Database;
use orm_playground::fixtures::{loaddata, FixtureFile, LoadOptions};
use orm_playground::scenarios::{self, RunOptions, ScenarioId};
use orm_playground::schema;
use rusqlite::types::Value;
use serde::Deserialize;

#[derive(Deserialize)]
struct Golden {
    acting_user: Option<i64>,
    target: Option<i64>,
    variants: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize)]
struct GoldenVariant {
    query_count: usize,
    steps: Vec<GoldenStep>,
}

#[derive(Deserialize)]
struct GoldenStep {
    name: String,
    queries: Vec<GoldenQuery>,
    result_text: Vec<String>,
}

#[derive(Deserialize)]
struct GoldenQuery {
    sql: String,
    raw_sql: String,
    params: Vec<serde_json::Value>,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_maybe_gz(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .expect("gunzip");
        out
    } else {
        bytes
    }
}

fn database(fixtures: &[&str]) -> Database {
    let db = Database::open_in_memory().expect("open");
    schema::migrate(&db, "2024-01-01 00:00:00").expect("migrate");
    let files: Vec<FixtureFile> = fixtures
        .iter()
        .map(|name| {
            let path = root().join("tests/golden/fixtures").join(name);
            FixtureFile::new(
                *name,
                std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            )
        })
        .collect();
    loaddata(&db, &files, &LoadOptions::default()).expect("loaddata");
    db
}

fn param(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(r) => (*r).into(),
        Value::Text(s) => s.clone().into(),
        Value::Blob(_) => serde_json::Value::Null,
    }
}

/// Compares one dataset's runs with the goldens, step by step and query by
/// query, so a failure names the first difference.
fn check_dataset(db: &mut Database, dataset: &str, extension: &str) {
    for scenario in ScenarioId::ALL {
        let path = root().join(format!(
            "tests/golden/scenarios/{dataset}/{}.{extension}",
            scenario.name()
        ));
        let golden: Golden = serde_json::from_slice(&read_maybe_gz(&path)).expect("golden JSON");
        let run = scenarios::run(db, scenario, &RunOptions::default()).expect("scenario runs");
        assert_eq!(
            run.acting_user, golden.acting_user,
            "{dataset}/{scenario:?} acting user"
        );
        assert_eq!(run.target, golden.target, "{dataset}/{scenario:?} target");
        assert_eq!(
            run.variants.len(),
            golden.variants.len(),
            "{dataset}/{scenario:?} variants"
        );
        for variant in &run.variants {
            let name = variant.variant.name;
            let expected: GoldenVariant =
                serde_json::from_value(golden.variants[name].clone()).expect("variant");
            let at = format!("{dataset}/{}/{name}", scenario.name());
            assert_eq!(variant.steps.len(), expected.steps.len(), "{at}: steps");
            for (step, want) in variant.steps.iter().zip(&expected.steps) {
                assert_eq!(step.name, want.name, "{at}: step name");
                let at = format!("{at}/{}", step.name);
                for (i, (query, want)) in step.queries.iter().zip(&want.queries).enumerate() {
                    assert_eq!(&*query.raw_sql, want.raw_sql, "{at} query #{i}: raw SQL");
                    let params: Vec<serde_json::Value> = query.params.iter().map(param).collect();
                    assert_eq!(params, want.params, "{at} query #{i}: params");
                    assert_eq!(query.sql(), want.sql, "{at} query #{i}: sql");
                }
                assert_eq!(
                    step.queries.len(),
                    want.queries.len(),
                    "{at}: number of queries"
                );
                assert_eq!(step.result_text, want.result_text, "{at}: result_text");
            }
            assert_eq!(
                variant.query_count(),
                expected.query_count,
                "{at}: query_count"
            );
        }
    }
}

#[test]
fn lesson_dataset_matches_django() {
    let mut db = database(&[
        "lesson/users.json",
        "lesson/articles.json",
        "lesson/comments.json",
    ]);
    check_dataset(&mut db, "lesson", "json");
}

#[test]
fn natural_key_copy_of_the_lesson_matches_django() {
    let mut db = database(&[
        "lesson-natural/users.json",
        "lesson-natural/articles.json",
        "lesson-natural/comments.json",
    ]);
    check_dataset(&mut db, "lesson", "json");
}

#[test]
fn large_dataset_matches_django() {
    let mut db = database(&["large/all.json.gz"]);
    check_dataset(&mut db, "large", "json.gz");
}

#[test]
fn every_origin_points_at_a_real_line() {
    let mut db = database(&[
        "lesson/users.json",
        "lesson/articles.json",
        "lesson/comments.json",
    ]);
    for scenario in ScenarioId::ALL {
        let run = scenarios::run(&mut db, scenario, &RunOptions::default()).expect("runs");
        for variant in &run.variants {
            for query in variant.queries() {
                let origin = query.origin.as_ref().unwrap_or_else(|| {
                    panic!(
                        "{scenario:?}/{}: {} has no origin",
                        variant.variant.name,
                        query.sql()
                    )
                });
                assert!(
                    origin.line > 0,
                    "{scenario:?}/{}: `{}` not found",
                    variant.variant.name,
                    origin.snippet
                );
            }
        }
    }
}

/// Sliced as finely as a passed deadline allows, a page run sends the same
/// queries and renders the same page as an unsliced one.
#[test]
fn a_sliced_scenario_run_matches() {
    use orm_playground::job::{Job, Step};
    use orm_playground::scenarios::ScenarioJob;

    let mut db = database(&["lesson/all.json"]);
    let whole = scenarios::run(
        &mut db,
        ScenarioId::SelectAndPrefetch,
        &RunOptions::default(),
    )
    .expect("run");
    let mut job =
        ScenarioJob::new(&db, ScenarioId::SelectAndPrefetch, &RunOptions::default()).expect("job");
    let mut slices = 0;
    let sliced = loop {
        slices += 1;
        match job.step(&mut db, web_time::Instant::now()).expect("step") {
            Step::Done(run) => break run,
            Step::Pending(progress) => assert!(progress.done <= progress.total),
        }
    };
    assert!(slices > 3, "{slices} slices");
    for (a, b) in whole.variants.iter().zip(&sliced.variants) {
        let sql = |v: &orm_playground::scenarios::VariantRun| {
            v.queries().map(|q| q.sql()).collect::<Vec<_>>()
        };
        assert_eq!(sql(a), sql(b), "{}", a.variant.name);
        assert_eq!(a.result_text(), b.result_text(), "{}", a.variant.name);
    }
}
