//! The lesson's "improve query" scenarios: each pattern's variants (naive
//! and optimized), their view code and templates as shown to learners (the
//! files under `lessons/`, which real Django runs for the goldens), and a
//! runner that executes them against the loaded data and returns each
//! step's query log and page text.

pub mod export;
pub mod pages;
pub mod render;
pub mod toggles;

use rusqlite::types::Value;

use std::sync::Arc;
use std::time::Duration;

use web_time::Instant;

use crate::dataset::{article_title, username};
use crate::db::{Database, DbError};
use crate::job::{Deadline, Job, Progress, Stage, Step};
use crate::models::{lesson, Registry};
use crate::orm::{self, Instance, OrmError};
use crate::query_log::QueryRecord;
use pages::{PageQuery, PageTemplate};
use toggles::Membership;

/// One lesson pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScenarioId {
    Annotate,
    SelectRelated,
    PrefetchRelated,
    SelectAndPrefetch,
    Exists,
    Likes,
}

/// Whether a scenario renders a page or toggles a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioKind {
    Page,
    Toggle,
}

/// What a variant does when run.
#[derive(Clone, Copy, Debug)]
pub enum Behaviour {
    Page(PageQuery, PageTemplate),
    Follow(Membership),
    Likes(Membership),
}

/// One variant of a scenario: its name, the code shown and how it runs.
#[derive(Clone, Copy, Debug)]
pub struct Variant {
    pub name: &'static str,
    /// `views.py` as the learner sees it.
    pub view: &'static str,
    /// The template, for variants that render one.
    pub template: Option<&'static str>,
    pub behaviour: Behaviour,
}

/// Variants are statics; two are the same when they are the same code.
impl PartialEq for Variant {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && std::ptr::eq(self.view, other.view)
    }
}

macro_rules! lesson {
    ($($part:expr),+) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/", $($part),+))
    };
}

macro_rules! page_variant {
    ($scenario:literal, $name:literal, $query:expr, $template:expr) => {
        Variant {
            name: $name,
            view: lesson!($scenario, "/", $name, "/views.py"),
            template: Some(lesson!(
                $scenario,
                "/",
                $name,
                "/templates/articles/index.html"
            )),
            behaviour: Behaviour::Page($query, $template),
        }
    };
}

macro_rules! toggle_variant {
    ($name:literal, $membership:expr) => {
        Variant {
            name: $name,
            view: lesson!("exists/", $name, "/views.py"),
            template: Some(lesson!(
                "exists/",
                $name,
                "/templates/accounts/profile.html"
            )),
            behaviour: Behaviour::Follow($membership),
        }
    };
}

macro_rules! likes_variant {
    ($name:literal, $membership:expr) => {
        Variant {
            name: $name,
            view: lesson!("likes/", $name, "/views.py"),
            template: None,
            behaviour: Behaviour::Likes($membership),
        }
    };
}

static ANNOTATE: [Variant; 2] = [
    page_variant!(
        "annotate",
        "naive",
        pages::naive_index,
        PageTemplate::CommentCount
    ),
    page_variant!(
        "annotate",
        "optimized",
        pages::annotated_index,
        PageTemplate::AnnotatedCount
    ),
];

static SELECT_RELATED: [Variant; 2] = [
    page_variant!(
        "select_related",
        "naive",
        pages::naive_index,
        PageTemplate::Author
    ),
    page_variant!(
        "select_related",
        "optimized",
        pages::select_related_index,
        PageTemplate::Author
    ),
];

static PREFETCH_RELATED: [Variant; 2] = [
    page_variant!(
        "prefetch_related",
        "naive",
        pages::naive_index,
        PageTemplate::Comments
    ),
    page_variant!(
        "prefetch_related",
        "optimized",
        pages::prefetch_index,
        PageTemplate::Comments
    ),
];

