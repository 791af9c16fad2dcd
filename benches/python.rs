//! `cargo bench --bench python`: parsing, compiling and running a typical
//! five-line `manage shell` program (a loop, a dict, f-strings, sorted
//! with a key) with the Python subset, natively. The target is well under
//! 2 ms per run (issue 12); prints the median of several batches. Nothing
//! here is a pass/fail test.

use std::time::{Duration, Instant};

use orm_playground::python::{run_source, NoHost, DEFAULT_BUDGET};

const PROGRAM: &str = "\
counts = {}
for word in 'the quick brown fox jumps over the lazy dog and the end'.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f'{word:>6}: {n} {\"*\" * n} ({n / len(counts):.1%})')
";

const BATCH: u32 = 1_000;
const BATCHES: usize = 7;

fn main() {
    let (out, err) = run_source(PROGRAM, &mut NoHost, DEFAULT_BUDGET);
    assert!(err.is_none(), "{err:?}");
    print!("{out}");
    let mut batches: Vec<Duration> = (0..BATCHES)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..BATCH {
                std::hint::black_box(run_source(
                    std::hint::black_box(PROGRAM),
                    &mut NoHost,
                    DEFAULT_BUDGET,
                ));
            }
            started.elapsed() / BATCH
        })
        .collect();
    batches.sort();
    let median = batches[BATCHES / 2];
    println!(
        "python subset: parse + compile + run of a 5-line program: {:.1} µs per run (median of {BATCHES} batches of {BATCH})",
        median.as_secs_f64() * 1e6
    );
}
