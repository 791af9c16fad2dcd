//! **Check**: runs a learner's program and the reference solution on a
//! fresh copy of the current data and of a hidden generated dataset, and
//! judges three things apart: the output on the current data, the output
//! on the hidden data, and the queries against the budget.
//!
//! The hidden dataset is why a program that prints the expected text
//! without asking the database cannot pass: its users, articles and
//! comments are not the lesson's. Every run gets its own copy of the data,
//! so a program that writes (the follow and like toggles) finds the same
//! rows the reference found, and the learner's data is never changed.

use std::sync::Arc;

use web_time::Instant;

use crate::db::{Database, DbError};
use crate::job::{run_to_end, Job, Progress, Step};
use crate::lesson_data::empty_database;
use crate::python::PyError;
use crate::report::{line_diff, DiffLine};
use crate::shell::job::ShellJob;
use crate::shell::{DateTime, ShellRun, BANNER};
use crate::synth::{GenerateJob, SynthSpec};

use super::catalog::{Budget, Exercise};

/// The hidden dataset: lesson-shaped, but with other names, more users
/// (7 against 5), twice the articles (21 against 10) and nearly three times
/// the comments (84 against 30), and follows and likes drawn at random.
/// Fixed, so a check gives the same verdict every time.
pub const HIDDEN_SPEC: SynthSpec = SynthSpec {
    users: 7,
    articles_per_user: 3,
    comments_per_article: 4,
    follows_per_user: 3,
    likes_per_article: 3,
    seed: 2026,
};

/// The most diff lines a verdict keeps.
pub const MAX_DIFF_LINES: usize = 200;

/// When `timezone.now()` is, in every check run: the same for the learner
/// and the reference.
pub(crate) const NOW: DateTime = DateTime {
    year: 2024,
    month: 3,
    day: 8,
    hour: 12,
    minute: 34,
    second: 56,
    micro: 789_012,
    aware: true,
};

/// The hidden dataset as a SQLite image, generated once and copied for
/// every run (cloning shares the image).
#[derive(Clone)]
pub struct HiddenData {
    image: Arc<[u8]>,
}

impl HiddenData {
    /// Generates [`HIDDEN_SPEC`] (a few hundred rows: milliseconds).
    ///
    /// # Errors
    /// [`DbError`] if SQLite fails, which only a broken build does.
    pub fn build() -> Result<HiddenData, DbError> {
        let mut db = empty_database("2024-01-01 00:00:00")?;
        run_to_end(&mut GenerateJob::new(HIDDEN_SPEC), &mut db)?;
        Ok(HiddenData {
            image: db.to_file_bytes()?.into(),
        })
    }

    /// A new database holding the hidden data.
    pub(crate) fn fresh(&self) -> Result<Database, DbError> {
        Database::from_file_bytes(&self.image)
    }
}

/// Which data a run used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dataset {
    /// What the page has loaded now (the lesson's, or the learner's own).
    Current,
    /// [`HIDDEN_SPEC`], which the learner never sees.
    Hidden,
}

/// What a program printed, the auto-import banner left out, and the last
/// line of its traceback if it failed: what two runs must share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transcript {
    pub stdout: String,
    pub error: Option<String>,
}

impl Transcript {
    pub(crate) fn of(run: &ShellRun) -> Transcript {
        Transcript {
            stdout: run
                .stdout
                .strip_prefix(BANNER)
                .unwrap_or(&run.stdout)
                .to_owned(),
            error: run.error.as_ref().map(PyError::last_line),
        }
    }

    /// The printed lines, then the traceback's last line.
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().chain(self.error.as_deref()).collect()
    }
}

/// What a run sent, as the budget counts it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Every statement, as `connection.queries` lists them.
    pub queries: usize,
    /// The rows all SELECTs returned.
    pub rows: usize,
}

impl Usage {
    pub(crate) fn of(run: &ShellRun) -> Usage {
        Usage {
            queries: run.queries.len(),
            rows: run
                .queries
                .iter()
                .filter(|q| q.sql.trim_start().starts_with("SELECT"))
                .map(|q| q.rows)
                .sum(),
        }
    }