static SELECT_AND_PREFETCH: [Variant; 3] = [
    page_variant!(
        "select_and_prefetch",
        "naive",
        pages::naive_index,
        PageTemplate::CommentsWithAuthors
    ),
    page_variant!(
        "select_and_prefetch",
        "prefetch_only",
        pages::prefetch_index,
        PageTemplate::CommentsWithAuthors
    ),
    page_variant!(
        "select_and_prefetch",
        "optimized",
        pages::prefetch_with_users_index,
        PageTemplate::CommentsWithAuthors
    ),
];

static EXISTS: [Variant; 3] = [
    toggle_variant!("naive_in", Membership::In),
    toggle_variant!("naive_filter", Membership::Filter),
    toggle_variant!("optimized", Membership::Exists),
];

static LIKES: [Variant; 3] = [
    likes_variant!("naive_in", Membership::In),
    likes_variant!("naive_filter", Membership::Filter),
    likes_variant!("optimized", Membership::Exists),
];

impl ScenarioId {
    pub const ALL: [ScenarioId; 6] = [
        ScenarioId::Annotate,
        ScenarioId::SelectRelated,
        ScenarioId::PrefetchRelated,
        ScenarioId::SelectAndPrefetch,
        ScenarioId::Exists,
        ScenarioId::Likes,
    ];

    /// The name used on the command line, in files and in the UI.
    pub fn name(self) -> &'static str {
        match self {
            ScenarioId::Annotate => "annotate",
            ScenarioId::SelectRelated => "select_related",
            ScenarioId::PrefetchRelated => "prefetch_related",
            ScenarioId::SelectAndPrefetch => "select_and_prefetch",
            ScenarioId::Exists => "exists",
            ScenarioId::Likes => "likes",
        }
    }

    pub fn from_name(name: &str) -> Option<ScenarioId> {
        ScenarioId::ALL.into_iter().find(|s| s.name() == name)
    }

    pub fn kind(self) -> ScenarioKind {
        match self {
            ScenarioId::Exists | ScenarioId::Likes => ScenarioKind::Toggle,
            _ => ScenarioKind::Page,
        }
    }

    pub fn variants(self) -> &'static [Variant] {
        match self {
            ScenarioId::Annotate => &ANNOTATE,
            ScenarioId::SelectRelated => &SELECT_RELATED,
            ScenarioId::PrefetchRelated => &PREFETCH_RELATED,
            ScenarioId::SelectAndPrefetch => &SELECT_AND_PREFETCH,
            ScenarioId::Exists => &EXISTS,
            ScenarioId::Likes => &LIKES,
        }
    }

    pub fn variant(self, name: &str) -> Option<&'static Variant> {
        self.variants().iter().find(|v| v.name == name)
    }
}

/// Scenario failures.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScenarioError {
    #[error("unknown scenario '{0}'; known: annotate, select_related, prefetch_related, select_and_prefetch, exists, likes")]
    UnknownScenario(String),
    #[error("scenario {scenario} has no variant '{variant}'; its variants: {known}")]
    UnknownVariant {
        scenario: &'static str,
        variant: String,
        known: String,
    },
    /// A toggle scenario needs users (and articles for likes).
    #[error("{0}")]
    NoData(String),
    #[error(transparent)]
    Orm(#[from] OrmError),
}

impl From<DbError> for ScenarioError {
    fn from(err: DbError) -> Self {
        ScenarioError::Orm(OrmError::Database(err))
    }
}

/// Options of a run: which variant, and for toggles who acts on what.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// Only this variant (all when `None`).
    pub variant: Option<String>,
    /// `--as PK`: the acting user.
    pub acting_user: Option<i64>,
    /// `--target PK`: the user to follow or the article to like.
    pub target: Option<i64>,
}

/// One step of a variant: its queries and the page it rendered.
#[derive(Clone, Debug, PartialEq)]
pub struct StepRun {
    /// The models of the database it ran on, which name the ids in its
    /// queries' causes.
    pub registry: Arc<Registry>,
    pub name: &'static str,
    pub queries: Vec<QueryRecord>,
    /// The rendered HTML (empty for a redirect).
    pub html: String,
    /// The page's visible text, one entry per non-blank line.
    pub result_text: Vec<String>,
}

