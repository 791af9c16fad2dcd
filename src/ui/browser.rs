//! The few browser services the page uses besides rendering: the preferred
//! languages, the clipboard and file downloads. Side effects only; nothing
//! here touches the app state.

use std::cell::RefCell;

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use yew::Callback;

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Writes `text` to the clipboard, then calls `done` with whether it
/// worked. Browsers without the Clipboard API (or that refuse, as headless
/// ones may) report `false`, and the page shows the text to copy by hand.
pub fn copy_text(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        done.emit(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    yew::platform::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done.emit(ok);
    });
}

thread_local! {
    /// The last download's object URL, kept alive until the next download
    /// (revoking it at once can cancel the download).
    static LAST_DOWNLOAD: RefCell<Option<ObjectUrl>> = const { RefCell::new(None) };
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let blob = Blob::new_with_options(text, Some(mime));
    let url = ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let anchor = document
        .create_element("a")
        .map_err(|_| "cannot create a link".to_owned())?
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| "cannot create a link".to_owned())?;
    anchor
        .set_attribute("href", &url)
        .and_then(|()| anchor.set_attribute("download", file_name))
        .map_err(|_| "cannot set the link".to_owned())?;
    anchor.click();
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
    Ok(())
}
