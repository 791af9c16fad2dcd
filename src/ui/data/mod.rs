//! Bringing data in and taking it out: the data bar under the header (the
//! file picker, how to load, what the last load said, the running job),
//! the drop overlay, and the download panel of the fixtures page.

mod download;
mod drop;
mod job;

use std::rc::Rc;

use yew::prelude::*;

use super::state::{ActiveJob, DataStatus, JobKind, JobRecord, LoadMode};
use crate::i18n::{Lang, Text};
use crate::report::thousands;
pub use download::DownloadPanel;
pub use drop::DropOverlay;
pub use job::job_progress;
use job::{job_status, JobStatusProps};

#[derive(Properties, PartialEq)]
pub struct DataBarProps {
    pub lang: Lang,
    pub mode: LoadMode,
    pub status: Option<Rc<DataStatus>>,
    pub status_seq: u64,
    pub job: Option<ActiveJob>,
    pub last: Option<JobRecord>,
    pub job_ms: Rc<Vec<(&'static str, f64)>>,
    pub on_files: Callback<Vec<web_sys::File>>,
    /// A picked project: the folder's files, or (`true`) a `.zip` of it.
    pub on_project: Callback<(Vec<web_sys::File>, bool)>,
    /// A pasted `models.py`: `(app name, text)`.
    pub on_paste: Callback<(String, String)>,
    pub on_mode: Callback<LoadMode>,
    pub on_cancel: Callback<()>,
}

/// The status line's state (`data-state`) and words.
fn describe(lang: Lang, status: &DataStatus) -> (&'static str, Vec<String>) {
    let with = |text: Text, detail: &str| vec![text.get(lang).to_owned(), detail.to_owned()];
    match status {
        DataStatus::Loaded {
            message,
            warnings,
            counts,
            notices,
        } => {
            let mut lines = vec![message.clone()];
            lines.extend(notices.iter().map(|notice| notice.render(lang)));
            if let Some(counts) = counts {
                lines.push(
                    Text::LoadCounts
                        .get(lang)
                        .replace("{new}", &thousands(counts.new))
                        .replace("{replaced}", &thousands(counts.replaced)),
                );
            }
            lines.extend(warnings.iter().cloned());
            ("ok", lines)
        }
        DataStatus::LoadFailed(problem) => ("error", with(Text::LoadFailed, &problem.render(lang))),
        DataStatus::Cancelled => ("cancelled", vec![Text::LoadCancelled.get(lang).to_owned()]),
        DataStatus::LinkOpened => ("ok", vec![Text::LinkOpened.get(lang).to_owned()]),
        DataStatus::LinkRefused(error) => ("error", with(Text::LinkRefused, error)),
        DataStatus::SavedRefused(error) => ("error", with(Text::SavedRefused, error)),
        DataStatus::Reset => ("ok", vec![Text::DataReset.get(lang).to_owned()]),
        DataStatus::Undone => ("ok", vec![Text::DataUndone.get(lang).to_owned()]),
        DataStatus::PastedOpened {
            models,
            app,
            user_model,
        } => {
            let user = user_model.as_deref().map_or_else(String::new, |model| {
                Text::PastedUser.get(lang).replace("{model}", model)
            });
            (
                "ok",
                vec![
                    Text::PastedOpened
                        .get(lang)
                        .replace("{app}", app)
                        .replace("{models}", &models.to_string()),
                    Text::PastedAssumed
                        .get(lang)
                        .replace("{app}", app)
                        .replace("{user}", &user),
                ],
            )
        }
        DataStatus::ProjectOpened { models } => (
            "ok",
            vec![Text::ProjectOpened
                .get(lang)
                .replace("{models}", &models.to_string())],
        ),
    }
}

/// A plain function, not a component: it has no state, its parent gives
/// it new callbacks on every render anyway, and a component costs about
/// 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the page").
pub fn data_bar(props: &DataBarProps) -> Html {
    let lang = props.lang;
    let on_change = props.on_files.reform(|e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let files = super::browser::files_of(input.files());
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        files
    });
    let project = |zip: bool| {
        props.on_project.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files = super::browser::files_of(input.files());
            input.set_value("");
            (files, zip)
        })
    };
    let loading = props
        .job
        .as_ref()
        .is_some_and(|j| matches!(j.kind, JobKind::Load(_) | JobKind::Restore));
    let (state, lines) = match (&props.status, loading) {
        (_, true) => ("running", Vec::new()),
        (Some(status), false) => describe(lang, status),
        (None, false) => ("idle", Vec::new()),
    };
    let mode = |value: LoadMode, id: &'static str, label: Text| {
        let onchange = props.on_mode.reform(move |_: Event| value);
        html! {
            <label>
                <input type="radio" name="load-mode" data-testid={id} checked={props.mode == value} {onchange} />
                { label.get(lang) }
            </label>
        }
    };
    html! {
        <section class="data-bar" aria-label={Text::DataBar.get(lang)}>
            <div class="data-controls">
                <label class="button upload">
                    <input type="file" multiple=true class="visually-hidden" data-testid="upload-input"
                        accept=".json,.jsonl,.gz,.zip,.playground" onchange={on_change} />
                    { Text::UploadFixtures.get(lang) }
                </label>
                <label class="button upload">
                    <input type="file" class="visually-hidden" data-testid="project-folder-input"
                        webkitdirectory=true onchange={project(false)} />
                    { Text::OpenProjectFolder.get(lang) }
                </label>
                <label class="button upload">
                    <input type="file" class="visually-hidden" data-testid="project-zip-input"
                        accept=".zip" onchange={project(true)} />
                    { Text::OpenProjectZip.get(lang) }
                </label>
                <fieldset class="load-mode">
                    <legend class="visually-hidden">{ Text::LoadModeLabel.get(lang) }</legend>
                    { mode(LoadMode::Replace, "load-mode-replace", Text::ModeReplace) }
                    { mode(LoadMode::Merge, "load-mode-merge", Text::ModeMerge) }
                </fieldset>
                <span class="muted hint">{ Text::UploadHint.get(lang) }</span>
                <PasteModels {lang} on_paste={props.on_paste.clone()} />
            </div>
            <div class={classes!("load-status", state)} data-testid="load-status" data-state={state}
                 data-seq={props.status_seq.to_string()}
                 role="status" aria-live="polite">
                { for lines.into_iter().enumerate().map(|(i, line)| html! {
                    <span class={if i == 0 { "lead" } else { "detail" }}>{ line }</span>
                }) }
            </div>
            { job_status(&JobStatusProps { lang, job: props.job.clone(), last: props.last,
                job_ms: props.job_ms.clone(), on_cancel: props.on_cancel.clone() }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PasteModelsProps {
    lang: Lang,
    on_paste: Callback<(String, String)>,
}

/// "Paste a models.py": the app's name and the file's text, opened as a
/// one-app project with Django's default settings.
#[function_component]
fn PasteModels(props: &PasteModelsProps) -> Html {
    let lang = props.lang;
    let app = use_node_ref();
    let text = use_node_ref();
    let onsubmit = {
        let (app, text, on_paste) = (app.clone(), text.clone(), props.on_paste.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let app = app
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let text = text
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            on_paste.emit((app, text));
        })
    };
    html! {
        <details class="paste-models" data-testid="paste-models">
            <summary>{ Text::PasteModels.get(lang) }</summary>
            <form {onsubmit}>
                <label>{ Text::PasteModelsApp.get(lang) }
                    <input type="text" ref={app} data-testid="paste-models-app" required=true
                        placeholder="articles" spellcheck="false" autocomplete="off" />
                </label>
                <label>{ Text::PasteModelsText.get(lang) }
                    <textarea ref={text} data-testid="paste-models-text" required=true rows="8"
                        spellcheck="false" placeholder="from django.db import models" />
                </label>
                <button type="submit" data-testid="paste-models-open">{ Text::PasteModelsOpen.get(lang) }</button>
                <span class="muted hint">{ Text::PasteModelsHint.get(lang) }</span>
            </form>
        </details>
    }
}
