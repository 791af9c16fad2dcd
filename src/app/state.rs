//! The one app state: what the page shows and the questions it answers.
//!
//! Everything that describes the data or the learner's place in the lesson
//! lives here: the language, the section, the database, what each page
//! shows (computed when the page is shown or the data changed, never per
//! render), the follow lab, the running job, the share dialog and the scale
//! lab. Components only read it and dispatch [`Action`]s; the reducer
//! (`reducer`) changes it and returns the [`Effect`]s the browser shell
//! performs. Ephemeral view state (a log's scroll offset, which row is
//! open, which code line is hovered) stays in the component that owns it.
//!
//! The share link and the saved state are derived from this state
//! ([`AppState::view_state`], [`AppState::share_text`],
//! [`AppState::save_request`]); the URL fragment is read once, at start or
//! when the learner pastes a new one, and then dropped from the address
//! bar, so it never becomes a second truth.
//!
//! Small data is computed in the reducer. Big data (see [`SLICED_WORK`])
//! runs as a job in slices (`work`): the reducer starts it and asks the
//! shell to drive it ([`Effect::RunJob`]); the driver reports back through
//! [`Action::JobProgress`] and [`Action::JobFinished`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

#[cfg(doc)]
use super::action::Action;
use super::clock::Clock;
use super::effect::{Effect, SaveRequest};
use super::model::*;
use super::replace::{LinkFrom, Pending, Replacement, Undo};
use super::saved::{Record, Saved};
use crate::cost_model::RoundTrip;
use crate::db::Database;
use crate::fixtures::LoadReport;
use crate::i18n::{Lang, Text};
use crate::lesson_data::{lesson_into, LessonError};
use crate::models::Registry;
use crate::scale::DEFAULT_SIZES;
use crate::scenarios::ScenarioId;
use crate::share::{self, Changes, ShareData, ShareState, ViewState};
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
    /// The project whose database the image is (`None`: the lesson's
    /// models): the image is opened on the registry it builds.
    pub project: Option<Rc<crate::project::Sources>>,
    /// The data version at start: if the data changed before the image
    /// arrived, the learner's data wins.
    pub(super) version: u64,
    /// A link opened at start, asked about once the image is in (it would
    /// replace the saved data, not the lesson the page starts with).
    pub(super) then: Option<Replacement>,
}

/// Whose language wins when a view (of a link, the saved state or an
/// undo) is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ViewLang {
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
pub(super) enum Replaced {
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
    /// Where time comes from (the browser's clock, or a test's).
    pub clock: Rc<dyn Clock>,
}

/// What [`AppState::start`] opens: a share link, the saved state, and the
/// browser's language (a saved state that did not choose one gives way to
/// it).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Start {
    lang: Lang,
    link: Option<String>,
    saved: Option<Record>,
    /// The language the learner switched to before the start ran: it
    /// wins over the saved state's and the link's, which the start would
    /// otherwise put back.
    clicked: Option<Lang>,
}

impl AppState {
    /// Remembers a language switch made while the start is still to come.
    pub(super) fn lang_clicked_before_start(&mut self) {
        let lang = self.lang;
        if let Some(start) = self.start.as_mut() {
            Rc::make_mut(start).clicked = Some(lang);
        }
    }
}

/// The lesson's database as the start opens it.
type Lesson = Result<(Database, LoadReport), LessonError>;

