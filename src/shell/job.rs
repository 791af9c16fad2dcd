//! `manage shell` as a page job: the same run as [`super::run`], cut into
//! slices so a long program (a loop over 10,000 articles, or one that never
//! ends) never blocks the page, reports its progress and can be cancelled.
//!
//! The interpreter's VM is resumable ([`Vm::run`] stops after a number of
//! steps); between slices the host gives its database borrow back
//! ([`Suspended`]) so the page can use the database, and the next slice
//! resumes the same run on it. Natively ([`crate::job::run_to_end`]) it
//! runs to the end at once, with the result `shell::run` gives.

use std::convert::Infallible;

use web_time::Instant;

use super::host::Suspended;
use super::{banner, DateTime, ShellHost, ShellRun};
use crate::db::Database;
use crate::job::{Job, Progress, Stage, Step};
use crate::python::{Program, PyError, Status, Vm, DEFAULT_BUDGET};

/// Steps the VM takes between two looks at the clock: a few hundred
/// microseconds of pure Python, so a slice ends close to its deadline.
const STEPS_PER_LOOK: u64 = 2_000;

/// Where a run stands.
enum Phase {
    /// Compiled, not started: the host is made on the first slice (it
    /// needs the database).
    Ready(Box<Vm>),
    Running(Box<Vm>, Box<Suspended>),
    /// Finished (or cancelled); nothing more to do.
    Over,
}

/// A program run in slices.
pub struct ShellJob {
    code: String,
    now: Option<DateTime>,
    phase: Phase,
    budget: u64,
    /// The program did not compile: the run is this error.
    compile_error: Option<PyError>,
}

impl ShellJob {
    /// Compiles `code` (a syntax error is the run's result, given on the
    /// first step). `now` fixes `timezone.now()`.
    pub fn new(code: &str, now: Option<DateTime>) -> ShellJob {
        ShellJob::with_budget(code, now, DEFAULT_BUDGET)
    }

    /// As [`ShellJob::new`] with another step budget (tests use a small
    /// one: an unoptimized build takes long over ten million steps).
    pub fn with_budget(code: &str, now: Option<DateTime>, budget: u64) -> ShellJob {
        let (phase, compile_error) = match Program::compile(code) {
            Ok(program) => {
                let mut vm = Vm::new(&program);
                vm.set_budget(budget);
                // The models it imports are the database's, known at the
                // first step.
                (Phase::Ready(Box::new(vm)), None)
            }
            Err(e) => (Phase::Over, Some(e)),
        };
        ShellJob {
            code: code.to_owned(),
            now,
            phase,
            budget,
            compile_error,
        }
    }

    /// Runs the VM until `deadline`, the end or an error.
    fn slice(vm: &mut Vm, host: &mut ShellHost<'_>, deadline: Instant) -> Result<Status, PyError> {
        loop {
            if vm.run(host, STEPS_PER_LOOK)? == Status::Done {
                return Ok(Status::Done);
            }
            if Instant::now() >= deadline {
                return Ok(Status::Paused);
            }
        }
    }
}

fn progress(vm: &Vm, host: &Suspended, budget: u64) -> Progress {
    Progress {
        stage: Stage::Program(host.queries().len()),
        done: vm.steps(),
        total: budget,
    }
}

impl Job for ShellJob {
    type Output = ShellRun;
    /// A failing program is a result (its `error`), not a job error.
    type Error = Infallible;

    fn step(&mut self, db: &mut Database, deadline: Instant) -> Result<Step<ShellRun>, Infallible> {
        let (mut vm, state) = match std::mem::replace(&mut self.phase, Phase::Over) {
            Phase::Ready(mut vm) => {
                for (name, value) in ShellHost::auto_imports(db.pinned_registry()) {
                    vm.set_global(name, value);
                }
                let state = ShellHost::suspended(db, self.now, &self.code);
                (vm, Box::new(state))
            }
            Phase::Running(vm, state) => (vm, state),
            Phase::Over => {
                return Ok(Step::Done(ShellRun {
                    registry: db.registry_handle(),
                    stdout: banner(db.registry()),
                    error: self.compile_error.take(),
                    queries: Vec::new(),
                }))
            }
        };
        let recording = db.is_recording();
        db.set_recording(true);
        let mut host = ShellHost::resume(db, *state);
        let outcome = ShellJob::slice(&mut vm, &mut host, deadline);
        if !matches!(outcome, Ok(Status::Paused)) {
            // As `shell::run`: an `atomic()` block left open rolls back.
            host.finish();
        }
        let state = host.suspend();
        db.set_recording(recording);
        let error = match outcome {
            Ok(Status::Paused) => {
                let progress = progress(&vm, &state, self.budget);
                self.phase = Phase::Running(vm, Box::new(state));
                return Ok(Step::Pending(progress));
            }
            Ok(Status::Done) => None,
            Err(e) => Some(e),
        };
        Ok(Step::Done(ShellRun {
            registry: db.registry_handle(),
            stdout: format!("{}{}", banner(db.registry()), vm.stdout()),
            error,
            queries: state.into_queries(),
        }))
    }

