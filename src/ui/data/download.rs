//! The fixtures page's data panel: `dumpdata` with Django's options as a
//! file (the same bytes `manage.py dumpdata` writes), the SQLite database
//! itself, and the way back to the lesson data.

use yew::prelude::*;

use crate::fixtures::Format;
use crate::i18n::{Lang, Text};
use crate::models::Registry;
use crate::ui::state::DataOrigin;
use crate::ui::state::DumpRequest;

#[derive(Properties, PartialEq)]
pub struct DownloadPanelProps {
    pub lang: Lang,
    /// The models `dumpdata` can name.
    pub registry: std::sync::Arc<Registry>,
    pub origin: DataOrigin,
    pub on_dump: Callback<DumpRequest>,
    pub on_sqlite: Callback<()>,
    pub on_reset: Callback<()>,
}

/// Every app, each followed by its models: what `dumpdata` accepts.
fn labels(registry: &Registry) -> Vec<String> {
    registry
        .app_labels()
        .flat_map(|app| {
            std::iter::once(app.to_owned())
                .chain(registry.of_app(app).map(|m| registry.model(m).label()))
        })
        .collect()
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

#[component]
pub fn DownloadPanel(props: &DownloadPanelProps) -> Html {
    let lang = props.lang;
    // The form is this panel's own view state; the download gets a copy.
    let request = use_state(DumpRequest::default);
    let update = |change: fn(&mut DumpRequest, &Event)| {
        let request = request.clone();
        Callback::from(move |e: Event| {
            let mut next = (*request).clone();
            change(&mut next, &e);
            request.set(next);
        })
    };
    let on_label = update(|r, e| {
        let value = select_value(e);
        r.label = (!value.is_empty()).then_some(value);
    });
    let on_indent = update(|r, e| r.indent = select_value(e).parse().ok());
    let on_format = update(|r, e| {
        r.format = Format::from_name(&select_value(e)).unwrap_or_default();
    });
    let on_foreign = update(|r, e| r.natural_foreign = checked(e));
    let on_primary = update(|r, e| r.natural_primary = checked(e));
    let on_gzip = update(|r, e| r.gzip = checked(e));
    let on_dump = {
        let request = (*request).clone();
        props.on_dump.reform(move |_: MouseEvent| request.clone())
    };
    let r = &*request;
    let origin = match props.origin {
        DataOrigin::Lesson => Text::OriginLesson,
        DataOrigin::Custom => Text::OriginCustom,
    };
    html! {
        <section class="download-panel" aria-labelledby="download-heading">
            <h3 id="download-heading">{ Text::DownloadHeading.get(lang) }</h3>
            <p class="muted" data-testid="data-origin">{ origin.get(lang) }</p>
            <div class="dump-form">
                <label>{ Text::DumpWhat.get(lang) }
                    <select data-testid="dump-label" onchange={on_label}>
                        <option value="" selected={r.label.is_none()}>{ Text::Everything.get(lang) }</option>
                        { for labels(&props.registry).into_iter().map(|label| html! {
                            <option value={label.clone()} selected={r.label.as_deref() == Some(&label)}>{ label.clone() }</option>
                        }) }
                    </select>
                </label>
                <label>{ Text::Indent.get(lang) }
                    <select data-testid="dump-indent" onchange={on_indent}>
                        <option value="" selected={r.indent.is_none()}>{ Text::NoIndent.get(lang) }</option>
                        { for [2usize, 4].into_iter().map(|n| html! {
                            <option value={n.to_string()} selected={r.indent == Some(n)}>{ n }</option>
                        }) }
                    </select>
                </label>
                <label>{ Text::Format.get(lang) }
                    <select data-testid="dump-format" onchange={on_format}>
                        <option value="json" selected={r.format == Format::Json}>{ "json" }</option>
                        <option value="jsonl" selected={r.format == Format::Jsonl}>{ "jsonl" }</option>
                    </select>
                </label>
                <label><input type="checkbox" data-testid="dump-natural-foreign" checked={r.natural_foreign}
                    onchange={on_foreign} />{ " --natural-foreign" }</label>
                <label><input type="checkbox" data-testid="dump-natural-primary" checked={r.natural_primary}
                    onchange={on_primary} />{ " --natural-primary" }</label>
                <label><input type="checkbox" data-testid="dump-gzip" checked={r.gzip}
                    onchange={on_gzip} />{ " " }{ Text::Gzip.get(lang) }</label>
            </div>
            <p class="same-as"><span class="muted">{ Text::SameAs.get(lang) }{ " " }</span>
                <code data-testid="dump-command">{ r.command() }</code></p>
            <div class="download-actions">
                <button type="button" class="primary" data-testid="download-dumpdata" onclick={on_dump}>
                    { Text::DownloadDumpdata.get(lang) }
                </button>
                <button type="button" data-testid="download-sqlite"
                    onclick={props.on_sqlite.reform(|_: MouseEvent| ())}>
                    { Text::DownloadSqlite.get(lang) }
                </button>
                <button type="button" data-testid="reset-data"
                    onclick={props.on_reset.reform(|_: MouseEvent| ())}>
                    { Text::ResetData.get(lang) }
                </button>
            </div>
            <p class="muted small">{ Text::SqliteHint.get(lang) }</p>
        </section>
    }
}
