//! Long work in the page: the core's jobs (`LoadJob`, `ScenarioJob`,
//! `ScaleJob`, `DumpJob`, `ShellJob`) behind one small trait, each slice
//! ending with progress or what the job finished with.
//!
//! The browser shell's driver (`ui::driver`) runs a slice of at most
//! [`SLICE`](crate::job::SLICE) (40 ms) and waits for the browser's next
//! task before the next, so the page paints, scrolls and takes clicks
//! (Cancel) in between. Why slices on the page's own thread rather than a
//! Web Worker is said in `crate::job`.
//!
//! A work is owned by the app state (`ActiveJob`) behind a shared cell, so
//! the reducer can cancel it synchronously (a cancelled load rolls back
//! before the next action runs) and the driver simply finds it gone.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use web_time::Instant;

use super::model::{Column, ConsoleResult, RunView};
use crate::db::Database;
use crate::fixtures::compress::Gzipper;
use crate::fixtures::{DumpJob, FixtureError, LoadJob, LoadReport};
use crate::job::{Job, Progress, Stage, Step};
use crate::scale::{ScaleJob, ScaleResult};
use crate::scenarios::{self, Repeats, RunOptions, ScenarioId, ScenarioJob, ScenarioRun};
use crate::share::ViewState;
use crate::shell::job::ShellJob;
use crate::shell::outcome::ConsoleRun;

/// A value handed from a finished job to the reducer exactly once (a
/// database is neither `Clone` nor comparable). Actions compare it by
/// pointer.
pub struct Handoff<T>(Rc<RefCell<Option<T>>>);

impl<T> Handoff<T> {
    pub fn new(value: Option<T>) -> Self {
        Handoff(Rc::new(RefCell::new(value)))
    }

    /// The value, the first time.
    pub fn take(&self) -> Option<T> {
        self.0.borrow_mut().take()
    }
}

impl<T> Clone for Handoff<T> {
    fn clone(&self) -> Self {
        Handoff(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Handoff<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> fmt::Debug for Handoff<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Handoff")
    }
}

/// Why data is being loaded, which decides what happens when it is in.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    /// Files the learner uploaded; `merge` loads into the current data.
    Upload { merge: bool },
    /// A share link or playground file: the data, then this view.
    Link(ViewState),
}

/// What a job ended with.
#[derive(Clone, Debug, PartialEq)]
pub enum Finished {
    /// A load succeeded; `db` is the new database when it loaded into one.
    Loaded {
        report: LoadReport,
        db: Handoff<Database>,
        purpose: Purpose,
    },
    /// A scenario ran on data version `version`.
    Ran(Rc<RunView>),
    /// The scale lab measured everything.
    Scaled(Rc<ScaleResult>),
    /// A console program ran.
    Console(Rc<ConsoleResult>),
    /// A file is ready to download.
    Download(Handoff<FileDownload>),
    /// The job failed; nothing it wrote is left.
    Failed(String),
    /// `loaddata` failed; nothing it wrote is left. Kept as the error so
    /// the data bar words it in the page's language.
    LoadFailed(FixtureError),
}

/// What one slice ended with.
pub enum Slice {
    /// More to do; the scale lab also reports what it has measured.
    Pending(Progress, Option<Rc<ScaleResult>>),
    Finished(Finished),
}

/// A job the page runs in slices.
pub trait Work {
    /// Works until `deadline` or the end.
    fn slice(&mut self, deadline: Instant) -> Slice;
    /// Stops, undoing whatever the job wrote.
    fn cancel(&mut self);
}

/// The shared cell a work lives in; empty once finished or cancelled.
pub type WorkCell = Rc<RefCell<Option<Box<dyn Work>>>>;

/// Where a load writes.
enum Target {
    /// A database of its own, handed over when the load succeeds.
    Fresh(Box<Database>),
    /// The live database (Django's `loaddata` into the current data).
    Live(Rc<RefCell<Database>>),
    Gone,
}

/// `loaddata` in slices.
pub struct LoadWork {
    job: LoadJob,
    target: Target,
    purpose: Purpose,
}

