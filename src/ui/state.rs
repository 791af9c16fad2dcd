//! The one app state and the reducer that changes it.

use std::rc::Rc;

use yew::Reducible;

use crate::dataset::{user_summaries, DatasetSummary, UserSummary};
use crate::datetime::Timestamp;
use crate::db::{Database, DbError};
use crate::i18n::Lang;
use crate::schema;

/// The placeholder lesson data until the real fixtures are bundled.
const PLACEHOLDER_SQL: &str = include_str!("../../fixtures/placeholder.sql");

/// Everything the page shows.
pub struct AppState {
    pub lang: Lang,
    /// The in-browser database; shared, never cloned.
    pub db: Option<Rc<Database>>,
    pub summary: DatasetSummary,
    pub users: Rc<Vec<UserSummary>>,
    pub error: Option<String>,
}

/// Everything that can change the state.
pub enum Action {
    ToggleLang,
}

impl AppState {
    /// Opens in-browser SQLite, creates Django's schema and loads the
    /// lesson data.
    pub fn boot(lang: Lang) -> Self {
        match Self::open() {
            Ok((db, summary, users)) => AppState {
                lang,
                db: Some(Rc::new(db)),
                summary,
                users: Rc::new(users),
                error: None,
            },
            Err(err) => AppState {
                lang,
                db: None,
                summary: DatasetSummary::default(),
                users: Rc::new(Vec::new()),
                error: Some(err.to_string()),
            },
        }
    }

    fn open() -> Result<(Database, DatasetSummary, Vec<UserSummary>), DbError> {
        let db = Database::open_in_memory()?;
        schema::migrate(&db, &Timestamp::now().to_storage())?;
        db.execute_batch_unlogged(PLACEHOLDER_SQL)?;
        let summary = DatasetSummary::read(&db)?;
        let users = user_summaries(&db)?;
        Ok((db, summary, users))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::ToggleLang => Rc::new(AppState {
                lang: self.lang.other(),
                db: self.db.clone(),
                summary: self.summary,
                users: Rc::clone(&self.users),
                error: self.error.clone(),
            }),
        }
    }
}
