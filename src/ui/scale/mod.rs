//! The scale lab page: choose sizes, run every pattern on generated data
//! of each size (a job in slices, its progress under the Run button, with
//! Cancel), and watch each pattern's variants fill in against N, plotted on
//! log scales (queries, Django's modelled time or SQLite's time), with the
//! table below.

mod chart;
mod table;

use std::rc::Rc;

use yew::prelude::*;

use super::code::inline_code;
use super::cost::{cost_model_note, CostModelProps};
use super::data::job_progress;
use super::state::{ActiveJob, ScaleView};
use crate::cost_model::RoundTrip;
use crate::i18n::{Lang, Text};
use crate::report::thousands;
use crate::scale::DEFAULT_SIZES;
use chart::{Measure, ScaleChart};
use table::{scale_table, ScaleTableProps};

#[derive(Properties, PartialEq)]
pub struct ScalePageProps {
    pub lang: Lang,
    pub scale: Rc<ScaleView>,
    /// The lab's job while it runs.
    pub job: Option<ActiveJob>,
    pub round_trip: RoundTrip,
    pub on_round_trip: Callback<RoundTrip>,
    pub on_toggle_size: Callback<usize>,
    pub on_run: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ScalePage(props: &ScalePageProps) -> Html {
    let lang = props.lang;
    let scale = &props.scale;
    let measure = use_state(|| MeasureChoice::Queries);
    let on_run = props.on_run.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let running = props.job.is_some();
    let can_run = !running && !scale.sizes.is_empty();
    let shown = measure.of(props.round_trip);
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
                                    checked={scale.sizes.contains(&n)} disabled={running} {onchange} />
                                { thousands(n) }
                            </label>
                        }
                    }) }
                </fieldset>
                <button type="button" class="primary" data-testid="run-scale" disabled={!can_run} onclick={on_run}>
                    { Text::RunScale.get(lang) }
                </button>
                if let Some(job) = &props.job {
                    <div class="scale-progress" data-testid="scale-progress" role="status">
                        { job_progress(lang, &job.progress) }
                        <button type="button" class="small" onclick={on_cancel}>{ Text::Cancel.get(lang) }</button>
                    </div>
                }
            </div>
            if let Some(error) = &scale.error {
                <p class="error" role="alert">{ error.clone() }</p>
            }
            { match &scale.result {
                Some(result) => html! {
                    <div class="scale-results">
                        { measure_switch(lang, *measure, &measure) }
                        <div class="scale-charts">
                            { for result.scenarios().into_iter().map(|scenario| html! {
                                <ScaleChart key={scenario.name()} {lang} result={result.clone()} {scenario} measure={shown} />
                            }) }
                        </div>
                        { cost_model_note(&CostModelProps { lang, round_trip: props.round_trip,
                            on_round_trip: props.on_round_trip.clone() }) }
                        { scale_table(&ScaleTableProps { lang, result: result.clone(), round_trip: props.round_trip }) }
                    </div>
                },
                None => html! { <p class="muted" data-testid="scale-empty">{ Text::ScaleEmpty.get(lang) }</p> },
            } }
        </div>
    }
}

/// The measure the learner picked (the round trip comes from the state).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MeasureChoice {
    Queries,
    Modelled,
    Sqlite,
}

impl MeasureChoice {
    const ALL: [MeasureChoice; 3] = [
        MeasureChoice::Queries,
        MeasureChoice::Modelled,
        MeasureChoice::Sqlite,
    ];

    fn of(self, round_trip: RoundTrip) -> Measure {
        match self {
            MeasureChoice::Queries => Measure::Queries,
            MeasureChoice::Modelled => Measure::Modelled(round_trip),
            MeasureChoice::Sqlite => Measure::Sqlite,
        }
    }
}

/// Radio buttons choosing what every plot shows.
fn measure_switch(lang: Lang, current: MeasureChoice, set: &UseStateHandle<MeasureChoice>) -> Html {
    html! {
        <fieldset class="scale-measure" data-testid="scale-measure">
            <legend>{ Text::ScaleMeasure.get(lang) }</legend>
            { for MeasureChoice::ALL.into_iter().map(|choice| {
                let measure = choice.of(RoundTrip::default());
                let onchange = {
                    let set = set.clone();
                    Callback::from(move |_: Event| set.set(choice))
                };
                html! {
                    <label>
                        <input type="radio" name="scale-measure" value={measure.key()}
                            data-testid={format!("scale-measure-{}", measure.key())}
                            checked={choice == current} {onchange} />
                        { measure.title().get(lang) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
