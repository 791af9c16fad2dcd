//! One variant of a scenario: its view and template (the line a hovered
//! query came from marked), the page it rendered, and its query log.

use yew::prelude::*;

use super::result::ResultText;
use super::Plans;
use crate::highlight::Language;
use crate::i18n::{Lang, Text};
use crate::query_log::OriginKind;
use crate::report::LogReport;
use crate::scenarios::{ScenarioId, Variant};
use crate::ui::code::CodePanel;
use crate::ui::log::{Hover, QueryLog};
use crate::ui::shared::Shared;
use crate::ui::state::LogId;

#[derive(Properties, PartialEq)]
pub struct VariantColumnProps {
    pub lang: Lang,
    pub scenario: ScenarioId,
    pub variant: &'static Variant,
    pub log: Shared<LogReport>,
    /// How long the variant took to run, for benchmarks (`data-busy-ms`).
    pub busy_ms: f64,
    pub plans: Plans,
    pub on_explain: Callback<(LogId, usize)>,
    pub on_export: Callback<()>,
}

/// Where the template of a scenario lives in the Django project.
fn template_path(scenario: ScenarioId) -> &'static str {
    match scenario {
        ScenarioId::Exists | ScenarioId::Likes => "accounts/profile.html",
        _ => "articles/index.html",
    }
}

#[component]
pub fn VariantColumn(props: &VariantColumnProps) -> Html {
    let lang = props.lang;
    // Which source line the hovered or focused query row came from.
    let hover = use_state(|| None::<Hover>);
    let on_hover = use_callback(hover.setter(), |h: Option<Hover>, set| set.set(h));
    let line_of = |kind: OriginKind| hover.filter(|h| h.kind == kind).map(|h| h.line);
    let variant = props.variant;
    let log_id = LogId::Pattern(props.scenario, variant.name);
    let count = props.log.len();
    html! {
        <article class="variant-column" data-testid="variant-column" data-variant={variant.name}
                 data-busy-ms={format!("{:.1}", props.busy_ms)} aria-label={variant.name}>
            <header class="variant-head">
                <h3>{ variant.name }</h3>
                <span class="variant-count">
                    <span class="count" data-testid="query-count">{ count }</span>
                    { " " }{ Text::QueriesLabel.get(lang) }
                </span>
            </header>
            <CodePanel title="views.py" language={Language::Python} source={variant.view}
                highlight={line_of(OriginKind::View)} />
            if let Some(template) = variant.template {
                <CodePanel title={template_path(props.scenario)} language={Language::DjangoTemplate}
                    source={template} highlight={line_of(OriginKind::Template)} />
            }
            <ResultText {lang} log={props.log.clone()} />
            <QueryLog {lang} {log_id} log={props.log.clone()} plans={props.plans.clone()}
                on_explain={props.on_explain.clone()} {on_hover}
                on_export={Some(props.on_export.clone())} />
        </article>
    }
}
