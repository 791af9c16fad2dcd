//! The output panel: what the program printed, as text (never as HTML),
//! then the error as Python's last traceback line with its line; while a
//! run goes on, its progress and Cancel.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::shell::outcome::ConsoleRun;
use crate::ui::data::job_progress;
use crate::ui::state::ActiveJob;

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub lang: Lang,
    /// The last finished run (compared by pointer by the page).
    pub run: Option<std::rc::Rc<crate::ui::state::ConsoleResult>>,
    /// Finished runs, for `data-run`.
    pub runs: u64,
    /// The console's job while it runs.
    pub job: Option<ActiveJob>,
    pub on_cancel: Callback<()>,
}

/// Whether the error is the step budget's (a loop that never ends).
fn is_step_budget(run: &ConsoleRun) -> bool {
    run.error
        .as_ref()
        .is_some_and(|e| e.text.contains("steps (an endless loop?)"))
}

#[component]
pub fn Output(props: &OutputProps) -> Html {
    let lang = props.lang;
    let running = props.job.as_ref().map(|job| {
        let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
        html! {
            <div class="console-running" role="status" data-testid="console-running">
                // Cancel first: the progress beside it changes width as
                // it grows, and a moving button is hard to hit.
                <button type="button" class="small" data-testid="console-cancel" onclick={on_cancel}>
                    { Text::Cancel.get(lang) }
                </button>
                <span>{ Text::ConsoleRunning.get(lang) }</span>
                { job_progress(lang, &job.progress) }
            </div>
        }
    });
    let body = match props.run.as_deref() {
        None => html! { <p class="muted">{ Text::ConsoleNotRun.get(lang) }</p> },
        Some(result) => {
            let run = &result.run;
            html! {
                <>
                    if run.stdout.is_empty() && run.error.is_none() {
                        <p class="muted">{ Text::ConsoleNoOutput.get(lang) }</p>
                    }
                    if !run.stdout.is_empty() {
                        <pre class="console-stdout" data-testid="console-stdout">{ run.stdout.clone() }</pre>
                    }
                    if let Some(error) = &run.error {
                        <div class="console-error" role="alert" data-testid="console-error"
                             data-line={error.line.to_string()}>
                            <span class="error-where">
                                { Text::ConsoleErrorLine.get(lang).replace("{line}", &error.line.to_string()) }
                            </span>
                            <pre>{ error.text.clone() }</pre>
                            if is_step_budget(run) {
                                <p>{ Text::ConsoleStepBudget.get(lang) }</p>
                            } else if error.text.starts_with("not supported in the playground") {
                                <p>{ Text::ConsoleUnsupported.get(lang) }</p>
                            }
                        </div>
                    }
                </>
            }
        }
    };
    html! {
        <section class="console-output" data-testid="console-output" data-run={props.runs.to_string()}
                 aria-label={Text::ConsoleOutput.get(lang)} aria-live="polite">
            <h3>{ Text::ConsoleOutput.get(lang) }</h3>
            { for running }
            { body }
            <p class="muted small-note">{ Text::ConsoleBannerNote.get(lang) }</p>
        </section>
    }
}
