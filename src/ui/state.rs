//! The one app state, the actions that change it, and the reducer.
//!
//! Everything that describes the data or the learner's place in the lesson
//! lives here: the language, the section, the database, what each page
//! shows (computed when the page is shown or the data changed, never per
//! render) and the follow lab. Components only read it and dispatch
//! [`Action`]s. Ephemeral view state (a log's scroll offset, which row is
//! open, which code line is hovered) stays in the component that owns it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::Reducible;

use crate::analysis::{explain, PlanRow};
use crate::dataset::{
    article_summaries, followings_of, table_counts, user_summaries, ArticleSummary, DatasetSummary,
    UserSummary,
};
use crate::datetime::Timestamp;
use crate::db::Database;
use crate::i18n::{Lang, Text};
use crate::lesson_data::lesson_database;
use crate::report::{compare, Change, LogReport};
use crate::scenarios::{
    self, follow_defaults, live_follow, live_like, live_profile, RunOptions, ScenarioId,
    ScenarioRun, Variant, VariantRun,
};

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
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Follow,
        Section::Fixtures,
        Section::Annotate,
        Section::SelectRelated,
        Section::PrefetchRelated,
        Section::SelectAndPrefetch,
        Section::Exists,
    ];

    /// The stable name (`nav-<id>` test hooks, later the URL fragment).
    pub fn id(self) -> &'static str {
        match self {
            Section::Follow => "follow",
            Section::Fixtures => "fixtures",
            Section::Annotate => "annotate",
            Section::SelectRelated => "select_related",
            Section::PrefetchRelated => "prefetch_related",
            Section::SelectAndPrefetch => "select_and_prefetch",
            Section::Exists => "exists",
        }
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
        }
    }

    /// The scenarios a pattern page shows (none for the other pages).
    pub fn scenarios(self) -> &'static [ScenarioId] {
        match self {
            Section::Follow | Section::Fixtures => &[],
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
    /// The follow lab's live log.
    Live,
}

/// An `EXPLAIN QUERY PLAN` result, or why there is none.
pub type Plan = Result<Vec<PlanRow>, String>;

/// What is loaded, for the header and the follow lab.
#[derive(Debug, Default, PartialEq)]
pub struct DataView {
    pub summary: DatasetSummary,
    pub users: Vec<UserSummary>,
}

/// One variant column of a pattern page.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub variant: &'static Variant,
    pub log: Rc<LogReport>,
}

/// A scenario run as a pattern page shows it.
#[derive(Debug, PartialEq)]
pub struct RunView {
    /// The data version it ran on.
    pub version: u64,
    pub scenario: ScenarioId,
    pub acting_user: Option<i64>,
    pub target: Option<i64>,
    pub columns: Vec<Column>,
    pub changes: Vec<Change>,
    pub error: Option<String>,
}

