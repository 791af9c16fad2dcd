//! The state saved for the next visit, as data: the record kept in
//! localStorage. Where and how it is written (localStorage, IndexedDB, two
//! tabs) is the browser shell's `persist`.

use serde::{Deserialize, Serialize};

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
    /// The view, and the IndexedDB key of the SQLite image.
    Image { view: ViewState, key: String },
}
