//! Drag and drop anywhere on the page: while files are dragged over it an
//! overlay says what dropping will do; dropped files go to `on_files`.
//! Drags that carry no files (text, links) are left to the browser.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::ui::browser::files_of;
use crate::ui::state::LoadMode;

#[derive(Properties, PartialEq)]
pub struct DropOverlayProps {
    pub lang: Lang,
    pub mode: LoadMode,
    pub on_files: Callback<Vec<web_sys::File>>,
}

/// Whether a drag carries files.
fn has_files(event: &web_sys::Event) -> bool {
    event
        .dyn_ref::<web_sys::DragEvent>()
        .and_then(|e| e.data_transfer())
        .is_some_and(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
}

#[component]
pub fn DropOverlay(props: &DropOverlayProps) -> Html {
    let dragging = use_state(|| false);
    {
        let dragging = dragging.setter();
        let on_files = props.on_files.clone();
        use_effect_with(on_files, move |on_files| {
            let document = gloo::utils::document();
            // dragenter/dragleave fire for every element crossed: count them.
            let depth = Rc::new(Cell::new(0i32));
            let options = EventListenerOptions::enable_prevent_default();
            let enter = {
                let (depth, dragging) = (depth.clone(), dragging.clone());
                EventListener::new_with_options(&document, "dragenter", options, move |e| {
                    if has_files(e) {
                        e.prevent_default();
                        depth.set(depth.get() + 1);
                        dragging.set(true);
                    }
                })
            };
            let over = EventListener::new_with_options(&document, "dragover", options, |e| {
                if has_files(e) {
                    // Without this the browser refuses the drop.
                    e.prevent_default();
                }
            });
            let leave = {
                let (depth, dragging) = (depth.clone(), dragging.clone());
                EventListener::new(&document, "dragleave", move |_| {
                    depth.set((depth.get() - 1).max(0));
                    if depth.get() == 0 {
                        dragging.set(false);
                    }
                })
            };
            let drop = {
                let on_files = on_files.clone();
                EventListener::new_with_options(&document, "drop", options, move |e| {
                    depth.set(0);
                    dragging.set(false);
                    let Some(transfer) = e
                        .dyn_ref::<web_sys::DragEvent>()
                        .and_then(|e| e.data_transfer())
                    else {
                        return;
                    };
                    let files = files_of(transfer.files());
                    if !files.is_empty() {
                        // Otherwise the browser would open the file itself.
                        e.prevent_default();
                        on_files.emit(files);
                    }
                })
            };
            move || drop_all([enter, over, leave, drop])
        });
    }
    if !*dragging {
        return Html::default();
    }
    let text = match props.mode {
        LoadMode::Replace => Text::DropToReplace,
        LoadMode::Merge => Text::DropToMerge,
    };
    html! {
        <div class="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
            <p>{ text.get(props.lang) }</p>
        </div>
    }
}

/// Removes the listeners (they are removed when dropped).
fn drop_all(listeners: [EventListener; 4]) {
    drop(listeners);
}
