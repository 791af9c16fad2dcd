//! The lab's controls: whom to log in as, and which variant's views run.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::scenarios::ScenarioId;
use crate::ui::shared::Shared;
use crate::ui::state::DataView;

#[derive(Properties, PartialEq)]
pub struct LabControlsProps {
    pub lang: Lang,
    pub users: Shared<DataView>,
    pub acting: i64,
    pub variant: &'static str,
    pub on_set_acting: Callback<i64>,
    pub on_set_variant: Callback<&'static str>,
}

#[component]
pub fn LabControls(props: &LabControlsProps) -> Html {
    let lang = props.lang;
    let on_acting = {
        let on_set_acting = props.on_set_acting.clone();
        Callback::from(move |e: Event| {
            let pk = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|select| select.value().parse::<i64>().ok());
            if let Some(pk) = pk {
                on_set_acting.emit(pk);
            }
        })
    };
    html! {
        <div class="lab-controls">
            <label class="acting">
                <span>{ Text::LogInAs.get(lang) }</span>
                <select data-testid="acting-user" onchange={on_acting}>
                    { for props.users.users.iter().map(|u| html! {
                        <option value={u.pk.to_string()} selected={u.pk == props.acting}>
                            { format!("{} (pk {})", u.username, u.pk) }
                        </option>
                    }) }
                </select>
            </label>
            <fieldset class="variant-choice">
                <legend>{ Text::ViewVariant.get(lang) }</legend>
                { for ScenarioId::Exists.variants().iter().map(|v| {
                    let name = v.name;
                    let onchange = props.on_set_variant.reform(move |_: Event| name);
                    html! {
                        <label>
                            <input type="radio" name="lab-variant" value={name} checked={props.variant == name}
                                   data-testid={format!("lab-variant-{name}")} {onchange} />
                            <code>{ name }</code>
                        </label>
                    }
                }) }
            </fieldset>
        </div>
    }
}
