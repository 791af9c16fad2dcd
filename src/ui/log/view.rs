//! The query log's own view state (where it is scrolled, which row is
//! open) and what a hovered row reports to the code panels.

use std::rc::Rc;

use yew::Reducible;

use crate::query_log::OriginKind;

/// The source line a hovered or focused row came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hover {
    pub step: &'static str,
    pub kind: OriginKind,
    pub line: u32,
}

/// The log's own view state: where it is scrolled and which row is open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogView {
    pub scroll_top: f64,
    pub selected: Option<usize>,
}

pub enum LogAction {
    Scroll(f64),
    Select(usize),
}

impl Reducible for LogView {
    type Action = LogAction;

    fn reduce(self: Rc<Self>, action: LogAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LogAction::Scroll(top) => next.scroll_top = top,
            LogAction::Select(row) => next.selected = Some(row),
        }
        Rc::new(next)
    }
}
