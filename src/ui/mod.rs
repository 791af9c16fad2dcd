//! The browser UI: a thin Yew shell over the core.
//!
//! Components render what the core computes and dispatch [`state::Action`]s;
//! they never build SQL or count anything themselves.
//!
//! ```text
//! App
//! ├── Header            dataset summary, outline link, language switch
//! ├── Nav               one entry per lesson section
//! └── main
//!     ├── FollowPage    lab controls, profile card, people, articles, live QueryLog
//!     ├── FixturesPage  rows per table, loaddata/dumpdata commands
//!     └── PatternPage   per scenario: ComparisonBar + VariantColumns
//!                       (CodePanel ×2, ResultText, QueryLog)
//! QueryLog              LogSummary, FindingsBanner, virtual list of QueryRows, QueryDetail
//! ```

mod browser;
mod code;
mod fixtures;
mod follow;
mod header;
mod log;
mod nav;
mod pattern;
mod shared;
mod state;

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use fixtures::FixturesPage;
use follow::{FollowCallbacks, FollowPage};
use header::Header;
use nav::Nav;
use pattern::PatternPage;
use shared::Shared;
use state::{Action, AppState, LogId, Section};

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// The one adapter from events to actions: a callback that dispatches
/// `make(value)`.
fn dispatcher<T: 'static>(
    state: &UseReducerHandle<AppState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(make(value)))
}

#[component]
fn App() -> Html {
    let state = use_reducer(|| {
        let tags = browser::preferred_languages();
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
        Callback::from(move |()| state.dispatch(Action::ToggleLang))
    };
    let on_navigate = dispatcher(&state, Action::Navigate);
    let on_explain = {
        let state = state.clone();
        Callback::from(move |(log, row): (LogId, usize)| state.dispatch(Action::Explain(log, row)))
    };
    let lang = state.lang;

    let page = match state.section {
        Section::Follow => {
            let callbacks = FollowCallbacks {
                on_set_acting: dispatcher(&state, Action::SetActing),
                on_set_variant: dispatcher(&state, Action::SetLabVariant),
                on_view_profile: dispatcher(&state, Action::ViewProfile),
                on_follow: dispatcher(&state, Action::ToggleFollow),
                on_like: dispatcher(&state, Action::ToggleLike),
                on_clear: {
                    let state = state.clone();
                    Callback::from(move |()| state.dispatch(Action::ClearLiveLog))
                },
                on_explain: on_explain.clone(),
            };
            html! {
                <FollowPage {lang} data={Shared::new(&state.data)} lab={Shared::new(&state.lab)}
                    plans={Shared::new(&state.plans)} {callbacks} />
            }
        }
        Section::Fixtures => html! {
            <FixturesPage {lang} view={state.fixtures.clone().map(Shared)}
                load_message={state.load_message.clone()} />
        },
        section => {
            let runs: Vec<Shared<state::RunView>> = section
                .scenarios()
                .iter()
                .filter_map(|s| state.runs.get(s).map(Shared::new))
                .collect();
            html! {
                <PatternPage {lang} {runs} plans={Shared::new(&state.plans)} {on_explain} />
            }
        }
    };

    html! {
        <>
            <Header {lang} summary={state.data.summary} {on_toggle_lang} />
            <Nav {lang} current={state.section} {on_navigate} />
            <main class="page" id="main">
                if let Some(error) = &state.boot_error {
                    <p class="error" role="alert" data-testid="app-error">
                        { Text::DatabaseError.get(lang) }{ ": " }{ error.clone() }
                    </p>
                }
                if let Some(notice) = &state.notice {
                    <p class="error" role="alert" data-testid="notice">{ notice.clone() }</p>
                }
                { page }
            </main>
        </>
    }
}