    /// Whether this stays within `budget`.
    pub fn within(self, budget: Budget) -> bool {
        self.queries <= budget.queries && budget.rows.is_none_or(|rows| self.rows <= rows)
    }
}

/// How the output on one dataset compares with the reference solution's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputCheck {
    Same,
    /// The line diff from the reference's transcript (removed: expected)
    /// to the learner's (added), its first [`MAX_DIFF_LINES`] lines, and
    /// how many more there are (a program printing in an endless loop
    /// must not put a million lines in the page).
    Differs {
        diff: Vec<DiffLine>,
        more: usize,
    },
    /// The reference solution itself failed on this data (say, uploaded
    /// data without user 2, or writes the shell does not run yet), with its
    /// traceback's last line: there is nothing to compare with.
    ReferenceFailed(String),
}

/// One dataset's part of a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetCheck {
    pub dataset: Dataset,
    pub output: OutputCheck,
    /// What the learner's program sent.
    pub usage: Usage,
    /// The learner's program's own error, with its line for the editor.
    pub error: Option<PyError>,
}

/// Which of the three conditions a check failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The output differs from the reference's on that dataset.
    Output(Dataset),
    /// More queries (or rows) than the budget on either dataset.
    Budget,
    /// The reference solution did not run on that dataset.
    ReferenceFailed(Dataset),
}

/// The verdict of one **Check**.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckReport {
    pub exercise: &'static str,
    pub budget: Budget,
    pub current: DatasetCheck,
    pub hidden: DatasetCheck,
}

impl CheckReport {
    /// The most the program used on either dataset.
    pub fn usage(&self) -> Usage {
        Usage {
            queries: self.current.usage.queries.max(self.hidden.usage.queries),
            rows: self.current.usage.rows.max(self.hidden.usage.rows),
        }
    }

    /// Every condition that failed, in the order the page lists them.
    pub fn failures(&self) -> Vec<Failure> {
        let mut failures = Vec::new();
        for part in [&self.current, &self.hidden] {
            match part.output {
                OutputCheck::Same => {}
                OutputCheck::Differs { .. } => failures.push(Failure::Output(part.dataset)),
                OutputCheck::ReferenceFailed(_) => {
                    failures.push(Failure::ReferenceFailed(part.dataset))
                }
            }
        }
        if !self.usage().within(self.budget) {
            failures.push(Failure::Budget);
        }
        failures
    }

    /// Whether all three conditions hold.
    pub fn passed(&self) -> bool {
        self.failures().is_empty()
    }
}

/// Why a check could not finish.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    #[error("could not copy the data for the check: {0}")]
    Database(#[from] DbError),
    /// The runs were cut short (a cancelled check stepped again).
    #[error("the check was interrupted: run it again")]
    Interrupted,
}

/// Checks `code` against `exercise` on a copy of `current` and of
/// `hidden`, at once (native code, tests). `current` itself is left as it
/// was.
///
/// # Errors
/// [`CheckError`] if a copy of the data cannot be made.
pub fn check(
    exercise: &'static Exercise,
    code: &str,
    current: &mut Database,
    hidden: &HiddenData,
) -> Result<CheckReport, CheckError> {
    run_to_end(&mut CheckJob::new(exercise, code, hidden), current)
}

/// The four runs of a check, in order: the reference and the learner's
/// program on the current data, then on the hidden data.
const RUNS: [(Dataset, Program); 4] = [
    (Dataset::Current, Program::Reference),
    (Dataset::Current, Program::Learner),
    (Dataset::Hidden, Program::Reference),
    (Dataset::Hidden, Program::Learner),
];

/// Whose program a run runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Program {
    Reference,
    Learner,
}

