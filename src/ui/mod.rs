//! The browser UI: a thin Yew shell over the core.
//!
//! Components render what the core computes and dispatch [`state::Action`]s;
//! they never build SQL or count anything themselves. The state, its
//! actions and the reducer are the core's (`crate::app`); `state` wraps
//! them for Yew and queues the effects the reducer returns, which
//! `effects` performs with `browser`, `persist` and `idb` (files,
//! downloads, storage, the URL fragment) and `driver` (jobs in slices).
//! Imports go one way: components and `effects` read `state`, which reads
//! only the core.
//!
//! ```text
//! App
//! ├── skip link         "Skip to content", the first thing Tab reaches
//! ├── header            dataset summary, outline link, share, language switch
//! ├── ShareDialog       the link and its length, or a playground file
//! ├── ConfirmReplace    "Replace your data?" before the learner's data goes
//! ├── data_bar          upload (picker, mode), load status, job_status
//! ├── undo_replace      brings back the data from before the last replacement
//! ├── DropOverlay       drag and drop anywhere
//! ├── Nav               one entry per lesson section
//! └── main
//!     ├── FollowPage    lab controls, profile card, people, articles, live QueryLog
//!     ├── FixturesPage  rows per table, commands, DownloadPanel
//!     ├── pattern_page  per scenario: comparison_bar + VariantColumns
//!     │                 (CodePanel ×2, result_text, QueryLog), or its progress
//!     ├── ScalePage     sizes, ScaleChart ×2 with legend, scale_table
//!     ├── ConsolePage   Editor (textarea over highlighted code, gutter),
//!     │                 Output, QueryLog of the run
//!     └── (Exercises)   ConsolePage with the ExercisesPanel: list, task,
//!                       Check and its verdict, hints, solution
//! QueryLog              LogSummary, FindingsBanner, virtual list of QueryRows, QueryDetail
//! ```

mod browser;
mod code;
mod confirm;
mod console;
mod cost;
mod crash;
mod data;
mod dialog;
mod driver;
mod effects;
mod exercises;
mod fixtures;
mod follow;
mod header;
mod idb;
mod later;
mod log;
mod nav;
mod outline;
mod pattern;
mod persist;
mod scale;
mod share;
mod shared;
mod state;

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::scenarios::ScenarioId;
use confirm::{undo_replace, ConfirmReplace};
use console::ConsolePage;
use data::{data_bar, DataBarProps, DownloadPanel, DropOverlay};
use exercises::ExercisesPanel;
use fixtures::FixturesPage;
use follow::{FollowCallbacks, FollowPage};
use header::{header, HeaderProps};
use nav::Nav;
use pattern::{pattern_page, PatternPageProps};
use scale::ScalePage;
use share::ShareDialog;
use shared::Shared;
use state::{Action, JobKind, LogId, Section, UiState};

/// Mounts the app on `<body>` (Yew empties it first, so the static
/// loading state of `index.html` gives way to the app).
pub fn start() {
    crash::install();
    // Instantiation (with the streaming compile's last validation) in one
    // task, the frame's first render (which compiles Yew's and the app's
    // code lazily) in the next: together they were one of the start's
    // longest tasks.
    yew::platform::spawn_local(async {
        browser::next_tick().await;
        yew::Renderer::<App>::new().render();
    });
}

/// The one adapter from events to actions: a callback that dispatches
/// `make(value)`.
fn dispatcher<T: 'static>(state: &UseReducerHandle<UiState>, make: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(make(value)))
}

/// A callback that dispatches `action` whatever the event.
fn send<E: 'static>(state: &UseReducerHandle<UiState>, action: Action) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(action.clone()))
}