/// One variant's run.
#[derive(Clone, Debug, PartialEq)]
pub struct VariantRun {
    pub variant: &'static Variant,
    pub steps: Vec<StepRun>,
    /// Time spent running it (summed over the job's slices; no idle time
    /// between them), for benchmarks.
    pub busy: Duration,
}

impl VariantRun {
    pub fn query_count(&self) -> usize {
        self.steps.iter().map(|s| s.queries.len()).sum()
    }

    /// Time spent in SQLite over every query of every step.
    pub fn sqlite_ms(&self) -> f64 {
        self.queries()
            .map(|q| q.elapsed)
            .sum::<Duration>()
            .as_secs_f64()
            * 1000.0
    }

    /// Every query of every step, in order.
    pub fn queries(&self) -> impl Iterator<Item = &QueryRecord> {
        self.steps.iter().flat_map(|s| s.queries.iter())
    }

    /// The models that name its queries' causes and findings: those of
    /// the database it ran on (the lesson's for a run with no steps).
    pub fn registry(&self) -> &Registry {
        self.steps
            .first()
            .map_or(&**Registry::lesson_shared(), |s| &*s.registry)
    }

    /// Findings of every step, each step analyzed on its own (steps are
    /// separate requests: a query repeated across them is no waste).
    pub fn findings(&self) -> Vec<crate::analysis::Finding> {
        self.steps
            .iter()
            .flat_map(|step| crate::analysis::analyze(&step.queries).findings)
            .collect()
    }

    /// The visible text of all steps, for the "same page" proof.
    pub fn result_text(&self) -> Vec<&str> {
        self.steps
            .iter()
            .flat_map(|s| s.result_text.iter().map(String::as_str))
            .collect()
    }
}

/// A whole scenario run.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioRun {
    pub scenario: ScenarioId,
    /// For toggles: who acted, on what.
    pub acting_user: Option<i64>,
    pub target: Option<i64>,
    /// For toggles: their names, for the page to say who acts on what.
    pub names: Option<Cast>,
    pub variants: Vec<VariantRun>,
}

/// The names of a toggle scenario's acting user and target (a user for
/// `exists`, an article's title for `likes`), read when the run starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cast {
    pub acting: String,
    pub target: String,
}

/// Runs `scenario` against the data in `db` (a [`ScenarioJob`] run to the
/// end). Every variant starts from the same data: toggles' writes are
/// undone after each variant.
///
/// # Errors
/// [`ScenarioError`] for unknown names, missing data, or a failed query.
pub fn run(
    db: &mut Database,
    scenario: ScenarioId,
    options: &RunOptions,
) -> Result<ScenarioRun, ScenarioError> {
    let mut job = ScenarioJob::new(db, scenario, options)?;
    crate::job::run_to_end(&mut job, db)
}

/// How long the page may spend repeating a run on small data, and how
/// many runs it makes at least and at most. One run's times are mostly
/// the browser clock's 0.1 ms steps, and on a busy machine one run can be
/// preempted in the middle of a query: 32 one-row queries then "take"
/// 19 ms against the N+1's 14 ms, and the page would teach that the fix
/// is slower. Noise only ever adds time, so the page keeps each variant's
/// fastest run, of at least [`MIN_RUNS`].
pub const REPEAT_BUDGET: Duration = Duration::from_millis(15);
pub const MIN_RUNS: usize = 3;
pub const MAX_RUNS: usize = 5;

/// Runs `scenario` (as [`run`] does) [`MIN_RUNS`] times, then again while
/// the runs so far took less than [`REPEAT_BUDGET`] and fewer than
/// [`MAX_RUNS`] ran, and returns the first run with each variant's
/// fastest SQLite time over all runs ([`Repeats`]).
///
/// # Errors
/// [`ScenarioError`] as [`run`].
pub fn run_repeated(
    db: &mut Database,
    scenario: ScenarioId,
    options: &RunOptions,
) -> Result<(ScenarioRun, Vec<f64>), ScenarioError> {
    let started = Instant::now();
    let mut repeats = Repeats::new(run(db, scenario, options)?, started.elapsed());
    while repeats.wants_more() {
        let started = Instant::now();
        let again = run(db, scenario, options)?;
        repeats.add(&again, started.elapsed());
    }
    Ok(repeats.finish())
}

