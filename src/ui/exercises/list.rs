//! The list of exercises: number, title, lesson topic and a ✓ for those
//! passed, with how many passed above it. Choosing one is the panel's
//! business (it loads the program into the editor).

use yew::prelude::*;

use crate::exercises::catalog::Topic;
use crate::exercises::progress::Progress;
use crate::exercises::EXERCISES;
use crate::i18n::{Lang, Text};
use crate::ui::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ExerciseListProps {
    pub lang: Lang,
    pub progress: Shared<Progress>,
    /// The open exercise's id.
    pub current: &'static str,
    /// The index of the exercise chosen.
    pub on_select: Callback<usize>,
}

/// The lesson section an exercise practises, as the navigation names it.
fn topic_label(topic: Topic) -> Text {
    match topic {
        Topic::Annotate => Text::NavAnnotate,
        Topic::SelectRelated => Text::NavSelectRelated,
        Topic::PrefetchRelated => Text::NavPrefetchRelated,
        Topic::SelectAndPrefetch => Text::NavSelectAndPrefetch,
        Topic::Exists => Text::NavExists,
        Topic::ManyToMany => Text::TopicManyToMany,
        Topic::Challenge => Text::TopicChallenge,
    }
}

/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn exercise_list(props: &ExerciseListProps) -> Html {
    let lang = props.lang;
    let progress = &*props.progress;
    let passed_text = Text::ExercisesPassed
        .get(lang)
        .replace("{passed}", &progress.passed_count().to_string())
        .replace("{total}", &EXERCISES.len().to_string());
    html! {
        <nav class="exercise-list" aria-label={Text::ExerciseList.get(lang)}>
            <p class="exercise-progress" data-testid="exercise-progress">{ passed_text }</p>
            <ol data-testid="exercise-list">
                { for EXERCISES.iter().enumerate().map(|(index, item)| {
                    let current = item.id == props.current;
                    let passed = progress.of(item).passed;
                    let onclick = props.on_select.reform(move |_: MouseEvent| index);
                    html! {
                        <li>
                            <button type="button" data-testid="exercise-item"
                                data-exercise={item.id} data-passed={passed.to_string()}
                                class={classes!("exercise-item", current.then_some("current"), passed.then_some("passed"))}
                                aria-current={current.then_some("true")} {onclick}>
                                <span class="exercise-number">{ index + 1 }</span>
                                <span class="exercise-title">{ item.title.get(lang) }</span>
                                <span class="exercise-topic">{ topic_label(item.topic).get(lang) }</span>
                                if passed {
                                    <span class="exercise-passed" title={Text::ExercisePassedMark.get(lang)}>{ "✓" }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
