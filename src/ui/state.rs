//! The one app state, the actions that change it, and the reducer.
//!
//! Everything that describes the data or the learner's place in the lesson
//! lives here: the language, the section, the database, what each page
//! shows (computed when the page is shown or the data changed, never per
//! render), the follow lab, the running job, the share dialog and the scale
//! lab. Components only read it and dispatch [`Action`]s. Ephemeral view
//! state (a log's scroll offset, which row is open, which code line is
//! hovered) stays in the component that owns it.
//!
//! The share link and the saved state are derived from this state
//! ([`AppState::view_state`], [`AppState::share_text`]); the URL fragment
//! is read once, at start or when the learner pastes a new one, and then
//! dropped from the address bar, so it never becomes a second truth.
//!
//! Small data is computed in the reducer. Big data (see [`SLICED_WORK`])
//! runs as a job in slices (`work`): the reducer starts it, a driver steps
//! it and reports back through [`Action::JobProgress`] and
//! [`Action::JobFinished`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use web_time::Instant;
use yew::Reducible;

use super::browser;
use super::data::{DumpRequest, UploadProblem};
pub use super::model::*;
use super::persist::{Record, Saved};
use super::replace::{LinkFrom, OwnData, Pending, Replacement, Undo, UndoData};
use super::work::{
    DumpWork, FileDownload, Finished, Handoff, LoadWork, Purpose, RunWork, ScaleWork, ShellWork,
    Work,
};
use crate::analysis::explain;
use crate::cost_model::RoundTrip;
use crate::dataset::{
    article_summaries, followings_of, table_counts, user_summaries, DatasetSummary,
};
use crate::datetime::Timestamp;
use crate::db::Database;
use crate::fixtures::{DumpJob, FixtureFile, LoadJob, LoadOptions};
use crate::i18n::{Lang, Text};
use crate::job::Progress;
use crate::lesson_data::{empty_database, lesson_database};
use crate::models::Registry;
use crate::report::LogReport;
use crate::scale::{ScaleResult, DEFAULT_SIZES};
use crate::scenarios::{
    self, follow_defaults, live_follow, live_like, live_profile, RunOptions, ScenarioId,
    ScenarioJob,
};
use crate::share::{self, ShareData, ShareState, ViewState};
use crate::shell::job::ShellJob;
use crate::shell::programs::first_program;

/// Data bigger than this (articles plus comments) runs pattern pages as
/// jobs in slices: the naive `select_and_prefetch` sends one query per
/// article and per comment, and the lesson's 40 are instant while the
/// benchmark's 110,001 take seconds.
pub const SLICED_WORK: i64 = 2_000;

/// Uploaded data with more rows than this is not offered as a link: its
/// share text would be well past what a link or playground file may hold
/// (`limits::MAX_LINK_CHARS`).
pub const SHARE_ROWS: i64 = 50_000;

/// The follow lab lists this many articles at most (a 10,000-article list
/// would freeze the page just to lay it out).
pub const LAB_ARTICLES: usize = 100;

/// A saved image waiting to be read at start.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedImage {
    /// Its IndexedDB key.
    pub key: String,
    pub view: ViewState,
    /// The data version at start: if the data changed before the image
    /// arrived, the learner's data wins.
    version: u64,
    /// A link opened at start, asked about once the image is in (it would
    /// replace the saved data, not the lesson the page starts with).
    then: Option<Replacement>,
}

/// Whose language wins when a view (of a link, the saved state or an
/// undo) is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ViewLang {
    /// The view's (the saved state's own choice).
    Take,
    /// The view's only when the learner has not chosen one: a link never
    /// overrides the receiver's chosen language.
    UnlessChosen,
    /// The page's.
    Keep,
}

/// How far a replacement got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Replaced {
    /// The data is replaced.
    Now,
    /// A job loads the new data; it is replaced when the job succeeds.
    Later,
    /// Refused; the data is as it was.
    Not,
}

/// What the page starts from.
pub struct Boot {
    /// The browser's language.
    pub lang: Lang,
    /// A share link's text (the URL fragment).
    pub link: Option<String>,
    /// The state saved by an earlier visit.
    pub saved: Option<Record>,
}