/// A scenario's repeated runs on small data, so the page can spread them
/// over tasks: the first run kept whole (every run sends the same
/// queries; toggles are undone after each variant, so only the times
/// differ) and each variant's fastest SQLite time so far.
pub struct Repeats {
    first: ScenarioRun,
    fastest: Vec<f64>,
    runs: usize,
    spent: Duration,
}

impl Repeats {
    /// Starts from the first run, which took `spent`.
    pub fn new(first: ScenarioRun, spent: Duration) -> Self {
        let fastest = first.variants.iter().map(VariantRun::sqlite_ms).collect();
        Repeats {
            first,
            fastest,
            runs: 1,
            spent,
        }
    }

    /// Whether another run is due: fewer than [`MIN_RUNS`] ran, or fewer
    /// than [`MAX_RUNS`] within [`REPEAT_BUDGET`].
    pub fn wants_more(&self) -> bool {
        self.runs < MIN_RUNS || (self.runs < MAX_RUNS && self.spent < REPEAT_BUDGET)
    }

    /// Counts another run of the same scenario, which took `spent`.
    pub fn add(&mut self, run: &ScenarioRun, spent: Duration) {
        for (best, variant) in self.fastest.iter_mut().zip(&run.variants) {
            *best = best.min(variant.sqlite_ms());
        }
        self.runs += 1;
        self.spent += spent;
    }

    /// The first run and each variant's fastest time, in order.
    pub fn finish(self) -> (ScenarioRun, Vec<f64>) {
        (self.first, self.fastest)
    }
}

/// A scenario run in slices: page variants render a few articles per
/// slice, so the naive pages' 110,001 queries never freeze the page.
pub struct ScenarioJob {
    scenario: ScenarioId,
    variants: Vec<&'static Variant>,
    acting_user: Option<i64>,
    target: Option<i64>,
    names: Option<Cast>,
    next: usize,
    page: Option<pages::PageRender>,
    runs: Vec<VariantRun>,
    /// Time spent so far on the variant being run.
    busy: Duration,
    was_recording: bool,
}

