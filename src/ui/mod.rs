//! The browser UI: a thin Yew shell over the core.
//!
//! Components render what the core computes and dispatch [`state::Action`]s;
//! they never build SQL or count anything themselves.

mod header;
mod state;
mod users;

use yew::prelude::*;

use crate::i18n::Lang;
use header::Header;
use state::{Action, AppState};
use users::UsersList;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// The browser's preferred languages, most preferred first.
fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

#[component]
fn App() -> Html {
    let state = use_reducer(|| {
        let tags = preferred_languages();
        AppState::boot(Lang::from_preferences(tags.iter().map(String::as_str)))
    });

    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| {
            if let Some(root) = gloo::utils::document().document_element() {
                // The `lang` attribute lets screen readers pick the voice.
                let _ = root.set_attribute("lang", lang.tag());
            }
        });
    }

    let on_toggle_lang = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ToggleLang))
    };

    html! {
        <>
            <Header lang={state.lang} summary={state.summary} on_toggle_lang={on_toggle_lang} />
            <main class="page">
                if let Some(error) = &state.error {
                    <p class="error" role="alert" data-testid="app-error">
                        { crate::i18n::Text::DatabaseError.get(state.lang) }{ ": " }{ error.clone() }
                    </p>
                }
                <UsersList lang={state.lang} users={state.users.clone()} />
            </main>
        </>
    }
}
