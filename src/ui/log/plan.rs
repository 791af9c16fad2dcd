//! `EXPLAIN QUERY PLAN` of a query, as a tree indented by depth.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::ui::state::Plan;

/// The plan of a query (`None` until asked for). A plain function, not a
/// component: it has no state, and a component costs about 1.3 KB of wasm
/// of its own (BENCHMARKS.md, "Shrinking the page").
pub fn query_plan(lang: Lang, plan: Option<&Plan>) -> Html {
    match plan {
        None => Html::default(),
        Some(Err(error)) => html! {
            <p class="error" data-testid="query-plan-error">{ error.clone() }</p>
        },
        Some(Ok(rows)) => html! {
            <figure class="query-plan">
                <figcaption>{ "EXPLAIN QUERY PLAN" }</figcaption>
                <ul data-testid="query-plan" aria-label={Text::QueryPlan.get(lang)}>
                    { for rows.iter().map(|r| {
                        let style = format!("padding-left: {}em", 0.25 + 1.25 * r.depth as f64);
                        html! { <li {style}>{ if r.depth > 0 { "└ " } else { "" } }{ r.detail.clone() }</li> }
                    }) }
                </ul>
            </figure>
        },
    }
}
