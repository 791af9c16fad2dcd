//! What the app's events lead to outside the state: reading uploaded
//! files, downloads, saving the state, the URL fragment, and the hook that
//! runs jobs and saves. Each reads the state or dispatches actions; none
//! changes the state directly.

use gloo::events::EventListener;
use yew::prelude::*;

use super::browser::{self, download, download_bytes};
use super::data::UploadProblem;
use super::persist;
use super::replace::LinkFrom;
use super::state::{Action, AppState, DataOrigin};
use super::work::{self, Handoff};
use crate::fixtures::source::file_too_large;
use crate::fixtures::{FixtureError, FixtureFile};
use crate::limits::MAX_FILE_BYTES;

/// Reads the picked or dropped files and dispatches them: fixtures to
/// load, a playground file to open, or why they were refused.
pub fn read_upload(files: Vec<web_sys::File>, dispatch: Callback<Action>) {
    if files.is_empty() {
        return;
    }
    yew::platform::spawn_local(async move {
        // Refused before reading: a huge file would fill the tab's memory.
        if let Some(file) = files.iter().find(|f| f.size() > MAX_FILE_BYTES as f64) {
            let error = FixtureError::file(&file.name(), file_too_large());
            dispatch.emit(Action::UploadRefused(UploadProblem::Fixture(error)));
            return;
        }
        let playground = files.iter().any(|f| f.name().ends_with(".playground"));
        if playground && files.len() > 1 {
            dispatch.emit(Action::UploadRefused(UploadProblem::PlaygroundAlone));
            return;
        }
        let mut read = Vec::with_capacity(files.len());
        for file in &files {
            match browser::read_file(file).await {
                Ok(bytes) => read.push(FixtureFile::new(file.name(), bytes)),
                Err(error) => {
                    let problem = UploadProblem::Unreadable {
                        file: file.name(),
                        error: error.to_string(),
                    };
                    dispatch.emit(Action::UploadRefused(problem));
                    return;
                }
            }
        }
        if playground {
            let file = read.remove(0);
            match String::from_utf8(file.bytes) {
                Ok(text) => dispatch.emit(Action::OpenLink(LinkFrom::File, text)),
                Err(_) => {
                    let problem = UploadProblem::NotText { file: file.name };
                    dispatch.emit(Action::UploadRefused(problem));
                }
            }
            return;
        }
        dispatch.emit(Action::Upload(read));
    });
}

/// Saves the database as `db.sqlite3`.
///
/// # Errors
/// Why serializing or the download failed.
pub fn download_sqlite(state: &AppState) -> Result<(), String> {
    let bytes = state.sqlite_file()?;
    download_bytes("db.sqlite3", "application/vnd.sqlite3", &bytes)
}

/// Saves the share dialog's text as a playground file.
///
/// # Errors
/// Why the download failed.
pub fn download_playground(state: &AppState) -> Result<(), String> {
    let text = match state.share.as_ref().map(|s| s.text.clone()) {
        Some(Ok(text)) => text,
        Some(Err(error)) => return Err(error),
        None => return Ok(()),
    };
    let stamp: String = String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(19)
        .map(|c| if c == ':' { '-' } else { c })
        .collect();
    download(
        &crate::share::file_name(&stamp),
        "text/plain",
        &format!("{text}\n"),
    )
}

/// Saves the state for the next visit (see `persist`).
pub fn save(state: &AppState) {
    if !state.may_save() {
        return;
    }
    match (state.origin, &state.db) {
        (DataOrigin::Lesson, _) => {
            if let Ok(text) = state.share_text() {
                persist::save_link(state.lang_chosen, text);
            }
        }
        (DataOrigin::Custom, Some(db)) => {
            persist::save_image(state.lang_chosen, state.view_state(), state.version, db);
        }
        (DataOrigin::Custom, None) => {}
    }
}

/// Reads the saved image named `key` and hands it to the reducer.
pub fn read_saved_image(key: String, dispatch: Callback<Action>) {
    yew::platform::spawn_local(async move {
        let image = persist::read_image(&key).await;
        dispatch.emit(Action::SavedImage(image.map(|b| Handoff::new(Some(b)))));
    });
}

/// Opens a share link pasted into the address bar of the open page (the
/// fragment changes without a reload), then drops it from the address.
pub fn listen_for_links(dispatch: Callback<Action>) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        if let Some(text) = browser::location_hash() {
            browser::clear_hash();
            dispatch.emit(Action::OpenLink(LinkFrom::Address, text));
        }
    })
}

/// The app's effects: the page language, links pasted into the address
/// bar, the saved image at start, the job driver, downloads jobs made, and
/// saving the state.
#[hook]
pub fn use_app_effects(state: &UseReducerHandle<AppState>, dispatch: &Callback<Action>) {
    use_effect_with(state.lang, move |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            // The `lang` attribute lets screen readers pick the voice.
            let _ = root.set_attribute("lang", lang.tag());
        }
    });
    {
        let saved = state.saved_image.as_ref().map(|s| s.key.clone());
        let dispatch = dispatch.clone();
        use_effect_with((), move |()| {
            // Opened once at start: from now on the state is the truth.
            if browser::location_hash().is_some() {
                browser::clear_hash();
            }
            if let Some(key) = saved {
                read_saved_image(key, dispatch.clone());
            }
            persist::collect_garbage();
            let listener = listen_for_links(dispatch);
            move || drop(listener)
        });
    }
    {
        let job = state.job.clone();
        let dispatch = dispatch.clone();
        use_effect_with(state.job.as_ref().map(|j| j.id), move |_| {
            if let Some(job) = job {
                yew::platform::spawn_local(work::drive(job.id, job.cell, dispatch));
            }
        });
    }
    {
        let file = state.download.clone();
        let dispatch = dispatch.clone();
        use_effect_with(state.download_seq, move |_| {
            if let Some(file) = file.and_then(|f| f.take()) {
                if let Err(error) = download_bytes(&file.name, file.mime, &file.bytes) {
                    dispatch.emit(Action::Notice(error));
                }
            }
        });
    }
    {
        let adopted = state.adopted_image.clone();
        use_effect_with(adopted, |adopted| {
            if let Some((version, key)) = adopted.clone() {
                persist::adopt_image(version, key);
            }
        });
    }
    {
        let s = state.clone();
        let lab = &state.lab;
        let deps = (
            state.version,
            state.section,
            (lab.variant, lab.acting),
            (state.lang, state.lang_chosen),
            state.may_save(),
            state.console.program.clone(),
        );
        use_effect_with(deps, move |_| save(&s));
    }
}
