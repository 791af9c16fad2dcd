//! The scale lab page: choose sizes, run every pattern on generated data
//! of each size (a job in slices, with the page's progress bar and
//! Cancel), and watch queries and time against N fill in, plotted on log
//! scales with a legend and the table beside them.

mod chart;
mod table;

use std::rc::Rc;

use yew::prelude::*;

use super::code::inline_code;
use super::state::ScaleView;
use crate::i18n::{Lang, Text};
use crate::report::thousands;
use crate::scale::{ScaleResult, DEFAULT_SIZES};
use chart::{Measure, ScaleChart};
use table::ScaleTable;

#[derive(Properties, PartialEq)]
pub struct ScalePageProps {
    pub lang: Lang,
    pub scale: Rc<ScaleView>,
    /// Whether the lab is running now.
    pub running: bool,
    pub on_toggle_size: Callback<usize>,
    pub on_run: Callback<()>,
}

#[component]
pub fn ScalePage(props: &ScalePageProps) -> Html {
    let lang = props.lang;
    let scale = &props.scale;
    let on_run = props.on_run.reform(|_: MouseEvent| ());
    let can_run = !props.running && !scale.sizes.is_empty();
    html! {
        <div class="scale-page">
            <h2>{ Text::NavScale.get(lang) }</h2>
            <p class="intro">{ inline_code(Text::IntroScale.get(lang)) }</p>
            <div class="scale-controls">
                <fieldset class="scale-sizes">
                    <legend>{ Text::ScaleSizes.get(lang) }</legend>
                    { for DEFAULT_SIZES.iter().map(|&n| {
                        let onchange = props.on_toggle_size.reform(move |_: Event| n);
                        html! {
                            <label>
                                <input type="checkbox" data-testid={format!("scale-size-{n}")}
                                    checked={scale.sizes.contains(&n)} disabled={props.running} {onchange} />
                                { thousands(n) }
                            </label>
                        }
                    }) }
                </fieldset>
                <button type="button" class="primary" data-testid="run-scale" disabled={!can_run} onclick={on_run}>
                    { Text::RunScale.get(lang) }
                </button>
            </div>
            if let Some(error) = &scale.error {
                <p class="error" role="alert">{ error.clone() }</p>
            }
            { match &scale.result {
                Some(result) => html! {
                    <div class="scale-results">
                        <div class="scale-charts">
                            <ScaleChart {lang} result={result.clone()} measure={Measure::Queries} />
                            <ScaleChart {lang} result={result.clone()} measure={Measure::Time} />
                            { legend(result) }
                        </div>
                        <ScaleTable {lang} result={result.clone()} />
                    </div>
                },
                None => html! { <p class="muted" data-testid="scale-empty">{ Text::ScaleEmpty.get(lang) }</p> },
            } }
        </div>
    }
}

/// One entry per variant, drawn with its line's colour and dash.
fn legend(result: &ScaleResult) -> Html {
    html! {
        <ul class="scale-legend" data-testid="scale-legend">
            { for result.series.iter().map(|s| html! {
                <li>
                    <svg width="28" height="10" aria-hidden="true">
                        <line class={format!("series s-{} v-{}", s.scenario.name(), s.variant)}
                            x1="1" x2="27" y1="5" y2="5" />
                    </svg>
                    <code>{ s.scenario.name() }</code>{ " · " }<code>{ s.variant }</code>
                </li>
            }) }
        </ul>
    }
}
