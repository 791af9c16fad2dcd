//! Inputs the fuzzers (scripts/fuzz) found, kept as regression tests.

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use orm_playground::fixtures::{dumpdata, loaddata, DumpOptions, FixtureFile, LoadOptions};
use orm_playground::lesson_data::empty_database;

fn load_and_dump(name: &str, text: &[u8], options: &DumpOptions) -> String {
    let db = empty_database("2024-01-01 00:00:00").expect("database");
    loaddata(
        &db,
        &[FixtureFile::new(name, text)],
        &LoadOptions::default(),
    )
    .expect("loads");
    dumpdata(&db, options).expect("dumps")
}

/// dump_roundtrip found that a datetime with fewer than 1,000 microseconds
/// dumps as `.000Z` and then reloads as whole seconds, so the first dump
/// differs from the second. Django does the same (its encoder keeps the
/// milliseconds of any non-zero fraction; the fixture goldens show
/// `.000001` dumped as `.000Z`); from the second dump on, the round trip is
/// exact.
#[test]
fn dump_roundtrip_submillisecond_datetimes() {
    let input = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fuzz_regressions/dump_roundtrip-submillisecond.json"
    ))
    .expect("regression input");
    let options = DumpOptions {
        indent: Some(2),
        ..DumpOptions::default()
    };
    let first = load_and_dump("input.json", &input, &options);
    assert!(first.contains("\"date_joined\": \"2024-03-04T00:05:06.000Z\""));
    let second = load_and_dump("dump.json", first.as_bytes(), &options);
    assert!(second.contains("\"date_joined\": \"2024-03-04T00:05:06Z\""));
    let third = load_and_dump("dump.json", second.as_bytes(), &options);
    assert_eq!(third, second);
}

/// Counts this thread's live heap allocations, to see what a run leaves.
struct Counting;

thread_local! {
    static LIVE: std::cell::Cell<isize> = const { std::cell::Cell::new(0) };
}

// SAFETY: forwards every call to the system allocator unchanged; the
// thread-local counter needs no allocation (const-initialized `Cell`).
unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        let _ = LIVE.try_with(|n| n.set(n.get() + 1));
        unsafe { std::alloc::System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        let _ = LIVE.try_with(|n| n.set(n.get() - 1));
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// python_run (LeakSanitizer) found that a function defined inside a
/// function and kept in its scope (`def counter(): def inc(): ...`) is an
/// `Rc` cycle through that scope, leaked after every run. Dropping the VM
/// now clears the scopes closures captured.
#[test]
fn python_run_frees_closures_that_refer_to_their_scope() {
    use orm_playground::python::{run_source, NoHost};
    let program = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fuzz_regressions/python_run-closure-cycle.py"
    ))
    .expect("regression input");
    let extra = "def outer():\n    def again(n):\n        return again(n - 1) if n else 0\n    return again(3)\nprint(outer())\n";
    let run = || {
        let _ = run_source(&program, &mut NoHost, 1_000_000);
        let _ = run_source(extra, &mut NoHost, 1_000_000);
    };
    run(); // first run: the builtin exception classes are made once per thread
    let before = LIVE.with(|n| n.get());
    run();
    assert_eq!(
        LIVE.with(|n| n.get()),
        before,
        "allocations left after a run"
    );
}
