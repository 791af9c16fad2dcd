//! Long work in slices, so the page never freezes.
//!
//! Loading a 31 MB fixture, generating 100,000 comments or running 110,001
//! queries takes seconds in the browser, where JavaScript's one thread also
//! paints the page. We chose to cut such work into resumable jobs rather
//! than move the database into a Web Worker: a worker would need a second
//! copy of SQLite and the core in its own wasm bundle (the site's size
//! budget cannot take two), and every query log the page shows would have
//! to cross a message boundary. A job does a slice of work until a deadline,
//! reports its progress, and is stepped again from a timer, so the page
//! stays responsive, shows a progress bar and can cancel. Natively, and in
//! tests, the same job simply runs to the end.

use std::time::Duration;

use web_time::Instant;

use crate::db::Database;

/// What a job is doing, for the progress label (the UI words it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Stage {
    #[default]
    Starting,
    /// Decompressing a file.
    Decompressing(String),
    /// Reading and checking a file's objects.
    Reading(String),
    /// Saving objects.
    Saving,
    /// Checking foreign keys.
    Checking,
    /// Generating a dataset.
    Generating,
    /// Running a scenario's variant.
    Running(String),
    /// Writing `dumpdata` of a model (`app_label.model_name`).
    Dumping(String),
    /// Compressing a download.
    Compressing,
    /// Running a console program; the queries it sent so far (`done` is
    /// its steps, `total` the step budget).
    Program(usize),
}

/// How far a job is, for a progress bar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub stage: Stage,
    pub done: u64,
    /// 0 when unknown.
    pub total: u64,
}

impl Progress {
    /// Completion between 0 and 1 (0 when the total is unknown).
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            (self.done as f64 / self.total as f64).clamp(0.0, 1.0)
        }
    }
}

/// What one slice of work ended with.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<T> {
    /// More to do.
    Pending(Progress),
    /// Finished with this result.
    Done(T),
}

/// Work that can be sliced.
pub trait Job {
    type Output;
    type Error;

    /// Works until `deadline` (checked between small units of work) or the
    /// end.
    ///
    /// # Errors
    /// The job's error; the job is then finished and has undone its writes.
    fn step(
        &mut self,
        db: &mut Database,
        deadline: Instant,
    ) -> Result<Step<Self::Output>, Self::Error>;

    /// Stops the job and undoes what it wrote.
    fn cancel(&mut self, db: &mut Database);
}

/// How long one slice may take in the browser: well under the 100 ms the
/// page may be blocked, leaving room for painting.
pub const SLICE: Duration = Duration::from_millis(40);

/// A deadline no slice reaches: for running work to its end at once
/// (native code, tests).
pub fn no_deadline() -> Instant {
    Instant::now() + Duration::from_secs(86_400)
}

/// Runs a job to its end without pausing (native code, tests).
///
/// # Errors
/// The job's error.
pub fn run_to_end<J: Job>(job: &mut J, db: &mut Database) -> Result<J::Output, J::Error> {
    loop {
        if let Step::Done(output) = job.step(db, no_deadline())? {
            return Ok(output);
        }
    }
}

/// A deadline check cheap enough to call often: looks at the clock every
/// `every` calls.
pub struct Deadline {
    at: Instant,
    every: u32,
    count: u32,
}

impl Deadline {
    pub fn new(at: Instant, every: u32) -> Self {
        Deadline {
            at,
            every,
            count: 0,
        }
    }

    /// When the slice ends.
    pub fn at(&self) -> Instant {
        self.at
    }

    /// Whether the slice is over.
    pub fn passed(&mut self) -> bool {
        self.count += 1;
        if self.count < self.every {
            return false;
        }
        self.count = 0;
        Instant::now() >= self.at
    }
}
