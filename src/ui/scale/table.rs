//! The scale lab's numbers: one row per pattern, variant and N, with the
//! queries, the modelled Django time and the SQLite time, grouped by
//! pattern so that naive and optimized at the same N sit together.

use std::rc::Rc;

use yew::prelude::*;

use crate::cost_model::RoundTrip;
use crate::i18n::{Lang, Noun, Text};
use crate::report::{format_ms, thousands};
use crate::scale::{runs_at, ScaleResult, ScaleSeries};
use crate::ui::cost::model_time;

#[derive(Properties, PartialEq)]
pub struct ScaleTableProps {
    pub lang: Lang,
    pub result: Rc<ScaleResult>,
    pub round_trip: RoundTrip,
}

/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn scale_table(props: &ScaleTableProps) -> Html {
    let lang = props.lang;
    let result = &props.result;
    let scenarios = result.scenarios();
    html! {
        <div class="scale-table">
            <table data-testid="scale-table">
                <caption>{ Text::ScaleTable.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ Text::ScalePattern.get(lang) }</th>
                        <th scope="col" class="num">{ "N" }</th>
                        <th scope="col" class="num">{ Text::ScaleQueries.get(lang) }</th>
                        <th scope="col" class="num">{ Text::ScaleModelled.get(lang) }</th>
                        <th scope="col" class="num">{ Text::ScaleTime.get(lang) }</th>
                    </tr>
                </thead>
                { for scenarios.iter().map(|&scenario| {
                    let series: Vec<&ScaleSeries> =
                        result.series.iter().filter(|s| s.scenario == scenario).collect();
                    html! {
                        <tbody data-scenario={scenario.name()}>
                            { for result.sizes.iter().flat_map(|&n| {
                                let series = series.clone();
                                series.into_iter().filter_map(move |s| {
                                    s.points.iter().find(|p| p.articles == n).map(|p| (s, *p))
                                })
                            }).map(|(s, point)| {
                                let modelled = point.cost().modelled_ms(props.round_trip);
                                let runs = runs_at(point.articles);
                                html! {
                                    <tr data-testid="scale-row" data-pattern={s.scenario.name()}
                                        data-variant={s.variant} data-n={point.articles.to_string()}
                                        data-queries={point.queries.to_string()}>
                                        <th scope="row">
                                            <span class={format!("swatch v-{}", s.variant)} aria-hidden="true" />
                                            <code>{ s.scenario.name() }</code>{ " · " }<code>{ s.variant }</code>
                                        </th>
                                        <td class="num">{ thousands(point.articles) }</td>
                                        <td class="num">{ Noun::Query.count(lang, point.queries) }</td>
                                        <td class="num">{ model_time(lang, modelled, s.variant, false) }</td>
                                        <td class="num" title={Text::ScaleRuns.get(lang).replace("{n}", &runs.to_string())}>
                                            { format_ms(point.ms) }{ " ms" }
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    }
                }) }
            </table>
        </div>
    }
}