    /// The run stops where it is, as Ctrl+C stops `manage shell`: what it
    /// committed stays, an `atomic()` block still open rolls back.
    fn cancel(&mut self, db: &mut Database) {
        if let Phase::Running(_, state) = std::mem::replace(&mut self.phase, Phase::Over) {
            let mut host = ShellHost::resume(db, *state);
            host.finish();
        }
        self.compile_error = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::{no_deadline, run_to_end};
    use crate::lesson_data::lesson_database;
    use std::time::Duration;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const NOW: &str = "2024-03-08T12:34:56.789012Z";

    fn lesson() -> Database {
        match lesson_database(NOW) {
            Ok((db, _)) => db,
            Err(e) => panic!("lesson database: {e}"),
        }
    }

    fn same(a: &ShellRun, b: &ShellRun) {
        assert_eq!(a.stdout, b.stdout);
        assert_eq!(a.error, b.error);
        let key = |r: &ShellRun| -> Vec<(String, u32, usize)> {
            r.queries
                .iter()
                .map(|q| (q.sql.clone(), q.line, q.rows))
                .collect()
        };
        assert_eq!(key(a), key(b));
    }

    /// Programs of every kind: output, queries from several lines, a
    /// caught Django exception whose class was kept in a variable,
    /// `reset_queries`, an uncaught error, a syntax error.
    const PROGRAMS: &[&str] = &[
        "print(Article.objects.count())",
        "for a in Article.objects.order_by('-pk'):\n    print(a.title, a.user.username)\n    for c in a.comment_set.all():\n        print(' ', c.user.username, c.content)",
        "E = Article.DoesNotExist\nn = 0\nfor i in range(3000):\n    n += i\ntry:\n    Article.objects.get(pk=-1)\nexcept E:\n    print('missing', n)",
        "from django.db import connection, reset_queries\nlist(User.objects.all())\nreset_queries()\nprint(Article.objects.filter(user__username='admin').exists())\nprint(len(connection.queries))",
        "from django.db.models import Count\nfor a in Article.objects.annotate(Count('comment')).order_by('pk')[:3]:\n    print(a.pk, a.comment__count)\nprint(Article.objects.get(titel='x'))",
        "for a in Article.objects.all()\n    print(a)",
        "x = 1\nprint(y)",
    ];

    #[test]
    fn a_job_gives_what_shell_run_gives() {
        for code in PROGRAMS {
            let mut db = lesson();
            let direct = crate::shell::run(&mut db, code, None);
            let mut job = ShellJob::new(code, None);
            let Ok(sliced) = run_to_end(&mut job, &mut db);
            same(&direct, &sliced);
        }
    }

    #[test]
    fn sliced_into_tiny_slices_the_run_is_the_same() {
        for code in PROGRAMS {
            let mut db = lesson();
            let direct = crate::shell::run(&mut db, code, None);
            let mut job = ShellJob::new(code, None);
            let mut slices = 0;
            let sliced = loop {
                // A deadline already passed: one look's worth per slice.
                let Ok(step) = job.step(&mut db, Instant::now());
                slices += 1;
                match step {
                    Step::Pending(progress) => {
                        assert_eq!(progress.total, DEFAULT_BUDGET);
                        // The database is free between slices.
                        assert!(db.scalar_i64("SELECT 1", &[]).is_ok());
                    }
                    Step::Done(run) => break run,
                }
            };
            same(&direct, &sliced);
            if code.contains("range(3000)") {
                assert!(slices > 2, "{slices} slices");
            }
        }
    }

    #[test]
    fn an_endless_loop_stops_at_the_step_budget_in_slices() {
        let mut db = lesson();
        let mut job = ShellJob::with_budget("n = 0\nwhile True:\n    n += 1", None, 300_000);
        let mut slices = 0;
        let run = loop {
            let started = Instant::now();
            let Ok(step) = job.step(&mut db, Instant::now() + Duration::from_millis(40));
            // Generous for a debug build on a busy machine; the page's
            // slice is what matters and stays near its 40 ms deadline.
            assert!(started.elapsed() < Duration::from_millis(400));
            slices += 1;
            if let Step::Done(run) = step {
                break run;
            }
        };
        assert!(slices > 1);
        let error = run.error.map(|e| (e.line, e.last_line()));
        assert_eq!(
            error,
            Some((
                3,
                "not supported in the playground: the program took more than 300,000 steps (an endless loop?)".to_owned()
            ))
        );
    }

    #[test]
    fn a_cancelled_run_ends_at_once() {
        let mut db = lesson();
        let mut job = ShellJob::new("while True:\n    pass", None);
        let Ok(first) = job.step(&mut db, Instant::now());
        assert!(matches!(first, Step::Pending(_)));
        job.cancel(&mut db);
        let Ok(after) = job.step(&mut db, no_deadline());
        assert!(matches!(after, Step::Done(ShellRun { error: None, .. })));
    }
}
