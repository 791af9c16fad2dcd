//! The findings banner above a query log: each N+1 or wasteful query the
//! core found, naming the relation and the fix, with a button that opens
//! the first query it covers.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::report::LogReport;
use crate::ui::code::inline_code;
use crate::ui::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct FindingsBannerProps {
    pub lang: Lang,
    pub log: Shared<LogReport>,
    pub on_jump: Callback<usize>,
    /// Name each finding's line first (the console's program lines).
    #[prop_or_default]
    pub program_lines: bool,
}

#[component]
pub fn FindingsBanner(props: &FindingsBannerProps) -> Html {
    let lang = props.lang;
    let findings = props.log.findings();
    if props.log.is_empty() {
        return Html::default();
    }
    if findings.is_empty() {
        return html! {
            <p class="findings-none" data-testid="no-findings">{ "✓ " }{ Text::NoFindings.get(lang) }</p>
        };
    }
    html! {
        <ul class="findings" aria-label={Text::Findings.get(lang)}>
            { for findings.iter().map(|f| {
                let n_plus_one = f.is_n_plus_one();
                let testid = if n_plus_one { "n-plus-one" } else { "finding" };
                let first = f.records.first().copied();
                let on_jump = first.map(|row| props.on_jump.reform(move |_: MouseEvent| row));
                let line = first
                    .filter(|_| props.program_lines)
                    .and_then(|row| props.log.record(row))
                    .and_then(|r| r.origin.as_ref())
                    .map(|o| o.line);
                html! {
                    <li class={classes!("finding", n_plus_one.then_some("n-plus-one"))} data-testid={testid}>
                        <strong>{ if n_plus_one { "N+1" } else { "⚠" } }</strong>{ " " }
                        if let Some(line) = line {
                            <span class="finding-line" data-line={line.to_string()}>
                                { Text::ConsoleErrorLine.get(lang).replace("{line}", &line.to_string()) }{ ": " }
                            </span>
                        }
                        <span>{ inline_code(&crate::i18n::finding_message(f, props.log.registry(), lang)) }</span>
                        if let Some(onclick) = on_jump {
                            { " " }
                            <button type="button" class="link" {onclick}>{ Text::ShowQuery.get(lang) }</button>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
