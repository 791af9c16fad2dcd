//! Drives the core's jobs (`app::work`) in the page: a slice of at most
//! [`SLICE`] (40 ms), the progress dispatched, then the browser's next
//! task before the next slice, so the page paints, scrolls and takes
//! clicks (Cancel) in between: no slice blocks it for anywhere near
//! 100 ms. Why slices on the page's own thread rather than a Web Worker is
//! said in `crate::job`.

use web_time::Instant;
use yew::Callback;

use super::browser::next_tick;
use crate::app::{Action, Slice, WorkCell};
use crate::job::SLICE;

/// Steps the work in `cell` until it finishes or disappears (cancelled),
/// dispatching progress after each slice and the outcome at the end.
pub async fn drive(id: u64, cell: WorkCell, dispatch: Callback<Action>) {
    loop {
        // Yield first: the render that started the job shows its bar.
        next_tick().await;
        let slice = {
            let mut work = cell.borrow_mut();
            let Some(work) = work.as_mut() else {
                return;
            };
            work.slice(Instant::now() + SLICE)
        };
        match slice {
            Slice::Pending(progress, partial) => {
                dispatch.emit(Action::JobProgress(id, progress, partial));
            }
            Slice::Finished(finished) => {
                cell.borrow_mut().take();
                dispatch.emit(Action::JobFinished(id, finished));
                return;
            }
        }
    }
}
