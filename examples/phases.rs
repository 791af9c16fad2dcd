//! Profiling aid: loads `target/bench/bench.json` once (see `make bench`).
use std::time::Instant;

fn main() {
    let bytes = std::fs::read("target/bench/bench.json").expect("run make bench first");
    let file = orm_playground::fixtures::FixtureFile::new("bench.json", bytes);
    let db = orm_playground::db::Database::open_in_memory().expect("open");
    orm_playground::schema::migrate(&db, "2024-01-01 00:00:00").expect("migrate");
    let started = Instant::now();
    orm_playground::fixtures::loaddata(&db, &[file], &Default::default()).expect("load");
    println!("loaddata in memory: {:?}", started.elapsed());
    let options = orm_playground::fixtures::DumpOptions {
        indent: Some(4),
        ..Default::default()
    };
    let started = Instant::now();
    let text = orm_playground::fixtures::dumpdata(&db, &options).expect("dump");
    println!("dumpdata: {:?} ({} bytes)", started.elapsed(), text.len());
}