impl LoadWork {
    /// Loads into `fresh`, a database of its own.
    pub fn fresh(job: LoadJob, fresh: Database, purpose: Purpose) -> Self {
        LoadWork {
            job,
            target: Target::Fresh(Box::new(fresh)),
            purpose,
        }
    }

    /// Loads into the live database.
    pub fn live(job: LoadJob, db: Rc<RefCell<Database>>, purpose: Purpose) -> Self {
        LoadWork {
            job,
            target: Target::Live(db),
            purpose,
        }
    }
}

impl Work for LoadWork {
    fn slice(&mut self, deadline: Instant) -> Slice {
        let step = match &self.target {
            Target::Fresh(db) => self.job.step_on(db, deadline),
            Target::Live(db) => match db.try_borrow() {
                Ok(db) => self.job.step_on(&db, deadline),
                // Busy elsewhere: try again next slice.
                Err(_) => return Slice::Pending(Progress::default(), None),
            },
            Target::Gone => return Slice::Finished(Finished::Failed("cancelled".into())),
        };
        match step {
            Ok(Step::Pending(progress)) => Slice::Pending(progress, None),
            Ok(Step::Done(report)) => {
                let db = match std::mem::replace(&mut self.target, Target::Gone) {
                    Target::Fresh(db) => Some(*db),
                    _ => None,
                };
                Slice::Finished(Finished::Loaded {
                    report,
                    db: Handoff::new(db),
                    purpose: self.purpose.clone(),
                })
            }
            Err(err) => Slice::Finished(Finished::LoadFailed(err)),
        }
    }

    fn cancel(&mut self) {
        match std::mem::replace(&mut self.target, Target::Gone) {
            Target::Live(db) => {
                if let Ok(mut db) = db.try_borrow_mut() {
                    self.job.cancel(&mut db);
                }
            }
            // A database of its own is simply dropped.
            Target::Fresh(_) | Target::Gone => {}
        }
    }
}

/// A scenario on the live data, then its log analysis one variant per
/// slice (analyzing the naive page's 110,001 queries is a slice's work).
pub struct RunWork {
    version: u64,
    db: Rc<RefCell<Database>>,
    job: ScenarioJob,
    run: Option<ScenarioRun>,
    columns: Vec<Column>,
    /// Small data (the page's start): the scenario run whole, with its
    /// repeats as many per slice as the deadline allows, as the reducer
    /// runs small data, so the times shown are the same fastest runs (a
    /// single cold run can show the optimized variant slower than the
    /// naive one).
    repeated: Option<ScenarioId>,
    /// The runs so far of a repeated scenario.
    repeats: Option<Repeats>,
    /// Each variant's fastest SQLite time, in order.
    fastest: Vec<f64>,
}

impl RunWork {
    pub fn new(version: u64, db: Rc<RefCell<Database>>, job: ScenarioJob) -> Self {
        RunWork {
            version,
            db,
            job,
            run: None,
            columns: Vec::new(),
            repeated: None,
            repeats: None,
            fastest: Vec::new(),
        }
    }

    /// Runs `scenario` whole and repeated ([`Repeats`]) instead of
    /// stepping the job: for small data.
    pub fn repeated(mut self, scenario: ScenarioId) -> Self {
        self.repeated = Some(scenario);
        self
    }

    /// Runs the scenario again until its repeats are done or the slice's
    /// `deadline` passed (at least once per slice).
    fn run_repeated(&mut self, scenario: ScenarioId, deadline: Instant) -> Slice {
        let Ok(mut db) = self.db.try_borrow_mut() else {
            return Slice::Pending(Progress::default(), None);
        };
        loop {
            let started = Instant::now();
            let run = match scenarios::run(&mut db, scenario, &RunOptions::default()) {
                Ok(run) => run,
                Err(err) => return Slice::Finished(Finished::Failed(err.to_string())),
            };
            let spent = started.elapsed();
            let repeats = match self.repeats.as_mut() {
                Some(repeats) => {
                    repeats.add(&run, spent);
                    repeats
                }
                None => self.repeats.insert(Repeats::new(run, spent)),
            };
            if !repeats.wants_more() {
                break;
            }
            if Instant::now() >= deadline {
                return Slice::Pending(Progress::default(), None);
            }
        }
        drop(db);
        if let Some((run, fastest)) = self.repeats.take().map(Repeats::finish) {
            self.run = Some(run);
            self.fastest = fastest;
        }
        self.analyze(deadline)
    }

