//! The jobs' lifecycle in the reducer: starting one (and asking the shell
//! to drive it), cancelling it (a load rolls back at once), and applying
//! what it finished with.

use std::cell::RefCell;
use std::rc::Rc;

use super::dump::DumpRequest;
use super::effect::Effect;
use super::model::*;
use super::problem::UploadProblem;
use super::state::{AppState, Replaced, ViewLang};
use super::work::{DumpWork, Finished, LoadWork, Purpose, RunWork, ShellWork, Work, WorkCell};
use crate::fixtures::{DumpJob, FixtureFile, LoadJob, LoadOptions};
use crate::job::Progress;
use crate::lesson_data::empty_database;
use crate::scenarios::{RunOptions, ScenarioId, ScenarioJob};
use crate::shell::job::ShellJob;

impl AppState {
    /// Starts the console's program on the data on show.
    pub(super) fn run_program(&mut self) {
        if let Err(error) = self.not_loading() {
            self.notice = Some(error);
            return;
        }
        let Some(db) = self.db.clone() else {
            return;
        };
        let job = ShellJob::new(&self.console.program, None);
        let id = self.next_job;
        self.start_job(JobKind::Shell, Box::new(ShellWork::new(id, db, job)));
    }

    /// Starts `work`, cancelling whatever job ran, and asks the shell to
    /// drive it.
    pub(super) fn start_job(&mut self, kind: JobKind, work: Box<dyn Work>) {
        self.cancel_job();
        if matches!(kind, JobKind::Load(_) | JobKind::Restore) {
            self.data_status = None;
        }
        // Other work than the first page's runs (a link's or the saved
        // image's data loading): the start's slices are over, the page
        // runs as it always does once the data is in.
        if !matches!(kind, JobKind::Run(_)) {
            self.sliced_start = false;
        }
        let (id, cell): (u64, WorkCell) = (self.next_job, Rc::new(RefCell::new(Some(work))));
        self.job = Some(ActiveJob {
            id,
            kind,
            started: self.clock.instant(),
            progress: Progress::default(),
            cell: Rc::clone(&cell),
        });
        self.next_job += 1;
        self.effects.push(Effect::RunJob { id, cell });
        // For e2e/dropstart.mjs, which splits a drop's time into phases.
        self.clock.mark(&format!("job:{}:start", kind.id()));
    }

    /// Cancels the running job, if any; a load rolls back.
    pub(super) fn cancel_job(&mut self) {
        let Some(job) = self.job.take() else {
            return;
        };
        // A replacement that did not happen has nothing to undo.
        self.replacing = None;
        if let Some(mut work) = job.cell.borrow_mut().take() {
            work.cancel();
        }
        self.finish_job(&job, Outcome::Cancelled);
        if matches!(job.kind, JobKind::Load(_) | JobKind::Restore) {
            self.set_status(DataStatus::Cancelled);
        }
    }

    /// Cancels a pattern-page run (before anything else uses the live
    /// database's log; the page runs again when shown) or a dump (which
    /// would mix the data before and after a change).
    pub(super) fn stop_runs(&mut self) {
        let kind = self.job.as_ref().map(|j| j.kind);
        if matches!(kind, Some(JobKind::Run(_) | JobKind::Dump)) {
            self.cancel_job();
        }
    }

    pub(super) fn finish_job(&mut self, job: &ActiveJob, outcome: Outcome) {
        self.clock.mark(&format!("job:{}:end", job.kind.id()));
        let elapsed = self.clock.instant().saturating_duration_since(job.started);
        let ms = elapsed.as_secs_f64() * 1000.0;
        self.last_job = Some(JobRecord {
            kind: job.kind,
            outcome,
            ms,
        });
        if outcome == Outcome::Done {
            let times = Rc::make_mut(&mut self.job_ms);
            times.retain(|(kind, _)| *kind != job.kind.id());
            times.push((job.kind.id(), ms));
        }
    }

