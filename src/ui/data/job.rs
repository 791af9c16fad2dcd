//! The running job: what it does, a progress bar and Cancel; after it, how
//! long it took. `data-state` (idle, running, done, error), `data-kind` and
//! `data-ms` let a test or a benchmark wait on it; `data-<kind>-ms` keep
//! the last time of each kind.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::job::{Progress, Stage};
use crate::report::thousands;
use crate::ui::state::{ActiveJob, JobKind, JobRecord, Outcome};

#[derive(Properties, PartialEq)]
pub struct JobStatusProps {
    pub lang: Lang,
    pub job: Option<ActiveJob>,
    pub last: Option<JobRecord>,
    pub job_ms: Rc<Vec<(&'static str, f64)>>,
    pub on_cancel: Callback<()>,
}

/// "Loading fixtures", "Running select_and_prefetch on big data", ...
pub fn job_title(lang: Lang, kind: JobKind) -> String {
    match kind {
        JobKind::Load(_) => Text::JobLoad.get(lang).to_owned(),
        JobKind::Restore => Text::JobRestore.get(lang).to_owned(),
        JobKind::Run(scenario) => Text::JobRun
            .get(lang)
            .replace("{scenario}", scenario.name()),
        JobKind::Scale => Text::JobScale.get(lang).to_owned(),
        JobKind::Dump => Text::JobDump.get(lang).to_owned(),
        JobKind::Shell => Text::JobShell.get(lang).to_owned(),
    }
}

/// "reading users.json", "running naive", ...
fn stage_text(lang: Lang, progress: &Progress) -> String {
    match &progress.stage {
        Stage::Starting => Text::StageStarting.get(lang).to_owned(),
        Stage::Decompressing(file) => Text::StageDecompressing.get(lang).replace("{file}", file),
        Stage::Reading(file) => Text::StageReading.get(lang).replace("{file}", file),
        Stage::Saving => Text::StageSaving.get(lang).to_owned(),
        Stage::Checking => Text::StageChecking.get(lang).to_owned(),
        Stage::Generating => Text::StageGenerating.get(lang).to_owned(),
        Stage::Running(variant) => Text::StageRunning.get(lang).replace("{variant}", variant),
        Stage::Dumping(model) => Text::StageDumping.get(lang).replace("{model}", model),
        Stage::Compressing => Text::StageCompressing.get(lang).to_owned(),
        Stage::Program(queries) => Text::StageProgram
            .get(lang)
            .replace("{n}", &thousands(*queries)),
    }
}

/// The bar, or an indeterminate one when the total is unknown.
pub fn progress_bar(progress: &Progress) -> Html {
    if progress.total == 0 {
        html! { <progress class="job-bar" /> }
    } else {
        let value = format!("{:.3}", progress.fraction());
        html! { <progress class="job-bar" max="1" value={value} /> }
    }
}

/// Stage, bar and percentage of a job, for a page waiting on it.
pub fn job_progress(lang: Lang, progress: &Progress) -> Html {
    let percent =
        (progress.total > 0).then(|| format!("{}%", (progress.fraction() * 100.0).round()));
    html! {
        <div class="job-progress">
            <span class="muted">{ stage_text(lang, progress) }</span>
            { progress_bar(progress) }
            if let Some(percent) = percent {
                <span class="job-percent">{ percent }</span>
            }
        </div>
    }
}

/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn job_status(props: &JobStatusProps) -> Html {
    let lang = props.lang;
    let time = |kind: &str| {
        props
            .job_ms
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, ms)| format!("{ms:.1}"))
    };
    let (state, kind, ms) = match (&props.job, &props.last) {
        (Some(job), _) => ("running", Some(job.kind), None),
        (None, Some(last)) => (
            match last.outcome {
                Outcome::Done => "done",
                Outcome::Failed => "error",
                Outcome::Cancelled => "idle",
            },
            Some(last.kind),
            Some(format!("{:.1}", last.ms)),
        ),
        (None, None) => ("idle", None, None),
    };
    let body = match (&props.job, &props.last) {
        (Some(job), _) => {
            let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
            let percent = (job.progress.total > 0)
                .then(|| format!("{}%", (job.progress.fraction() * 100.0).round()));
            html! {
                <>
                    <span class="job-title">{ job_title(lang, job.kind) }</span>
                    <span class="muted">{ stage_text(lang, &job.progress) }</span>
                    { progress_bar(&job.progress) }
                    if let Some(percent) = percent {
                        <span class="job-percent">{ percent }</span>
                    }
                    <button type="button" class="small" data-testid="cancel-job" onclick={on_cancel}>
                        { Text::Cancel.get(lang) }
                    </button>
                </>
            }
        }
        (None, Some(last)) => {
            let title = job_title(lang, last.kind);
            let text = match last.outcome {
                Outcome::Done => Text::LastJob
                    .get(lang)
                    .replace("{job}", &title)
                    .replace("{ms}", &thousands(last.ms.round() as usize)),
                Outcome::Failed => Text::JobFailedShort.get(lang).replace("{job}", &title),
                Outcome::Cancelled => Text::JobCancelledShort.get(lang).replace("{job}", &title),
            };
            html! { <span class="muted">{ text }</span> }
        }
        (None, None) => Html::default(),
    };
    let outcome = props
        .last
        .filter(|_| props.job.is_none())
        .map(|last| match last.outcome {
            Outcome::Done => "done",
            Outcome::Failed => "failed",
            Outcome::Cancelled => "cancelled",
        });
    html! {
        <div class={classes!("job-status", state)} data-testid="job-status" data-state={state}
             data-kind={kind.map(JobKind::id)} data-ms={ms} data-outcome={outcome}
             data-load-ms={time("load")} data-restore-ms={time("restore")}
             data-run-ms={time("run")} data-scale-ms={time("scale")}>
            { body }
        </div>
    }
}