/// Everything the page shows.
#[derive(Clone)]
pub struct AppState {
    pub lang: Lang,
    /// Whether the learner (or a link) chose the language.
    pub lang_chosen: bool,
    pub section: Section,
    /// The in-browser database; shared, never cloned.
    pub db: Option<Rc<RefCell<Database>>>,
    pub origin: DataOrigin,
    /// Why the database could not start.
    pub boot_error: Option<String>,
    /// The last action's failure, shown until the next action.
    pub notice: Option<String>,
    /// What `loaddata` said for the data on show.
    pub load_message: Rc<str>,
    /// Bumped whenever the data changes; views remember the one they saw.
    pub version: u64,
    pub data: Rc<DataView>,
    pub runs: Rc<HashMap<ScenarioId, Rc<RunView>>>,
    pub fixtures: Option<Rc<FixturesView>>,
    pub lab: Rc<Lab>,
    pub plans: Rc<HashMap<(LogId, usize), Rc<Plan>>>,
    pub load_mode: LoadMode,
    pub data_status: Option<Rc<DataStatus>>,
    /// Counts statuses set, so a test can tell a new "Installed ..." from
    /// the last one.
    pub status_seq: u64,
    pub job: Option<ActiveJob>,
    pub last_job: Option<JobRecord>,
    /// The last duration of each kind of job, in ms (`data-<kind>-ms`).
    pub job_ms: Rc<Vec<(&'static str, f64)>>,
    pub share: Option<Rc<ShareView>>,
    pub scale: Rc<ScaleView>,
    /// False until a saved image is restored (or refused): saving earlier
    /// would overwrite it with the boot data.
    pub persist_ready: bool,
    /// A saved image to restore at start.
    pub saved_image: Option<SavedImage>,
    /// The saved image the data was restored from: `(version, key)`.
    pub adopted_image: Option<(u64, String)>,
    next_job: u64,
    /// The file a job made for download; the effect keyed on
    /// `download_seq` hands it to the browser.
    pub download: Option<Handoff<FileDownload>>,
    pub download_seq: u64,
    /// `share::snapshot` of a data version (it dumps the database).
    snapshot: SnapshotCache,
    /// The database the modelled times picture behind Django.
    pub round_trip: RoundTrip,
    /// A replacement of the learner's own data, waiting for their answer.
    pub pending: Option<Rc<Pending>>,
    /// The data before the last replacement, to bring back once.
    pub undo: Option<Rc<Undo>>,
    /// The undo snapshot of a replacement whose load job still runs.
    replacing: Option<Rc<Undo>>,
    /// The console's program and last run.
    pub console: Rc<ConsoleView>,
}

/// A data version and its `share::snapshot`.
type SnapshotCache = Rc<RefCell<Option<(u64, Rc<ShareData>)>>>;

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleLang,
    Navigate(Section),
    /// "Log in as" another user.
    SetActing(i64),
    SetLabVariant(&'static str),
    /// Open a profile page (runs the `profile` view).
    ViewProfile(i64),
    /// Follow or unfollow a user (runs the `follow` view, for real).
    ToggleFollow(i64),
    /// Like or unlike an article (runs the `likes` view, for real).
    ToggleLike(i64),
    ClearLiveLog,
    /// Run `EXPLAIN QUERY PLAN` for a row of a log.
    Explain(LogId, usize),
    SetLoadMode(LoadMode),
    /// Fixture files read from the picker or a drop, to load as
    /// [`AppState::load_mode`] says.
    Upload(Vec<FixtureFile>),
    /// Files that could not be read or are refused before loading.
    UploadRefused(UploadProblem),
    /// A share link's text (pasted into the address bar, or a playground
    /// file's contents).
    OpenLink(LinkFrom, String),
    /// "Yes, replace my data" to the pending question.
    ConfirmReplace,
    /// "No, keep my data".
    CancelReplace,
    /// Brings back the data from before the last replacement.
    UndoReplace,
    /// The saved image, read from IndexedDB.
    SavedImage(Result<super::work::Handoff<Vec<u8>>, String>),
    /// Back to the bundled lesson data (asking first when the data is the
    /// learner's own).
    ResetData,
    CancelJob,
    /// A slice of job `id` ended with more to do (and, for the scale lab,
    /// new measurements).
    JobProgress(u64, Progress, Option<Rc<ScaleResult>>),
    JobFinished(u64, Finished),
    /// Opens the share dialog for the page at this address.
    OpenShare(String),
    CloseShare,
    /// Adds or removes a size of the scale lab.
    ToggleScaleSize(usize),
    RunScale,
    /// Write `dumpdata` as asked and offer it as a download.
    Dump(DumpRequest),
    /// The database the modelled times picture (its round trip).
    SetRoundTrip(RoundTrip),
    /// A side effect (a download) failed.
    Notice(String),
    /// The learner typed in the console's editor.
    EditProgram(String),
    /// Puts a program in the console (an example, Open in console) and
    /// shows it.
    LoadProgram(String),
    /// Runs the console's program as a job.
    RunProgram,
}

impl Action {
    /// Whether the action comes from the learner (and so replaces the
    /// last notice); job reports do not.
    fn is_learners(&self) -> bool {
        !matches!(
            self,
            Action::JobProgress(..) | Action::JobFinished(..) | Action::SavedImage(_)
        )
    }
}

/// The section the page opens on: the lesson's headline comparison.
pub const START_SECTION: Section = Section::SelectAndPrefetch;

/// The follow lab's variant called `name`, as the static the lab keeps.
fn lab_variant(name: &str) -> Option<&'static str> {
    ScenarioId::Exists
        .variants()
        .iter()
        .map(|v| v.name)
        .find(|v| *v == name)
}

fn now() -> String {
    Timestamp::now().to_storage()
}

