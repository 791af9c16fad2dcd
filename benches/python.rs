//! `cargo bench --bench python`: parsing, compiling and running a typical
//! five-line program natively, twice: a plain Python one (a loop, a dict,
//! f-strings, sorted with a key) with the Python subset alone, and an ORM
//! one through `manage shell` on the lesson data (a join, an annotation,
//! a related manager: five queries to SQLite). The target is under 2 ms
//! per run (issue 12); prints the median of several batches. Nothing here
//! is a pass/fail test.

use std::time::{Duration, Instant};

use orm_playground::python::{run_source, NoHost, DEFAULT_BUDGET};

const PROGRAM: &str = "\
counts = {}
for word in 'the quick brown fox jumps over the lazy dog and the end'.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f'{word:>6}: {n} {\"*\" * n} ({n / len(counts):.1%})')
";

/// The ORM program: what a learner types in the console after the lesson.
const ORM_PROGRAM: &str = "\
from django.db.models import Count
qs = Article.objects.select_related('user').annotate(n=Count('comment')).order_by('-n', 'pk')
for a in qs[:5]:
    print(f'{a.title} by {a.user.username}: {a.n}')
print(Article.objects.filter(like_users__username='admin').count(), User.objects.get(pk=1).followings.count())
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
    orm_program();
}

/// The ORM program on the lesson database, as `manage shell -c` runs it.
fn orm_program() {
    let (mut db, _) =
        orm_playground::lesson_data::lesson_from_image("2024-01-01 00:00:00").expect("lesson");
    let run = orm_playground::shell::run(&mut db, ORM_PROGRAM, None);
    assert!(run.error.is_none(), "{:?}", run.error);
    print!("{}", run.stdout);
    const ORM_BATCH: u32 = 200;
    let mut batches: Vec<Duration> = (0..BATCHES)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..ORM_BATCH {
                std::hint::black_box(orm_playground::shell::run(
                    &mut db,
                    std::hint::black_box(ORM_PROGRAM),
                    None,
                ));
            }
            started.elapsed() / ORM_BATCH
        })
        .collect();
    batches.sort();
    let median = batches[BATCHES / 2];
    println!(
        "manage shell: parse + run of a 5-line ORM program on the lesson data ({} queries): {:.1} µs per run (median of {BATCHES} batches of {ORM_BATCH})",
        run.queries.len(),
        median.as_secs_f64() * 1e6
    );
}
