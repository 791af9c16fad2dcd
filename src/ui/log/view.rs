//! The query log's own view state (where it is scrolled, which row is
//! open, which row is the tab stop) and what a hovered, focused or
//! selected row reports to the code panels.

use std::rc::Rc;

use yew::Reducible;

use crate::query_log::OriginKind;

/// The source line a hovered, focused or selected row came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hover {
    pub step: &'static str,
    pub kind: OriginKind,
    pub line: u32,
}

/// The log's own view state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogView {
    pub scroll_top: f64,
    /// The open row (its detail is shown).
    pub selected: Option<usize>,
    /// The row that takes focus when the log is tabbed into (roving
    /// tab stop: the log is one tab stop, arrow keys move within it).
    pub active: usize,
    /// Bumped when the keyboard moves to [`LogView::active`], so an effect
    /// focuses it once it is rendered.
    pub focus_moves: u32,
    /// Bumped when a row is opened by a click, Enter or a finding, so an
    /// effect scrolls what opened into view (not on a re-render).
    pub opened: u32,
}

pub enum LogAction {
    Scroll(f64),
    /// Opens a row (a finding's "show", EXPLAIN).
    Select(usize),
    /// Opens a row, or closes it when it is the open one.
    Toggle(usize),
    /// A row took focus (click, tab).
    Focused(usize),
    /// The keyboard moves to a row.
    MoveTo(usize),
}

impl Reducible for LogView {
    type Action = LogAction;

    fn reduce(self: Rc<Self>, action: LogAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LogAction::Scroll(top) => next.scroll_top = top,
            LogAction::Select(row) => {
                next.selected = Some(row);
                next.active = row;
                next.opened += 1;
            }
            LogAction::Toggle(row) => {
                next.active = row;
                if next.selected == Some(row) {
                    next.selected = None;
                } else {
                    next.selected = Some(row);
                    next.opened += 1;
                }
            }
            LogAction::Focused(row) => {
                if next.active == row {
                    return self;
                }
                next.active = row;
            }
            LogAction::MoveTo(row) => {
                next.active = row;
                next.focus_moves += 1;
            }
        }
        Rc::new(next)
    }
}
