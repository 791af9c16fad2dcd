//! A check's verdict: passed or not, then the three conditions each with
//! ✓ or ✗ (the output on the current data, on the hidden data, the
//! budget), the output diffs and the learner's own error with its line.

use yew::prelude::*;

use crate::exercises::check::{CheckReport, DatasetCheck, OutputCheck};
use crate::i18n::{Lang, Text};
use crate::report::DiffLine;
use crate::ui::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct CheckResultProps {
    pub lang: Lang,
    pub report: Shared<CheckReport>,
}

fn mark(ok: bool) -> Html {
    html! { <span class={classes!("mark", if ok { "ok" } else { "bad" })} aria-hidden="true">{ if ok { "✓" } else { "✗" } }</span> }
}

fn diff_view(lang: Lang, diff: &[DiffLine]) -> Html {
    html! {
        <pre class="diff" data-testid="exercise-diff" aria-label={Text::CheckDiffLegend.get(lang)}>
            { for diff.iter().map(|line| match line {
                DiffLine::Same(text) => html! { <span class="d-same">{ "  " }{ text.clone() }{ "\n" }</span> },
                DiffLine::Removed(text) => html! { <del class="d-del">{ "- " }{ text.clone() }{ "\n" }</del> },
                DiffLine::Added(text) => html! { <ins class="d-add">{ "+ " }{ text.clone() }{ "\n" }</ins> },
                DiffLine::Skipped(n) => html! {
                    <span class="d-skip">{ Text::LinesUnchanged.get(lang).replace("{n}", &n.to_string()) }{ "\n" }</span>
                },
            }) }
        </pre>
    }
}

/// One dataset's output condition.
fn output_item(lang: Lang, title: Text, part: &DatasetCheck, testid: &'static str) -> Html {
    let same = part.output == OutputCheck::Same;
    let detail = match &part.output {
        OutputCheck::Same => html! { <span>{ Text::CheckSame.get(lang) }</span> },
        OutputCheck::Differs { diff, more } => html! {
            <>
                <span>{ Text::CheckDiffers.get(lang) }</span>
                <p class="diff-legend">{ Text::CheckDiffLegend.get(lang) }</p>
                { diff_view(lang, diff) }
                if *more > 0 {
                    <p class="diff-legend">{ Text::CheckDiffMore.get(lang).replace("{n}", &more.to_string()) }</p>
                }
            </>
        },
        OutputCheck::ReferenceFailed(error) => html! {
            <span>{ Text::CheckReferenceFailed.get(lang).replace("{error}", error) }</span>
        },
    };
    let error = part.error.as_ref().map(|error| {
        Text::CheckYourError
            .get(lang)
            .replace("{line}", &error.line.to_string())
            .replace("{error}", &error.last_line())
    });
    html! {
        <li data-testid={testid} data-ok={same.to_string()}>
            { mark(same) }
            <strong>{ title.get(lang) }</strong>{ ": " }{ detail }
            if let Some(error) = error {
                <p class="exercise-error" data-testid="exercise-error">{ error }</p>
            }
        </li>
    }
}

/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn check_result(props: &CheckResultProps) -> Html {
    let lang = props.lang;
    let report = &*props.report;
    let passed = report.passed();
    let budget = report.budget;
    let within = report.usage().within(budget);
    let queries = Text::CheckUsage
        .get(lang)
        .replace("{current}", &report.current.usage.queries.to_string())
        .replace("{hidden}", &report.hidden.usage.queries.to_string())
        .replace("{budget}", &budget.queries.to_string());
    let rows = budget.rows.map(|rows| {
        Text::CheckRows
            .get(lang)
            .replace("{current}", &report.current.usage.rows.to_string())
            .replace("{hidden}", &report.hidden.usage.rows.to_string())
            .replace("{budget}", &rows.to_string())
    });
    html! {
        <div class={classes!("exercise-result", if passed { "passed" } else { "failed" })}
            data-testid="exercise-result" data-passed={passed.to_string()} role="status">
            <p class="verdict">
                { mark(passed) }
                { if passed { Text::ExercisePassed.get(lang) } else { Text::ExerciseFailed.get(lang) } }
            </p>
            <ul class="conditions">
                { output_item(lang, Text::CheckOutputCurrent, &report.current, "check-current") }
                { output_item(lang, Text::CheckOutputHidden, &report.hidden, "check-hidden") }
                <li data-testid="check-budget" data-ok={within.to_string()}>
                    { mark(within) }
                    <strong>{ Text::CheckQueries.get(lang) }</strong>{ ": " }{ queries }
                    if let Some(rows) = rows {
                        <br />{ rows }
                    }
                </li>
            </ul>
            <p class="hidden-note">{ Text::CheckHiddenData.get(lang) }</p>
        </div>
    }
}
