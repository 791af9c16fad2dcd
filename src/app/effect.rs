//! What the reducer asks the browser shell to do: everything an action
//! leads to outside the state (driving a job, saving, a download, the
//! address bar, the document's language). The reducer returns them as
//! data; the shell (`ui::effects`) performs them after the page renders,
//! and answers, where there is an answer, with an [`Action`].

use std::cell::RefCell;
use std::rc::Rc;

#[cfg(doc)]
use super::action::Action;
use super::work::{FileDownload, WorkCell};
use crate::db::Database;
use crate::i18n::Lang;
use crate::share::ViewState;

/// One thing for the shell to do.
#[derive(Clone)]
pub enum Effect {
    /// The page's language: the document says so (screen readers pick
    /// the voice by it).
    Lang(Lang),
    /// The page has painted its frame: answer with [`Action::Start`] in a
    /// later task (the start's second half).
    Start,
    /// Step job `id`'s work in slices until it finishes or the cell is
    /// emptied (cancelled), reporting [`Action::JobProgress`] and
    /// [`Action::JobFinished`].
    RunJob { id: u64, cell: WorkCell },
    /// Read the saved image with this key and answer with
    /// [`Action::SavedImage`].
    ReadSavedImage(String),
    /// The data of `version` is the saved image `key` (just restored from
    /// it): an unchanged dataset is not written again.
    AdoptImage { version: u64, key: String },
    /// What the saved state is made of changed: save
    /// [`AppState::save_request`](super::AppState::save_request). Asked
    /// for when the page has rendered, so the share text of the data is
    /// written after the learner sees the change, not before.
    Save,
    /// Offer a file for download; a failure answers with
    /// [`Action::Notice`].
    Download(Rc<FileDownload>),
    /// Drop the share link from the address bar (it has been opened).
    ClearLink,
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::Lang(lang) => write!(f, "Lang({})", lang.tag()),
            Effect::Start => f.write_str("Start"),
            Effect::RunJob { id, .. } => write!(f, "RunJob({id})"),
            Effect::ReadSavedImage(key) => write!(f, "ReadSavedImage({key})"),
            Effect::AdoptImage { version, key } => write!(f, "AdoptImage({version}, {key})"),
            Effect::Save => f.write_str("Save"),
            Effect::Download(file) => write!(f, "Download({})", file.name),
            Effect::ClearLink => f.write_str("ClearLink"),
        }
    }
}

/// What to save for the next visit.
pub enum SaveRequest {
    /// Lesson data (with toggles): its share text.
    Link { lang_chosen: bool, text: String },
    /// Any other data: the view, and the database as a SQLite image,
    /// written anew only when `version` is not the image's already saved.
    Image {
        lang_chosen: bool,
        view: ViewState,
        version: u64,
        /// The learner's project the database is of (saved with the
        /// image's key, so the next visit builds its models again).
        project: Option<Rc<crate::project::Sources>>,
        db: Rc<RefCell<Database>>,
    },
}