impl ScenarioJob {
    /// Resolves the variants and, for toggles, who acts on what.
    ///
    /// # Errors
    /// [`ScenarioError`] for an unknown variant or missing data.
    pub fn new(
        db: &Database,
        scenario: ScenarioId,
        options: &RunOptions,
    ) -> Result<Self, ScenarioError> {
        let variants: Vec<&'static Variant> = match &options.variant {
            Some(name) => vec![lab_variant(scenario, name)?],
            None => scenario.variants().iter().collect(),
        };
        let (acting_user, target) = match scenario {
            ScenarioId::Exists => {
                let (acting, target) = follow_defaults(db, options)?;
                (Some(acting), Some(target))
            }
            ScenarioId::Likes => {
                let (acting, target) = likes_defaults(db, options)?;
                (Some(acting), Some(target))
            }
            _ => (None, None),
        };
        let names = match (scenario, acting_user, target) {
            (ScenarioId::Exists, Some(acting), Some(target)) => Some(Cast {
                acting: username(db, acting)?.unwrap_or_default(),
                target: username(db, target)?.unwrap_or_default(),
            }),
            (ScenarioId::Likes, Some(acting), Some(target)) => Some(Cast {
                acting: username(db, acting)?.unwrap_or_default(),
                target: article_title(db, target)?.unwrap_or_default(),
            }),
            _ => None,
        };
        Ok(ScenarioJob {
            scenario,
            variants,
            acting_user,
            target,
            names,
            next: 0,
            page: None,
            runs: Vec::new(),
            busy: Duration::ZERO,
            was_recording: db.is_recording(),
        })
    }

    fn advance(
        &mut self,
        db: &mut Database,
        deadline: Instant,
    ) -> Result<Step<ScenarioRun>, ScenarioError> {
        let mut clock = Deadline::new(deadline, 16);
        loop {
            let started = Instant::now();
            let Some(&variant) = self.variants.get(self.next) else {
                db.set_recording(self.was_recording);
                return Ok(Step::Done(ScenarioRun {
                    scenario: self.scenario,
                    acting_user: self.acting_user,
                    target: self.target,
                    names: self.names.clone(),
                    variants: std::mem::take(&mut self.runs),
                }));
            };
            match variant.behaviour {
                Behaviour::Page(query, template) => {
                    let page = match self.page.take() {
                        Some(page) => page,
                        None => {
                            db.log_mut().clear();
                            db.set_recording(true);
                            pages::PageRender::start(variant, query, template)?
                        }
                    };
                    let mut page = page;
                    let done = match page.step(db, &mut clock) {
                        Ok(done) => done,
                        Err(err) => {
                            page.cancel(db);
                            return Err(err.into());
                        }
                    };
                    self.busy += started.elapsed();
                    if done {
                        let (html, text) = page.finish(db);
                        self.runs.push(VariantRun {
                            variant,
                            steps: vec![finish_step_with_text(db, "index", html, text)],
                            busy: std::mem::take(&mut self.busy),
                        });
                        self.next += 1;
                    } else {
                        self.page = Some(page);
                    }
                }
                _ => {
                    let snapshot = Snapshot::take(db)?;
                    let steps = run_variant(db, variant, self.acting_user, self.target);
                    snapshot.restore(db)?;
                    self.runs.push(VariantRun {
                        variant,
                        steps: steps?,
                        busy: started.elapsed(),
                    });
                    self.next += 1;
                }
            }
            if Instant::now() >= deadline {
                return Ok(Step::Pending(self.progress()));
            }
        }
    }

    fn progress(&self) -> Progress {
        let (done, total) = self
            .page
            .as_ref()
            .map(pages::PageRender::progress)
            .unwrap_or((0, 0));
        Progress {
            stage: Stage::Running(
                self.variants
                    .get(self.next)
                    .map(|v| v.name.to_owned())
                    .unwrap_or_default(),
            ),
            // In u64: on wasm32 `usize` is 32 bits, and 10,000 articles
            // times a million wrapped, so the bar jumped back.
            done: self.next as u64 * 1_000_000 + done as u64 * 1_000_000 / total.max(1) as u64,
            total: self.variants.len() as u64 * 1_000_000,
        }
    }
}

impl Job for ScenarioJob {
    type Output = ScenarioRun;
    type Error = ScenarioError;

    fn step(
        &mut self,
        db: &mut Database,
        deadline: Instant,
    ) -> Result<Step<ScenarioRun>, ScenarioError> {
        let result = self.advance(db, deadline);
        if result.is_err() {
            self.cancel(db);
        }
        result
    }

    fn cancel(&mut self, db: &mut Database) {
        if let Some(mut page) = self.page.take() {
            page.cancel(db);
        }
        self.next = self.variants.len();
        db.set_origin(None);
        db.log_mut().clear();
        db.set_recording(self.was_recording);
    }
}

fn run_variant(
    db: &mut Database,
    variant: &'static Variant,
    acting_user: Option<i64>,
    target: Option<i64>,
) -> Result<Vec<StepRun>, ScenarioError> {
    let was_recording = db.is_recording();
    db.log_mut().clear();
    let result = run_steps(db, variant, acting_user, target);
    db.set_recording(was_recording);
    db.set_origin(None);
    result
}