impl AppState {
    /// Opens in-browser SQLite with the bundled lesson, then opens the
    /// share link or the saved state if there is one, and prepares the
    /// first page.
    pub fn boot(boot: Boot) -> Self {
        let mut state = AppState {
            lang: boot.lang,
            lang_chosen: false,
            section: START_SECTION,
            db: None,
            origin: DataOrigin::Lesson,
            boot_error: None,
            notice: None,
            load_message: Rc::from(""),
            version: 0,
            data: Rc::new(DataView::default()),
            runs: Rc::new(HashMap::new()),
            fixtures: None,
            lab: Rc::new(Lab {
                acting: 0,
                profile: 0,
                variant: "naive_in",
                followings: Rc::new(Vec::new()),
                articles: Rc::new(Vec::new()),
                requests: Rc::new(Vec::new()),
                next_request: 1,
                page: Rc::new(Vec::new()),
                articles_total: 0,
            }),
            plans: Rc::new(HashMap::new()),
            load_mode: LoadMode::Replace,
            data_status: None,
            status_seq: 0,
            job: None,
            last_job: None,
            job_ms: Rc::new(Vec::new()),
            share: None,
            scale: Rc::new(ScaleView {
                sizes: DEFAULT_SIZES.to_vec(),
                result: None,
                error: None,
            }),
            persist_ready: true,
            saved_image: None,
            adopted_image: None,
            next_job: 1,
            round_trip: RoundTrip::default(),
            download: None,
            download_seq: 0,
            snapshot: Rc::new(RefCell::new(None)),
            pending: None,
            undo: None,
            replacing: None,
            console: Rc::new(ConsoleView {
                program: Rc::from(first_program()),
                revision: 0,
                last: None,
                runs: 0,
            }),
        };
        browser::mark("boot:start");
        match lesson_database(&now()) {
            Ok((db, report)) => {
                state.load_message = Rc::from(report.message());
                state.use_database(db, DataOrigin::Lesson);
            }
            Err(err) => state.boot_error = Some(err.to_string()),
        }
        browser::mark("boot:database");
        // The saved state first, then a link on top of it: a refused link
        // leaves the saved state on show.
        if let Some(record) = boot.saved {
            match record.saved {
                Saved::Link(text) => state.open_saved(&text),
                Saved::Image { key, view } => {
                    // The language now, not when the image is in: the
                    // first paint is already in the learner's language.
                    state.lang = view.lang;
                    state.lang_chosen = true;
                    state.persist_ready = false;
                    state.saved_image = Some(SavedImage {
                        key,
                        view,
                        version: state.version,
                        then: None,
                    });
                }
            }
            if !record.lang_chosen {
                state.lang = boot.lang;
                state.lang_chosen = false;
            }
        }
        if let Some(link) = boot.link {
            match share::decode(&link) {
                Ok(shared) => {
                    let link = Replacement::Link(LinkFrom::Address, Rc::new(shared));
                    match state.saved_image.as_mut() {
                        Some(saved) => saved.then = Some(link),
                        None => state.request_replace(link),
                    }
                }
                Err(err) => state.set_status(DataStatus::LinkRefused(err.to_string())),
            }
        }
        state.prepare_section();
        browser::mark("boot:scenarios");
        state
    }

    /// The models of the data on the page: the live database's, or the
    /// lesson's before there is one.
    pub fn registry(&self) -> Arc<Registry> {
        self.db
            .as_ref()
            .and_then(|db| db.try_borrow().ok().map(|db| db.registry_handle()))
            .unwrap_or_else(|| Arc::new(Registry::lesson()))
    }

    /// Runs `f` on the database, turning "no database" into an error.
    fn with_db<T>(&self, f: impl FnOnce(&mut Database) -> Result<T, String>) -> Result<T, String> {
        let db = self.db.as_ref().ok_or_else(|| "no database".to_owned())?;
        let mut db = db.try_borrow_mut().map_err(|e| e.to_string())?;
        f(&mut db)
    }

    /// Whether pattern pages run as jobs on this data.
    fn is_big(&self) -> bool {
        let s = self.data.summary;
        s.articles + s.comments > SLICED_WORK
    }

    /// Makes `db` the data on show: the lab starts over on it.
    fn use_database(&mut self, db: Database, origin: DataOrigin) {
        let (acting, profile) = follow_defaults(&db, &RunOptions::default()).unwrap_or((1, 1));
        self.db = Some(Rc::new(RefCell::new(db)));
        self.origin = origin;
        self.adopted_image = None;
        let lab = Rc::make_mut(&mut self.lab);
        lab.acting = acting;
        lab.profile = profile;
        lab.requests = Rc::new(Vec::new());
        lab.page = Rc::new(Vec::new());
        self.data_changed();
    }

