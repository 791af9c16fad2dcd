//! Everything that can change the app state: the learner's clicks and
//! keys, the browser's answers (a saved image read, a link pasted into the
//! address bar) and a job's reports. Components and the browser shell
//! dispatch them; only the reducer (`reducer`) acts on them.

use std::rc::Rc;

use super::dump::DumpRequest;
use super::model::{LoadMode, LogId, Section};
use super::problem::UploadProblem;
use super::replace::LinkFrom;
use super::work::{Finished, Handoff};
use crate::cost_model::RoundTrip;
use crate::fixtures::FixtureFile;
use crate::job::Progress;
use crate::scale::ScaleResult;

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The start's second half ([`AppState::open`](super::AppState::open)):
    /// the database, the saved state, the link, the first page's jobs.
    Start,
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
    /// A Django project picked as a folder or a `.zip`: its models
    /// replace the data's, then its fixtures load.
    OpenProject(crate::project::upload::Input),
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
    SavedImage(Result<Handoff<Vec<u8>>, String>),
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
    /// Offers the database as `db.sqlite3`.
    DownloadSqlite,
    /// Offers the share dialog's text as a playground file.
    DownloadPlayground,
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
    pub(super) fn is_learners(&self) -> bool {
        !matches!(
            self,
            Action::Start
                | Action::JobProgress(..)
                | Action::JobFinished(..)
                | Action::SavedImage(_)
        )
    }
}
