//! The reducer: how each [`Action`] changes the [`AppState`], and the
//! [`Effect`]s it leaves for the browser shell. Plain Rust over the core:
//! `cargo test` runs it natively (`app::tests`).
//!
//! Replacing the data (links, reset, undo, the saved image) is in
//! `replacing`, the jobs' lifecycle in `jobs`; here are the dispatch and
//! what every page's data needs after a change.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::action::Action;
use super::effect::Effect;
use super::model::*;
use super::replace::Replacement;
use super::state::{lab_variant, AppState, ViewLang, LAB_ARTICLES, SHARE_ROWS};
use super::work::{FileDownload, ScaleWork};
use crate::analysis::explain;
use crate::dataset::{
    article_summaries, followings_of, model_counts, table_counts, user_summaries, DatasetSummary,
};
use crate::db::Database;
use crate::i18n::Text;
use crate::report::LogReport;
use crate::scale::ScaleResult;
use crate::scenarios::{self, follow_defaults, live_follow, live_like, live_profile, RunOptions};
use crate::share::{self, ViewState};

impl AppState {
    /// Applies `action` and returns what the shell must do: whatever
    /// changed, the page on show is computed for the data, and the saved
    /// state is saved again when what it is made of changed.
    pub fn reduce(&mut self, action: Action) -> Vec<Effect> {
        let (lang, saved) = (self.lang, self.save_key());
        if action.is_learners() {
            self.notice = None;
        }
        self.apply(action);
        self.prepare_section();
        if self.lang != lang {
            self.effects.push(Effect::Lang(self.lang));
        }
        if self.save_key() != saved {
            self.effects.push(Effect::Save);
        }
        std::mem::take(&mut self.effects)
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Start => {
                let mut effects = self.start();
                self.effects.append(&mut effects);
            }
            Action::ToggleLang => {
                self.lang = self.lang.other();
                self.lang_chosen = true;
                self.lang_clicked_before_start();
            }
            Action::Navigate(section) => {
                if let Some(JobKind::Run(scenario)) = self.job.as_ref().map(|j| j.kind) {
                    if !section.scenarios().contains(&scenario) {
                        self.stop_runs();
                    }
                }
                // The lesson's pages stay closed on a project without its
                // models (a link or saved view may name one).
                if self.lesson_models || !section.needs_lesson() {
                    self.section = section;
                }
            }
            Action::SetActing(pk) => {
                Rc::make_mut(&mut self.lab).acting = pk;
                self.refresh_data();
            }
            Action::SetLabVariant(name) => {
                let lab = Rc::make_mut(&mut self.lab);
                if lab.variant != name {
                    lab.variant = name;
                    // Rows of the old variant point into other code.
                    lab.requests = Rc::new(Vec::new());
                    self.plans = Rc::new(HashMap::new());
                }
            }
            Action::ViewProfile(_) | Action::ToggleFollow(_) | Action::ToggleLike(_)
                if self.loading_live() =>
            {
                self.notice = Some(Text::JobBusy.get(self.lang).to_owned());
            }
            Action::ViewProfile(pk) => {
                self.stop_runs();
                let (variant, acting) = (self.lab.variant, self.lab.acting);
                match self
                    .with_db(|db| live_profile(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok(step) => {
                        Rc::make_mut(&mut self.lab).profile = pk;
                        self.log_live(LabAction::Profile(pk), vec![step]);
                    }
                    Err(err) => self.notice = Some(err),
                }
            }
            Action::ToggleFollow(pk) => {
                self.stop_runs();
                let (variant, acting) = (self.lab.variant, self.lab.acting);
                match self
                    .with_db(|db| live_follow(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok((toggle, steps)) => {
                        // The view redirects to the profile it acted on.
                        Rc::make_mut(&mut self.lab).profile = pk;
                        self.log_live(LabAction::Follow(pk, toggle), steps);
                        self.data_changed();
                    }
                    Err(err) => self.notice = Some(err),
                }
            }
            Action::ToggleLike(pk) => {
                self.stop_runs();
                let (variant, acting) = (self.lab.variant, self.lab.acting);
                match self
                    .with_db(|db| live_like(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok((toggle, step)) => {
                        self.log_live(LabAction::Like(pk, toggle), vec![step]);
                        self.data_changed();
                    }
                    Err(err) => self.notice = Some(err),
                }
            }
            Action::SetRoundTrip(round_trip) => self.round_trip = round_trip,
            Action::ClearLiveLog => {
                Rc::make_mut(&mut self.lab).requests = Rc::new(Vec::new());
                let plans = Rc::make_mut(&mut self.plans);
                plans.retain(|(log, _), _| !matches!(log, LogId::Live(_)));
            }
            Action::Explain(log, row) => {
                let plan = self.plan_for(log, row);
                Rc::make_mut(&mut self.plans).insert((log, row), Rc::new(plan));
            }
            Action::SetLoadMode(mode) => self.load_mode = mode,
            Action::Upload(files) => match self.load_mode {
                LoadMode::Replace if !files.is_empty() => {
                    self.request_replace(Replacement::Upload(Rc::new(files)));
                }
                mode => {
                    self.upload(files, mode);
                }
            },
            Action::OpenProject(input) => {
                self.request_replace(Replacement::Project(Rc::new(input)));
            }
            Action::UploadRefused(problem) => self.set_status(DataStatus::LoadFailed(problem)),
            Action::OpenLink(from, text) => self.open_link(from, &text),
            Action::ConfirmReplace => {
                if let Some(pending) = self.pending.take() {
                    self.replace(pending.replacement.clone());
                }
            }
            Action::CancelReplace => self.pending = None,
            Action::UndoReplace => self.undo_replace(),
            Action::SavedImage(image) => {
                let image = image.and_then(|h| h.take().ok_or_else(|| "no image".to_owned()));
                self.saved_image(image);
            }
            Action::ResetData => self.request_replace(Replacement::Reset),
            Action::CancelJob => self.cancel_job(),
            Action::JobProgress(id, progress, partial) => {
                if let Some(job) = self.job.as_mut().filter(|j| j.id == id) {
                    job.progress = progress;
                    if let Some(partial) = partial {
                        Rc::make_mut(&mut self.scale).result = Some(partial);
                    }
                }
            }
            Action::JobFinished(id, finished) => {
                if self.job.as_ref().is_some_and(|j| j.id == id) {
                    self.job_finished(finished);
                }
            }
            Action::OpenShare(page) => {
                let s = self.data.summary;
                let rows = if self.lesson_models {
                    s.users + s.articles + s.comments + s.follows + s.likes
                } else {
                    // A project's own models: every table's rows.
                    self.with_db(|db| table_counts(db).map_err(|e| e.to_string()))
                        .map_or(0, |counts| counts.iter().map(|(_, n)| n).sum())
                };
                // Dumping and compressing that much would block the page
                // for seconds, for a link no one could open.
                let text = if self.origin == DataOrigin::Custom && rows > SHARE_ROWS {
                    Err(Text::ShareTooBig.get(self.lang).to_owned())
                } else {
                    self.not_loading()
                        .and_then(|()| self.share_text())
                        .map(Rc::from)
                };
                self.share = Some(Rc::new(ShareView { page, text }));
            }
            Action::CloseShare => self.share = None,
            Action::ToggleScaleSize(size) => {
                let scale = Rc::make_mut(&mut self.scale);
                if let Some(at) = scale.sizes.iter().position(|s| *s == size) {
                    scale.sizes.remove(at);
                } else {
                    scale.sizes.push(size);
                    crate::sort::sort_by(&mut scale.sizes, |a, b| a.cmp(b));
                }
            }
            Action::RunScale => {
                let sizes = self.scale.sizes.clone();
                if !sizes.is_empty() {
                    self.start_job(JobKind::Scale, Box::new(ScaleWork::new(&sizes)));
                    let scale = Rc::make_mut(&mut self.scale);
                    scale.error = None;
                    scale.result = Some(Rc::new(ScaleResult {
                        sizes,
                        series: Vec::new(),
                    }));
                }
            }
            Action::Dump(request) => self.start_dump(&request),
            Action::Notice(message) => self.notice = Some(message),
            Action::EditProgram(program) => {
                Rc::make_mut(&mut self.console).program = Rc::from(program);
            }
            Action::LoadProgram(program) => {
                self.load_program(&program);
                // The exercises load their programs into the console's
                // editor on their own page.
                if self.section != Section::Exercises {
                    self.section = Section::Console;
                }
            }
            Action::RunProgram => self.run_program(),
            Action::DownloadSqlite => match self.sqlite_file() {
                Ok(bytes) => self.offer("db.sqlite3", "application/vnd.sqlite3", bytes),
                Err(error) => self.notice = Some(error),
            },
            Action::DownloadPlayground => self.download_playground(),
        }
    }

    /// Asks the shell to offer `bytes` as a file named `name`.
    pub(super) fn offer(&mut self, name: &str, mime: &'static str, bytes: Vec<u8>) {
        let file = FileDownload {
            name: name.to_owned(),
            mime,
            bytes,
        };
        self.effects.push(Effect::Download(Rc::new(file)));
    }

    /// Offers the share dialog's text as a playground file named for the
    /// time (`django-orm-playground-2026-05-01T09-30-00.playground`).
    fn download_playground(&mut self) {
        let text = match self.share.as_ref().map(|s| s.text.clone()) {
            Some(Ok(text)) => text,
            Some(Err(error)) => {
                self.notice = Some(error);
                return;
            }
            None => return,
        };
        let (y, mo, d, h, mi, s, _) = self.clock.now().parts();
        let stamp = format!("{y:04}-{mo:02}-{d:02}T{h:02}-{mi:02}-{s:02}");
        let name = share::file_name(&stamp);
        self.offer(&name, "text/plain", format!("{text}\n").into_bytes());
    }

    /// Makes `db` the data on show: the lab starts over on it.
    pub(super) fn use_database(&mut self, db: Database, origin: DataOrigin) {
        self.lesson_models = db.registry().has_lesson_models();
        if !self.lesson_models && self.section.needs_lesson() {
            self.section = Section::Console;
        }
        let (acting, profile) = follow_defaults(&db, &RunOptions::default()).unwrap_or((1, 1));
        self.db = Some(Rc::new(RefCell::new(db)));
        self.origin = origin;
        let lab = Rc::make_mut(&mut self.lab);
        lab.acting = acting;
        lab.profile = profile;
        lab.requests = Rc::new(Vec::new());
        lab.page = Rc::new(Vec::new());
        self.data_changed();
    }

    /// Shows what a share link or saved state says (where it names what
    /// exists in the data).
    pub(super) fn apply_view(&mut self, view: &ViewState, lang: ViewLang) {
        if let Some(section) = Section::from_id(&view.section) {
            self.section = section;
        }
        let take = match lang {
            ViewLang::Take => true,
            ViewLang::UnlessChosen => !self.lang_chosen,
            ViewLang::Keep => false,
        };
        if take {
            self.lang = view.lang;
            self.lang_chosen = true;
        }
        let acting = view
            .acting_user
            .filter(|pk| self.data.users.iter().any(|u| u.pk == *pk));
        let lab = Rc::make_mut(&mut self.lab);
        if let Some(variant) = view.variant.as_deref().and_then(lab_variant) {
            lab.variant = variant;
        }
        if let Some(acting) = acting {
            lab.acting = acting;
        }
        if let Some(program) = view.program.as_deref() {
            if program.chars().count() <= crate::limits::MAX_PROGRAM_CHARS {
                self.load_program(program);
            }
        }
        self.refresh_data();
    }

    /// Puts `program` in the console's editor.
    pub(super) fn load_program(&mut self, program: &str) {
        let console = Rc::make_mut(&mut self.console);
        console.program = Rc::from(program);
        console.revision += 1;
    }

    pub(super) fn set_status(&mut self, status: DataStatus) {
        self.data_status = Some(Rc::new(status));
        self.status_seq += 1;
    }

    /// Re-reads what is loaded after a change.
    pub(super) fn refresh_data(&mut self) {
        if !self.lesson_models {
            // A project's own models: their counts, no follow lab.
            match self.with_db(|db| model_counts(db).map_err(|e| e.to_string())) {
                Ok(models) => {
                    self.data = Rc::new(DataView {
                        models,
                        ..DataView::default()
                    })
                }
                Err(err) => {
                    self.data = Rc::new(DataView::default());
                    self.notice = Some(err);
                }
            }
            return;
        }
        let acting = self.lab.acting;
        let read = self.with_db(|db| {
            let summary = DatasetSummary::read(db).map_err(|e| e.to_string())?;
            let users = user_summaries(db).map_err(|e| e.to_string())?;
            let followings = followings_of(db, acting).map_err(|e| e.to_string())?;
            let articles = article_summaries(db, acting).map_err(|e| e.to_string())?;
            Ok((summary, users, followings, articles))
        });
        match read {
            Ok((summary, users, followings, mut articles)) => {
                self.data = Rc::new(DataView {
                    summary,
                    users,
                    models: Vec::new(),
                });
                let lab = Rc::make_mut(&mut self.lab);
                lab.followings = Rc::new(followings);
                lab.articles_total = articles.len();
                articles.truncate(LAB_ARTICLES);
                lab.articles = Rc::new(articles);
            }
            Err(err) => self.notice = Some(err),
        }
    }

    /// The data changed: views computed before are stale.
    pub(super) fn data_changed(&mut self) {
        self.version += 1;
        self.plans = Rc::new(HashMap::new());
        self.share = None;
        self.refresh_data();
    }

    /// Computes what the current section shows, if the data changed since:
    /// at once on small data, as a job on big data (one at a time; the
    /// next starts when it finishes).
    pub(super) fn prepare_section(&mut self) {
        // Before the start's second half there is no data to show.
        if self.start.is_some() {
            return;
        }
        let version = self.version;
        let scenarios = if self.lesson_models {
            self.section.scenarios()
        } else {
            &[]
        };
        for &scenario in scenarios {
            if self
                .runs
                .get(&scenario)
                .is_some_and(|r| r.version == version)
            {
                continue;
            }
            if self.is_big() || self.sliced_start {
                if self.job.is_none() {
                    self.start_run(scenario);
                }
                // A run that could not start has its error to show.
                if self.job.is_some() {
                    break;
                }
                continue;
            }
            let run = self.with_db(|db| {
                scenarios::run_repeated(db, scenario, &RunOptions::default())
                    .map_err(|e| e.to_string())
            });
            Rc::make_mut(&mut self.runs)
                .insert(scenario, Rc::new(RunView::of(version, scenario, run)));
        }
        if self.section == Section::Fixtures
            && self.fixtures.as_ref().is_none_or(|f| f.version != version)
        {
            let counts = self.with_db(|db| table_counts(db).map_err(|e| e.to_string()));
            self.fixtures = Some(Rc::new(FixturesView { version, counts }));
        }
        // The start's slices are over once nothing runs: the first page is
        // in, or the learner went elsewhere.
        if self.sliced_start && self.job.is_none() {
            self.sliced_start = false;
            self.clock.mark("boot:scenarios");
        }
    }
    /// analyzed on their own.
    fn log_live(&mut self, action: LabAction, steps: Vec<scenarios::StepRun>) {
        let lab = Rc::make_mut(&mut self.lab);
        if let Some(page) = steps.iter().rev().find(|s| !s.result_text.is_empty()) {
            lab.page = Rc::new(page.result_text.clone());
        }
        let request = LabRequest {
            id: lab.next_request,
            action,
            acting: lab.acting,
            variant: lab.variant,
            log: Rc::new(LogReport::new(steps)),
        };
        lab.next_request += 1;
        let requests = Rc::make_mut(&mut lab.requests);
        requests.insert(0, Rc::new(request));
        requests.truncate(LIVE_REQUESTS);
        let kept: Vec<u64> = requests.iter().map(|r| r.id).collect();
        // Plans of dropped requests go with them.
        Rc::make_mut(&mut self.plans).retain(|(log, _), _| match log {
            LogId::Live(id) => kept.contains(id),
            LogId::Pattern(..) | LogId::Console(_) => true,
        });
    }

    /// The record behind a log row.
    fn plan_for(&self, log: LogId, row: usize) -> Plan {
        let report = match log {
            LogId::Live(id) => self
                .lab
                .requests
                .iter()
                .find(|r| r.id == id)
                .map(|r| Rc::clone(&r.log)),
            LogId::Pattern(scenario, variant) => self.runs.get(&scenario).and_then(|run| {
                run.columns
                    .iter()
                    .find(|c| c.variant.name == variant)
                    .map(|c| Rc::clone(&c.log))
            }),
            LogId::Console(id) => self
                .console
                .last
                .as_ref()
                .filter(|r| r.id == id)
                .map(|r| Rc::clone(&r.log)),
        };
        let record = report
            .as_ref()
            .and_then(|r| r.record(row).cloned())
            .ok_or_else(|| format!("no query #{}", row + 1))?;
        self.with_db(|db| explain(db, &record).map_err(|e| e.to_string()))
    }
}
