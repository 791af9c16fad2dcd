//! Any text as a share link: refused with an error or restored, never a
//! panic, within the decoder's limits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orm_playground::share::{decode, restore};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(state) = decode(text) {
        let _ = restore(&state.data, "2024-01-01 00:00:00");
    }
});
