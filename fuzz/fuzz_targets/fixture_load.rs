//! Any bytes, under any of the names the loader treats differently, into
//! the lesson database: never a panic, and a failed load changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orm_playground::fixtures::{dumpdata, loaddata, DumpOptions, FixtureFile, LoadOptions};
use orm_playground::lesson_data::lesson_database;

const NAMES: [&str; 6] = ["users.json", "users.jsonl", "users.json.gz", "users.json.zip", "users", "users.xml"];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(selector) % NAMES.len()];
    let Ok((db, _)) = lesson_database("2024-01-01 00:00:00") else { return };
    let before = dumpdata(&db, &DumpOptions::default());
    let options = LoadOptions {
        ignore_nonexistent: selector & 0x80 != 0,
        ..LoadOptions::default()
    };
    if loaddata(&db, &[FixtureFile::new(name, bytes)], &options).is_err() {
        assert_eq!(dumpdata(&db, &DumpOptions::default()), before, "a failed load changed the data");
    }
});