fn run_steps(
    db: &mut Database,
    variant: &'static Variant,
    acting_user: Option<i64>,
    target: Option<i64>,
) -> Result<Vec<StepRun>, ScenarioError> {
    let mut steps = Vec::new();
    match variant.behaviour {
        Behaviour::Page(query, template) => {
            db.set_recording(true);
            let html = pages::render(db, variant, query, template)?;
            steps.push(finish_step(db, "index", html));
        }
        Behaviour::Follow(membership) => {
            let acting = request_user(db, acting_user)?;
            let target = target.unwrap_or_default();
            db.set_recording(false);
            let username = orm::get(db, lesson::USER, "pk", target)?.display("username");
            db.set_recording(true);
            for (name, kind) in [
                ("follow_1", Request::Follow(target)),
                ("profile_1", Request::Profile),
                ("follow_2", Request::Follow(target)),
                ("profile_2", Request::Profile),
                ("follow_self", Request::Follow(acting.pk())),
            ] {
                let html = match kind {
                    Request::Follow(pk) => {
                        toggles::follow(db, variant, membership, &acting, pk)?;
                        String::new()
                    }
                    Request::Profile => {
                        toggles::profile(db, variant, membership, &acting, &username)?
                    }
                };
                steps.push(finish_step(db, name, html));
            }
        }
        Behaviour::Likes(membership) => {
            let acting = request_user(db, acting_user)?;
            let article = target.unwrap_or_default();
            db.set_recording(true);
            for name in ["likes_1", "likes_2"] {
                toggles::likes(db, variant, membership, &acting, article)?;
                steps.push(finish_step(db, name, String::new()));
            }
        }
    }
    Ok(steps)
}

/// A request of the follow scenario.
enum Request {
    Follow(i64),
    Profile,
}

/// The follow lab: `acting` follows or unfollows `target` through
/// `variant`'s `follow` view, for real (the change stays), then the
/// profile page renders. Returns both requests' steps.
///
/// # Errors
/// [`ScenarioError`] for an unknown variant or user.
pub fn live_follow(
    db: &mut Database,
    variant: &str,
    acting: i64,
    target: i64,
) -> Result<(toggles::Toggle, Vec<StepRun>), ScenarioError> {
    let variant = lab_variant(ScenarioId::Exists, variant)?;
    let Behaviour::Follow(membership) = variant.behaviour else {
        return Err(ScenarioError::NoData("not a follow variant".into()));
    };
    let acting = request_user(db, Some(acting))?;
    db.log_mut().clear();
    let toggle = toggles::follow(db, variant, membership, &acting, target)?;
    let follow = finish_step(db, "follow", String::new());
    db.set_recording(false);
    let username = orm::get(db, lesson::USER, "pk", target)?.display("username");
    db.set_recording(true);
    let html = toggles::profile(db, variant, membership, &acting, &username)?;
    let profile = finish_step(db, "profile", html);
    Ok((toggle, vec![follow, profile]))
}

/// The follow lab's profile page of `target` seen by `acting`.
pub fn live_profile(
    db: &mut Database,
    variant: &str,
    acting: i64,
    target: i64,
) -> Result<StepRun, ScenarioError> {
    let variant = lab_variant(ScenarioId::Exists, variant)?;
    let Behaviour::Follow(membership) = variant.behaviour else {
        return Err(ScenarioError::NoData("not a follow variant".into()));
    };
    let acting = request_user(db, Some(acting))?;
    db.set_recording(false);
    let username = orm::get(db, lesson::USER, "pk", target)?.display("username");
    db.set_recording(true);
    db.log_mut().clear();
    let html = toggles::profile(db, variant, membership, &acting, &username)?;
    Ok(finish_step(db, "profile", html))
}

/// The like button: `acting` likes or unlikes `article` through
/// `variant`'s `likes` view, for real.
pub fn live_like(
    db: &mut Database,
    variant: &str,
    acting: i64,
    article: i64,
) -> Result<(toggles::Toggle, StepRun), ScenarioError> {
    let variant = lab_variant(ScenarioId::Likes, variant)?;
    let Behaviour::Likes(membership) = variant.behaviour else {
        return Err(ScenarioError::NoData("not a likes variant".into()));
    };
    let acting = request_user(db, Some(acting))?;
    db.log_mut().clear();
    let toggle = toggles::likes(db, variant, membership, &acting, article)?;
    Ok((toggle, finish_step(db, "likes", String::new())))
}

