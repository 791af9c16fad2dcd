//! The exercises panel, shown above the console on the Exercises page: the
//! list, the open exercise's task and budget, **Check** with its verdict,
//! hints on request, the solution after a first check, and progress kept in
//! localStorage. The program is the console's: choosing an exercise loads
//! its code into the console's editor, where the learner can also Run it
//! and see each line's queries, and Check judges what the editor holds.
//!
//! Everything it judges comes from the core (`crate::exercises`): the
//! catalog, `CheckJob` and `Progress`. The panel keeps its own small state
//! (the progress, the last verdict) instead of the app state, because
//! nothing else reads it; it reads the app's database only to copy it, once
//! per check. The check runs in slices between browser tasks, so a naive
//! program on big data never freezes the page.

mod list;
mod result;

use std::cell::RefCell;
use std::rc::Rc;

use web_time::Instant;
use yew::prelude::*;

use super::browser::{local_get, local_set, next_tick};
use super::code::inline_code;
use super::shared::Shared;
use crate::db::Database;
use crate::exercises::catalog::Exercise;
use crate::exercises::check::{CheckJob, CheckReport, HiddenData};
use crate::exercises::progress::{Progress, STORAGE_KEY};
use crate::exercises::EXERCISES;
use crate::i18n::{Lang, Noun, Text};
use crate::job::{Job, Step, SLICE};
use crate::shell::programs::first_program;
use list::{exercise_list, ExerciseListProps};
use result::{check_result, CheckResultProps};

#[derive(Properties, PartialEq)]
pub struct ExercisesProps {
    pub lang: Lang,
    /// The page's database (none while it starts).
    pub db: Option<Shared<RefCell<Database>>>,
    /// The program in the console's editor: what **Check** judges.
    pub program: Rc<str>,
    /// Puts a program in the console's editor.
    pub on_load: Callback<String>,
}

thread_local! {
    /// The hidden dataset, generated on the first check.
    static HIDDEN: RefCell<Option<HiddenData>> = const { RefCell::new(None) };
}

fn hidden_data() -> Result<HiddenData, String> {
    HIDDEN.with(|cell| {
        if let Some(hidden) = cell.borrow().as_ref() {
            return Ok(hidden.clone());
        }
        let hidden = HiddenData::build().map_err(|e| e.to_string())?;
        *cell.borrow_mut() = Some(hidden.clone());
        Ok(hidden)
    })
}

/// Where the last check stands.
#[derive(Clone, PartialEq)]
enum Verdict {
    None,
    Checking,
    Done(Rc<CheckReport>),
    Failed(String),
}

/// The learner's progress as page state: changed only through
/// [`ProgressChange`], so a check finishing after other changes (a hint
/// opened meanwhile) adds to the newest progress, not to an old copy.
#[derive(Clone, Debug, Default, PartialEq)]
struct ProgressState(Progress);

