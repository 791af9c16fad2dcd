//! What the app state is made of: the sections, the views each page shows
//! (computed once per data version and shared by pointer), the data's
//! origin and load mode, the data bar's status, the running job, the share
//! dialog and the scale lab. Plain data with the few questions it answers;
//! the state is in `state`, its reducer in `reducer`.

use std::rc::Rc;

use web_time::Instant;

use super::problem::UploadProblem;
use super::work::WorkCell;
use crate::analysis::PlanRow;
use crate::dataset::{ArticleSummary, DatasetSummary, UserSummary};
use crate::fixtures::LoadNotice;
use crate::i18n::Text;
use crate::job::Progress;
use crate::report::{compare, Change, Compared, LogReport};
use crate::scale::ScaleResult;
use crate::scenarios::toggles::Toggle;
use crate::scenarios::{Cast, ScenarioId, ScenarioRun, Variant, VariantRun};

/// A page of the playground, in lesson order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Follow,
    Fixtures,
    Annotate,
    SelectRelated,
    PrefetchRelated,
    SelectAndPrefetch,
    Exists,
    /// The scale lab: every pattern at growing N.
    Scale,
    /// The console: the learner's own `manage shell` programs.
    Console,
    /// Exercises that check themselves.
    Exercises,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::Follow,
        Section::Fixtures,
        Section::Annotate,
        Section::SelectRelated,
        Section::PrefetchRelated,
        Section::SelectAndPrefetch,
        Section::Exists,
        Section::Scale,
        Section::Console,
        Section::Exercises,
    ];

    /// The stable name (`nav-<id>` test hooks, the share link's section).
    pub fn id(self) -> &'static str {
        match self {
            Section::Follow => "follow",
            Section::Fixtures => "fixtures",
            Section::Annotate => "annotate",
            Section::SelectRelated => "select_related",
            Section::PrefetchRelated => "prefetch_related",
            Section::SelectAndPrefetch => "select_and_prefetch",
            Section::Exists => "exists",
            Section::Scale => "scale",
            Section::Console => "console",
            Section::Exercises => "exercises",
        }
    }

    /// The section named `id` (from a share link).
    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Its label in the navigation.
    pub fn title(self) -> Text {
        match self {
            Section::Follow => Text::NavFollow,
            Section::Fixtures => Text::NavFixtures,
            Section::Annotate => Text::NavAnnotate,
            Section::SelectRelated => Text::NavSelectRelated,
            Section::PrefetchRelated => Text::NavPrefetchRelated,
            Section::SelectAndPrefetch => Text::NavSelectAndPrefetch,
            Section::Exists => Text::NavExists,
            Section::Scale => Text::NavScale,
            Section::Console => Text::NavConsole,
            Section::Exercises => Text::NavExercises,
        }
    }

    /// The scenarios a pattern page shows (none for the other pages).
    /// Whether the page replays the lecture's views or exercises on the
    /// lecture's models (see `AppState::lesson_models`).
    pub fn needs_lesson(self) -> bool {
        !matches!(self, Section::Fixtures | Section::Console)
    }

    pub fn scenarios(self) -> &'static [ScenarioId] {
        match self {
            Section::Follow
            | Section::Fixtures
            | Section::Scale
            | Section::Console
            | Section::Exercises => &[],
            Section::Annotate => &[ScenarioId::Annotate],
            Section::SelectRelated => &[ScenarioId::SelectRelated],
            Section::PrefetchRelated => &[ScenarioId::PrefetchRelated],
            Section::SelectAndPrefetch => &[ScenarioId::SelectAndPrefetch],
            Section::Exists => &[ScenarioId::Exists, ScenarioId::Likes],
        }
    }
}

/// Which query log a row index belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LogId {
    /// A variant column of a pattern page.
    Pattern(ScenarioId, &'static str),
    /// A request of the follow lab's live log.
    Live(u64),
    /// A console run (its number).
    Console(u64),
}

/// An `EXPLAIN QUERY PLAN` result, or why there is none.
pub type Plan = Result<Vec<PlanRow>, String>;

/// What is loaded, for the header and the follow lab.
#[derive(Debug, Default, PartialEq)]
pub struct DataView {
    pub summary: DatasetSummary,
    pub users: Vec<UserSummary>,
    /// A project's own models and their rows (empty for the lesson's).
    pub models: Vec<(String, i64)>,
}

/// One variant column of a pattern page.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub variant: &'static Variant,
    pub log: Rc<LogReport>,
    /// How long the variant took to run (busy time).
    pub busy: std::time::Duration,
    /// Its time in SQLite: the mean over repeated runs on small data, the
    /// one run's on big data.
    pub sqlite_ms: f64,
}