    /// Analyzes the variants' logs, as many as the slice's `deadline`
    /// allows (at least one): on small data all of them at once, so the
    /// page renders once, not once per variant.
    fn analyze(&mut self, deadline: Instant) -> Slice {
        let Some(run) = self.run.as_mut() else {
            return Slice::Finished(Finished::Failed("no run".into()));
        };
        let total = run.variants.len() + self.columns.len();
        let mut last = None;
        while !run.variants.is_empty() {
            if last.is_some() && Instant::now() >= deadline {
                return Slice::Pending(
                    Progress {
                        stage: Stage::Running(last.unwrap_or_default()),
                        done: self.columns.len() as u64,
                        total: total as u64,
                    },
                    None,
                );
            }
            let variant = run.variants.remove(0);
            last = Some(variant.variant.name.to_owned());
            let mut column = Column::of(variant);
            if let Some(&ms) = self.fastest.get(self.columns.len()) {
                column.sqlite_ms = ms;
            }
            self.columns.push(column);
        }
        let columns = std::mem::take(&mut self.columns);
        let view = RunView::compared(self.version, run, columns);
        Slice::Finished(Finished::Ran(Rc::new(view)))
    }
}

impl Work for RunWork {
    fn slice(&mut self, deadline: Instant) -> Slice {
        if self.run.is_some() {
            return self.analyze(deadline);
        }
        if let Some(scenario) = self.repeated {
            return self.run_repeated(scenario, deadline);
        }
        let step = match self.db.try_borrow_mut() {
            Ok(mut db) => self.job.step(&mut db, deadline),
            Err(_) => return Slice::Pending(Progress::default(), None),
        };
        match step {
            Ok(Step::Pending(progress)) => Slice::Pending(progress, None),
            Ok(Step::Done(run)) => {
                let first = run.variants.first().map(|v| v.variant.name.to_owned());
                self.run = Some(run);
                if Instant::now() < deadline {
                    return self.analyze(deadline);
                }
                Slice::Pending(
                    Progress {
                        stage: Stage::Running(first.unwrap_or_default()),
                        done: 0,
                        total: 1,
                    },
                    None,
                )
            }
            Err(err) => Slice::Finished(Finished::Failed(err.to_string())),
        }
    }

    fn cancel(&mut self) {
        if self.run.is_none() {
            if let Ok(mut db) = self.db.try_borrow_mut() {
                self.job.cancel(&mut db);
            }
        }
        self.run = None;
        self.repeats = None;
        self.columns.clear();
    }
}

/// A console program on the live data, then its log analysis in a slice
/// of its own (10,000 queries' groups and findings are a slice's work).
pub struct ShellWork {
    /// The run's number ([`LogId::Console`](super::model::LogId::Console)).
    id: u64,
    db: Rc<RefCell<Database>>,
    job: ShellJob,
    run: Option<ConsoleRun>,
}

impl ShellWork {
    pub fn new(id: u64, db: Rc<RefCell<Database>>, job: ShellJob) -> Self {
        ShellWork {
            id,
            db,
            job,
            run: None,
        }
    }
}

impl Work for ShellWork {
    fn slice(&mut self, deadline: Instant) -> Slice {
        if let Some(run) = self.run.take() {
            let log = Rc::new(crate::report::LogReport::new(vec![run.step.clone()]));
            return Slice::Finished(Finished::Console(Rc::new(ConsoleResult {
                id: self.id,
                run,
                log,
            })));
        }
        let step = match self.db.try_borrow_mut() {
            Ok(mut db) => self.job.step(&mut db, deadline),
            Err(_) => return Slice::Pending(Progress::default(), None),
        };
        match step {
            Ok(Step::Pending(progress)) => Slice::Pending(progress, None),
            Ok(Step::Done(run)) => {
                let run = ConsoleRun::of(run);
                let queries = run.step.queries.len();
                self.run = Some(run);
                let stage = Stage::Program(queries);
                Slice::Pending(
                    Progress {
                        stage,
                        done: 1,
                        total: 1,
                    },
                    None,
                )
            }
            Err(never) => match never {},
        }
    }

