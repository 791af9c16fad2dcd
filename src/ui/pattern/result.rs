//! The page a variant rendered, as the learner would see it. Its own
//! component so that hovering the log (which re-renders the column) does
//! not rebuild a long page's text. A page of the benchmark's size (110,000
//! lines) shows its first [`SHOWN_LINES`]: laying out the rest would block
//! the page, and "export JSON" has it whole.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::report::{thousands, LogReport};
use crate::ui::shared::Shared;

/// Lines of a rendered page shown at most.
pub const SHOWN_LINES: usize = 500;

#[derive(Properties, PartialEq)]
pub struct ResultTextProps {
    pub lang: Lang,
    pub log: Shared<LogReport>,
}

/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn result_text(props: &ResultTextProps) -> Html {
    let lang = props.lang;
    let steps = props.log.steps();
    let pages: Vec<(&'static str, String, usize)> = steps
        .iter()
        .filter(|s| !s.result_text.is_empty())
        .map(|s| {
            let shown = s.result_text.len().min(SHOWN_LINES);
            let hidden = s.result_text.len() - shown;
            (s.name, s.result_text[..shown].join("\n"), hidden)
        })
        .collect();
    let multi_step = steps.len() > 1;
    html! {
        <>
            <h4 class="result-title">{ Text::RenderedPage.get(lang) }</h4>
            if pages.is_empty() {
                <p class="muted">{ Text::RedirectOnly.get(lang) }</p>
            }
            // Step names come from CSS (`data-step`), so the text here is
            // exactly the page's.
            <div class={classes!("result", multi_step.then_some("steps"))} data-testid="result-text">
                { for pages.into_iter().map(|(step, text, hidden)| html! {
                    <>
                        <pre class="page-text" data-step={step}>{ text }</pre>
                        if hidden > 0 {
                            <p class="muted more-lines" data-testid="more-lines">
                                { Text::MoreLines.get(lang).replace("{n}", &thousands(hidden)) }
                            </p>
                        }
                    </>
                }) }
            </div>
        </>
    }
}