    /// Shows what a share link or saved state says (where it names what
    /// exists in the data).
    fn apply_view(&mut self, view: &ViewState, lang: ViewLang) {
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

    /// What a share link says about the view.
    pub fn view_state(&self) -> ViewState {
        ViewState {
            section: self.section.id().to_owned(),
            variant: Some(self.lab.variant.to_owned()),
            acting_user: Some(self.lab.acting),
            lang: self.lang,
            // The untouched first program is left out: links stay as short
            // as before the console.
            program: Some(self.console.program.to_string()).filter(|p| *p != first_program()),
        }
    }

    /// Puts `program` in the console's editor.
    fn load_program(&mut self, program: &str) {
        let console = Rc::make_mut(&mut self.console);
        console.program = Rc::from(program);
        console.revision += 1;
    }

    /// Starts the console's program on the data on show.
    fn run_program(&mut self) {
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

    /// The data part of a share link, computed once per data version.
    fn share_data(&self) -> Result<Rc<ShareData>, String> {
        if let Some((version, data)) = &*self.snapshot.borrow() {
            if *version == self.version {
                return Ok(Rc::clone(data));
            }
        }
        let db = self.db.as_ref().ok_or_else(|| "no database".to_owned())?;
        let db = db.try_borrow().map_err(|e| e.to_string())?;
        let data = Rc::new(share::snapshot(&db, &now()).map_err(|e| e.to_string())?);
        *self.snapshot.borrow_mut() = Some((self.version, Rc::clone(&data)));
        Ok(data)
    }

    /// The share text (`1.xxxx`) of the whole state: view and data.
    pub fn share_text(&self) -> Result<String, String> {
        let data = self.share_data()?;
        Ok(share::encode(&ShareState {
            view: self.view_state(),
            data: (*data).clone(),
        }))
    }

    /// The saved state's share text (the lesson with toggles), at start.
    fn open_saved(&mut self, text: &str) {
        let opened = share::decode(text)
            .map_err(|e| e.to_string())
            .map(|shared| self.open_shared(&shared, ViewLang::Take, false));
        if let Err(err) = opened {
            self.set_status(DataStatus::SavedRefused(err));
        }
    }

    /// A share link or playground file: refused at once when damaged,
    /// else a replacement of the data (asked about when it is the
    /// learner's own).
    fn open_link(&mut self, from: LinkFrom, text: &str) {
        match share::decode(text) {
            Ok(shared) => self.request_replace(Replacement::Link(from, Rc::new(shared))),
            Err(err) => self.set_status(DataStatus::LinkRefused(err.to_string())),
        }
    }

    /// Opens a decoded share state: a new database first; on any error the
    /// current data stays and the status line says why. `announce` says
    /// so in the status line when it is opened.
    fn open_shared(&mut self, shared: &ShareState, lang: ViewLang, announce: bool) -> Replaced {
        let refused = |message: String| {
            if announce {
                DataStatus::LinkRefused(message)
            } else {
                DataStatus::SavedRefused(message)
            }
        };
        match &shared.data {
            ShareData::Lesson(_) => match share::restore(&shared.data, &now()) {
                Ok(db) => {
                    self.cancel_job();
                    self.use_database(db, DataOrigin::Lesson);
                    self.apply_view(&shared.view, lang);
                    if announce {
                        self.set_status(DataStatus::LinkOpened);
                    }
                    Replaced::Now
                }
                Err(err) => {
                    self.set_status(refused(err.to_string()));
                    Replaced::Not
                }
            },
            ShareData::Fixture(jsonl) => {
                let files = vec![FixtureFile::new("shared.jsonl", jsonl.clone().into_bytes())];
                let view = shared.view.clone();
                let started = empty_database(&now())
                    .map_err(|e| e.to_string())
                    .and_then(|fresh| {
                        let job =
                            LoadJob::new(fresh.registry_handle(), files, LoadOptions::default())
                                .map_err(|e| e.to_string())?;
                        Ok(LoadWork::fresh(job, fresh, Purpose::Link(view)))
                    });
                match started {
                    Ok(work) => {
                        self.start_job(JobKind::Restore, Box::new(work));
                        Replaced::Later
                    }
                    Err(err) => {
                        self.set_status(refused(err));
                        Replaced::Not
                    }
                }
            }
        }
    }

    /// The learner's own data on show, which a replacement would lose
    /// (`None`: the untouched lesson, or no data at all).
    fn own_data(&self) -> Option<OwnData> {
        self.db.as_ref()?;
        match self.origin {
            DataOrigin::Custom => Some(OwnData::Loaded(self.data.summary)),
            DataOrigin::Lesson => match self.share_data().as_deref() {
                Ok(ShareData::Lesson(changes)) => OwnData::of_changes(changes),
                _ => Some(OwnData::Loaded(self.data.summary)),
            },
        }
    }

    /// Replaces the data, or first asks when it is the learner's own.
    fn request_replace(&mut self, replacement: Replacement) {
        match self.own_data() {
            Some(own) => self.pending = Some(Rc::new(Pending { replacement, own })),
            None => self.replace(replacement),
        }
    }

    /// Replaces the data, keeping what was there as the one undo.
    fn replace(&mut self, replacement: Replacement) {
        self.pending = None;
        // A load writing into the live data rolls back first, so the
        // snapshot is of the data on show.
        self.cancel_job();
        let undo = self
            .undo_snapshot()
            // Resetting the untouched lesson changes nothing to undo.
            .filter(|u| u.own.is_some() || replacement != Replacement::Reset);
        let replaced = match replacement {
            Replacement::Link(_, shared) => self.open_shared(&shared, ViewLang::UnlessChosen, true),
            Replacement::Reset => self.reset(),
            Replacement::Upload(files) => {
                self.upload(Rc::unwrap_or_clone(files), LoadMode::Replace)
            }
        };
        match replaced {
            Replaced::Now => self.undo = undo,
            Replaced::Later => self.replacing = undo,
            Replaced::Not => {}
        }
    }

    /// What the data on show can be brought back from.
    fn undo_snapshot(&self) -> Option<Rc<Undo>> {
        let own = self.own_data();
        let data = match (self.origin, own) {
            (DataOrigin::Lesson, None | Some(OwnData::LessonToggled(_))) => {
                UndoData::Lesson(self.share_text().ok()?)
            }
            _ => UndoData::Image {
                bytes: Rc::new(
                    self.with_db(|db| db.to_file_bytes().map_err(|e| e.to_string()))
                        .ok()?,
                ),
                view: self.view_state(),
            },
        };
        Some(Rc::new(Undo {
            data,
            own,
            load_message: Rc::clone(&self.load_message),
        }))
    }

    /// Brings back the data from before the last replacement (once).
    fn undo_replace(&mut self) {
        let Some(undo) = self.undo.take() else {
            return;
        };
        self.pending = None;
        self.cancel_job();
        let restored = match &undo.data {
            UndoData::Lesson(text) => share::decode(text)
                .and_then(|shared| Ok((share::restore(&shared.data, &now())?, shared.view)))
                .map(|(db, view)| (db, view, DataOrigin::Lesson))
                .map_err(|e| e.to_string()),
            UndoData::Image { bytes, view } => Database::from_file_bytes(bytes)
                .map(|db| (db, view.clone(), DataOrigin::Custom))
                .map_err(|e| e.to_string()),
        };
        match restored {
            Ok((db, view, origin)) => {
                self.use_database(db, origin);
                self.load_message = Rc::clone(&undo.load_message);
                self.apply_view(&view, ViewLang::Keep);
                self.set_status(DataStatus::Undone);
            }
            Err(err) => self.notice = Some(err),
        }
    }

    /// Back to the bundled lesson data.
    fn reset(&mut self) -> Replaced {
        match lesson() {
            Ok((db, message)) => {
                self.load_message = Rc::from(message);
                self.use_database(db, DataOrigin::Lesson);
                self.set_status(DataStatus::Reset);
                Replaced::Now
            }
            Err(err) => {
                self.notice = Some(err);
                Replaced::Not
            }
        }
    }

    fn set_status(&mut self, status: DataStatus) {
        self.data_status = Some(Rc::new(status));
        self.status_seq += 1;
    }

    /// Starts `work`, cancelling whatever job ran.
    fn start_job(&mut self, kind: JobKind, work: Box<dyn Work>) {
        self.cancel_job();
        if matches!(kind, JobKind::Load(_) | JobKind::Restore) {
            self.data_status = None;
        }
        self.job = Some(ActiveJob {
            id: self.next_job,
            kind,
            started: Instant::now(),
            progress: Progress::default(),
            cell: Rc::new(RefCell::new(Some(work))),
        });
        self.next_job += 1;
    }

    /// Cancels the running job, if any; a load rolls back.
    fn cancel_job(&mut self) {
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
    fn stop_runs(&mut self) {
        let kind = self.job.as_ref().map(|j| j.kind);
        if matches!(kind, Some(JobKind::Run(_) | JobKind::Dump)) {
            self.cancel_job();
        }
    }

    /// Whether a load is writing into the live database (which nothing
    /// else may touch until it commits or rolls back).
    fn loading_live(&self) -> bool {
        self.job
            .as_ref()
            .is_some_and(|j| j.kind == JobKind::Load(LoadMode::Merge))
    }

    fn finish_job(&mut self, job: &ActiveJob, outcome: Outcome) {
        let ms = job.started.elapsed().as_secs_f64() * 1000.0;
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
    fn job_finished(&mut self, finished: Finished) {
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
                let console = Rc::make_mut(&mut self.console);
                console.last = Some(result);
                console.runs += 1;
                Outcome::Done
            }
            Finished::Scaled(result) => {
                Rc::make_mut(&mut self.scale).result = Some(result);
                Outcome::Done
            }
            Finished::Download(file) => {
                self.download = Some(file);
                self.download_seq += 1;
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

    /// Re-reads what is loaded after a change.
    fn refresh_data(&mut self) {
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
                self.data = Rc::new(DataView { summary, users });
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
    fn data_changed(&mut self) {
        self.version += 1;
        self.plans = Rc::new(HashMap::new());
        self.share = None;
        self.refresh_data();
    }

    /// Computes what the current section shows, if the data changed since:
    /// at once on small data, as a job on big data (one at a time; the
    /// next starts when it finishes).
    fn prepare_section(&mut self) {
        let version = self.version;
        for &scenario in self.section.scenarios() {
            if self
                .runs
                .get(&scenario)
                .is_some_and(|r| r.version == version)
            {
                continue;
            }
            if self.is_big() {
                if self.job.is_none() {
                    self.start_run(scenario);
                }
                break;
            }
            let run = self.with_db(|db| {
                scenarios::run_averaged(db, scenario, &RunOptions::default())
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
    }

    fn start_run(&mut self, scenario: ScenarioId) {
        let Some(db) = self.db.clone() else {
            return;
        };
        let job = db.try_borrow().map_err(|e| e.to_string()).and_then(|db| {
            ScenarioJob::new(&db, scenario, &RunOptions::default()).map_err(|e| e.to_string())
        });
        match job {
            Ok(job) => self.start_job(
                JobKind::Run(scenario),
                Box::new(RunWork::new(self.version, db, job)),
            ),
            Err(error) => {
                let run = RunView::of(self.version, scenario, Err(error));
                Rc::make_mut(&mut self.runs).insert(scenario, Rc::new(run));
            }
        }
    }

    /// Puts a lab request at the top of the live log, its queries
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

    /// Starts writing `dumpdata` of the data on show for a download.
    fn start_dump(&mut self, request: &DumpRequest) {
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

    /// The database as a SQLite file.
    ///
    /// # Errors
    /// When SQLite cannot serialize it.
    pub fn sqlite_file(&self) -> Result<Vec<u8>, String> {
        self.not_loading()?;
        self.with_db(|db| db.to_file_bytes().map_err(|e| e.to_string()))
    }

    /// Refuses to read the data while a load writes into it (it would
    /// show rows that may yet be rolled back).
    fn not_loading(&self) -> Result<(), String> {
        if self.loading_live() {
            Err(Text::JobBusy.get(self.lang).to_owned())
        } else {
            Ok(())
        }
    }

    /// Whether the state may be saved now: not before a saved image is
    /// restored, nor while a load writes into the live database.
    pub fn may_save(&self) -> bool {
        self.persist_ready && !self.loading_live()
    }

    /// Loads uploaded files: `mode` replaces the data (a fresh database)
    /// or loads into it.
    fn upload(&mut self, files: Vec<FixtureFile>, mode: LoadMode) -> Replaced {
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
            LoadMode::Replace => match empty_database(&now()) {
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

    /// The saved image arrived (or could not be read).
    fn saved_image(&mut self, image: Result<Vec<u8>, String>) {
        self.persist_ready = true;
        let Some(SavedImage {
            key,
            view,
            version,
            then,
        }) = self.saved_image.take()
        else {
            return;
        };
        // The learner changed the data before it arrived: theirs wins.
        if self.version == version && self.job.is_none() {
            let db = image
                .and_then(|bytes| Database::from_file_bytes(&bytes).map_err(|e| e.to_string()));
            match db {
                Ok(db) => {
                    self.use_database(db, DataOrigin::Custom);
                    // The language was taken at start (and may have been
                    // switched since).
                    self.apply_view(&view, ViewLang::Keep);
                    self.adopted_image = Some((self.version, key));
                }
                Err(err) => self.set_status(DataStatus::SavedRefused(err)),
            }
        }
        // The link opened at start, now that the data it would replace is
        // known.
        if let Some(link) = then {
            self.request_replace(link);
        }
    }
}

/// In-browser SQLite with the bundled lesson fixtures.
fn lesson() -> Result<(Database, String), String> {
    let (db, report) = lesson_database(&now()).map_err(|e| e.to_string())?;
    Ok((db, report.message()))
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if action.is_learners() {
            next.notice = None;
        }
        match action {
            Action::ToggleLang => {
                next.lang = next.lang.other();
                next.lang_chosen = true;
            }
            Action::Navigate(section) => {
                if let Some(JobKind::Run(scenario)) = next.job.as_ref().map(|j| j.kind) {
                    if !section.scenarios().contains(&scenario) {
                        next.stop_runs();
                    }
                }
                next.section = section;
            }
            Action::SetActing(pk) => {
                Rc::make_mut(&mut next.lab).acting = pk;
                next.refresh_data();
            }
            Action::SetLabVariant(name) => {
                let lab = Rc::make_mut(&mut next.lab);
                if lab.variant != name {
                    lab.variant = name;
                    // Rows of the old variant point into other code.
                    lab.requests = Rc::new(Vec::new());
                    next.plans = Rc::new(HashMap::new());
                }
            }
            Action::ViewProfile(_) | Action::ToggleFollow(_) | Action::ToggleLike(_)
                if next.loading_live() =>
            {
                next.notice = Some(Text::JobBusy.get(next.lang).to_owned());
            }
            Action::ViewProfile(pk) => {
                next.stop_runs();
                let (variant, acting) = (next.lab.variant, next.lab.acting);
                match next
                    .with_db(|db| live_profile(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok(step) => {
                        Rc::make_mut(&mut next.lab).profile = pk;
                        next.log_live(LabAction::Profile(pk), vec![step]);
                    }
                    Err(err) => next.notice = Some(err),
                }
            }
            Action::ToggleFollow(pk) => {
                next.stop_runs();
                let (variant, acting) = (next.lab.variant, next.lab.acting);
                match next
                    .with_db(|db| live_follow(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok((toggle, steps)) => {
                        // The view redirects to the profile it acted on.
                        Rc::make_mut(&mut next.lab).profile = pk;
                        next.log_live(LabAction::Follow(pk, toggle), steps);
                        next.data_changed();
                    }
                    Err(err) => next.notice = Some(err),
                }
            }
            Action::ToggleLike(pk) => {
                next.stop_runs();
                let (variant, acting) = (next.lab.variant, next.lab.acting);
                match next
                    .with_db(|db| live_like(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok((toggle, step)) => {
                        next.log_live(LabAction::Like(pk, toggle), vec![step]);
                        next.data_changed();
                    }
                    Err(err) => next.notice = Some(err),
                }
            }
            Action::SetRoundTrip(round_trip) => next.round_trip = round_trip,
            Action::ClearLiveLog => {
                Rc::make_mut(&mut next.lab).requests = Rc::new(Vec::new());
                let plans = Rc::make_mut(&mut next.plans);
                plans.retain(|(log, _), _| !matches!(log, LogId::Live(_)));
            }
            Action::Explain(log, row) => {
                let plan = next.plan_for(log, row);
                Rc::make_mut(&mut next.plans).insert((log, row), Rc::new(plan));
            }
            Action::SetLoadMode(mode) => next.load_mode = mode,
            Action::Upload(files) => match next.load_mode {
                LoadMode::Replace if !files.is_empty() => {
                    next.request_replace(Replacement::Upload(Rc::new(files)));
                }
                mode => {
                    next.upload(files, mode);
                }
            },
            Action::UploadRefused(problem) => next.set_status(DataStatus::LoadFailed(problem)),
            Action::OpenLink(from, text) => next.open_link(from, &text),
            Action::ConfirmReplace => {
                if let Some(pending) = next.pending.take() {
                    next.replace(pending.replacement.clone());
                }
            }
            Action::CancelReplace => next.pending = None,
            Action::UndoReplace => next.undo_replace(),
            Action::SavedImage(image) => {
                let image = image.and_then(|h| h.take().ok_or_else(|| "no image".to_owned()));
                next.saved_image(image);
            }
            Action::ResetData => next.request_replace(Replacement::Reset),
            Action::CancelJob => next.cancel_job(),
            Action::JobProgress(id, progress, partial) => {
                if let Some(job) = next.job.as_mut().filter(|j| j.id == id) {
                    job.progress = progress;
                    if let Some(partial) = partial {
                        Rc::make_mut(&mut next.scale).result = Some(partial);
                    }
                }
            }
            Action::JobFinished(id, finished) => {
                if next.job.as_ref().is_some_and(|j| j.id == id) {
                    next.job_finished(finished);
                }
            }
            Action::OpenShare(page) => {
                let s = next.data.summary;
                let rows = s.users + s.articles + s.comments + s.follows + s.likes;
                // Dumping and compressing that much would block the page
                // for seconds, for a link no one could open.
                let text = if next.origin == DataOrigin::Custom && rows > SHARE_ROWS {
                    Err(Text::ShareTooBig.get(next.lang).to_owned())
                } else {
                    next.not_loading()
                        .and_then(|()| next.share_text())
                        .map(Rc::from)
                };
                next.share = Some(Rc::new(ShareView { page, text }));
            }
            Action::CloseShare => next.share = None,
            Action::ToggleScaleSize(size) => {
                let scale = Rc::make_mut(&mut next.scale);
                if let Some(at) = scale.sizes.iter().position(|s| *s == size) {
                    scale.sizes.remove(at);
                } else {
                    scale.sizes.push(size);
                    scale.sizes.sort_unstable();
                }
            }
            Action::RunScale => {
                let sizes = next.scale.sizes.clone();
                if !sizes.is_empty() {
                    next.start_job(JobKind::Scale, Box::new(ScaleWork::new(&sizes)));
                    let scale = Rc::make_mut(&mut next.scale);
                    scale.error = None;
                    scale.result = Some(Rc::new(ScaleResult {
                        sizes,
                        series: Vec::new(),
                    }));
                }
            }
            Action::Dump(request) => next.start_dump(&request),
            Action::Notice(message) => next.notice = Some(message),
            Action::EditProgram(program) => {
                Rc::make_mut(&mut next.console).program = Rc::from(program);
            }
            Action::LoadProgram(program) => {
                next.load_program(&program);
                // The exercises load their programs into the console's
                // editor on their own page.
                if next.section != Section::Exercises {
                    next.section = Section::Console;
                }
            }
            Action::RunProgram => next.run_program(),
        }
        // Whatever changed, the page on show is computed for the data.
        next.prepare_section();
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn boot(lang: Lang, link: Option<String>, saved: Option<Record>) -> Rc<AppState> {
        Rc::new(AppState::boot(Boot { lang, link, saved }))
    }

    /// The acting user follows or unfollows someone else.
    fn toggle_follow(state: Rc<AppState>) -> Rc<AppState> {
        let acting = state.lab.acting;
        let other = state
            .data
            .users
            .iter()
            .find(|u| u.pk != acting)
            .map(|u| u.pk);
        state.reduce(Action::ToggleFollow(other.unwrap_or(acting)))
    }

    #[test]
    fn the_untouched_lesson_is_replaced_without_asking() {
        let state = boot(Lang::En, None, None).reduce(Action::ResetData);
        assert!(state.pending.is_none());
        assert_eq!(state.data_status.as_deref(), Some(&DataStatus::Reset));
        assert!(state.undo.is_none(), "the same data: nothing to undo");
        // A link over it is undone back to the lesson.
        let link = toggle_follow(boot(Lang::En, None, None))
            .share_text()
            .unwrap_or_default();
        let opened = state.reduce(Action::OpenLink(LinkFrom::Address, link));
        assert!(opened.pending.is_none());
        assert_eq!(opened.undo.as_ref().map(|u| u.own), Some(None));
    }

    #[test]
    fn toggled_lesson_data_is_asked_about_and_undo_brings_it_back() {
        let lesson = boot(Lang::En, None, None);
        let toggled = toggle_follow(Rc::clone(&lesson));
        let follows = toggled.data.summary.follows;
        assert_ne!(follows, lesson.data.summary.follows);

        let asked = Rc::clone(&toggled).reduce(Action::ResetData);
        let own = asked.pending.as_ref().map(|p| p.own);
        assert_eq!(own, Some(OwnData::LessonToggled(1)));
        assert_eq!(asked.data.summary.follows, follows, "nothing replaced yet");
        let kept = asked.reduce(Action::CancelReplace);
        assert!(kept.pending.is_none());
        assert_eq!(kept.data.summary.follows, follows);

        let reset = kept
            .reduce(Action::ResetData)
            .reduce(Action::ConfirmReplace);
        assert!(reset.pending.is_none());
        assert_eq!(reset.data.summary.follows, lesson.data.summary.follows);
        assert_eq!(
            reset.undo.as_ref().and_then(|u| u.own),
            Some(OwnData::LessonToggled(1))
        );

        let undone = reset.reduce(Action::UndoReplace);
        assert_eq!(undone.data.summary.follows, follows);
        assert!(undone.undo.is_none(), "one undo, then it is gone");
        assert_eq!(undone.data_status.as_deref(), Some(&DataStatus::Undone));
    }

    #[test]
    fn a_link_takes_the_language_only_of_a_receiver_who_chose_none() {
        let sender = boot(Lang::Ko, None, None).reduce(Action::Navigate(Section::Annotate));
        let link = sender.share_text().unwrap_or_default();
        assert_eq!(sender.lang, Lang::Ko);

        let first_visit = boot(Lang::En, Some(link.clone()), None);
        assert_eq!(first_visit.lang, Lang::Ko);
        assert_eq!(first_visit.section, Section::Annotate);

        // The receiver's browser prefers Korean, but they chose English.
        let own = boot(Lang::Ko, None, None).reduce(Action::ToggleLang);
        assert_eq!(own.lang, Lang::En);
        let saved = Record {
            lang_chosen: true,
            saved: Saved::Link(own.share_text().unwrap_or_default()),
        };
        let chosen = boot(Lang::Ko, Some(link), Some(saved));
        assert_eq!(
            chosen.lang,
            Lang::En,
            "neither the link nor the browser wins"
        );
        assert_eq!(chosen.section, Section::Annotate);
    }

    #[test]
    fn a_console_program_loads_runs_as_a_job_and_travels_in_links() {
        let lesson = boot(Lang::En, None, None);
        assert_eq!(
            lesson.view_state().program,
            None,
            "the first program stays out of links"
        );
        let loaded = lesson.reduce(Action::LoadProgram("print(1)".into()));
        assert_eq!(loaded.section, Section::Console);
        assert_eq!(
            (&*loaded.console.program, loaded.console.revision),
            ("print(1)", 1)
        );
        let code = "for a in Article.objects.all():\n    print(a.user.username)";
        let typed = loaded.reduce(Action::EditProgram(code.into()));
        assert_eq!(typed.console.revision, 1, "typing is not a replacement");

        let running = typed.reduce(Action::RunProgram);
        let job = running.job.clone();
        assert_eq!(job.as_ref().map(|j| j.kind), Some(JobKind::Shell));
        let finished = loop {
            let Some(job) = job.as_ref() else {
                panic!("no job");
            };
            let mut cell = job.cell.borrow_mut();
            let Some(work) = cell.as_mut() else {
                panic!("the work is gone");
            };
            if let super::super::work::Slice::Finished(f) = work.slice(crate::job::no_deadline()) {
                break (job.id, f);
            }
        };
        let done = running.reduce(Action::JobFinished(finished.0, finished.1));
        assert_eq!(done.console.runs, 1);
        let last = done.console.last.clone();
        let Some(result) = last else {
            panic!("no result");
        };
        assert_eq!(result.log.len(), 11);
        assert_eq!(result.run.line_counts, vec![(1, 1), (2, 10)]);

        let opened = boot(Lang::En, done.share_text().ok(), None);
        assert_eq!(&*opened.console.program, code);
        assert_eq!(opened.section, Section::Console);
    }

    #[test]
    fn a_link_over_toggled_saved_data_waits_for_an_answer() {
        let toggled = toggle_follow(boot(Lang::En, None, None));
        let saved = Record {
            lang_chosen: false,
            saved: Saved::Link(toggled.share_text().unwrap_or_default()),
        };
        let link = boot(Lang::En, None, None).share_text().unwrap_or_default();
        let opened = boot(Lang::En, Some(link), Some(saved));
        assert!(opened.pending.is_some());
        assert_eq!(opened.data.summary.follows, toggled.data.summary.follows);
        let replaced = opened.reduce(Action::ConfirmReplace);
        assert_ne!(replaced.data.summary.follows, toggled.data.summary.follows);
        assert!(replaced.undo.is_some());
    }

    #[test]
    fn a_program_loaded_on_the_exercises_page_stays_there() {
        let exercises = boot(Lang::En, None, None).reduce(Action::Navigate(Section::Exercises));
        let loaded = exercises.reduce(Action::LoadProgram("print(1)".into()));
        assert_eq!(loaded.section, Section::Exercises);
        assert_eq!(&*loaded.console.program, "print(1)");
        let annotate = loaded.reduce(Action::Navigate(Section::Annotate));
        let opened = annotate.reduce(Action::LoadProgram("print(2)".into()));
        assert_eq!(
            opened.section,
            Section::Console,
            "Open in console still goes there"
        );
    }
}
