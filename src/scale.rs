//! The scale lab: every page pattern's variants measured on generated
//! datasets of growing size, to show how N+1 grows with N while the
//! optimized variants stay flat.
//!
//! Each size gets its own in-memory database (the learner's data is not
//! touched); generation and every scenario run are jobs, so the whole lab
//! runs in slices. Toggle scenarios are left out: their cost does not grow
//! with the number of articles.

use web_time::Instant;

use crate::analysis::Totals;
use crate::db::Database;
use crate::db::DbError;
use crate::job::{no_deadline, Job, Progress, Stage, Step};
use crate::lesson_data::empty_database;
use crate::query_log::QueryRecord;
use crate::scenarios::{RunOptions, ScenarioError, ScenarioId, ScenarioJob, ScenarioKind};
use crate::synth::{GenerateJob, SynthSpec};

/// The sizes the lab runs by default (articles).
pub const DEFAULT_SIZES: [usize; 4] = [10, 100, 1_000, 10_000];

/// One measurement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScalePoint {
    /// Articles in the dataset (N).
    pub articles: usize,
    pub queries: usize,
    /// Time spent in SQLite, summed over the queries.
    pub ms: f64,
    pub rows: usize,
}

/// One variant's measurements across sizes.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleSeries {
    pub scenario: ScenarioId,
    pub variant: &'static str,
    pub points: Vec<ScalePoint>,
}

/// Everything measured so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScaleResult {
    pub sizes: Vec<usize>,
    pub series: Vec<ScaleSeries>,
}

impl ScaleResult {
    fn record(&mut self, scenario: ScenarioId, variant: &'static str, point: ScalePoint) {
        match self
            .series
            .iter_mut()
            .find(|s| s.scenario == scenario && s.variant == variant)
        {
            Some(series) => series.points.push(point),
            None => self.series.push(ScaleSeries {
                scenario,
                variant,
                points: vec![point],
            }),
        }
    }
}

/// Why the lab stopped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScaleError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error(transparent)]
    Scenario(#[from] ScenarioError),
}

enum Phase {
    /// Generating the dataset for `sizes[size]`.
    Generate(GenerateJob),
    /// Running `PAGES[scenario]` on it.
    Run(Box<ScenarioJob>),
    Finished,
}

/// The page scenarios, in the lesson's order.
fn page_scenarios() -> Vec<ScenarioId> {
    ScenarioId::ALL
        .into_iter()
        .filter(|s| s.kind() == ScenarioKind::Page)
        .collect()
}

/// The lab as a job over its own databases.
pub struct ScaleJob {
    sizes: Vec<usize>,
    size: usize,
    scenario: usize,
    db: Option<Database>,
    phase: Phase,
    result: ScaleResult,
}

impl ScaleJob {
    /// A lab over `sizes` (articles per dataset).
    pub fn new(sizes: &[usize]) -> Self {
        ScaleJob {
            sizes: sizes.to_vec(),
            size: 0,
            scenario: 0,
            db: None,
            phase: Phase::Finished,
            result: ScaleResult {
                sizes: sizes.to_vec(),
                series: Vec::new(),
            },
        }
    }

    /// What has been measured so far, to plot while the lab runs.
    pub fn partial(&self) -> &ScaleResult {
        &self.result
    }

