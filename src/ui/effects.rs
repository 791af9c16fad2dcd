//! What the app's events lead to outside the state: the effects the
//! reducer returns (`app::Effect`: jobs, saving, downloads, the URL
//! fragment, the document's language) performed after the page renders,
//! reading uploaded files, and links pasted into the address bar. Each
//! reads the state or dispatches actions; none changes the state directly.

use gloo::events::EventListener;
use yew::prelude::*;

use super::browser::{self, download_bytes};
use super::driver;
use super::persist;
use super::state::{Action, Effect, Handoff, LinkFrom, UiState, UploadProblem};
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
        browser::mark("upload:read");
        dispatch.emit(Action::Upload(read));
    });
}

/// Reads a picked project and dispatches it: a folder's files (only those
/// the playground reads, by their path in the folder: a virtualenv's
/// thousands are never read) or a `.zip`.
pub fn read_project(files: Vec<web_sys::File>, zip: bool, dispatch: Callback<Action>) {
    if files.is_empty() {
        return;
    }
    yew::platform::spawn_local(async move {
        let path = |file: &web_sys::File| {
            js_sys::Reflect::get(file, &"webkitRelativePath".into())
                .ok()
                .and_then(|v| v.as_string())
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| file.name())
        };
        let wanted: Vec<&web_sys::File> = files
            .iter()
            .filter(|f| zip || crate::project::upload::wanted(&path(f)))
            .collect();
        if let Some(file) = wanted.iter().find(|f| f.size() > MAX_FILE_BYTES as f64) {
            let error = FixtureError::file(&file.name(), file_too_large());
            dispatch.emit(Action::UploadRefused(UploadProblem::Fixture(error)));
            return;
        }
        let mut read = Vec::with_capacity(wanted.len());
        for file in wanted {
            match browser::read_file(file).await {
                Ok(bytes) => read.push((path(file), bytes)),
                Err(error) => {
                    let problem = UploadProblem::Unreadable {
                        file: file.name(),
                        error,
                    };
                    dispatch.emit(Action::UploadRefused(problem));
                    return;
                }
            }
        }
        let input = match (zip, read.pop()) {
            (true, Some((name, bytes))) => crate::project::upload::Input::Zip { name, bytes },
            (true, None) => return,
            (false, last) => {
                read.extend(last);
                crate::project::upload::Input::Folder(read)
            }
        };
        dispatch.emit(Action::OpenProject(input));
    });
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

/// Performs one effect the reducer returned; `state` is the state as
/// rendered (what to save is read from it).
fn perform(effect: Effect, state: &UiState, dispatch: &Callback<Action>) {
    match effect {
        Effect::Lang(lang) => {
            if let Some(root) = gloo::utils::document().document_element() {
                // The `lang` attribute lets screen readers pick the voice.
                let _ = root.set_attribute("lang", lang.tag());
            }
        }
        Effect::Start => {
            let dispatch = dispatch.clone();
            yew::platform::spawn_local(async move {
                // A task of its own, after the frame's.
                browser::next_tick().await;
                dispatch.emit(Action::Start);
            });
        }
        Effect::RunJob { id, cell } => {
            yew::platform::spawn_local(driver::drive(id, cell, dispatch.clone()));
        }
        Effect::ReadSavedImage(key) => read_saved_image(key, dispatch.clone()),
        Effect::AdoptImage { version, key } => persist::adopt_image(version, key),
        Effect::Save => {
            if let Some(request) = state.save_request() {
                persist::save(request);
            }
        }
        Effect::Download(file) => {
            if let Err(error) = download_bytes(&file.name, file.mime, &file.bytes) {
                dispatch.emit(Action::Notice(error));
            }
        }
        Effect::ClearLink => browser::clear_hash(),
    }
}

/// The app's effects: what the reducer asked for, performed once the page
/// has rendered (saving once however many actions asked), and, while the
/// page is open, links pasted into the address bar and old saved images
/// cleared away.
#[hook]
pub fn use_app_effects(state: &UseReducerHandle<UiState>, dispatch: &Callback<Action>) {
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |()| {
            persist::collect_garbage();
            let listener = listen_for_links(dispatch);
            move || drop(listener)
        });
    }
    {
        let state = state.clone();
        let dispatch = dispatch.clone();
        use_effect_with(state.effects_seq, move |_| {
            let mut saved = false;
            for effect in state.take_effects() {
                if matches!(effect, Effect::Save) {
                    if saved {
                        continue;
                    }
                    saved = true;
                }
                perform(effect, &state, &dispatch);
            }
        });
    }
}
