//! The app's heart: the one state the page shows, the actions that change
//! it, and the reducer that applies them and returns the effects for the
//! browser shell to perform (drive a job, save, download, the address
//! bar). Plain Rust over the core, built and tested on every target: no
//! yew, web-sys, gloo or js here. `ui` is the thin Yew shell around it
//! (`ui::state` wraps the reducer, `ui::effects` performs the effects).
//!
//! - `state`: [`AppState`], how it starts ([`Boot`]: at once, or for the
//!   page in two halves, [`AppState::open`] then [`Action::Start`]) and
//!   what it answers (the share text, what to save)
//! - `action`, `effect`: what comes in and what goes out
//! - `reducer`, `replacing`, `jobs`: how actions change the state
//! - `model`: the views the pages show, computed once per data version
//! - `replace`: what replaces the data, what asks first, the one undo
//! - `work`: the core's jobs behind one trait, stepped in slices
//! - `saved`, `dump`, `problem`, `clock`: the saved record, a dumpdata
//!   request, why an upload was refused, where time comes from

mod action;
mod clock;
mod dump;
mod effect;
mod jobs;
mod model;
mod problem;
mod reducer;
mod replace;
mod replacing;
mod saved;
mod state;
#[cfg(test)]
mod tests;
mod work;

pub use action::Action;
pub use clock::{Clock, SystemClock};
pub use dump::DumpRequest;
pub use effect::{Effect, SaveRequest};
pub use model::*;
pub use problem::UploadProblem;
pub use replace::{LinkFrom, OwnData, Pending, Replacement, Undo, UndoData};
pub use saved::{Record, Saved};
pub use state::{AppState, Boot, SavedImage, LAB_ARTICLES, SHARE_ROWS, SLICED_WORK, START_SECTION};
pub use work::{
    DumpWork, FileDownload, Finished, Handoff, LoadWork, Purpose, RunWork, ScaleWork, ShellWork,
    Slice, Work, WorkCell,
};
