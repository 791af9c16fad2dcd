//! A pattern page (annotate, select_related, ...): per scenario, the
//! comparison bar above the variants side by side. On narrow screens the
//! variants are shown one at a time, switched by tabs pinned under the
//! navigation together with the comparison bar (the stylesheet decides by
//! width; which variant is shown is this component's own view state).

mod column;
mod compare;
mod result;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::browser::download;
use super::code::inline_code;
use super::cost::{cost_model_note, CostModelProps};
use super::data::job_progress;
use super::shared::Shared;
use super::state::{ActiveJob, Column, JobKind, LogId, Plan, RunView};
use crate::cost_model::RoundTrip;
use crate::i18n::{Lang, Noun, Text};
use crate::query_log::OriginKind;
use crate::report::thousands;
use crate::scenarios::export::run_to_json;
use crate::scenarios::ScenarioId;
use column::VariantColumn;
use compare::{comparison_bar, ComparisonBarProps};

type Plans = Shared<HashMap<(LogId, usize), Rc<Plan>>>;

#[derive(Properties, PartialEq)]
pub struct PatternPageProps {
    pub lang: Lang,
    pub runs: Vec<Shared<RunView>>,
    /// Scenarios of the page whose run on the current data is not in yet
    /// (big data runs as a job).
    pub pending: Vec<ScenarioId>,
    pub job: Option<ActiveJob>,
    pub plans: Plans,
    pub on_explain: Callback<(LogId, usize)>,
    pub round_trip: RoundTrip,
    pub on_round_trip: Callback<RoundTrip>,
    /// Opens a variant's program in the console.
    pub on_open_console: Callback<String>,
}

/// A plain function, not a component: it has no state, its parent gives
/// it new callbacks on every render anyway, and a component costs about
/// 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the page").
pub fn pattern_page(props: &PatternPageProps) -> Html {
    html! {
        <>
            { for props.runs.iter().map(|run| html! {
                <ScenarioBlock key={run.scenario.name()} lang={props.lang} run={run.clone()}
                    plans={props.plans.clone()} on_explain={props.on_explain.clone()}
                    round_trip={props.round_trip} on_open_console={props.on_open_console.clone()} />
            }) }
            { for props.pending.iter().map(|&scenario| pending(props.lang, scenario, props.job.as_ref())) }
            { cost_model_note(&CostModelProps { lang: props.lang, round_trip: props.round_trip,
                on_round_trip: props.on_round_trip.clone() }) }
        </>
    }
}

/// A scenario still running on big data: its progress, or that it waits.
fn pending(lang: Lang, scenario: ScenarioId, job: Option<&ActiveJob>) -> Html {
    let (title, intro) = scenario_texts(scenario);
    let running = job.filter(|j| j.kind == JobKind::Run(scenario));
    html! {
        <section class="scenario pending" data-testid="scenario-pending" data-scenario={scenario.name()}>
            <h2>{ title.get(lang) }</h2>
            <p class="intro">{ inline_code(intro.get(lang)) }</p>
            <div class="pending-box" role="status">
                if let Some(job) = running {
                    <p>{ Text::RunningSliced.get(lang) }</p>
                    { job_progress(lang, &job.progress) }
                } else {
                    <p class="muted">{ Text::WaitingForJob.get(lang) }</p>
                }
            </div>
        </section>
    }
}

/// The heading and lead text of a scenario.
fn scenario_texts(scenario: ScenarioId) -> (Text, Text) {
    match scenario {
        ScenarioId::Annotate => (Text::NavAnnotate, Text::IntroAnnotate),
        ScenarioId::SelectRelated => (Text::NavSelectRelated, Text::IntroSelectRelated),
        ScenarioId::PrefetchRelated => (Text::NavPrefetchRelated, Text::IntroPrefetchRelated),
        ScenarioId::SelectAndPrefetch => (Text::NavSelectAndPrefetch, Text::IntroSelectAndPrefetch),
        ScenarioId::Exists => (Text::ExistsFollowTitle, Text::IntroExists),
        ScenarioId::Likes => (Text::ExistsLikesTitle, Text::IntroLikes),
    }
}