/// How far the start has opened the lesson's database, between its tasks.
enum Opening {
    /// The connection (SQLite's first statements: PRAGMAs, functions),
    /// still empty.
    Connected(Result<Database, LessonError>),
    /// The lesson's image in it, stamped with the visit's time.
    Opened(Lesson),
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
    /// Whether the data has the lecture's models as the lecture writes
    /// them (`Registry::has_lesson_models`): the pattern pages, the follow
    /// lab, the scale lab and the exercises need them; a learner's own
    /// project without them gets the console and the fixtures page.
    pub lesson_models: bool,
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
    pub(super) next_job: u64,
    /// `share::snapshot` of a data version (it dumps the database).
    pub(super) snapshot: SnapshotCache,
    /// The database the modelled times picture behind Django.
    pub round_trip: RoundTrip,
    /// A replacement of the learner's own data, waiting for their answer.
    pub pending: Option<Rc<Pending>>,
    /// The data before the last replacement, to bring back once.
    pub undo: Option<Rc<Undo>>,
    /// The undo snapshot of a replacement whose load job still runs.
    pub(super) replacing: Option<Rc<Undo>>,
    /// The console's program and last run.
    pub console: Rc<ConsoleView>,
    /// Where time comes from.
    pub(super) clock: Rc<dyn Clock>,
    /// What the start's second half opens ([`AppState::open`]): `None`
    /// once it ran.
    pub(super) start: Option<Rc<Start>>,
    /// The lesson's database between the start's tasks (the page opens
    /// the connection in one, reads the image in the next and shows it in
    /// a third); shared by the state's clones, taken once.
    lesson: Rc<RefCell<Option<Opening>>>,
    /// The first page's scenarios run as jobs in slices, whatever the
    /// data's size, until they are in: the page's start stays in tasks the
    /// browser can paint between.
    pub(super) sliced_start: bool,
    /// Effects of the action being reduced, handed out when it is done
    /// (empty between actions).
    pub(super) effects: Vec<Effect>,
}

/// A data version and its `share::snapshot`.
type SnapshotCache = Rc<RefCell<Option<(u64, Rc<ShareData>)>>>;

/// The section the page opens on: the lesson's headline comparison.
pub const START_SECTION: Section = Section::SelectAndPrefetch;

/// The follow lab's variant called `name`, as the static the lab keeps.
pub(super) fn lab_variant(name: &str) -> Option<&'static str> {
    ScenarioId::Exists
        .variants()
        .iter()
        .map(|v| v.name)
        .find(|v| *v == name)
}

impl AppState {
    /// The whole start at once (tests, and any caller without a page to
    /// paint): [`AppState::open`] then the start's second half (the
    /// database, saved state, link and first page), computed at once.
    pub fn boot(boot: Boot) -> (Self, Vec<Effect>) {
        let mut state = AppState::opened(boot);
        let effects = state.start();
        (state, effects)
    }

    /// The start's first half, for the page: the state without data, in
    /// the learner's language and on the section they will see, so the
    /// page paints its frame and the first page's text at once. Its
    /// effects end with [`Effect::Start`]: the shell answers with
    /// [`Action::Start`](super::Action::Start) in a later task, which opens
    /// the database, the saved state and the link, and runs the first
    /// page's scenarios as jobs in slices.
    pub fn open(boot: Boot) -> (Self, Vec<Effect>) {
        let mut state = AppState::opened(boot);
        state.sliced_start = true;
        let effects = vec![Effect::Lang(state.lang), Effect::Start];
        (state, effects)
    }

    /// The state before the start's second half: no database; the
    /// language and section the saved state or link will show.
    fn opened(boot: Boot) -> Self {
        let mut state = AppState {
            lang: boot.lang,
            lang_chosen: false,
            section: START_SECTION,
            db: None,
            origin: DataOrigin::Lesson,
            lesson_models: true,
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
            // Nothing is saved before the start's second half has read
            // what an earlier visit saved.
            persist_ready: false,
            saved_image: None,
            next_job: 1,
            round_trip: RoundTrip::default(),
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
            clock: boot.clock,
            start: None,
            lesson: Rc::new(RefCell::new(None)),
            sliced_start: false,
            effects: Vec::new(),
        };
        state.peek_view(boot.saved.as_ref(), boot.link.as_deref());
        state.start = Some(Rc::new(Start {
            lang: boot.lang,
            link: boot.link,
            saved: boot.saved,
            clicked: None,
        }));
        state
    }

    /// Takes the language and section from the saved state or the link
    /// before they are opened, so the first paint is already in the
    /// language and on the section they show (the start's second half
    /// opens them for real, as it always did; a refused one leaves the
    /// section peeked here).
    fn peek_view(&mut self, saved: Option<&Record>, link: Option<&str>) {
        let chosen = saved.is_some_and(|r| r.lang_chosen);
        let mut show = |view: &ViewState, lang: bool| {
            if let Some(section) = Section::from_id(&view.section) {
                self.section = section;
            }
            if lang {
                self.lang = view.lang;
            }
        };
        match saved.map(|r| &r.saved) {
            // The image's section is shown once the image is in.
            Some(Saved::Image { view, .. }) => {
                if chosen {
                    self.lang = view.lang;
                }
            }
            Some(Saved::Link(text)) => {
                if let Ok(shared) = share::decode(text) {
                    show(&shared.view, chosen);
                }
                if let Some(Ok(shared)) = link.map(share::decode) {
                    show(&shared.view, !chosen);
                }
            }
            None => {
                if let Some(Ok(shared)) = link.map(share::decode) {
                    show(&shared.view, true);
                }
            }
        }
    }

