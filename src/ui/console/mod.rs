//! The console page: the learner's own `manage shell` program in an
//! editor (`editor`), run as a page job on the data on show, its output
//! and error (`output`), and its queries in the same query log the
//! pattern pages use, each query's origin being its program line, with
//! an examples menu. The program and the run live in the app state
//! (`ConsoleView`); only the hovered line is this page's own.

mod editor;
mod output;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::code::inline_code;
use super::log::{Hover, QueryLog};
use super::shared::Shared;
use super::state::{ActiveJob, ConsoleView, LogId, Plan};
use crate::i18n::{Lang, Text};
use crate::shell::programs::EXAMPLES;
use editor::Editor;
use output::Output;

#[derive(Properties, PartialEq)]
pub struct ConsolePageProps {
    pub lang: Lang,
    pub console: Shared<ConsoleView>,
    /// The console's job while it runs.
    pub job: Option<ActiveJob>,
    pub plans: Shared<HashMap<(LogId, usize), Rc<Plan>>>,
    pub on_explain: Callback<(LogId, usize)>,
    pub on_edit: Callback<String>,
    pub on_load: Callback<String>,
    pub on_run: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ConsolePage(props: &ConsolePageProps) -> Html {
    let lang = props.lang;
    let console = &props.console;
    let hover = use_state(|| None::<Hover>);
    let picked = use_state_eq(|| None::<Hover>);
    let on_hover = use_callback(hover.setter(), |h: Option<Hover>, set| set.set(h));
    let on_pick = use_callback(picked.setter(), |h: Option<Hover>, set| set.set(h));
    let marked = (*hover).or(*picked).map(|h| h.line);
    let last = console.last.clone();
    let counts = use_memo(last.as_ref().map(|r| r.id), {
        let last = last.clone();
        move |_| last.map(|r| r.run.line_counts.clone()).unwrap_or_default()
    });
    let error_line = last
        .as_ref()
        .and_then(|r| r.run.error.as_ref())
        .map(|e| e.line);
    let on_example = {
        let on_load = props.on_load.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            let picked = EXAMPLES.iter().find(|x| x.id() == select.value());
            if let Some(example) = picked {
                on_load.emit(example.code(lang));
            }
            select.set_value("");
        })
    };
    let running = props.job.is_some();
    let on_run = props.on_run.reform(|_: MouseEvent| ());
    html! {
        <section class="console-page" data-testid="console-page">
            <h2>{ Text::NavConsole.get(lang) }</h2>
            <p class="intro">{ inline_code(Text::IntroConsole.get(lang)) }</p>
            <div class="console-toolbar">
                <button type="button" class="primary" data-testid="console-run" onclick={on_run}
                        disabled={running} title="Ctrl+Enter">
                    { "▶ " }{ Text::ConsoleRun.get(lang) }
                </button>
                <label class="console-examples">
                    <span>{ Text::ConsoleExamples.get(lang) }</span>
                    <select data-testid="console-examples" onchange={on_example}>
                        <option value="" selected=true>{ Text::ConsoleExamplePick.get(lang) }</option>
                        { for EXAMPLES.iter().map(|x| html! {
                            <option value={x.id()}>{ x.title(lang) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <Editor {lang} program={console.program.clone()} revision={console.revision}
                counts={counts} {error_line} {marked}
                on_edit={props.on_edit.clone()} on_run={props.on_run.clone()} />
            <Output {lang} run={last.clone()} runs={console.runs} job={props.job.clone()}
                on_cancel={props.on_cancel.clone()} />
            if let Some(result) = last {
                <section class="console-log">
                    <h3>
                        { Text::ConsoleQueries.get(lang) }{ ": " }
                        <span class="count" data-testid="query-count">{ result.log.len() }</span>
                    </h3>
                    <QueryLog {lang} log_id={LogId::Console(result.id)} log={Shared::new(&result.log)}
                        plans={props.plans.clone()} on_explain={props.on_explain.clone()}
                        {on_hover} {on_pick} program_lines=true />
                </section>
            }
        </section>
    }
}
