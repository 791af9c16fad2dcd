//! `EXPLAIN QUERY PLAN` of a query, as a tree indented by depth.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::ui::state::Plan;

#[derive(Properties, PartialEq)]
pub struct QueryPlanProps {
    pub lang: Lang,
    /// `None` until asked for.
    pub plan: Option<Rc<Plan>>,
}

#[component]
pub fn QueryPlan(props: &QueryPlanProps) -> Html {
    let lang = props.lang;
    match props.plan.as_deref() {
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