    /// The start's second half: opens in-browser SQLite with the bundled
    /// lesson, then the share link or the saved state if there is one,
    /// and prepares the first page. Returns the effects of the start: the
    /// page's language, dropping the link from the address bar, reading
    /// the saved image, a job the link started, the first save. Does
    /// nothing when it already ran. On the page (a sliced start) it runs
    /// as three actions: the first opens the lesson's connection, the
    /// second reads its image, each answering only [`Effect::Start`], the
    /// third does the rest.
    pub(super) fn start(&mut self) -> Vec<Effect> {
        if self.start.is_none() {
            return Vec::new();
        }
        if self.sliced_start && self.open_lesson_step() {
            return vec![Effect::Start];
        }
        let Some(start) = self.start.take() else {
            return Vec::new();
        };
        let Start {
            lang,
            link,
            saved,
            clicked,
        } = Rc::unwrap_or_clone(start);
        let boot = Boot {
            lang,
            link,
            saved,
            clock: Rc::clone(&self.clock),
        };
        let state = self;
        state.persist_ready = true;
        let opening = state.lesson.borrow_mut().take();
        let lesson = match opening {
            Some(Opening::Opened(lesson)) => lesson,
            Some(Opening::Connected(db)) => state.fill_lesson(db),
            None => state.fill_lesson(state.connect_lesson()),
        };
        match lesson {
            Ok((db, report)) => {
                state.load_message = Rc::from(report.message());
                state.use_database(db, DataOrigin::Lesson);
                state.snapshot_is(ShareData::Lesson(Changes::default()));
            }
            Err(err) => state.boot_error = Some(err.to_string()),
        }
        state.clock.mark("boot:database");
        // The saved state first, then a link on top of it: a refused link
        // leaves the saved state on show.
        if let Some(record) = boot.saved {
            match record.saved {
                Saved::Link(text) => state.open_saved(&text),
                Saved::Image { key, view, project } => {
                    // The language now, not when the image is in: the
                    // first paint is already in the learner's language.
                    state.lang = view.lang;
                    state.lang_chosen = true;
                    state.persist_ready = false;
                    state.saved_image = Some(SavedImage {
                        key,
                        view,
                        project: project.map(|p| Rc::new(*p)),
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
            // Opened once at start: from now on the state is the truth.
            state.effects.push(Effect::ClearLink);
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
        if let Some(lang) = clicked {
            state.lang = lang;
            state.lang_chosen = true;
        }
        state.prepare_section();
        if !state.sliced_start {
            state.clock.mark("boot:scenarios");
        }
        let mut effects = vec![Effect::Lang(state.lang)];
        if let Some(saved) = &state.saved_image {
            effects.push(Effect::ReadSavedImage(saved.key.clone()));
        }
        effects.append(&mut state.effects);
        effects.push(Effect::Save);
        effects
    }

    /// One step of opening the lesson's database (the connection, then
    /// the image), each in a task of its own; false once it is open.
    fn open_lesson_step(&self) -> bool {
        let mut opening = self.lesson.borrow_mut();
        let next = match opening.take() {
            None => Opening::Connected(self.connect_lesson()),
            Some(Opening::Connected(db)) => Opening::Opened(self.fill_lesson(db)),
            Some(opened) => {
                *opening = Some(opened);
                return false;
            }
        };
        *opening = Some(next);
        true
    }

    /// The lesson's connection, empty: the first half of the database the
    /// start shows before a saved image or a link replaces it.
    fn connect_lesson(&self) -> Result<Database, LessonError> {
        self.clock.mark("boot:start");
        let db = Database::open_in_memory().map_err(LessonError::from);
        self.clock.mark("boot:connected");
        db
    }

    /// The lesson in the connection, stamped with the visit's time.
    fn fill_lesson(&self, db: Result<Database, LessonError>) -> Lesson {
        let lesson = db.and_then(|db| lesson_into(db, &self.now()));
        self.clock.mark("boot:opened");
        lesson
    }

    /// Whether the start's second half is still to come (no data yet).
    pub fn starting(&self) -> bool {
        self.start.is_some()
    }

    /// The current time as Django's SQLite backend stores it.
    pub(super) fn now(&self) -> String {
        self.clock.now().to_storage()
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
    pub(super) fn with_db<T>(
        &self,
        f: impl FnOnce(&mut Database) -> Result<T, String>,
    ) -> Result<T, String> {
        let db = self.db.as_ref().ok_or_else(|| "no database".to_owned())?;
        let mut db = db.try_borrow_mut().map_err(|e| e.to_string())?;
        f(&mut db)
    }

    /// Whether pattern pages run as jobs on this data.
    pub(super) fn is_big(&self) -> bool {
        let s = self.data.summary;
        s.articles + s.comments > SLICED_WORK
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

    /// The data part of a share link, computed once per data version.
    pub(super) fn share_data(&self) -> Result<Rc<ShareData>, String> {
        if let Some((version, data)) = &*self.snapshot.borrow() {
            if *version == self.version {
                return Ok(Rc::clone(data));
            }
        }
        let db = self.db.as_ref().ok_or_else(|| "no database".to_owned())?;
        let db = db.try_borrow().map_err(|e| e.to_string())?;
        let data = Rc::new(share::snapshot(&db, &self.now()).map_err(|e| e.to_string())?);
        *self.snapshot.borrow_mut() = Some((self.version, Rc::clone(&data)));
        Ok(data)
    }

    /// The data on show is what `data` restores (the lesson just opened, a
    /// link's lesson toggles just applied): the share text needs no dump
    /// of it (which would build the lesson a second time to compare; the
    /// start saves the share text at once).
    pub(super) fn snapshot_is(&self, data: ShareData) {
        *self.snapshot.borrow_mut() = Some((self.version, Rc::new(data)));
    }

    /// The share text (`1.xxxx`) of the whole state: view and data.
    pub fn share_text(&self) -> Result<String, String> {
        let data = self.share_data()?;
        Ok(share::encode(&ShareState {
            view: self.view_state(),
            data: (*data).clone(),
        }))
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
    pub(super) fn not_loading(&self) -> Result<(), String> {
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

    /// Whether a load is writing into the live database (which nothing
    /// else may touch until it commits or rolls back).
    pub(super) fn loading_live(&self) -> bool {
        self.job
            .as_ref()
            .is_some_and(|j| j.kind == JobKind::Load(LoadMode::Merge))
    }

    /// What to save for the next visit (see [`Effect::Save`]): the share
    /// text of lesson data, the view and database of any other; `None`
    /// while saving would overwrite a saved image not yet restored, or
    /// would catch a load half-written.
    pub fn save_request(&self) -> Option<SaveRequest> {
        if !self.may_save() {
            return None;
        }
        let lang_chosen = self.lang_chosen;
        match (self.origin, &self.db) {
            (DataOrigin::Lesson, _) => self
                .share_text()
                .ok()
                .map(|text| SaveRequest::Link { lang_chosen, text }),
            (DataOrigin::Custom, Some(db)) => Some(SaveRequest::Image {
                lang_chosen,
                view: self.view_state(),
                version: self.version,
                project: self
                    .registry()
                    .project_sources()
                    .map(|sources| Rc::new(crate::project::Sources::clone(sources))),
                db: Rc::clone(db),
            }),
            (DataOrigin::Custom, None) => None,
        }
    }

    /// What a change of these would make stale in the saved state.
    pub(super) fn save_key(&self) -> SaveKey {
        SaveKey {
            version: self.version,
            section: self.section,
            lab: (self.lab.variant, self.lab.acting),
            lang: (self.lang, self.lang_chosen),
            may_save: self.may_save(),
            program: Rc::clone(&self.console.program),
        }
    }
}

/// What the saved state is made of: when it changes, the state is saved
/// again.
#[derive(PartialEq)]
pub(super) struct SaveKey {
    version: u64,
    section: Section,
    lab: (&'static str, i64),
    lang: (Lang, bool),
    may_save: bool,
    program: Rc<str>,
}