fn lab_variant(scenario: ScenarioId, name: &str) -> Result<&'static Variant, ScenarioError> {
    scenario
        .variant(name)
        .ok_or_else(|| ScenarioError::UnknownVariant {
            scenario: scenario.name(),
            variant: name.to_owned(),
            known: scenario
                .variants()
                .iter()
                .map(|v| v.name)
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// `request.user`, loaded as the auth middleware would (not logged).
fn request_user(db: &mut Database, pk: Option<i64>) -> Result<Instance, ScenarioError> {
    let pk = pk.ok_or_else(|| ScenarioError::NoData("no acting user".into()))?;
    db.set_recording(false);
    let user = orm::get(db, lesson::USER, "pk", pk);
    db.set_recording(true);
    Ok(user?)
}

fn finish_step(db: &mut Database, name: &'static str, html: String) -> StepRun {
    let result_text = render::visible_text(&html);
    finish_step_with_text(db, name, html, result_text)
}

/// [`finish_step`] when the page's text is already known.
fn finish_step_with_text(
    db: &mut Database,
    name: &'static str,
    html: String,
    result_text: Vec<String>,
) -> StepRun {
    let queries = db.log_mut().take();
    StepRun {
        registry: db.registry_handle(),
        name,
        queries,
        html,
        result_text,
    }
}

fn first_int(rows: &[Vec<Value>]) -> Option<i64> {
    match rows.first().and_then(|r| r.first()) {
        Some(Value::Integer(i)) => Some(*i),
        _ => None,
    }
}

/// Target: the user with the most followers (ties: lowest pk); acting: its
/// lowest-pk follower. `--as`/`--target` override either.
pub fn follow_defaults(db: &Database, options: &RunOptions) -> Result<(i64, i64), ScenarioError> {
    let target = match options.target {
        Some(pk) => pk,
        None => first_int(&db.select_unlogged(
            "SELECT u.\"id\" FROM \"accounts_user\" u LEFT JOIN \"accounts_user_followings\" f ON f.\"to_user_id\" = u.\"id\" \
             GROUP BY u.\"id\" ORDER BY COUNT(f.\"id\") DESC, u.\"id\" ASC LIMIT 1",
            &[],
        )?)
        .ok_or_else(|| ScenarioError::NoData("the exists scenario needs at least one user".into()))?,
    };
    let acting = match options.acting_user {
        Some(pk) => pk,
        None => first_int(&db.select_unlogged(
            "SELECT \"from_user_id\" FROM \"accounts_user_followings\" WHERE \"to_user_id\" = %s ORDER BY 1 LIMIT 1",
            &[Value::Integer(target)],
        )?)
        .or(first_int(&db.select_unlogged(
            "SELECT \"id\" FROM \"accounts_user\" WHERE \"id\" <> %s ORDER BY 1 LIMIT 1",
            &[Value::Integer(target)],
        )?))
        .unwrap_or(target),
    };
    Ok((acting, target))
}

/// Target: the most-liked article (ties: lowest pk); acting: its lowest-pk
/// liker (or the lowest-pk user when nobody likes it).
pub fn likes_defaults(db: &Database, options: &RunOptions) -> Result<(i64, i64), ScenarioError> {
    let target = match options.target {
        Some(pk) => pk,
        None => first_int(&db.select_unlogged(
            "SELECT a.\"id\" FROM \"articles_article\" a LEFT JOIN \"articles_article_like_users\" l ON l.\"article_id\" = a.\"id\" \
             GROUP BY a.\"id\" ORDER BY COUNT(l.\"id\") DESC, a.\"id\" ASC LIMIT 1",
            &[],
        )?)
        .ok_or_else(|| ScenarioError::NoData("the likes scenario needs at least one article".into()))?,
    };
    let acting = match options.acting_user {
        Some(pk) => pk,
        None => first_int(&db.select_unlogged(
            "SELECT \"user_id\" FROM \"articles_article_like_users\" WHERE \"article_id\" = %s ORDER BY 1 LIMIT 1",
            &[Value::Integer(target)],
        )?)
        .or(first_int(&db.select_unlogged("SELECT \"id\" FROM \"accounts_user\" ORDER BY 1 LIMIT 1", &[])?))
        .ok_or_else(|| ScenarioError::NoData("the likes scenario needs at least one user".into()))?,
    };
    Ok((acting, target))
}

/// The rows toggles may change, saved before a variant and put back after,
/// so every variant starts from the same data (ids included).
struct Snapshot {
    follows: Vec<Vec<Value>>,
    likes: Vec<Vec<Value>>,
    sequences: Vec<Vec<Value>>,
}

impl Snapshot {
    fn take(db: &Database) -> Result<Self, DbError> {
        Ok(Snapshot {
            follows: db.select_unlogged("SELECT \"id\", \"from_user_id\", \"to_user_id\" FROM \"accounts_user_followings\"", &[])?,
            likes: db.select_unlogged("SELECT \"id\", \"article_id\", \"user_id\" FROM \"articles_article_like_users\"", &[])?,
            sequences: db.select_unlogged(
                "SELECT \"name\", \"seq\" FROM \"sqlite_sequence\" WHERE \"name\" IN ('accounts_user_followings', 'articles_article_like_users')",
                &[],
            )?,
        })
    }

    fn restore(&self, db: &Database) -> Result<(), DbError> {
        db.execute_batch_unlogged("SAVEPOINT restore_snapshot")?;
        let result = (|| {
            db.execute_unlogged("DELETE FROM \"accounts_user_followings\"", &[])?;
            for row in &self.follows {
                db.execute_unlogged(
                    "INSERT INTO \"accounts_user_followings\" (\"id\", \"from_user_id\", \"to_user_id\") VALUES (%s, %s, %s)",
                    row,
                )?;
            }
            db.execute_unlogged("DELETE FROM \"articles_article_like_users\"", &[])?;
            for row in &self.likes {
                db.execute_unlogged(
                    "INSERT INTO \"articles_article_like_users\" (\"id\", \"article_id\", \"user_id\") VALUES (%s, %s, %s)",
                    row,
                )?;
            }
            for row in &self.sequences {
                db.execute_unlogged(
                    "UPDATE \"sqlite_sequence\" SET \"seq\" = %s WHERE \"name\" = %s",
                    &[row[1].clone(), row[0].clone()],
                )?;
            }
            Ok(())
        })();
        match result {
            Ok(()) => db.execute_batch_unlogged("RELEASE restore_snapshot"),
            Err(err) => {
                let _ = db.execute_batch_unlogged(
                    "ROLLBACK TO restore_snapshot; RELEASE restore_snapshot",
                );
                Err(err)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn lesson() -> Database {
        match crate::lesson_data::lesson_database("2024-01-01 00:00:00") {
            Ok((db, _)) => db,
            Err(err) => panic!("{err}"),
        }
    }

    /// At least three runs however slow the first, at most five; each
    /// variant keeps its fastest time, so one preempted run never shows.
    #[test]
    fn repeats_keep_each_variants_fastest_run_of_at_least_three() {
        let mut db = lesson();
        let scenario = ScenarioId::SelectAndPrefetch;
        let options = RunOptions::default();
        let ran = |db: &mut Database| run(db, scenario, &options).unwrap_or_else(|e| panic!("{e}"));
        let slow = Duration::from_secs(1);
        let mut repeats = Repeats::new(ran(&mut db), slow);
        assert!(repeats.wants_more(), "one slow run is not enough");
        let second = ran(&mut db);
        repeats.add(&second, slow);
        assert!(repeats.wants_more(), "two slow runs are not enough");
        let third = ran(&mut db);
        repeats.add(&third, slow);
        assert!(!repeats.wants_more(), "three runs over the budget are");
        let (first, fastest) = repeats.finish();
        for (i, variant) in first.variants.iter().enumerate() {
            let best = variant
                .sqlite_ms()
                .min(second.variants[i].sqlite_ms())
                .min(third.variants[i].sqlite_ms());
            assert_eq!(fastest[i], best, "{}", variant.variant.name);
        }

        let mut quick = Repeats::new(ran(&mut db), Duration::ZERO);
        for _ in 1..MAX_RUNS {
            assert!(quick.wants_more());
            quick.add(&ran(&mut db), Duration::ZERO);
        }
        assert!(!quick.wants_more(), "never more than {MAX_RUNS}");
    }
}