impl Column {
    /// A variant's run with its log analyzed (for 110,001 queries, a job
    /// slice's work).
    pub fn of(run: VariantRun) -> Self {
        Column {
            variant: run.variant,
            sqlite_ms: run.sqlite_ms(),
            log: Rc::new(LogReport::new(run.steps)),
            busy: run.busy,
        }
    }
}

/// A scenario run as a pattern page shows it.
#[derive(Debug, PartialEq)]
pub struct RunView {
    /// The data version it ran on.
    pub version: u64,
    pub scenario: ScenarioId,
    pub acting_user: Option<i64>,
    pub target: Option<i64>,
    pub names: Option<Cast>,
    pub columns: Vec<Column>,
    pub changes: Vec<Change>,
    pub error: Option<String>,
}

impl RunView {
    /// The view of a run (or of why it failed) on data `version`, with
    /// each variant's SQLite time the fastest of repeated runs
    /// ([`scenarios::run_repeated`](crate::scenarios::run_repeated)).
    pub fn of(
        version: u64,
        scenario: ScenarioId,
        run: Result<(ScenarioRun, Vec<f64>), String>,
    ) -> Self {
        match run {
            Ok((mut run, fastest)) => {
                let columns = run
                    .variants
                    .drain(..)
                    .zip(fastest)
                    .map(|(variant, ms)| Column {
                        sqlite_ms: ms,
                        ..Column::of(variant)
                    })
                    .collect();
                RunView::compared(version, &run, columns)
            }
            Err(error) => RunView {
                version,
                scenario,
                acting_user: None,
                target: None,
                names: None,
                columns: Vec::new(),
                changes: Vec::new(),
                error: Some(error),
            },
        }
    }

    /// The view of `run`'s columns (its variants already analyzed, one by
    /// one on big data), with the comparison bar's changes.
    pub fn compared(version: u64, run: &ScenarioRun, columns: Vec<Column>) -> Self {
        let named: Vec<Compared<'_>> = columns
            .iter()
            .map(|c| (c.variant.name, &*c.log, c.sqlite_ms))
            .collect();
        let changes = compare(&named);
        RunView {
            version,
            scenario: run.scenario,
            acting_user: run.acting_user,
            target: run.target,
            names: run.names.clone(),
            columns,
            changes,
            error: None,
        }
    }

    /// The run of one column (or all when `only` is `None`) in the CLI's
    /// shape, for "export log".
    pub fn to_run(&self, only: Option<&str>) -> ScenarioRun {
        ScenarioRun {
            scenario: self.scenario,
            acting_user: self.acting_user,
            target: self.target,
            names: self.names.clone(),
            variants: self
                .columns
                .iter()
                .filter(|c| only.is_none_or(|name| c.variant.name == name))
                .map(|c| VariantRun {
                    variant: c.variant,
                    steps: c.log.steps().to_vec(),
                    busy: c.busy,
                })
                .collect(),
        }
    }
}

/// The fixtures page: rows per table.
#[derive(Debug, PartialEq)]
pub struct FixturesView {
    pub version: u64,
    pub counts: Result<Vec<(String, i64)>, String>,
}

/// The follow lab: who acts, through which variant, and what happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Lab {
    pub acting: i64,
    /// The profile on show.
    pub profile: i64,
    /// `naive_in`, `naive_filter` or `optimized` (for follow and like).
    pub variant: &'static str,
    /// Whom the acting user follows.
    pub followings: Rc<Vec<i64>>,
    pub articles: Rc<Vec<ArticleSummary>>,
    /// The requests made in the lab, newest first (at most
    /// [`LIVE_REQUESTS`]).
    pub requests: Rc<Vec<Rc<LabRequest>>>,
    /// The id the next request gets.
    pub next_request: u64,
    /// The visible text of the last profile page rendered.
    pub page: Rc<Vec<String>>,
    /// How many articles there are; `articles` holds the first
    /// [`LAB_ARTICLES`].
    pub articles_total: usize,
}

/// The live log keeps this many requests: older ones are dropped, so a
/// long session never grows the page without end.
pub const LIVE_REQUESTS: usize = 20;

/// What a click in the follow lab asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabAction {
    /// Opened the profile of this user.
    Profile(i64),
    /// Followed or unfollowed this user.
    Follow(i64, Toggle),
    /// Liked or unliked this article.
    Like(i64, Toggle),
}

/// One click in the follow lab: what was asked, by whom, through which
/// variant, and its queries analyzed on their own (so its findings are
/// said once, for this request).
#[derive(Debug, PartialEq)]
pub struct LabRequest {
    /// Unique within the lab (the live log's [`LogId::Live`]).
    pub id: u64,
    pub action: LabAction,
    /// The user logged in.
    pub acting: i64,
    pub variant: &'static str,
    pub log: Rc<LogReport>,
}

/// Where the data came from, which decides how it is saved and shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataOrigin {
    /// The bundled lesson, possibly with follow and like toggles.
    Lesson,
    /// Uploaded files, a shared dataset or a saved image.
    Custom,
}