    fn cancel(&mut self) {
        if let Ok(mut db) = self.db.try_borrow_mut() {
            self.job.cancel(&mut db);
        }
        self.run = None;
    }
}

/// The scale lab on its own databases.
pub struct ScaleWork {
    job: ScaleJob,
    /// Points reported so far, to send the partial result only when new
    /// points arrived.
    reported: usize,
}

impl ScaleWork {
    pub fn new(sizes: &[usize]) -> Self {
        ScaleWork {
            job: ScaleJob::new(sizes),
            reported: 0,
        }
    }
}

impl Work for ScaleWork {
    fn slice(&mut self, deadline: Instant) -> Slice {
        match self.job.step(deadline) {
            Ok(Step::Pending(progress)) => {
                let partial = self.job.partial();
                let points: usize = partial.series.iter().map(|s| s.points.len()).sum();
                let partial = (points != self.reported).then(|| {
                    self.reported = points;
                    Rc::new(partial.clone())
                });
                Slice::Pending(progress, partial)
            }
            Ok(Step::Done(result)) => Slice::Finished(Finished::Scaled(Rc::new(result))),
            Err(err) => Slice::Finished(Finished::Failed(err.to_string())),
        }
    }

    fn cancel(&mut self) {
        self.job.cancel();
    }
}

/// A file the page offers as a download.
pub struct FileDownload {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// Input bytes gzip takes between two looks at the clock.
const GZIP_PIECE: usize = 64 * 1024;

/// `dumpdata` of the live data for a download, then gzip when asked (as
/// `dumpdata -o FILE.gz`), both in slices: 31 MB would block the page for
/// most of a second at once.
pub struct DumpWork {
    db: Rc<RefCell<Database>>,
    job: DumpJob,
    name: String,
    gzip: bool,
    gzipper: Option<Gzipper>,
}

impl DumpWork {
    pub fn new(db: Rc<RefCell<Database>>, job: DumpJob, name: String, gzip: bool) -> Self {
        DumpWork {
            db,
            job,
            name,
            gzip,
            gzipper: None,
        }
    }

    fn ready(&self, mime: &'static str, bytes: Vec<u8>) -> Slice {
        let file = FileDownload {
            name: self.name.clone(),
            mime,
            bytes,
        };
        Slice::Finished(Finished::Download(Handoff::new(Some(file))))
    }

    fn compress(&mut self, deadline: Instant) -> Slice {
        let Some(gzipper) = self.gzipper.as_mut() else {
            return Slice::Finished(Finished::Failed("nothing to compress".into()));
        };
        loop {
            match gzipper.step(GZIP_PIECE) {
                Ok(Some(bytes)) => return self.ready("application/gzip", bytes),
                Ok(None) if Instant::now() >= deadline => {
                    let (done, total) = gzipper.progress();
                    let stage = Stage::Compressing;
                    return Slice::Pending(Progress { stage, done, total }, None);
                }
                Ok(None) => {}
                Err(error) => return Slice::Finished(Finished::Failed(error)),
            }
        }
    }
}

impl Work for DumpWork {
    fn slice(&mut self, deadline: Instant) -> Slice {
        if self.gzipper.is_some() {
            return self.compress(deadline);
        }
        let step = match self.db.try_borrow_mut() {
            Ok(mut db) => self.job.step(&mut db, deadline),
            Err(_) => return Slice::Pending(Progress::default(), None),
        };
        match step {
            Ok(Step::Pending(progress)) => Slice::Pending(progress, None),
            Ok(Step::Done(text)) if self.gzip => {
                let gzipper = Gzipper::new(text.into_bytes());
                let (done, total) = gzipper.progress();
                self.gzipper = Some(gzipper);
                let stage = Stage::Compressing;
                Slice::Pending(Progress { stage, done, total }, None)
            }
            Ok(Step::Done(text)) => self.ready("application/json", text.into_bytes()),
            Err(error) => Slice::Finished(Finished::Failed(error.to_string())),
        }
    }

    fn cancel(&mut self) {
        if let Ok(mut db) = self.db.try_borrow_mut() {
            self.job.cancel(&mut db);
        }
        self.gzipper = None;
    }
}
