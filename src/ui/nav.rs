//! Navigation by lesson section. The current section lives in the app
//! state; this only shows it and asks to change it.

use yew::prelude::*;

use super::state::Section;
use crate::i18n::{Lang, Text};

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub lang: Lang,
    pub current: Section,
    pub on_navigate: Callback<Section>,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = props.lang;
    html! {
        <nav class="sections" aria-label={Text::LessonSections.get(lang)}>
            <ul>
                { for Section::ALL.iter().map(|&section| {
                    let current = section == props.current;
                    let onclick = props.on_navigate.reform(move |_: MouseEvent| section);
                    html! {
                        <li>
                            <button type="button" data-testid={format!("nav-{}", section.id())}
                                class={classes!("nav-item", current.then_some("current"))}
                                aria-current={current.then_some("page")} {onclick}>
                                { section.title().get(lang) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
