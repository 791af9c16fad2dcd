//! Navigation by lesson section. The current section lives in the app
//! state; this only shows it and asks to change it. The bar stays at the
//! top while the page scrolls, and on a narrow screen it scrolls sideways
//! so the current section's tab is in view.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::Section;
use crate::i18n::{Lang, Text};

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub lang: Lang,
    pub current: Section,
    /// Whether the lecture's models are there (else its pages are hidden).
    pub lesson_models: bool,
    pub on_navigate: Callback<Section>,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = props.lang;
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.current, move |_| center_current(&node));
    }
    html! {
        <nav class="sections" aria-label={Text::LessonSections.get(lang)} ref={node}>
            <ul>
                { for Section::ALL.iter().filter(|s| props.lesson_models || !s.needs_lesson()).map(|&section| {
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
            if !props.lesson_models {
                <p class="nav-note muted" data-testid="lesson-pages-hidden">
                    { Text::LessonPagesHidden.get(lang) }
                </p>
            }
        </nav>
    }
}

/// Scrolls the bar sideways so the current tab is in its middle (the bar
/// is positioned, so a tab's `offsetLeft` is measured from it).
fn center_current(node: &NodeRef) {
    let Some(nav) = node.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let current = nav
        .query_selector(".nav-item.current")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(tab) = current {
        let left = tab.offset_left() - (nav.client_width() - tab.offset_width()) / 2;
        nav.set_scroll_left(left.max(0));
    }
}