    /// Applies what a job ended with.
    pub(super) fn job_finished(&mut self, finished: Finished) {
        let Some(job) = self.job.take() else {
            return;
        };
        let replacing = self.replacing.take();
        let outcome = match finished {
            Finished::Loaded {
                report,
                db,
                purpose,
            } => {
                if !matches!(purpose, Purpose::Upload { merge: true }) {
                    self.undo = replacing;
                }
                match db.take() {
                    Some(db) => self.use_database(db, DataOrigin::Custom),
                    None => {
                        self.origin = DataOrigin::Custom;
                        self.data_changed();
                    }
                }
                match purpose {
                    Purpose::Upload { merge } => {
                        self.load_message = Rc::from(report.message());
                        let counts = (merge || report.replaced > 0).then_some(LoadCounts {
                            new: report.new,
                            replaced: report.replaced,
                        });
                        self.set_status(DataStatus::Loaded {
                            message: report.message(),
                            warnings: report.warnings,
                            counts,
                            notices: report.notices,
                        });
                    }
                    Purpose::Link(view) => {
                        self.apply_view(&view, ViewLang::UnlessChosen);
                        self.load_message = Rc::from(report.message());
                        self.set_status(DataStatus::LinkOpened);
                    }
                }
                Outcome::Done
            }
            Finished::Ran(run) => {
                if run.version == self.version {
                    Rc::make_mut(&mut self.runs).insert(run.scenario, run);
                }
                Outcome::Done
            }
            Finished::Console(result) => {
                // The plans of the run before go with it.
                let plans = Rc::make_mut(&mut self.plans);
                plans.retain(|(log, _), _| !matches!(log, LogId::Console(_)));
                // A program that wrote changed the data: the header, the
                // pages, the share link and the saved state follow it.
                let wrote = result.run.step.queries.iter().any(|q| {
                    let sql = q.raw_sql.trim_start();
                    ["INSERT", "UPDATE", "DELETE"].iter().any(|verb| {
                        sql.get(..verb.len())
                            .is_some_and(|s| s.eq_ignore_ascii_case(verb))
                    })
                });
                let console = Rc::make_mut(&mut self.console);
                console.last = Some(result);
                console.runs += 1;
                if wrote {
                    self.data_changed();
                }
                Outcome::Done
            }
            Finished::Scaled(result) => {
                Rc::make_mut(&mut self.scale).result = Some(result);
                Outcome::Done
            }
            Finished::Download(file) => {
                if let Some(file) = file.take() {
                    self.effects.push(Effect::Download(Rc::new(file)));
                }
                Outcome::Done
            }
            Finished::LoadFailed(error) => {
                match job.kind {
                    JobKind::Load(_) => {
                        self.set_status(DataStatus::LoadFailed(UploadProblem::Fixture(error)))
                    }
                    _ => self.set_status(DataStatus::LinkRefused(error.render(self.lang))),
                }
                Outcome::Failed
            }
            Finished::Failed(error) => {
                match job.kind {
                    JobKind::Load(_) => {
                        self.set_status(DataStatus::LoadFailed(UploadProblem::Other(error)))
                    }
                    JobKind::Restore => self.set_status(DataStatus::LinkRefused(error)),
                    JobKind::Run(scenario) => {
                        let run = RunView::of(self.version, scenario, Err(error));
                        Rc::make_mut(&mut self.runs).insert(scenario, Rc::new(run));
                    }
                    JobKind::Scale => Rc::make_mut(&mut self.scale).error = Some(error),
                    JobKind::Dump | JobKind::Shell => self.notice = Some(error),
                }
                Outcome::Failed
            }
        };
        self.finish_job(&job, outcome);
    }

    pub(super) fn start_run(&mut self, scenario: ScenarioId) {
        let Some(db) = self.db.clone() else {
            return;
        };
        let job = db.try_borrow().map_err(|e| e.to_string()).and_then(|db| {
            ScenarioJob::new(&db, scenario, &RunOptions::default()).map_err(|e| e.to_string())
        });
        match job {
            Ok(job) => {
                let mut work = RunWork::new(self.version, db, job);
                // Small data at the page's start: the same repeated run as
                // the reducer's, in a slice of its own.
                if !self.is_big() {
                    work = work.repeated(scenario);
                }
                self.start_job(JobKind::Run(scenario), Box::new(work))
            }
            Err(error) => {
                let run = RunView::of(self.version, scenario, Err(error));
                Rc::make_mut(&mut self.runs).insert(scenario, Rc::new(run));
            }
        }
    }