/// `naive: 41 queries = 1 + 10 + 30`, each term with the line that sent
/// it, so the learner can check the count against the data.
fn breakdown(lang: Lang, scenario: ScenarioId, column: &Column) -> Html {
    let terms = column.log.breakdown();
    let total: usize = terms.iter().map(|t| t.queries).sum();
    if terms.len() < 2 {
        return html! {};
    }
    let sum = terms
        .iter()
        .map(|t| thousands(t.queries))
        .collect::<Vec<_>>()
        .join(" + ");
    let head = Text::Breakdown
        .get(lang)
        .replace("{variant}", column.variant.name)
        .replace("{queries}", &Noun::Query.count(lang, total))
        .replace("{sum}", &sum);
    html! {
        <div class="breakdown" data-testid="breakdown" data-total={total.to_string()}>
            <p>{ head }</p>
            <ul>
                { for terms.iter().map(|term| {
                    let place = term.origin.as_ref().map(|origin| {
                        let file = match origin.kind {
                            OriginKind::View => "views.py",
                            OriginKind::Template => column::template_path(scenario),
                        };
                        (Text::BreakdownLine.get(lang)
                            .replace("{file}", file)
                            .replace("{line}", &origin.line.to_string()), origin.snippet.to_string())
                    });
                    html! {
                        <li data-testid="breakdown-term" data-queries={term.queries.to_string()}>
                            <strong>{ Noun::Query.count(lang, term.queries) }</strong>
                            if let Some((place, snippet)) = place {
                                { " ← " }{ place }{ " " }<code>{ snippet }</code>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// Who acts on what in a toggle scenario, by name and pk:
/// `김싸피(pk 2)로 로그인해 admin(pk 1)의 프로필에서 …`.
fn cast_text(lang: Lang, run: &RunView) -> Option<String> {
    let (acting, target) = (run.acting_user?, run.target?);
    let names = run.names.clone().unwrap_or_default();
    let text = match run.scenario {
        ScenarioId::Likes => Text::LikesCast,
        _ => Text::ExistsCast,
    };
    Some(
        text.get(lang)
            .replace("{acting_pk}", &acting.to_string())
            .replace("{target_pk}", &target.to_string())
            .replace("{acting}", &names.acting)
            .replace("{target}", &names.target),
    )
}

/// Saves the run (or one variant of it) as `manage scenario --json` prints it.
fn export(run: &RunView, only: Option<&str>) {
    let json = run_to_json(&run.to_run(only));
    let text = serde_json::to_string_pretty(&json).unwrap_or_default();
    let name = match only {
        Some(variant) => format!("{}-{variant}.json", run.scenario.name()),
        None => format!("{}.json", run.scenario.name()),
    };
    // A refused download leaves nothing to undo; the button can be pressed again.
    let _ = download(&name, "application/json", &text);
}

#[derive(Properties, PartialEq)]
struct ScenarioBlockProps {
    lang: Lang,
    run: Shared<RunView>,
    plans: Plans,
    on_explain: Callback<(LogId, usize)>,
    round_trip: RoundTrip,
    on_open_console: Callback<String>,
}

#[component]
fn ScenarioBlock(props: &ScenarioBlockProps) -> Html {
    let lang = props.lang;
    let run = &props.run;
    let (title, intro) = scenario_texts(run.scenario);
    let heading_id = format!("scenario-{}", run.scenario.name());
    let acting = cast_text(lang, run);
    let on_export_all = {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| export(&run, None))
    };
    let columns_class = format!("variant-columns cols-{}", run.columns.len());
    // Which variant a narrow screen shows (wide ones show them all).
    let shown = use_state(|| 0usize);
    html! {
        <section class="scenario" data-testid="scenario" data-scenario={run.scenario.name()}
                 aria-labelledby={heading_id.clone()}>
            <div class="scenario-head">
                <h2 id={heading_id}>{ title.get(lang) }</h2>
                <button type="button" class="small" data-testid="export-scenario" onclick={on_export_all}>
                    { Text::ExportJson.get(lang) }
                </button>
            </div>
            <p class="intro">{ inline_code(intro.get(lang)) }</p>
            if let Some(acting) = acting {
                <p class="muted">{ acting }</p>
            }
            if let Some(error) = &run.error {
                <p class="error" role="alert">{ error.clone() }</p>
            }
            if run.scenario == ScenarioId::SelectAndPrefetch {
                <p class="start-hint" data-testid="start-hint">{ inline_code(Text::StartHint.get(lang)) }</p>
            }
            if let Some(first) = run.columns.first() {
                { breakdown(lang, run.scenario, first) }
            }
            <div class="compare-pin">
                { comparison_bar(&ComparisonBarProps { lang, run: run.clone(), round_trip: props.round_trip }) }
                { variant_tabs(lang, run, &shown) }
            </div>
            <div class={columns_class}>
                { for run.columns.iter().enumerate().map(|(i, column)| {
                    let baseline = (i > 0).then(|| run.columns[0].variant);
                    let name = column.variant.name;
                    let on_export = {
                        let run = run.clone();
                        Callback::from(move |()| export(&run, Some(name)))
                    };
                    html! {
                        <div key={name} class={classes!("variant-slot", (*shown == i).then_some("shown"))}
                             id={format!("variant-{}-{name}", run.scenario.name())} role="tabpanel">
                            <VariantColumn {lang} scenario={run.scenario}
                                variant={column.variant} {baseline} log={Shared::new(&column.log)}
                                busy_ms={column.busy.as_secs_f64() * 1000.0}
                                plans={props.plans.clone()} on_explain={props.on_explain.clone()}
                                {on_export} on_open_console={props.on_open_console.clone()} />
                        </div>
                    }
                }) }
            </div>
        </section>
    }
}

/// The tabs that pick the variant a narrow screen shows (hidden on wide
/// screens, where every column is in view).
fn variant_tabs(lang: Lang, run: &RunView, shown: &UseStateHandle<usize>) -> Html {
    if run.columns.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="variant-tabs" role="tablist" aria-label={Text::VariantTabs.get(lang)}>
            { for run.columns.iter().enumerate().map(|(i, column)| {
                let name = column.variant.name;
                let selected = **shown == i;
                let onclick = {
                    let shown = shown.clone();
                    Callback::from(move |_: MouseEvent| shown.set(i))
                };
                html! {
                    <button type="button" role="tab" aria-selected={selected.to_string()}
                        aria-controls={format!("variant-{}-{name}", run.scenario.name())}
                        class={classes!("variant-tab", selected.then_some("current"))}
                        data-testid="variant-tab" data-variant={name} {onclick}>
                        <code>{ name }</code>
                        <span class="tab-count">{ column.log.len() }</span>
                    </button>
                }
            }) }
        </div>
    }
}
