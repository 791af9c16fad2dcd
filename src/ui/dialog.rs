//! What every dialog does for the keyboard: it takes focus when it opens,
//! closes on Esc, keeps Tab inside while it is open, and gives focus back
//! to where it was (or to the button that opens it) when it closes.
//!
//! One hook, so the share dialog and the question before replacing the
//! data behave alike.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// What may take focus inside a dialog, in tab order.
const FOCUSABLE: &str =
    "button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])";

/// How a dialog behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DialogKind {
    /// Tab stays inside it (it blocks the page until answered).
    pub modal: bool,
    /// Where focus goes when it closes if nothing in particular had it
    /// before (a CSS selector).
    pub return_to: Option<&'static str>,
}

/// Makes the element in `node` a keyboard-friendly dialog while it is
/// mounted: focus moves to its `[data-autofocus]` element (or to the
/// dialog itself), Esc calls `on_close`, Tab cycles inside a modal one,
/// and on unmount focus returns to the element focused before, or to
/// `kind.return_to`.
#[hook]
pub fn use_dialog(node: &NodeRef, on_close: &Callback<()>, kind: DialogKind) {
    let DialogKind { modal, return_to } = kind;
    let node = node.clone();
    let on_close = on_close.clone();
    use_effect_with((), move |()| {
        let document = gloo::utils::document();
        let body: Option<Element> = document.body().map(Into::into);
        let before = document
            .active_element()
            .filter(|el| Some(el) != body.as_ref())
            .or_else(|| return_to.and_then(|s| document.query_selector(s).ok().flatten()))
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(dialog) = node.cast::<HtmlElement>() {
            let first = dialog
                .query_selector("[data-autofocus]")
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<HtmlElement>().ok());
            let _ = first.unwrap_or(dialog).focus();
        }
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                match key.key().as_str() {
                    "Escape" => on_close.emit(()),
                    "Tab" if modal => {
                        if let Some(dialog) = node.cast::<Element>() {
                            keep_tab_inside(&dialog, key);
                        }
                    }
                    _ => {}
                }
            });
        move || {
            drop(listener);
            if let Some(el) = before.filter(|el| el.is_connected()) {
                let _ = el.focus();
            }
        }
    });
}

/// Moves focus from the dialog's last focusable element to its first on
/// Tab (and back on Shift+Tab), and into the dialog from outside.
fn keep_tab_inside(dialog: &Element, key: &KeyboardEvent) {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let items: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = gloo::utils::document().active_element();
    let inside = active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
    let at = |el: &HtmlElement| active.as_ref() == Some(el.as_ref());
    let target = if !inside {
        Some(first)
    } else if key.shift_key() && (at(first) || active.as_ref() == Some(dialog)) {
        Some(last)
    } else if !key.shift_key() && at(last) {
        Some(first)
    } else {
        None
    };
    if let Some(target) = target {
        key.prevent_default();
        let _ = target.focus();
    }
}