enum ProgressChange {
    Select(&'static Exercise),
    Code(&'static Exercise, String),
    Checked(&'static Exercise, String, bool),
    Hint(&'static Exercise),
}

impl Reducible for ProgressState {
    type Action = ProgressChange;

    fn reduce(self: Rc<Self>, change: ProgressChange) -> Rc<Self> {
        let mut next = self.0.clone();
        match change {
            ProgressChange::Select(exercise) => next.select(exercise),
            ProgressChange::Code(exercise, code) => next.set_code(exercise, &code),
            ProgressChange::Checked(exercise, code, passed) => {
                next.record_check(exercise, &code, passed)
            }
            ProgressChange::Hint(exercise) => {
                next.show_hint(exercise);
            }
        }
        Rc::new(ProgressState(next))
    }
}

fn load_progress() -> ProgressState {
    ProgressState(
        local_get(STORAGE_KEY)
            .map(|text| Progress::from_json(&text))
            .unwrap_or_default(),
    )
}

fn save_progress(progress: &Progress) {
    // Storage off or full: progress is a convenience, the page goes on.
    let _ = local_set(STORAGE_KEY, &progress.to_json());
}

fn budget_text(exercise: &Exercise, lang: Lang) -> String {
    let budget = exercise.budget;
    match budget.rows {
        Some(rows) => Text::ExerciseBudgetRows
            .get(lang)
            .replace("{queries}", &Noun::Query.count(lang, budget.queries))
            .replace("{rows}", &Noun::Row.count(lang, rows)),
        None => Text::ExerciseBudget
            .get(lang)
            .replace("{queries}", &Noun::Query.count(lang, budget.queries)),
    }
}

/// Runs `job` in slices until it ends, then hands the verdict to `done`.
/// A newer check (`generation` moved on) stops this one.
async fn drive(
    mut job: CheckJob,
    db: Shared<RefCell<Database>>,
    generation: Rc<RefCell<u64>>,
    mine: u64,
    done: Callback<Verdict>,
) {
    loop {
        if *generation.borrow() != mine {
            return;
        }
        let step = match db.try_borrow_mut() {
            Ok(mut db) => Some(job.step(&mut db, Instant::now() + SLICE)),
            // A page job holds the database for its slice: try again next
            // task.
            Err(_) => None,
        };
        match step {
            Some(Ok(Step::Done(report))) => {
                done.emit(Verdict::Done(Rc::new(report)));
                return;
            }
            Some(Err(error)) => {
                done.emit(Verdict::Failed(error.to_string()));
                return;
            }
            Some(Ok(Step::Pending(_))) | None => next_tick().await,
        }
    }
}

#[component]
pub fn ExercisesPanel(props: &ExercisesProps) -> Html {
    let lang = props.lang;
    let progress = use_reducer(load_progress);
    let exercise: &'static Exercise = progress.0.selected();
    let verdict = use_state(|| Verdict::None);
    let show_solution = use_state(|| false);
    let generation = use_mut_ref(|| 0u64);
    use_effect_with(progress.clone(), |progress| save_progress(&progress.0));
    {
        // Leaving the page stops a check under way.
        let generation = generation.clone();
        use_effect_with((), move |()| move || *generation.borrow_mut() += 1);
    }
    {
        // Arriving with the console's untouched first program: the open
        // exercise's code replaces it (a program of the learner's own is
        // kept until they choose an exercise).
        let (program, on_load, code) = (
            props.program.clone(),
            props.on_load.clone(),
            progress.0.code(exercise),
        );
        use_effect_with((), move |()| {
            if program.trim().is_empty() || *program == *first_program() {
                on_load.emit(code);
            }
        });
    }

    let on_select = {
        let (verdict, show_solution, progress, generation) = (
            verdict.clone(),
            show_solution.clone(),
            progress.clone(),
            generation.clone(),
        );
        let (program, on_load) = (props.program.clone(), props.on_load.clone());
        Callback::from(move |index: usize| {
            let Some(next) = EXERCISES.get(index) else {
                return;
            };
            if next.id == exercise.id {
                return;
            }
            *generation.borrow_mut() += 1;
            // The program in the editor was this exercise's: keep it.
            progress.dispatch(ProgressChange::Code(exercise, program.to_string()));
            progress.dispatch(ProgressChange::Select(next));
            on_load.emit(progress.0.code(next));
            verdict.set(Verdict::None);
            show_solution.set(false);
        })
    };

    let on_reset = {
        let on_load = props.on_load.clone();
        Callback::from(move |_: MouseEvent| on_load.emit(exercise.start.to_owned()))
    };

    let on_hint = {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| progress.dispatch(ProgressChange::Hint(exercise)))
    };

    let on_show_solution = {
        let show_solution = show_solution.clone();
        Callback::from(move |_: MouseEvent| show_solution.set(true))
    };

    let on_use_solution = {
        let on_load = props.on_load.clone();
        Callback::from(move |_: MouseEvent| on_load.emit(exercise.solution.to_owned()))
    };

    let on_check = {
        let (verdict, generation, db, progress) = (
            verdict.clone(),
            generation.clone(),
            props.db.clone(),
            progress.clone(),
        );
        let program = props.program.to_string();
        Callback::from(move |_: MouseEvent| {
            let Some(db) = db.clone() else {
                return;
            };
            let hidden = match hidden_data() {
                Ok(hidden) => hidden,
                Err(error) => {
                    verdict.set(Verdict::Failed(error));
                    return;
                }
            };
            let job = CheckJob::new(exercise, &program, &hidden);
            let mine = {
                let mut generation = generation.borrow_mut();
                *generation += 1;
                *generation
            };
            verdict.set(Verdict::Checking);
            let done = {
                let (verdict, progress, program) =
                    (verdict.clone(), progress.clone(), program.clone());
                Callback::from(move |result: Verdict| {
                    if let Verdict::Done(report) = &result {
                        let passed = report.passed();
                        progress.dispatch(ProgressChange::Checked(
                            exercise,
                            program.clone(),
                            passed,
                        ));
                    }
                    verdict.set(result);
                })
            };
            yew::platform::spawn_local(drive(job, db, generation.clone(), mine, done));
        })
    };

    let progress = &progress.0;
    let mine = progress.of(exercise);
    let checking = *verdict == Verdict::Checking;
    let solution_open = progress.solution_available(exercise);

    html! {
        <section class="exercises" data-testid="exercises-page">
            <h2>{ Text::NavExercises.get(lang) }</h2>
            <p class="intro">{ Text::IntroExercises.get(lang) }</p>
            <div class="exercises-layout">
                { exercise_list(&ExerciseListProps { lang, progress: Shared(Rc::new(progress.clone())),
                    current: exercise.id, on_select }) }
                <article class="exercise" data-testid="exercise" data-exercise={exercise.id}>
                    <h3 data-testid="exercise-title">{ exercise.title.get(lang) }</h3>
                    <p class="exercise-task" data-testid="exercise-task">{ inline_code(exercise.task.get(lang)) }</p>
                    <p class="exercise-budget" data-testid="exercise-budget">{ budget_text(exercise, lang) }</p>
                    <p class="exercise-editor-note">{ Text::ExerciseEditorNote.get(lang) }</p>
                    <div class="exercise-actions">
                        <button type="button" class="primary" data-testid="exercise-check"
                            disabled={checking || props.db.is_none()} onclick={on_check}>
                            { if checking { Text::ExerciseChecking.get(lang) } else { Text::ExerciseCheck.get(lang) } }
                        </button>
                        <button type="button" data-testid="exercise-reset" onclick={on_reset}>
                            { Text::ExerciseReset.get(lang) }
                        </button>
                        <button type="button" data-testid="exercise-hint"
                            disabled={mine.hints_shown >= exercise.hints.len()} onclick={on_hint}>
                            { Text::ExerciseHint.get(lang) }
                        </button>
                        <button type="button" data-testid="exercise-solution"
                            disabled={!solution_open}
                            title={(!solution_open).then(|| Text::ExerciseSolutionLocked.get(lang))}
                            onclick={on_show_solution}>
                            { Text::ExerciseSolution.get(lang) }
                        </button>
                    </div>
                    if mine.hints_shown > 0 {
                        <div class="exercise-hints" data-testid="exercise-hints">
                            <h4>{ Text::ExerciseHints.get(lang) }</h4>
                            <ol>
                                { for exercise.hints.iter().take(mine.hints_shown).map(|hint| html! {
                                    <li data-testid="exercise-hint-text">{ inline_code(hint.get(lang)) }</li>
                                }) }
                            </ol>
                        </div>
                    }
                    if *show_solution && solution_open {
                        <div class="exercise-solution" data-testid="exercise-solution-code">
                            <pre><code>{ exercise.solution }</code></pre>
                            <button type="button" data-testid="exercise-use-solution" onclick={on_use_solution}>
                                { Text::ExerciseUseSolution.get(lang) }
                            </button>
                        </div>
                    }
                    { match &*verdict {
                        Verdict::None | Verdict::Checking => html! {},
                        Verdict::Done(report) => check_result(&CheckResultProps { lang, report: Shared(report.clone()) }),
                        Verdict::Failed(error) => html! {
                            <div class="exercise-result failed" data-testid="exercise-result" data-passed="false" role="status">
                                { Text::CheckCouldNotRun.get(lang).replace("{error}", error) }
                            </div>
                        },
                    } }
                </article>
            </div>
        </section>
    }
}