/// A check as a page job: four program runs in slices (a naive program on
/// big uploaded data sends thousands of queries), each on its own copy of
/// the data. The page's database is only read, once, for the copy.
pub struct CheckJob {
    exercise: &'static Exercise,
    code: String,
    hidden: HiddenData,
    /// The current data's image, taken on the first slice.
    current: Option<Vec<u8>>,
    /// The run under way: its own database and its job.
    running: Option<(Database, ShellJob)>,
    /// The finished runs, in [`RUNS`] order.
    done: Vec<ShellRun>,
}

impl CheckJob {
    pub fn new(exercise: &'static Exercise, code: &str, hidden: &HiddenData) -> CheckJob {
        CheckJob {
            exercise,
            code: code.to_owned(),
            hidden: hidden.clone(),
            current: None,
            running: None,
            done: Vec::new(),
        }
    }

    /// Starts the next run on a fresh copy of its data.
    fn start(&mut self, db: &mut Database) -> Result<(Database, ShellJob), DbError> {
        let (dataset, program) = RUNS[self.done.len().min(RUNS.len() - 1)];
        let copy = match dataset {
            Dataset::Current => {
                let image = match self.current.take() {
                    Some(image) => image,
                    None => db.to_file_bytes()?,
                };
                let copy = Database::from_file_bytes(&image);
                self.current = Some(image);
                copy?
            }
            Dataset::Hidden => self.hidden.fresh()?,
        };
        let code = match program {
            Program::Reference => self.exercise.solution,
            Program::Learner => &self.code,
        };
        Ok((copy, ShellJob::new(code, Some(NOW))))
    }

    /// The verdict once all four runs are done.
    fn report(&mut self) -> Option<CheckReport> {
        let mut runs = std::mem::take(&mut self.done).into_iter();
        let (reference, learner) = (runs.next()?, runs.next()?);
        let current = compare(Dataset::Current, &reference, learner);
        let (reference, learner) = (runs.next()?, runs.next()?);
        let hidden = compare(Dataset::Hidden, &reference, learner);
        Some(CheckReport {
            exercise: self.exercise.id,
            budget: self.exercise.budget,
            current,
            hidden,
        })
    }
}

impl Job for CheckJob {
    type Output = CheckReport;
    type Error = CheckError;

    fn step(
        &mut self,
        db: &mut Database,
        deadline: Instant,
    ) -> Result<Step<CheckReport>, CheckError> {
        while self.done.len() < RUNS.len() {
            let (mut copy, mut job) = match self.running.take() {
                Some(running) => running,
                None => self.start(db)?,
            };
            let Ok(step) = job.step(&mut copy, deadline);
            match step {
                Step::Done(run) => self.done.push(run),
                Step::Pending(progress) => {
                    self.running = Some((copy, job));
                    return Ok(Step::Pending(Progress {
                        stage: progress.stage,
                        done: self.done.len() as u64,
                        total: RUNS.len() as u64,
                    }));
                }
            }
            if Instant::now() >= deadline && self.done.len() < RUNS.len() {
                return Ok(Step::Pending(Progress {
                    stage: crate::job::Stage::Program(0),
                    done: self.done.len() as u64,
                    total: RUNS.len() as u64,
                }));
            }
        }
        self.report().map(Step::Done).ok_or(CheckError::Interrupted)
    }

    /// The runs write only to their copies: dropping them undoes all.
    fn cancel(&mut self, _db: &mut Database) {
        self.running = None;
        self.done.clear();
        self.current = None;
    }
}

/// Compares the learner's run with the reference's on one dataset.
fn compare(dataset: Dataset, reference: &ShellRun, learner: ShellRun) -> DatasetCheck {
    let expected = Transcript::of(reference);
    let got = Transcript::of(&learner);
    let output = match &expected.error {
        Some(error) => OutputCheck::ReferenceFailed(error.clone()),
        None if expected == got => OutputCheck::Same,
        None => {
            let mut diff = line_diff(&expected.lines(), &got.lines());
            let more = diff.len().saturating_sub(MAX_DIFF_LINES);
            diff.truncate(MAX_DIFF_LINES);
            OutputCheck::Differs { diff, more }
        }
    };
    DatasetCheck {
        dataset,
        output,
        usage: Usage::of(&learner),
        error: learner.error,
    }
}
