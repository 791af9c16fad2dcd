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
use crate::cost_model::Cost;
use crate::db::Database;
use crate::db::DbError;
use crate::job::{no_deadline, Job, Progress, Stage, Step};
use crate::lesson_data::empty_database;
use crate::query_log::QueryRecord;
use crate::scenarios::{
    RunOptions, ScenarioError, ScenarioId, ScenarioJob, ScenarioKind, ScenarioRun,
};
use crate::synth::{GenerateJob, SynthSpec};

/// The sizes the lab runs by default (articles).
pub const DEFAULT_SIZES: [usize; 4] = [10, 100, 1_000, 10_000];

/// One measurement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScalePoint {
    /// Articles in the dataset (N).
    pub articles: usize,
    pub queries: usize,
    /// Time spent in SQLite, summed over the queries; on the smaller sizes
    /// the mean of [`runs_at`] runs.
    pub ms: f64,
    pub rows: usize,
}

impl ScalePoint {
    /// The point as the cost model weighs it.
    pub fn cost(&self) -> Cost {
        Cost {
            queries: self.queries,
            rows: self.rows,
            sqlite_ms: self.ms,
        }
    }
}

/// How many times the lab runs each scenario at `articles`: small sizes
/// take a fraction of a millisecond, which the browser's 0.1 ms clock
/// cannot measure in one run, so their times are averaged over several.
pub fn runs_at(articles: usize) -> usize {
    match articles {
        0..=100 => 5,
        101..=1_000 => 3,
        _ => 1,
    }
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
    /// The patterns measured so far, in the lab's order.
    pub fn scenarios(&self) -> Vec<ScenarioId> {
        let mut seen = Vec::new();
        for series in &self.series {
            if !seen.contains(&series.scenario) {
                seen.push(series.scenario);
            }
        }
        seen
    }

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

/// What one step of the phase under way ended with.
enum Advanced {
    /// More to do; the phase's own completion.
    Pending(f64),
    Generated,
    Ran(Box<ScenarioRun>),
    /// No phase under way.
    Idle,
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
    /// Runs of the current scenario finished, and their summed SQLite
    /// times per variant.
    runs: usize,
    sums: Vec<f64>,
    /// Progress inside the phase under way (its own done/total).
    inner: f64,
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
            runs: 0,
            sums: Vec::new(),
            inner: 0.0,
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
            if self.db.is_none() {
                self.db = Some(empty_database("2024-01-01 00:00:00")?);
                self.phase = Phase::Generate(GenerateJob::new(SynthSpec::with_articles(articles)));
            }
            match self.advance(deadline)? {
                Advanced::Pending(fraction) => {
                    self.inner = fraction;
                    return Ok(Step::Pending(self.progress()));
                }
                Advanced::Generated => {
                    self.scenario = 0;
                    self.start_run(0)?;
                }
                Advanced::Ran(run) => {
                    self.finish_run(articles, *run);
                    if self.runs < runs_at(articles) {
                        self.start_run(self.runs)?;
                    } else if self.scenario + 1 < page_scenarios().len() {
                        self.scenario += 1;
                        self.start_run(0)?;
                    } else {
                        self.db = None;
                        self.phase = Phase::Finished;
                        self.size += 1;
                        self.scenario = 0;
                    }
                }
                Advanced::Idle => {
                    self.phase =
                        Phase::Generate(GenerateJob::new(SynthSpec::with_articles(articles)))
                }
            }
            if Instant::now() >= deadline {
                return Ok(Step::Pending(self.progress()));
            }
        }
    }

    /// Steps the phase under way on the current size's database.
    fn advance(&mut self, deadline: Instant) -> Result<Advanced, ScaleError> {
        let Some(db) = &mut self.db else {
            return Ok(Advanced::Idle);
        };
        Ok(match &mut self.phase {
            Phase::Generate(job) => match job.step(db, deadline)? {
                Step::Pending(progress) => Advanced::Pending(progress.fraction()),
                Step::Done(_) => Advanced::Generated,
            },
            Phase::Run(job) => match job.step(db, deadline)? {
                Step::Pending(progress) => Advanced::Pending(progress.fraction()),
                Step::Done(run) => Advanced::Ran(Box::new(run)),
            },
            Phase::Finished => Advanced::Idle,
        })
    }

    /// Stops the lab; its databases are dropped.
    pub fn cancel(&mut self) {
        self.db = None;
        self.phase = Phase::Finished;
        self.size = self.sizes.len();
    }

    /// Starts run number `runs` (0-based) of the current scenario on the
    /// current size's database.
    fn start_run(&mut self, runs: usize) -> Result<(), ScaleError> {
        let Some(db) = &self.db else {
            return Ok(());
        };
        let scenario = page_scenarios()[self.scenario.min(page_scenarios().len() - 1)];
        self.runs = runs;
        if runs == 0 {
            self.sums.clear();
        }
        self.inner = 0.0;
        self.phase = Phase::Run(Box::new(ScenarioJob::new(
            db,
            scenario,
            &RunOptions::default(),
        )?));
        Ok(())
    }

    /// Adds a finished run's times; after the last run of the scenario at
    /// this size, records each variant's point with the mean time.
    fn finish_run(&mut self, articles: usize, run: ScenarioRun) {
        self.runs += 1;
        self.sums.resize(run.variants.len(), 0.0);
        for (sum, variant) in self.sums.iter_mut().zip(&run.variants) {
            *sum += variant.sqlite_ms();
        }
        if self.runs < runs_at(articles) {
            return;
        }
        for (variant, sum) in run.variants.iter().zip(&self.sums) {
            let records: Vec<QueryRecord> = variant.queries().cloned().collect();
            let totals = Totals::of(&records);
            self.result.record(
                run.scenario,
                variant.variant.name,
                ScalePoint {
                    articles,
                    queries: totals.queries,
                    ms: sum / self.runs as f64,
                    rows: totals.rows,
                },
            );
        }
    }

    /// Progress weighted by work: a size counts in proportion to N (10,000
    /// articles are a thousand times the work of 10), each of its runs
    /// (generation, then every scenario's repeated runs) an equal part of
    /// it, and the phase under way by its own progress. Counting sizes
    /// alike left the bar at 95 % while N = 10,000 ran.
    fn progress(&self) -> Progress {
        const SCALE: f64 = 1_000_000.0;
        let stage = match self.phase {
            Phase::Generate(_) => Stage::Generating,
            _ => Stage::Running(
                page_scenarios()
                    .get(self.scenario)
                    .map(|s| s.name().to_owned())
                    .unwrap_or_default(),
            ),
        };
        let weight = |n: usize| n.max(1) as f64;
        let total: f64 = self.sizes.iter().map(|&n| weight(n)).sum();
        let before: f64 = self.sizes.iter().take(self.size).map(|&n| weight(n)).sum();
        let within = match (self.sizes.get(self.size), &self.phase) {
            (Some(&n), Phase::Generate(_)) => self.inner * unit(n),
            (Some(&n), Phase::Run(_)) => {
                let runs = runs_at(n) as f64;
                let scenario = self.scenario as f64 + (self.runs as f64 + self.inner) / runs;
                (1.0 + scenario) * unit(n)
            }
            _ => 0.0,
        };
        // Generation counts as one unit of a size, each scenario as one.
        fn unit(n: usize) -> f64 {
            n.max(1) as f64 / (page_scenarios().len() + 1) as f64
        }
        let fraction = if total > 0.0 {
            ((before + within) / total).clamp(0.0, 1.0)
        } else {
            0.0
        };
        Progress {
            stage,
            done: (fraction * SCALE) as u64,
            total: SCALE as u64,
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