/// What "upload" does with the current data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadMode {
    /// A fresh database with Django's schema, then `loaddata`.
    Replace,
    /// `loaddata` into the current data (updates rows with the same pk).
    Merge,
}

/// Objects a load saved as new rows and over rows that were there before
/// (same pk): what "Load into the current data" really did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadCounts {
    pub new: usize,
    pub replaced: usize,
}

/// What the last load, link or reset did (the data bar's status line).
#[derive(Clone, Debug, PartialEq)]
pub enum DataStatus {
    /// Django's message, e.g. `Installed 45 object(s) from 3 fixture(s)`,
    /// and, when the load went into existing data (or replaced rows of its
    /// own), how many objects were new and how many replaced a row; the
    /// load's notices (a CP949 file Django would refuse) go next to it.
    Loaded {
        message: String,
        warnings: Vec<String>,
        counts: Option<LoadCounts>,
        notices: Vec<LoadNotice>,
    },
    /// The load failed; the data is as it was.
    LoadFailed(UploadProblem),
    /// The learner cancelled the load; the data is as it was.
    Cancelled,
    /// A share link or playground file was opened.
    LinkOpened,
    /// A share link or playground file was refused; the data is as it was.
    LinkRefused(String),
    /// The saved state could not be restored.
    SavedRefused(String),
    /// Back to the bundled lesson data.
    Reset,
    /// The data from before the last replacement is back.
    Undone,
    /// A project without fixtures was opened: its migrated, empty tables.
    ProjectOpened { models: usize },
    /// A pasted `models.py` was opened as the app `app` of a project with
    /// Django's default settings (and `AUTH_USER_MODEL`, when set): the
    /// status says what was assumed.
    PastedOpened {
        models: usize,
        app: String,
        user_model: Option<String>,
    },
}

/// Which kind of job runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// Uploaded fixtures, into a fresh database or the live one.
    Load(LoadMode),
    /// A shared dataset.
    Restore,
    /// A pattern page on big data.
    Run(ScenarioId),
    Scale,
    /// `dumpdata` for a download.
    Dump,
    /// A console program.
    Shell,
}

impl JobKind {
    /// The stable name (`data-kind` of the job status).
    pub fn id(self) -> &'static str {
        match self {
            JobKind::Load(_) => "load",
            JobKind::Restore => "restore",
            JobKind::Run(_) => "run",
            JobKind::Scale => "scale",
            JobKind::Dump => "dump",
            JobKind::Shell => "shell",
        }
    }
}

/// The running job.
#[derive(Clone)]
pub struct ActiveJob {
    pub id: u64,
    pub kind: JobKind,
    pub started: Instant,
    pub progress: Progress,
    /// The work itself, shared with the driver.
    pub cell: WorkCell,
}

impl PartialEq for ActiveJob {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.progress == other.progress
    }
}

impl std::fmt::Debug for ActiveJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActiveJob")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .finish()
    }
}

/// How a job ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Failed,
    Cancelled,
}

/// The last finished job, for the status hook.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JobRecord {
    pub kind: JobKind,
    pub outcome: Outcome,
    pub ms: f64,
}

/// The share dialog: the link for the current state, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareView {
    /// The page address before `#`.
    pub page: String,
    /// `1.xxxx`, the fragment; or the error.
    pub text: Result<Rc<str>, String>,
}

impl ShareView {
    /// The whole link.
    pub fn url(&self) -> Option<String> {
        self.text
            .as_ref()
            .ok()
            .map(|text| format!("{}#{text}", self.page))
    }

    /// Whether messengers and browsers take it whole.
    pub fn shareable(&self) -> bool {
        self.url()
            .is_some_and(|url| url.chars().count() <= crate::limits::SHAREABLE_LINK_CHARS)
    }
}

/// The console: the program in the editor and the last run.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleView {
    pub program: Rc<str>,
    /// Bumped when the program is replaced from outside the editor (an
    /// example, Open in console, a link), so the editor takes it; typing
    /// does not bump it.
    pub revision: u64,
    /// The last finished run.
    pub last: Option<Rc<ConsoleResult>>,
    /// How many runs finished (`data-run`).
    pub runs: u64,
}

/// A finished console run, analyzed.
#[derive(Debug, PartialEq)]
pub struct ConsoleResult {
    /// Its number ([`LogId::Console`]).
    pub id: u64,
    pub run: crate::shell::outcome::ConsoleRun,
    pub log: Rc<LogReport>,
}

/// The scale lab: the sizes chosen and what was measured.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleView {
    /// Articles per dataset, ascending.
    pub sizes: Vec<usize>,
    /// Measured so far (updated while the lab runs).
    pub result: Option<Rc<ScaleResult>>,
    pub error: Option<String>,
}
