//! The app state as Yew holds it: the core's [`AppState`] and reducer
//! (`crate::app`) behind `use_reducer`, with the effects each action
//! returns queued until the page has rendered, when `effects` performs
//! them. Components read the core's types through here.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use web_time::Instant;
use yew::Reducible;

use super::browser;
pub use crate::app::*;
use crate::datetime::Timestamp;
use crate::i18n::Lang;

/// The core's state, and the effects not yet performed.
#[derive(Clone)]
pub struct UiState {
    app: AppState,
    /// Shared by every version of the state: actions dispatched before a
    /// render all leave their effects here.
    queue: Rc<RefCell<Vec<Effect>>>,
    /// Bumped when effects were queued, so the performing hook runs.
    pub effects_seq: u64,
}

impl UiState {
    /// The state the page starts from (see [`AppState::open`]: the frame
    /// first, the data in later tasks), its start effects queued.
    pub fn boot(lang: Lang, link: Option<String>, saved: Option<Record>) -> Self {
        let clock = Rc::new(PageClock);
        let (app, effects) = AppState::open(Boot {
            lang,
            link,
            saved,
            clock,
        });
        UiState {
            app,
            queue: Rc::new(RefCell::new(effects)),
            effects_seq: 0,
        }
    }

    /// The effects queued so far, in order; the queue is empty after.
    pub fn take_effects(&self) -> Vec<Effect> {
        std::mem::take(&mut *self.queue.borrow_mut())
    }
}

impl Deref for UiState {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.app
    }
}

impl Reducible for UiState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let effects = next.app.reduce(action);
        if !effects.is_empty() {
            next.queue.borrow_mut().extend(effects);
            next.effects_seq += 1;
        }
        Rc::new(next)
    }
}

/// The browser's clocks, and the start's phases as performance marks.
struct PageClock;

impl Clock for PageClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }

    fn instant(&self) -> Instant {
        Instant::now()
    }

    fn mark(&self, name: &str) {
        browser::mark(name);
    }
}
