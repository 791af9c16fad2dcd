//! Whatever loads, dumps; and the dump loads back into an empty database
//! and dumps to the same bytes (dumpdata and loaddata are inverses).
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
        let dump = dumpdata(&db, &options).expect("a loaded database dumps");
        let Ok(again) = empty_database("2024-01-01 00:00:00") else { return };
        let name = if format == Format::Json { "dump.json" } else { "dump.jsonl" };
        loaddata(&again, &[FixtureFile::new(name, dump.as_bytes())], &LoadOptions::default())
            .expect("a dump loads back");
        assert_eq!(dumpdata(&again, &options).expect("dumps again"), dump, "round trip");
    }
});
