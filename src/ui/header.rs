//! The page header: title, dataset summary, the lesson outline, the
//! share button and the language switch.

use yew::prelude::*;

use super::outline::Outline;
use super::state::Section;
use crate::dataset::DatasetSummary;
use crate::i18n::{Lang, Text};
use crate::report::thousands;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    /// `None` until the start has opened the data (the counts read `…`).
    pub summary: Option<DatasetSummary>,
    /// A project's own models and their rows: shown instead of the
    /// lesson's counts when there are any.
    pub models: Vec<(String, i64)>,
    pub on_toggle_lang: Callback<()>,
    pub on_share: Callback<()>,
    pub on_navigate: Callback<Section>,
}

/// A plain function, not a component: it has no state, its parent gives
/// it new callbacks on every render anyway, and a component costs about
/// 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the page").
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let s = props.summary.unwrap_or_default();
    let count = |n: i64| match props.summary {
        Some(_) => thousands(usize::try_from(n).unwrap_or(0)),
        None => "…".to_owned(),
    };
    // (label, count, test id); a model's class name is the learner's own
    // text, shown as text.
    let counts: Vec<(String, String, String)> = if props.models.is_empty() {
        [
            (Text::Users, s.users, "users"),
            (Text::Articles, s.articles, "articles"),
            (Text::Comments, s.comments, "comments"),
            (Text::Follows, s.follows, "follows"),
            (Text::Likes, s.likes, "likes"),
        ]
        .into_iter()
        .map(|(label, n, key)| (label.get(lang).to_owned(), count(n), key.to_owned()))
        .collect()
    } else {
        props
            .models
            .iter()
            .map(|(name, n)| (name.clone(), count(*n), format!("model-{name}")))
            .collect()
    };
    let on_click = props.on_toggle_lang.reform(|_: MouseEvent| ());
    let on_share = props.on_share.reform(|_: MouseEvent| ());
    html! {
        <header class="app-header">
            <div class="title">
                <h1>{ Text::AppTitle.get(lang) }</h1>
                <p class="tagline">{ Text::AppTagline.get(lang) }</p>
            </div>
            <dl class="summary" data-testid="dataset-summary" aria-label={Text::DatasetSummary.get(lang)}>
                { for counts.iter().map(|(label, n, key)| html! {
                    <div class="stat" data-testid={format!("summary-{key}")}>
                        <dt>{ label.clone() }</dt>
                        <dd>{ n.clone() }</dd>
                    </div>
                }) }
            </dl>
            <div class="header-actions">
                <Outline {lang} on_navigate={props.on_navigate.clone()} />
                <button type="button" class="share-button" data-testid="share-button" onclick={on_share}>
                    { Text::Share.get(lang) }
                </button>
                <button type="button" class="lang-switch" data-testid="lang-switch"
                        lang={lang.other().tag()} onclick={on_click}>
                    { Text::SwitchLanguage.get(lang) }
                </button>
            </div>
        </header>
    }
}