    /// Works until `deadline`.
    ///
    /// # Errors
    /// [`ScaleError`] if generation or a run fails.
    pub fn step(&mut self, deadline: Instant) -> Result<Step<ScaleResult>, ScaleError> {
        loop {
            let Some(&articles) = self.sizes.get(self.size) else {
                return Ok(Step::Done(std::mem::take(&mut self.result)));
            };
            let db = match &mut self.db {
                Some(db) => db,
                None => {
                    let db = self.db.insert(empty_database("2024-01-01 00:00:00")?);
                    self.phase =
                        Phase::Generate(GenerateJob::new(SynthSpec::with_articles(articles)));
                    db
                }
            };
            match &mut self.phase {
                Phase::Generate(job) => match job.step(db, deadline)? {
                    Step::Pending(_) => return Ok(Step::Pending(self.progress())),
                    Step::Done(_) => {
                        self.scenario = 0;
                        self.phase = Phase::Run(Box::new(ScenarioJob::new(
                            db,
                            page_scenarios()[0],
                            &RunOptions::default(),
                        )?));
                    }
                },
                Phase::Run(job) => match job.step(db, deadline)? {
                    Step::Pending(_) => return Ok(Step::Pending(self.progress())),
                    Step::Done(run) => {
                        for variant in &run.variants {
                            let records: Vec<QueryRecord> = variant.queries().cloned().collect();
                            let totals = Totals::of(&records);
                            self.result.record(
                                run.scenario,
                                variant.variant.name,
                                ScalePoint {
                                    articles,
                                    queries: totals.queries,
                                    ms: totals.ms(),
                                    rows: totals.rows,
                                },
                            );
                        }
                        self.scenario += 1;
                        match page_scenarios().get(self.scenario) {
                            Some(next) => {
                                self.phase = Phase::Run(Box::new(ScenarioJob::new(
                                    db,
                                    *next,
                                    &RunOptions::default(),
                                )?));
                            }
                            None => {
                                self.db = None;
                                self.phase = Phase::Finished;
                                self.size += 1;
                                self.scenario = 0;
                            }
                        }
                    }
                },
                Phase::Finished => {
                    self.phase =
                        Phase::Generate(GenerateJob::new(SynthSpec::with_articles(articles)))
                }
            }
            if Instant::now() >= deadline {
                return Ok(Step::Pending(self.progress()));
            }
        }
    }

    /// Stops the lab; its databases are dropped.
    pub fn cancel(&mut self) {
        self.db = None;
        self.phase = Phase::Finished;
        self.size = self.sizes.len();
    }

    fn progress(&self) -> Progress {
        let scenarios = page_scenarios().len();
        let stage = match self.phase {
            Phase::Generate(_) => Stage::Generating,
            _ => Stage::Running(
                page_scenarios()
                    .get(self.scenario)
                    .map(|s| s.name().to_owned())
                    .unwrap_or_default(),
            ),
        };
        let total = self.sizes.len() * (scenarios + 1);
        let done = self.size * (scenarios + 1)
            + self.scenario
            + usize::from(matches!(self.phase, Phase::Run(_)));
        Progress {
            stage,
            done: done.min(total) as u64,
            total: total as u64,
        }
    }
}

/// Runs the whole lab at once (native code, tests, benchmarks).
///
/// # Errors
/// [`ScaleError`] if generation or a run fails.
pub fn run(sizes: &[usize]) -> Result<ScaleResult, ScaleError> {
    let mut job = ScaleJob::new(sizes);
    loop {
        if let Step::Done(result) = job.step(no_deadline())? {
            return Ok(result);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn naive_grows_with_n_and_optimized_stays_flat() {
        let result = run(&[10, 100]).expect("lab");
        let series = |scenario, variant| {
            result
                .series
                .iter()
                .find(|s| s.scenario == scenario && s.variant == variant)
                .map(|s| s.points.iter().map(|p| p.queries).collect::<Vec<_>>())
                .expect("series")
        };
        assert_eq!(series(ScenarioId::Annotate, "naive"), [11, 101]);
        assert_eq!(series(ScenarioId::Annotate, "optimized"), [1, 1]);
        assert_eq!(
            series(ScenarioId::SelectAndPrefetch, "naive"),
            [1 + 10 + 100, 1 + 100 + 1000]
        );
        assert_eq!(series(ScenarioId::SelectAndPrefetch, "optimized"), [2, 2]);
        assert_eq!(result.series.len(), 9);
    }

    #[test]
    fn sliced_lab_reports_progress_and_finishes() {
        let mut job = ScaleJob::new(&[10]);
        let mut slices = 0;
        loop {
            slices += 1;
            match job.step(Instant::now()).expect("step") {
                Step::Pending(progress) => assert!(progress.done <= progress.total),
                Step::Done(result) => {
                    assert_eq!(result.series.len(), 9);
                    break;
                }
            }
        }
        assert!(slices > 2);
    }
}
