//! Any text as a `manage shell` program on the lesson data: it may print,
//! fail with a Python or Django error or "not supported", never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orm_playground::{lesson_data, shell};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok((mut db, _)) = lesson_data::lesson_database("2024-01-01 00:00:00") else { return };
    let _ = shell::run(&mut db, text, None);
});
