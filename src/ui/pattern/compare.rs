//! The comparison bar: "쿼리 41개 → 2개 (1/20)" as the headline, then the
//! modelled Django time, the SQLite time measured here, the rows and
//! "same page ✓", one line per variant against the first, and a line diff
//! if a page ever differs.

use yew::prelude::*;

use crate::cost_model::RoundTrip;
use crate::i18n::{Lang, Noun, Text};
use crate::report::{format_ms, Change, DiffLine};
use crate::ui::cost::model_time;
use crate::ui::shared::Shared;
use crate::ui::state::RunView;

#[derive(Properties, PartialEq)]
pub struct ComparisonBarProps {
    pub lang: Lang,
    pub run: Shared<RunView>,
    pub round_trip: RoundTrip,
}

/// `쿼리 41개 → 2개 (1/20)` / `41 → 2 queries (1/20)`.
fn queries_line(lang: Lang, change: &Change) -> String {
    let (from, to) = (change.from.queries, change.to.queries);
    format!(
        "{} ({})",
        Noun::Query.count_from_to(lang, from, to),
        Noun::Query.change(lang, from, to)
    )
}

/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn comparison_bar(props: &ComparisonBarProps) -> Html {
    let lang = props.lang;
    let round_trip = props.round_trip;
    html! {
        <div class="comparison" data-testid="comparison">
            { for props.run.changes.iter().map(|change| {
                let better = change.fewer_queries();
                let sqlite = format!(
                    "SQLite {} → {} ms",
                    format_ms(change.from.sqlite_ms),
                    format_ms(change.to.sqlite_ms)
                );
                let rows = format!(
                    "{} ({})",
                    Noun::Row.count_from_to(lang, change.from.rows, change.to.rows),
                    Noun::Row.change(lang, change.from.rows, change.to.rows)
                );
                // Lead with what differs: the exists page sends as many
                // queries either way; its lesson is in the rows.
                let rows_lead = change.from.queries == change.to.queries
                    && change.from.rows != change.to.rows;
                let fewer_rows = change.to.rows < change.from.rows;
                html! {
                    <div class="comparison-line">
                        <p>
                            <span class="names">{ format!("{} → {}", change.from_name, change.to_name) }</span>
                            if rows_lead {
                                <strong class={classes!("c-rows", fewer_rows.then_some("good"))}
                                        data-testid="comparison-lead">{ rows.clone() }</strong>
                                <span class="sep" aria-hidden="true">{ " · " }</span>
                                <span class="c-queries" data-testid="comparison-queries">{ queries_line(lang, change) }</span>
                            } else {
                                <strong class={classes!("c-queries", better.then_some("good"))}
                                        data-testid="comparison-queries">{ queries_line(lang, change) }</strong>
                            }
                            <span class="sep" aria-hidden="true">{ " · " }</span>
                            <span class="c-model">
                                { model_time(lang, change.from.modelled_ms(round_trip), change.from_name, true) }
                                { " → " }
                                { model_time(lang, change.to.modelled_ms(round_trip), change.to_name, true) }
                            </span>
                            <span class="sep" aria-hidden="true">{ " · " }</span>
                            <span class="muted">{ sqlite }</span>
                            <span class="sep" aria-hidden="true">{ " · " }</span>
                            if !rows_lead {
                                <span data-testid="comparison-rows">{ rows }</span>
                                <span class="sep" aria-hidden="true">{ " · " }</span>
                            }
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
