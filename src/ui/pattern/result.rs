//! The page a variant rendered, as the learner would see it. Its own
//! component so that hovering the log (which re-renders the column) does
//! not rebuild a long page's text.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::report::LogReport;
use crate::ui::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ResultTextProps {
    pub lang: Lang,
    pub log: Shared<LogReport>,
}

#[component]
pub fn ResultText(props: &ResultTextProps) -> Html {
    let lang = props.lang;
    let steps = props.log.steps();
    let pages: Vec<(&'static str, String)> = steps
        .iter()
        .filter(|s| !s.result_text.is_empty())
        .map(|s| (s.name, s.result_text.join("\n")))
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
                { for pages.into_iter().map(|(step, text)| html! {
                    <pre class="page-text" data-step={step}>{ text }</pre>
                }) }
            </div>
        </>
    }
}
