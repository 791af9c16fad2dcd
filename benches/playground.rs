//! `make bench`: the native side of the benchmarks, each figure next to
//! Django's on the same generated data measured in the same run
//! (`tests/django_reference/bench.py` writes `target/bench/bench.json` and
//! `target/bench/django.json` first).
//!
//! Prints a Markdown table (figures and ratios) that `make bench` also
//! merges into BENCHMARKS.md. Medians of several runs; nothing here is a
//! pass/fail test.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use orm_playground::db::Database;
use orm_playground::fixtures::{dumpdata, loaddata, DumpOptions, FixtureFile, LoadOptions};
use orm_playground::scenarios::{self, RunOptions, ScenarioId};
use orm_playground::schema;

const RUNS: usize = 3;

fn bench_dir() -> PathBuf {
    std::env::var_os("BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench"))
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// A fresh migrated database file, as Django's side uses.
fn fresh(dir: &Path) -> Database {
    let path = dir.join("native.sqlite3");
    let _ = std::fs::remove_file(&path);
    let db = Database::open(&path).expect("open");
    schema::migrate(&db, "2024-01-01 00:00:00").expect("migrate");
    db
}

fn main() {
    let dir = bench_dir();
    let fixture = dir.join("bench.json");
    let django: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("django.json"))
            .expect("target/bench/django.json: run `make bench`"),
    )
    .expect("django.json");
    let seconds = |key: &str| django[key].as_f64().unwrap_or(f64::NAN);

    let mut load = Vec::new();
    let mut objects = 0;
    for _ in 0..RUNS {
        let db = fresh(&dir);
        let started = Instant::now();
        let bytes = std::fs::read(&fixture).expect("bench.json");
        let report = loaddata(
            &db,
            &[FixtureFile::new("bench.json", bytes)],
            &LoadOptions::default(),
        )
        .expect("loaddata");
        load.push(started.elapsed());
        objects = report.loaded;
    }
    let load = median(load);

    let db = fresh(&dir);
    let bytes = std::fs::read(&fixture).expect("bench.json");
    loaddata(
        &db,
        &[FixtureFile::new("bench.json", bytes)],
        &LoadOptions::default(),
    )
    .expect("loaddata");
    let options = DumpOptions {
        indent: Some(4),
        ..DumpOptions::default()
    };
    let mut dump = Vec::new();
    let mut dumped = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        dumped = dumpdata(&db, &options).expect("dumpdata").len();
        dump.push(started.elapsed());
    }
    let dump = median(dump);

    let mut db = db;
    let naive = RunOptions {
        variant: Some("naive".into()),
        ..RunOptions::default()
    };
    let mut page = Vec::new();
    let mut queries = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        let run = scenarios::run(&mut db, ScenarioId::SelectAndPrefetch, &naive).expect("scenario");
        page.push(started.elapsed());
        queries = run.variants[0].query_count();
    }
    let page = median(page);

    let ratio = |django: f64, ours: Duration| django / ours.as_secs_f64();
    println!("| measurement | Django 5.2 | playground (native) | ratio |");
    println!("| --- | ---: | ---: | ---: |");
    println!(
        "| loaddata, {objects} objects (31 MB) | {:.2} s | {:.3} s ({:.0} objects/s) | {:.0}× faster |",
        seconds("loaddata"),
        load.as_secs_f64(),
        objects as f64 / load.as_secs_f64(),
        ratio(seconds("loaddata"), load)
    );
    println!(
        "| dumpdata --indent 4 ({:.1} MB) | {:.2} s | {:.3} s | {:.0}× faster |",
        dumped as f64 / 1e6,
        seconds("dumpdata"),
        dump.as_secs_f64(),
        ratio(seconds("dumpdata"), dump)
    );
    println!(
        "| naive select_and_prefetch, {queries} queries | {:.2} s | {:.3} s | {:.1}× faster |",
        seconds("select_and_prefetch_naive"),
        page.as_secs_f64(),
        ratio(seconds("select_and_prefetch_naive"), page)
    );
}
