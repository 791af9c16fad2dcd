//! What the page shows if the app panics: a panic in wasm stops the app
//! for good, so instead of a frozen page the learner gets a plain banner
//! (in both languages) saying their data is safe and offering a reload.
//! The data is safe because every change is saved as it happens (see
//! `persist`); a reload restores it.
//!
//! The banner is built with text nodes only; the panic message goes to the
//! console for bug reports.

use wasm_bindgen::prelude::*;

/// Installs the banner as the panic hook (before the app starts).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("orm-playground panicked: {info}"));
        show_banner();
    }));
}

fn show_banner() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("crash-banner").is_some() {
        return;
    }
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("crash-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "crash-banner");
    let _ = banner.set_attribute("class", "crash-banner");
    for line in [
        "문제가 생겼습니다. 데이터는 안전하게 저장되어 있으니 새로고침하세요.",
        "Something went wrong. Your data is safe: reload the page to continue.",
    ] {
        if let Ok(p) = document.create_element("p") {
            p.set_text_content(Some(line));
            let _ = banner.append_child(&p);
        }
    }
    if let Ok(button) = document.create_element("button") {
        button.set_text_content(Some("새로고침 / Reload"));
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("data-testid", "crash-reload");
        // Our own constant script, not user data: the wasm side may no
        // longer be able to run a closure after a panic.
        let _ = button.set_attribute("onclick", "location.reload()");
        let _ = banner.append_child(&button);
    }
    let _ = body.prepend_with_node_1(&banner);
}

/// Panics on purpose, so the browser tests can check the banner. Not used
/// by the page.
#[wasm_bindgen(js_name = "__ormPlaygroundPanicForTests")]
pub fn panic_for_tests() {
    #[allow(clippy::panic)]
    {
        panic!("a deliberate panic from the browser tests");
    }
}
