//! The modelled time's controls and basis: which database the learner
//! pictures behind Django (its round trip), and how the modelled time is
//! computed, shown wherever a modelled time is (pattern pages, scale lab).

use yew::prelude::*;

use super::code::inline_code;
use crate::cost_model::{RoundTrip, DJANGO_MS_PER_QUERY, DJANGO_MS_PER_ROW};
use crate::i18n::{Lang, Text};

/// The label of a round-trip choice.
fn round_trip_text(round_trip: RoundTrip) -> Text {
    match round_trip {
        RoundTrip::Sqlite => Text::RoundTripSqlite,
        RoundTrip::SameHost => Text::RoundTripSameHost,
        RoundTrip::OtherHost => Text::RoundTripOtherHost,
        RoundTrip::Remote => Text::RoundTripRemote,
    }
}

#[derive(Properties, PartialEq)]
pub struct CostModelProps {
    pub lang: Lang,
    pub round_trip: RoundTrip,
    pub on_round_trip: Callback<RoundTrip>,
}

/// The round-trip choice and the model's basis in one line of prose.
///
/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn cost_model_note(props: &CostModelProps) -> Html {
    let lang = props.lang;
    let onchange = props.on_round_trip.reform(|event: Event| {
        let value = event
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|select| select.value())
            .unwrap_or_default();
        RoundTrip::from_key(&value).unwrap_or_default()
    });
    let basis = Text::ModelBasis
        .get(lang)
        .replace("{per_query}", &DJANGO_MS_PER_QUERY.to_string())
        .replace("{per_row}", &DJANGO_MS_PER_ROW.to_string());
    html! {
        <div class="cost-model" data-testid="cost-model">
            <label>
                { Text::RoundTripLabel.get(lang) }{ " " }
                <select data-testid="round-trip" {onchange}>
                    { for RoundTrip::ALL.into_iter().map(|choice| html! {
                        <option value={choice.key()} selected={choice == props.round_trip}>
                            { round_trip_text(choice).get(lang) }
                        </option>
                    }) }
                </select>
            </label>
            <p class="muted small">{ inline_code(&basis) }</p>
        </div>
    }
}

/// A modelled time with its test hook (`data-ms`): `Django 예상 12.3 ms`,
/// or only `12.3 ms` where a heading already says what it is.
pub fn model_time(lang: Lang, ms: f64, variant: &str, labelled: bool) -> Html {
    let ms_text = crate::report::format_ms(ms);
    let text = if labelled {
        Text::ModelTime.get(lang).replace("{ms}", &ms_text)
    } else {
        format!("{ms_text} ms")
    };
    html! {
        <span class="model-time" data-testid="model-time" data-variant={variant.to_owned()}
              data-ms={format!("{ms:.3}")} title={Text::ModelTimeTitle.get(lang)}>
            { text }
        </span>
    }
}
