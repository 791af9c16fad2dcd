//! The few browser services the page uses besides rendering: the preferred
//! languages, the clipboard, file downloads and uploads, the URL fragment,
//! localStorage and yielding to the event loop. Side effects only; nothing
//! here touches the app state.

use std::cell::RefCell;

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
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
        let ok = JsFuture::from(promise).await.is_ok();
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
    save_blob(file_name, Blob::new_with_options(text, Some(mime)))
}

/// Offers `bytes` as a file download named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    save_blob(file_name, Blob::new_with_options(bytes, Some(mime)))
}

/// Blob, object URL, a temporary `<a download>` clicked once.
fn save_blob(file_name: &str, blob: Blob) -> Result<(), String> {
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

/// The files of a file input or a drop, in the order the browser gives.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// A file's bytes (`Blob.arrayBuffer()`: no `FileReader` handle to keep
/// alive, and the read happens off the page's thread).
///
/// # Errors
/// The browser's message if the file cannot be read (deleted, no access).
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A JavaScript error's message, for the page.
pub fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Resolves on the browser's next task (`setTimeout(0)`), so a sliced job
/// lets the page paint and handle input between slices.
pub async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let queued = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !queued {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The URL fragment without `#`, if there is one.
pub fn location_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.trim_start_matches('#');
    (!hash.is_empty()).then(|| hash.to_owned())
}

/// The page's address without its fragment: what a share link starts with.
pub fn page_url() -> String {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    match href.split_once('#') {
        Some((page, _)) => page.to_owned(),
        None => href,
    }
}

/// Drops the fragment from the address bar without reloading or adding a
/// history entry: once a link is opened, the app state is the truth, and a
/// reload restores the saved state rather than the old link.
pub fn clear_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_url()));
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A localStorage value (none when storage is off or the key is absent).
pub fn local_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Sets a localStorage value.
///
/// # Errors
/// When storage is off or full.
pub fn local_set(key: &str, value: &str) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| "no localStorage".to_owned())?;
    storage.set_item(key, value).map_err(|e| describe(&e))
}

/// Moves keyboard focus to the element with this id.
pub fn focus_element(id: &str) {
    let el = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// The start's phases as performance marks (`boot:database`,
/// `boot:scenarios`, `boot:rendered`), so `e2e/coldstart.mjs` and the
/// browser's own profiler can tell where a first visit's time goes.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A refused mark only costs the measurement.
        let _ = performance.mark(name);
    }
}