#[component]
fn App() -> Html {
    let state = use_reducer(|| {
        let tags = browser::preferred_languages();
        let lang = Lang::from_preferences(tags.iter().map(String::as_str));
        UiState::boot(lang, browser::location_hash(), persist::load())
    });
    let dispatch = use_callback(state.dispatcher(), |action: Action, d| d.dispatch(action));
    effects::use_app_effects(&state, &dispatch);
    // After the first render (the frame) is in the DOM, and after the
    // first render with the first page's results (not yet painted).
    use_effect_with((), |()| browser::mark("boot:frame"));
    let first_results = use_mut_ref(|| false);
    use_effect_with(!state.runs.is_empty(), move |shown| {
        if *shown && !first_results.replace(true) {
            browser::mark("boot:rendered");
        }
    });

    let lang = state.lang;
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |files| effects::read_upload(files, dispatch.clone()))
    };
    let on_project = {
        let dispatch = dispatch.clone();
        Callback::from(move |(files, zip)| effects::read_project(files, zip, dispatch.clone()))
    };
    let on_paste = {
        let dispatch = dispatch.clone();
        Callback::from(move |(app, models)| {
            dispatch.emit(Action::OpenProject(crate::project::upload::Input::Pasted {
                app,
                models,
            }));
        })
    };
    let on_explain = {
        let state = state.clone();
        Callback::from(move |(log, row): (LogId, usize)| state.dispatch(Action::Explain(log, row)))
    };
    let page = match state.section {
        Section::Follow => {
            let callbacks = FollowCallbacks {
                on_set_acting: dispatcher(&state, Action::SetActing),
                on_set_variant: dispatcher(&state, Action::SetLabVariant),
                on_view_profile: dispatcher(&state, Action::ViewProfile),
                on_follow: dispatcher(&state, Action::ToggleFollow),
                on_like: dispatcher(&state, Action::ToggleLike),
                on_clear: send(&state, Action::ClearLiveLog),
                on_explain: on_explain.clone(),
            };
            html! {
                <FollowPage {lang} data={Shared::new(&state.data)} lab={Shared::new(&state.lab)}
                    plans={Shared::new(&state.plans)} {callbacks} />
            }
        }
        Section::Fixtures => html! {
            <FixturesPage {lang} view={state.fixtures.clone().map(Shared)}
                load_message={state.load_message.clone()}>
                <DownloadPanel {lang} origin={state.origin} registry={state.registry()}
                    on_dump={dispatcher(&state, Action::Dump)}
                    on_sqlite={send(&state, Action::DownloadSqlite)}
                    on_reset={send(&state, Action::ResetData)} />
            </FixturesPage>
        },
        Section::Scale => html! {
            <ScalePage {lang} scale={state.scale.clone()}
                job={state.job.clone().filter(|j| j.kind == JobKind::Scale)}
                round_trip={state.round_trip} on_round_trip={dispatcher(&state, Action::SetRoundTrip)}
                on_toggle_size={dispatcher(&state, Action::ToggleScaleSize)}
                on_run={send(&state, Action::RunScale)} on_cancel={send(&state, Action::CancelJob)} />
        },
        Section::Console | Section::Exercises => html! {
            <>
                if state.section == Section::Exercises {
                    <ExercisesPanel {lang} db={state.db.as_ref().map(Shared::new)}
                        program={state.console.program.clone()}
                        on_load={dispatcher(&state, Action::LoadProgram)} />
                }
                <ConsolePage {lang} console={Shared::new(&state.console)}
                    job={state.job.clone().filter(|j| j.kind == JobKind::Shell)}
                    plans={Shared::new(&state.plans)} on_explain={on_explain.clone()}
                    on_edit={dispatcher(&state, Action::EditProgram)}
                    on_load={dispatcher(&state, Action::LoadProgram)}
                    on_run={send(&state, Action::RunProgram)} on_cancel={send(&state, Action::CancelJob)} />
            </>
        },
        section => {
            // Runs of older data are not shown: big data runs again first.
            let current = |s: &ScenarioId| state.runs.get(s).filter(|r| r.version == state.version);
            let runs: Vec<_> = section
                .scenarios()
                .iter()
                .filter_map(|s| current(s).map(Shared::new))
                .collect();
            let pending: Vec<_> = section
                .scenarios()
                .iter()
                .copied()
                .filter(|s| current(s).is_none())
                .collect();
            html! {
                { pattern_page(&PatternPageProps { lang, runs, pending, job: state.job.clone(),
                    plans: Shared::new(&state.plans), on_explain,
                    round_trip: state.round_trip, on_round_trip: dispatcher(&state, Action::SetRoundTrip),
                    on_open_console: dispatcher(&state, Action::LoadProgram) }) }
            }
        }
    };

    html! {
        <>
            <a class="skip-link" href="#main" data-testid="skip-link" onclick={Callback::from(skip_to_main)}>
                { Text::SkipToContent.get(lang) }
            </a>
            { header(&HeaderProps { lang, summary: (!state.starting()).then_some(state.data.summary),
                models: state.data.models.clone(),
                on_toggle_lang: send(&state, Action::ToggleLang),
                on_navigate: dispatcher(&state, Action::Navigate),
                on_share: {
                    let state = state.clone();
                    Callback::from(move |()| state.dispatch(Action::OpenShare(browser::page_url())))
                } }) }
            if let Some(view) = &state.share {
                <ShareDialog {lang} view={view.clone()} on_close={send(&state, Action::CloseShare)}
                    on_playground={send(&state, Action::DownloadPlayground)} />
            }
            if let Some(pending) = &state.pending {
                <ConfirmReplace {lang} pending={pending.clone()}
                    on_yes={send(&state, Action::ConfirmReplace)} on_no={send(&state, Action::CancelReplace)} />
            }
            { data_bar(&DataBarProps { lang, mode: state.load_mode, status: state.data_status.clone(),
                status_seq: state.status_seq, job: state.job.clone(), last: state.last_job,
                job_ms: state.job_ms.clone(), on_files: on_files.clone(), on_project, on_paste,
                on_mode: dispatcher(&state, Action::SetLoadMode),
                on_cancel: send(&state, Action::CancelJob) }) }
            if let Some(undo) = &state.undo {
                { undo_replace(lang, undo, &send(&state, Action::UndoReplace)) }
            }
            <DropOverlay {lang} mode={state.load_mode} {on_files} />
            <Nav {lang} current={state.section} lesson_models={state.lesson_models}
                on_navigate={dispatcher(&state, Action::Navigate)} />
            <main class="page" id="main" tabindex="-1">
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

/// The skip link moves focus to the page's content. It does not follow
/// `#main`: the address's fragment is where share links arrive.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    browser::focus_element("main");
}
