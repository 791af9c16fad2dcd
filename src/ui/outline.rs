//! The lecture's outline ("Many-to-Many relationships 04_1"), in the page:
//! each heading of the lecture with its one-line summary, linking to the
//! section of the playground that teaches it. The lecture's own notes are
//! mostly pictures the playground does not have, so only the headings and
//! their summaries are kept, in both languages.

use yew::prelude::*;

use super::state::Section;
use crate::i18n::{Lang, Text};

/// The lecture's headings, in its order, with the section for each.
const OUTLINE: [(Text, Section); 10] = [
    (Text::OutlineFollow, Section::Follow),
    (Text::OutlineFixtures, Section::Fixtures),
    (Text::OutlineDumpdata, Section::Fixtures),
    (Text::OutlineLoaddata, Section::Fixtures),
    (Text::OutlineImprove, Section::SelectAndPrefetch),
    (Text::OutlineAnnotate, Section::Annotate),
    (Text::OutlineSelectRelated, Section::SelectRelated),
    (Text::OutlinePrefetchRelated, Section::PrefetchRelated),
    (Text::OutlineBoth, Section::SelectAndPrefetch),
    (Text::OutlineExists, Section::Exists),
];

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub lang: Lang,
    pub on_navigate: Callback<Section>,
}

/// A disclosure in the header: the button opens the outline; choosing a
/// heading goes to its section and closes it; Esc closes it too.
#[component]
pub fn Outline(props: &OutlineProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                open.set(false);
            }
        })
    };
    html! {
        <div class="outline" {onkeydown}>
            <button type="button" class="outline-link" data-testid="outline-link"
                    aria-expanded={open.to_string()} aria-controls="lesson-outline" onclick={toggle}>
                { Text::LessonOutline.get(lang) }
            </button>
            if *open {
                <nav id="lesson-outline" class="outline-panel" data-testid="outline"
                     aria-label={Text::LessonOutline.get(lang)}>
                    <p class="muted small">{ Text::OutlineLead.get(lang) }</p>
                    <ol>
                        { for OUTLINE.iter().map(|&(text, section)| {
                            let onclick = {
                                let open = open.clone();
                                props.on_navigate.reform(move |_: MouseEvent| {
                                    open.set(false);
                                    section
                                })
                            };
                            let (heading, summary) = text.get(lang).split_once(" — ").unwrap_or((text.get(lang), ""));
                            html! {
                                <li>
                                    <button type="button" class="linklike" data-testid="outline-item"
                                            data-section={section.id()} {onclick}>
                                        <strong>{ heading }</strong>
                                    </button>
                                    if !summary.is_empty() {
                                        <span class="muted">{ " — " }{ summary }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                </nav>
            }
        </div>
    }
}
