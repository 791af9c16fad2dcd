//! The state saved for the next visit, as data: the record kept in
//! localStorage (with a learner's project, its source files: the record
//! is written whole, so the image's key and the project it is of never
//! come from two tabs). Where and how it is written (localStorage, IndexedDB, two
//! tabs) is the browser shell's `persist`.

use serde::{Deserialize, Serialize};

use crate::project::Sources;
use crate::share::ViewState;

/// The saved state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Whether the learner picked the language; if not, the browser's
    /// preference decides again on the next visit.
    pub lang_chosen: bool,
    pub saved: Saved,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Saved {
    /// A share link's text: the view and the lesson's toggles.
    Link(String),
    /// The view, and the IndexedDB key of the SQLite image; for a
    /// learner's own project, its source files too (records saved before
    /// projects have none and read as the lesson's models).
    Image {
        view: ViewState,
        key: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        project: Option<Box<Sources>>,
    },
}
