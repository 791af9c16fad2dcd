//! The scale lab's numbers beside the plots: one row per variant, one
//! column per size, each cell "N queries · ms".

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::report::{format_ms, thousands};
use crate::scale::ScaleResult;

#[derive(Properties, PartialEq)]
pub struct ScaleTableProps {
    pub lang: Lang,
    pub result: Rc<ScaleResult>,
}

#[component]
pub fn ScaleTable(props: &ScaleTableProps) -> Html {
    let lang = props.lang;
    let result = &props.result;
    html! {
        <div class="scale-table">
            <table data-testid="scale-table">
                <caption>{ Text::ScaleTable.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ Text::ScalePattern.get(lang) }</th>
                        { for result.sizes.iter().map(|n| html! {
                            <th scope="col" class="num">{ "N = " }{ thousands(*n) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for result.series.iter().map(|series| html! {
                        <tr data-testid="scale-row" data-scenario={series.scenario.name()} data-variant={series.variant}>
                            <th scope="row">
                                <span class={format!("swatch s-{} v-{}", series.scenario.name(), series.variant)} aria-hidden="true" />
                                <code>{ series.scenario.name() }</code>{ " · " }<code>{ series.variant }</code>
                            </th>
                            { for result.sizes.iter().map(|n| {
                                let cell = series.points.iter().find(|p| p.articles == *n).map(|p| {
                                    let text = if p.queries == 1 { Text::ScaleCellOne } else { Text::ScaleCell };
                                    text.get(lang)
                                        .replace("{queries}", &thousands(p.queries))
                                        .replace("{ms}", &format_ms(p.ms))
                                });
                                html! { <td class="num">{ cell.unwrap_or_else(|| "…".to_owned()) }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
