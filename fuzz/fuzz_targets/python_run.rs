//! Any text as a Python program: parsed and run with a small step budget;
//! it may fail with a Python error or "not supported", never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orm_playground::python::{run_source, NoHost};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = run_source(text, &mut NoHost, 20_000);
});