    /// Puts a lab request at the top of the live log, its queries
    /// Starts writing `dumpdata` of the data on show for a download.
    pub(super) fn start_dump(&mut self, request: &DumpRequest) {
        if let Err(error) = self.not_loading() {
            self.notice = Some(error);
            return;
        }
        let Some(db) = self.db.clone() else {
            return;
        };
        match DumpJob::new(&self.registry(), &request.options()) {
            Ok(job) => {
                let work = DumpWork::new(db, job, request.file_name(), request.gzip);
                self.start_job(JobKind::Dump, Box::new(work));
            }
            Err(error) => self.notice = Some(error.to_string()),
        }
    }

    /// Opens a learner's project: its registry, `migrate` as Django's
    /// would leave the database, then its fixtures as one `loaddata`.
    pub(super) fn open_project(&mut self, input: &crate::project::upload::Input) -> Replaced {
        use crate::project::{open_database, OpenError};
        let upload = match input.read() {
            Ok(upload) => upload,
            Err(error) => {
                self.set_status(DataStatus::LoadFailed(UploadProblem::Project(error)));
                return Replaced::Not;
            }
        };
        let fixtures = upload.fixtures;
        let db = match open_database(&upload.sources, &self.now()) {
            Ok(db) => db,
            Err(OpenError::Project(error)) => {
                self.set_status(DataStatus::LoadFailed(UploadProblem::Project(error)));
                return Replaced::Not;
            }
            Err(OpenError::Database(err)) => {
                self.set_status(DataStatus::LoadFailed(UploadProblem::Other(
                    err.to_string(),
                )));
                return Replaced::Not;
            }
        };
        let models = db.registry().models().count();
        self.cancel_job();
        if fixtures.is_empty() {
            self.use_database(db, DataOrigin::Custom);
            self.load_message = Rc::from("");
            self.set_status(match upload.assumed {
                Some(assumed) => DataStatus::PastedOpened {
                    models,
                    app: assumed.app,
                    user_model: assumed.user_model,
                },
                None => DataStatus::ProjectOpened { models },
            });
            return Replaced::Now;
        }
        let job = match LoadJob::new(db.registry_handle(), fixtures, LoadOptions::default()) {
            Ok(job) => job,
            Err(err) => {
                self.set_status(DataStatus::LoadFailed(UploadProblem::Fixture(err)));
                return Replaced::Not;
            }
        };
        let work = LoadWork::fresh(job, db, Purpose::Upload { merge: false });
        self.start_job(JobKind::Load(LoadMode::Replace), Box::new(work));
        Replaced::Later
    }

    /// Loads fixture files as a job: into a fresh database (`Replace`)
    /// or into the data on show (`Merge`).
    pub(super) fn upload(&mut self, files: Vec<FixtureFile>, mode: LoadMode) -> Replaced {
        if files.is_empty() {
            return Replaced::Not;
        }
        let job = match LoadJob::new(self.registry(), files, LoadOptions::default()) {
            Ok(job) => job,
            Err(err) => {
                self.set_status(DataStatus::LoadFailed(UploadProblem::Fixture(err)));
                return Replaced::Not;
            }
        };
        // Whatever ran is obsolete (and a run must not hold the log).
        self.cancel_job();
        let work = match mode {
            LoadMode::Merge => match self.db.clone() {
                Some(db) => LoadWork::live(job, db, Purpose::Upload { merge: true }),
                None => return Replaced::Not,
            },
            LoadMode::Replace => match empty_database(&self.now()) {
                Ok(fresh) => LoadWork::fresh(job, fresh, Purpose::Upload { merge: false }),
                Err(err) => {
                    let problem = UploadProblem::Other(err.to_string());
                    self.set_status(DataStatus::LoadFailed(problem));
                    return Replaced::Not;
                }
            },
        };
        self.start_job(JobKind::Load(mode), Box::new(work));
        Replaced::Later
    }
}
