//! One variant of a scenario: its view and template (the lines it changed
//! from the naive variant marked, and the line the hovered or open query
//! came from), the page it rendered, and its query log.

use std::rc::Rc;

use yew::prelude::*;

use super::result::{result_text, ResultTextProps};
use super::Plans;
use crate::highlight::Language;
use crate::i18n::{Lang, Text};
use crate::query_log::OriginKind;
use crate::report::{changed_lines, LogReport};
use crate::scenarios::{ScenarioId, Variant};
use crate::shell::programs::variant_program;
use crate::ui::code::CodePanel;
use crate::ui::later::use_later;
use crate::ui::log::{Hover, QueryLog};
use crate::ui::shared::Shared;
use crate::ui::state::LogId;

#[derive(Properties, PartialEq)]
pub struct VariantColumnProps {
    pub lang: Lang,
    pub scenario: ScenarioId,
    pub variant: &'static Variant,
    /// The variant the others are compared with (the naive one), for
    /// marking the lines this one changed; `None` for that variant itself.
    #[prop_or_default]
    pub baseline: Option<&'static Variant>,
    pub log: Shared<LogReport>,
    /// How long the variant took to run, for benchmarks (`data-busy-ms`).
    pub busy_ms: f64,
    pub plans: Plans,
    pub on_explain: Callback<(LogId, usize)>,
    pub on_export: Callback<()>,
    /// Opens this variant's program in the console.
    pub on_open_console: Callback<String>,
}

/// Where the template of a scenario lives in the Django project.
pub(super) fn template_path(scenario: ScenarioId) -> &'static str {
    match scenario {
        ScenarioId::Exists | ScenarioId::Likes => "accounts/profile.html",
        _ => "articles/index.html",
    }
}

#[component]
pub fn VariantColumn(props: &VariantColumnProps) -> Html {
    let lang = props.lang;
    // Which source line the hovered or focused query row came from, else
    // the open row's (kept until it closes).
    let hover = use_state(|| None::<Hover>);
    let picked = use_state_eq(|| None::<Hover>);
    let on_hover = use_callback(hover.setter(), |h: Option<Hover>, set| set.set(h));
    let on_pick = use_callback(picked.setter(), |h: Option<Hover>, set| set.set(h));
    let shown = (*hover).or(*picked);
    let line_of = |kind: OriginKind| shown.filter(|h| h.kind == kind).map(|h| h.line);
    let variant = props.variant;
    let baseline = props.baseline;
    // The lines this variant changed from the baseline's view and template.
    let changed = use_memo(
        (variant.name, baseline.map(|b| b.name), props.scenario),
        move |_| {
            let diff = |base: Option<&str>, mine: Option<&str>| match (base, mine) {
                (Some(base), Some(mine)) => Rc::new(changed_lines(base, mine)),
                _ => Rc::default(),
            };
            (
                diff(baseline.map(|b| b.view), Some(variant.view)),
                diff(baseline.and_then(|b| b.template), variant.template),
            )
        },
    );
    let changed_title =
        baseline.map(|b| AttrValue::from(Text::ChangedFrom.get(lang).replace("{base}", b.name)));
    let log_id = LogId::Pattern(props.scenario, variant.name);
    // The follow and like toggles write, which the console does not run
    // yet: no program for them.
    let open_console = variant_program(props.scenario, variant.name).map(|program| {
        let on_open = props.on_open_console.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(program.clone()))
    });
    let count = props.log.len();
    // The head (with the query count) at once; the code, the page and the
    // log a task later, their rows another task later.
    let body = use_later(true);
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
            if body {
            <CodePanel title="views.py" language={Language::Python} source={variant.view}
                highlight={line_of(OriginKind::View)} changed={changed.0.clone()}
                changed_title={changed_title.clone()} />
            if let Some(template) = variant.template {
                <CodePanel title={template_path(props.scenario)} language={Language::DjangoTemplate}
                    source={template} highlight={line_of(OriginKind::Template)}
                    changed={changed.1.clone()} changed_title={changed_title.clone()} />
            }
            if let Some(onclick) = open_console {
                <button type="button" class="small open-in-console" data-testid="open-in-console"
                        data-variant={variant.name} title={Text::OpenInConsoleTitle.get(lang)} {onclick}>
                    { "▶ " }{ Text::OpenInConsole.get(lang) }
                </button>
            }
            { result_text(&ResultTextProps { lang, log: props.log.clone() }) }
            <QueryLog {lang} {log_id} log={props.log.clone()} plans={props.plans.clone()}
                on_explain={props.on_explain.clone()} {on_hover} {on_pick}
                on_export={Some(props.on_export.clone())} rows_later=true />
            }
        </article>
    }
}
