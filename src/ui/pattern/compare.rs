//! The comparison bar: "41 queries → 2 queries (20× fewer) · 0.20 ms →
//! 0.17 ms · 70 rows → 40 rows · same page ✓", one line per variant
//! against the first, and a line diff if a page ever differs.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::report::{format_factor, format_ms, thousands, Change, DiffLine, Ratio};
use crate::ui::shared::Shared;
use crate::ui::state::RunView;

#[derive(Properties, PartialEq)]
pub struct ComparisonBarProps {
    pub lang: Lang,
    pub run: Shared<RunView>,
}

/// The line's words, in the learner's language.
fn describe(lang: Lang, change: &Change) -> (String, String, String, String) {
    let queries = |n| Text::NQueries.get(lang).replace("{n}", &thousands(n));
    let rows = |n| Text::NRows.get(lang).replace("{n}", &thousands(n));
    let ratio = match change.queries {
        Ratio::Same => Text::SameCount.get(lang).to_owned(),
        Ratio::Fewer(f) => Text::TimesFewer.get(lang).replace("{x}", &format_factor(f)),
        Ratio::More(f) => Text::TimesMore.get(lang).replace("{x}", &format_factor(f)),
    };
    (
        format!(
            "{} → {} ({ratio})",
            queries(change.from.queries),
            queries(change.to.queries)
        ),
        format!(
            "{} ms → {} ms",
            format_ms(change.from.ms()),
            format_ms(change.to.ms())
        ),
        format!("{} → {}", rows(change.from.rows), rows(change.to.rows)),
        format!("{} → {}", change.from_name, change.to_name),
    )
}

#[component]
pub fn ComparisonBar(props: &ComparisonBarProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="comparison" data-testid="comparison">
            { for props.run.changes.iter().map(|change| {
                let (queries, time, rows, names) = describe(lang, change);
                let better = matches!(change.queries, Ratio::Fewer(_));
                html! {
                    <div class="comparison-line">
                        <p>
                            <span class="names">{ names }</span>
                            <strong class={classes!("c-queries", better.then_some("good"))}
                                    data-testid="comparison-queries">{ queries }</strong>
                            <span class="sep" aria-hidden="true">{ " · " }</span>
                            <span>{ time }</span>
                            <span class="sep" aria-hidden="true">{ " · " }</span>
                            <span>{ rows }</span>
                            <span class="sep" aria-hidden="true">{ " · " }</span>
                            if change.same_page {
                                <span class="same-page good" data-testid="same-page">{ Text::SamePage.get(lang) }</span>
                            } else {
                                <span class="same-page bad" data-testid="different-page">{ Text::DifferentPage.get(lang) }</span>
                            }
                        </p>
                        if !change.same_page {
                            { diff_view(lang, &change.diff) }
                        }
                    </div>
                }
            }) }
        </div>
    }
}

fn diff_view(lang: Lang, diff: &[DiffLine]) -> Html {
    html! {
        <pre class="diff" data-testid="page-diff" aria-label={Text::PageDiff.get(lang)}>
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