impl RunView {
    fn of(version: u64, scenario: ScenarioId, run: Result<ScenarioRun, String>) -> Self {
        match run {
            Ok(run) => {
                let columns: Vec<Column> = run
                    .variants
                    .into_iter()
                    .map(|v| Column {
                        variant: v.variant,
                        log: Rc::new(LogReport::new(v.steps)),
                    })
                    .collect();
                let named: Vec<(&'static str, &LogReport)> =
                    columns.iter().map(|c| (c.variant.name, &*c.log)).collect();
                let changes = compare(&named);
                RunView {
                    version,
                    scenario,
                    acting_user: run.acting_user,
                    target: run.target,
                    columns,
                    changes,
                    error: None,
                }
            }
            Err(error) => RunView {
                version,
                scenario,
                acting_user: None,
                target: None,
                columns: Vec::new(),
                changes: Vec::new(),
                error: Some(error),
            },
        }
    }

    /// The run of one column (or all when `only` is `None`) in the CLI's
    /// shape, for "export log".
    pub fn to_run(&self, only: Option<&str>) -> ScenarioRun {
        ScenarioRun {
            scenario: self.scenario,
            acting_user: self.acting_user,
            target: self.target,
            variants: self
                .columns
                .iter()
                .filter(|c| only.is_none_or(|name| c.variant.name == name))
                .map(|c| VariantRun {
                    variant: c.variant,
                    steps: c.log.steps().to_vec(),
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
    /// Every request made in the lab, in order.
    pub live: Rc<LogReport>,
    /// The visible text of the last profile page rendered.
    pub page: Rc<Vec<String>>,
}

/// Everything the page shows.
#[derive(Clone)]
pub struct AppState {
    pub lang: Lang,
    pub section: Section,
    /// The in-browser database; shared, never cloned.
    pub db: Option<Rc<RefCell<Database>>>,
    /// Why the database could not start.
    pub boot_error: Option<String>,
    /// The last action's failure, shown until the next action.
    pub notice: Option<String>,
    /// What `loaddata` said at start.
    pub load_message: Rc<str>,
    /// Bumped whenever the data changes; views remember the one they saw.
    pub version: u64,
    pub data: Rc<DataView>,
    pub runs: Rc<HashMap<ScenarioId, Rc<RunView>>>,
    pub fixtures: Option<Rc<FixturesView>>,
    pub lab: Rc<Lab>,
    pub plans: Rc<HashMap<(LogId, usize), Rc<Plan>>>,
}

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
}

/// The section the page opens on: the lesson's headline comparison.
pub const START_SECTION: Section = Section::SelectAndPrefetch;

impl AppState {
    /// Opens in-browser SQLite, creates Django's schema, loads the bundled
    /// fixtures and prepares the first page.
    pub fn boot(lang: Lang) -> Self {
        let mut state = AppState {
            lang,
            section: START_SECTION,
            db: None,
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
                live: Rc::new(LogReport::default()),
                page: Rc::new(Vec::new()),
            }),
            plans: Rc::new(HashMap::new()),
        };
        match open() {
            Ok((db, message)) => {
                state.db = Some(Rc::new(RefCell::new(db)));
                state.load_message = Rc::from(message);
                let (acting, profile) = state
                    .with_db(|db| {
                        follow_defaults(db, &RunOptions::default()).map_err(|e| e.to_string())
                    })
                    .unwrap_or((1, 1));
                let lab = Rc::make_mut(&mut state.lab);
                lab.acting = acting;
                lab.profile = profile;
                state.refresh_data();
                state.prepare_section();
            }
            Err(err) => state.boot_error = Some(err),
        }
        state
    }

    /// Runs `f` on the database, turning "no database" into an error.
    fn with_db<T>(&self, f: impl FnOnce(&mut Database) -> Result<T, String>) -> Result<T, String> {
        let db = self.db.as_ref().ok_or_else(|| "no database".to_owned())?;
        let mut db = db.try_borrow_mut().map_err(|e| e.to_string())?;
        f(&mut db)
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
            Ok((summary, users, followings, articles)) => {
                self.data = Rc::new(DataView { summary, users });
                let lab = Rc::make_mut(&mut self.lab);
                lab.followings = Rc::new(followings);
                lab.articles = Rc::new(articles);
            }
            Err(err) => self.notice = Some(err),
        }
    }

    /// The data changed: views computed before are stale.
    fn data_changed(&mut self) {
        self.version += 1;
        self.plans = Rc::new(HashMap::new());
        self.refresh_data();
    }

    /// Computes what the current section shows, if the data changed since.
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
            let run = self.with_db(|db| {
                scenarios::run(db, scenario, &RunOptions::default()).map_err(|e| e.to_string())
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

    /// Appends lab requests to the live log.
    fn log_live(&mut self, steps: Vec<scenarios::StepRun>) {
        if let Some(page) = steps.iter().rev().find(|s| !s.result_text.is_empty()) {
            Rc::make_mut(&mut self.lab).page = Rc::new(page.result_text.clone());
        }
        let live = self.lab.live.appended(steps);
        Rc::make_mut(&mut self.lab).live = Rc::new(live);
    }

    /// The record behind a log row.
    fn plan_for(&self, log: LogId, row: usize) -> Plan {
        let report = match log {
            LogId::Live => Some(Rc::clone(&self.lab.live)),
            LogId::Pattern(scenario, variant) => self.runs.get(&scenario).and_then(|run| {
                run.columns
                    .iter()
                    .find(|c| c.variant.name == variant)
                    .map(|c| Rc::clone(&c.log))
            }),
        };
        let record = report
            .as_ref()
            .and_then(|r| r.record(row).cloned())
            .ok_or_else(|| format!("no query #{}", row + 1))?;
        self.with_db(|db| explain(db, &record).map_err(|e| e.to_string()))
    }
}

/// In-browser SQLite with Django's schema and the bundled lesson fixtures
/// (`fixtures/*.json`, real Django's `dumpdata` output) loaded.
fn open() -> Result<(Database, String), String> {
    let (db, report) =
        lesson_database(&Timestamp::now().to_storage()).map_err(|e| e.to_string())?;
    Ok((db, report.message()))
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.notice = None;
        match action {
            Action::ToggleLang => next.lang = next.lang.other(),
            Action::Navigate(section) => {
                next.section = section;
                next.prepare_section();
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
                    lab.live = Rc::new(LogReport::default());
                    next.plans = Rc::new(HashMap::new());
                }
            }
            Action::ViewProfile(pk) => {
                let (variant, acting) = (next.lab.variant, next.lab.acting);
                match next
                    .with_db(|db| live_profile(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok(step) => {
                        Rc::make_mut(&mut next.lab).profile = pk;
                        next.log_live(vec![step]);
                    }
                    Err(err) => next.notice = Some(err),
                }
            }
            Action::ToggleFollow(pk) => {
                let (variant, acting) = (next.lab.variant, next.lab.acting);
                match next
                    .with_db(|db| live_follow(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok((_, steps)) => {
                        // The view redirects to the profile it acted on.
                        Rc::make_mut(&mut next.lab).profile = pk;
                        next.log_live(steps);
                        next.data_changed();
                    }
                    Err(err) => next.notice = Some(err),
                }
            }
            Action::ToggleLike(pk) => {
                let (variant, acting) = (next.lab.variant, next.lab.acting);
                match next
                    .with_db(|db| live_like(db, variant, acting, pk).map_err(|e| e.to_string()))
                {
                    Ok((_, step)) => {
                        next.log_live(vec![step]);
                        next.data_changed();
                    }
                    Err(err) => next.notice = Some(err),
                }
            }
            Action::ClearLiveLog => {
                Rc::make_mut(&mut next.lab).live = Rc::new(LogReport::default());
                let plans = Rc::make_mut(&mut next.plans);
                plans.retain(|(log, _), _| *log != LogId::Live);
            }
            Action::Explain(log, row) => {
                let plan = next.plan_for(log, row);
                Rc::make_mut(&mut next.plans).insert((log, row), Rc::new(plan));
            }
        }
        if next.section == Section::Follow && next.version != self.version {
            // Nothing to re-run on the lab page itself; pattern pages
            // re-run when shown.
        } else {
            next.prepare_section();
        }
        Rc::new(next)
    }
}
