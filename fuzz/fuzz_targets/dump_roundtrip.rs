//! Whatever loads, dumps; the dump loads back into an empty database, and
//! from then on dumping and loading are inverses. (The first dump may
//! differ from the second: like Django, dumpdata cuts microseconds to
//! milliseconds, so `.000123` dumps as `.000Z` and reloads as whole
//! seconds; see tests/fuzz_regressions.rs.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use orm_playground::fixtures::{dumpdata, loaddata, DumpOptions, FixtureFile, Format, LoadOptions};
use orm_playground::lesson_data::empty_database;

fuzz_target!(|data: &[u8]| {
    let Ok(db) = empty_database("2024-01-01 00:00:00") else { return };
    if loaddata(&db, &[FixtureFile::new("input.json", data)], &LoadOptions::default()).is_err() {
        return;
    }
    for format in [Format::Json, Format::Jsonl] {
        let options = DumpOptions {
            format,
            indent: (format == Format::Json).then_some(2),
            ..DumpOptions::default()
        };
        let name = if format == Format::Json { "dump.json" } else { "dump.jsonl" };
        let reload = |text: &str| {
            let db = empty_database("2024-01-01 00:00:00").expect("an empty database");
            loaddata(&db, &[FixtureFile::new(name, text.as_bytes())], &LoadOptions::default())
                .expect("a dump loads back");
            dumpdata(&db, &options).expect("dumps again")
        };
        let first = dumpdata(&db, &options).expect("a loaded database dumps");
        let second = reload(&first);
        assert_eq!(reload(&second), second, "round trip");
    }
});
