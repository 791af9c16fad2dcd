//! The reducer's tests, natively: how actions change the state and which
//! effects they leave for the browser shell. Jobs are driven here as the
//! shell's driver does, slice after slice, feeding their reports back.

use std::rc::Rc;

use web_time::Instant;

use super::*;
use crate::datetime::Timestamp;
use crate::i18n::Lang;
use crate::job::no_deadline;
use crate::share::ShareData;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

/// A clock stopped at 2026-05-01 09:30:00 UTC.
struct Stopped;

impl Clock for Stopped {
    fn now(&self) -> Timestamp {
        Timestamp::from_utc_parts(2026, 5, 1, 9, 30, 0, 0).unwrap_or_else(Timestamp::now)
    }

    fn instant(&self) -> Instant {
        Instant::now()
    }
}

fn boot_with_effects(
    lang: Lang,
    link: Option<String>,
    saved: Option<Record>,
) -> (AppState, Vec<Effect>) {
    AppState::boot(Boot {
        lang,
        link,
        saved,
        clock: Rc::new(Stopped),
    })
}

fn boot(lang: Lang, link: Option<String>, saved: Option<Record>) -> AppState {
    boot_with_effects(lang, link, saved).0
}

/// Chains actions as the page does, dropping their effects.
trait Then {
    fn to(self, action: Action) -> AppState;
}

impl Then for AppState {
    fn to(mut self, action: Action) -> AppState {
        self.reduce(action);
        self
    }
}

/// The acting user follows or unfollows someone else.
fn toggle_follow(state: AppState) -> AppState {
    let acting = state.lab.acting;
    let other = state
        .data
        .users
        .iter()
        .find(|u| u.pk != acting)
        .map(|u| u.pk);
    state.to(Action::ToggleFollow(other.unwrap_or(acting)))
}

/// Performs the effects as the shell would for jobs: every job is driven
/// to its end and its reports reduced. Returns the other effects, in
/// order.
fn drive(state: &mut AppState, effects: Vec<Effect>) -> Vec<Effect> {
    let mut out = Vec::new();
    for effect in effects {
        let Effect::RunJob { id, cell } = effect else {
            out.push(effect);
            continue;
        };
        loop {
            let slice = {
                let mut work = cell.borrow_mut();
                let Some(work) = work.as_mut() else {
                    break;
                };
                work.slice(no_deadline())
            };
            let action = match slice {
                Slice::Pending(progress, partial) => Action::JobProgress(id, progress, partial),
                Slice::Finished(finished) => {
                    cell.borrow_mut().take();
                    Action::JobFinished(id, finished)
                }
            };
            let effects = state.reduce(action);
            out.extend(drive(state, effects));
        }
    }
    out
}

fn is_save(effect: &Effect) -> bool {
    matches!(effect, Effect::Save)
}

/// The one download among `effects`.
fn download(effects: &[Effect]) -> Rc<FileDownload> {
    let files: Vec<_> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::Download(file) => Some(Rc::clone(file)),
            _ => None,
        })
        .collect();
    assert_eq!(files.len(), 1, "{effects:?}");
    Rc::clone(&files[0])
}

#[test]
fn the_untouched_lesson_is_replaced_without_asking() {
    let state = boot(Lang::En, None, None).to(Action::ResetData);
    assert!(state.pending.is_none());
    assert_eq!(state.data_status.as_deref(), Some(&DataStatus::Reset));
    assert!(state.undo.is_none(), "the same data: nothing to undo");
    // A link over it is undone back to the lesson.
    let link = toggle_follow(boot(Lang::En, None, None))
        .share_text()
        .unwrap_or_default();
    let opened = state.to(Action::OpenLink(LinkFrom::Address, link));
    assert!(opened.pending.is_none());
    assert_eq!(opened.undo.as_ref().map(|u| u.own), Some(None));
}

#[test]
fn toggled_lesson_data_is_asked_about_and_undo_brings_it_back() {
    let lesson = boot(Lang::En, None, None);
    let toggled = toggle_follow(lesson.clone());
    let follows = toggled.data.summary.follows;
    assert_ne!(follows, lesson.data.summary.follows);

    let asked = toggled.clone().to(Action::ResetData);
    let own = asked.pending.as_ref().map(|p| p.own);
    assert_eq!(own, Some(OwnData::LessonToggled(1)));
    assert_eq!(asked.data.summary.follows, follows, "nothing replaced yet");
    let kept = asked.to(Action::CancelReplace);
    assert!(kept.pending.is_none());
    assert_eq!(kept.data.summary.follows, follows);

    let reset = kept.to(Action::ResetData).to(Action::ConfirmReplace);
    assert!(reset.pending.is_none());
    assert_eq!(reset.data.summary.follows, lesson.data.summary.follows);
    assert_eq!(
        reset.undo.as_ref().and_then(|u| u.own),
        Some(OwnData::LessonToggled(1))
    );

    let undone = reset.to(Action::UndoReplace);
    assert_eq!(undone.data.summary.follows, follows);
    assert!(undone.undo.is_none(), "one undo, then it is gone");
    assert_eq!(undone.data_status.as_deref(), Some(&DataStatus::Undone));
}

#[test]
fn a_link_takes_the_language_only_of_a_receiver_who_chose_none() {
    let sender = boot(Lang::Ko, None, None).to(Action::Navigate(Section::Annotate));
    let link = sender.share_text().unwrap_or_default();
    assert_eq!(sender.lang, Lang::Ko);

    let first_visit = boot(Lang::En, Some(link.clone()), None);
    assert_eq!(first_visit.lang, Lang::Ko);
    assert_eq!(first_visit.section, Section::Annotate);

    // The receiver's browser prefers Korean, but they chose English.
    let own = boot(Lang::Ko, None, None).to(Action::ToggleLang);
    assert_eq!(own.lang, Lang::En);
    let saved = Record {
        lang_chosen: true,
        saved: Saved::Link(own.share_text().unwrap_or_default()),
    };
    let chosen = boot(Lang::Ko, Some(link), Some(saved));
    assert_eq!(
        chosen.lang,
        Lang::En,
        "neither the link nor the browser wins"
    );
    assert_eq!(chosen.section, Section::Annotate);
}

#[test]
fn a_console_program_loads_runs_as_a_job_and_travels_in_links() {
    let lesson = boot(Lang::En, None, None);
    assert_eq!(
        lesson.view_state().program,
        None,
        "the first program stays out of links"
    );
    let loaded = lesson.to(Action::LoadProgram("print(1)".into()));
    assert_eq!(loaded.section, Section::Console);
    assert_eq!(
        (&*loaded.console.program, loaded.console.revision),
        ("print(1)", 1)
    );
    let code = "for a in Article.objects.all():\n    print(a.user.username)";
    let typed = loaded.to(Action::EditProgram(code.into()));
    assert_eq!(typed.console.revision, 1, "typing is not a replacement");

    let mut done = typed;
    let effects = done.reduce(Action::RunProgram);
    assert_eq!(done.job.as_ref().map(|j| j.kind), Some(JobKind::Shell));
    assert!(
        matches!(effects.as_slice(), [Effect::RunJob { .. }]),
        "{effects:?}"
    );
    let rest = drive(&mut done, effects);
    assert!(done.job.is_none());
    assert!(rest.is_empty(), "a run changes nothing saved: {rest:?}");
    assert_eq!(done.console.runs, 1);
    let last = done.console.last.clone();
    let Some(result) = last else {
        panic!("no result");
    };
    assert_eq!(result.log.len(), 11);
    assert_eq!(result.run.line_counts, vec![(1, 1), (2, 10)]);

    let opened = boot(Lang::En, done.share_text().ok(), None);
    assert_eq!(&*opened.console.program, code);
    assert_eq!(opened.section, Section::Console);
}

#[test]
fn a_link_over_toggled_saved_data_waits_for_an_answer() {
    let toggled = toggle_follow(boot(Lang::En, None, None));
    let saved = Record {
        lang_chosen: false,
        saved: Saved::Link(toggled.share_text().unwrap_or_default()),
    };
    let link = boot(Lang::En, None, None).share_text().unwrap_or_default();
    let opened = boot(Lang::En, Some(link), Some(saved));
    assert!(opened.pending.is_some());
    assert_eq!(opened.data.summary.follows, toggled.data.summary.follows);
    let replaced = opened.to(Action::ConfirmReplace);
    assert_ne!(replaced.data.summary.follows, toggled.data.summary.follows);
    assert!(replaced.undo.is_some());
}

#[test]
fn a_program_loaded_on_the_exercises_page_stays_there() {
    let exercises = boot(Lang::En, None, None).to(Action::Navigate(Section::Exercises));
    let loaded = exercises.to(Action::LoadProgram("print(1)".into()));
    assert_eq!(loaded.section, Section::Exercises);
    assert_eq!(&*loaded.console.program, "print(1)");
    let annotate = loaded.to(Action::Navigate(Section::Annotate));
    let opened = annotate.to(Action::LoadProgram("print(2)".into()));
    assert_eq!(
        opened.section,
        Section::Console,
        "Open in console still goes there"
    );
}

#[test]
fn the_start_sets_the_language_drops_the_link_and_saves() {
    let (_, effects) = boot_with_effects(Lang::Ko, None, None);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Lang(Lang::Ko), Effect::Save]
    ));

    let link = boot(Lang::En, None, None).share_text().unwrap_or_default();
    let (opened, effects) = boot_with_effects(Lang::En, Some(link), None);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Lang(_), Effect::ClearLink, Effect::Save]
        ),
        "{effects:?}"
    );
    assert!(matches!(
        opened.save_request(),
        Some(SaveRequest::Link { .. })
    ));
}

#[test]
fn what_the_saved_state_is_made_of_is_saved_again() {
    let mut state = boot(Lang::En, None, None);
    let effects = state.reduce(Action::ToggleLang);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Lang(Lang::Ko), Effect::Save]
    ));
    assert!(state
        .reduce(Action::Navigate(Section::Annotate))
        .iter()
        .any(is_save));
    assert!(state
        .reduce(Action::EditProgram("print(2)".into()))
        .iter()
        .any(is_save));
    // Opening a row's plan or the share dialog changes nothing saved.
    assert!(state
        .reduce(Action::OpenShare("https://x/".into()))
        .is_empty());
    assert!(state.reduce(Action::CloseShare).is_empty());
}

#[test]
fn cancel_stops_the_job_and_its_work() {
    let mut state = boot(Lang::En, None, None);
    let program = "n = 0\nwhile True:\n    n += 1";
    state.reduce(Action::LoadProgram(program.into()));
    let effects = state.reduce(Action::RunProgram);
    let [Effect::RunJob { id, cell }] = effects.as_slice() else {
        panic!("no job: {effects:?}");
    };
    assert!(cell.borrow().is_some());
    let effects = state.reduce(Action::CancelJob);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(state.job.is_none());
    assert!(cell.borrow().is_none(), "the driver finds the work gone");
    let last = state.last_job.map(|j| (j.kind, j.outcome));
    assert_eq!(last, Some((JobKind::Shell, Outcome::Cancelled)));
    // A late report of the cancelled job changes nothing.
    let late = Finished::Failed("late".into());
    assert!(state.reduce(Action::JobFinished(*id, late)).is_empty());
    assert_eq!(state.notice, None);
}

#[test]
fn downloads_are_effects_with_the_file_name_and_bytes() {
    let mut state = boot(Lang::En, None, None);
    let sqlite = download(&state.reduce(Action::DownloadSqlite));
    assert_eq!(
        (sqlite.name.as_str(), sqlite.mime),
        ("db.sqlite3", "application/vnd.sqlite3")
    );
    assert!(sqlite.bytes.starts_with(b"SQLite format 3\0"));

    // No dialog open: nothing to offer.
    assert!(state.reduce(Action::DownloadPlayground).is_empty());
    state.reduce(Action::OpenShare("https://x/".into()));
    let playground = download(&state.reduce(Action::DownloadPlayground));
    assert_eq!(
        playground.name,
        "django-orm-playground-2026-05-01T09-30-00.playground"
    );
    let text = state.share_text().unwrap_or_default();
    assert_eq!(playground.bytes, format!("{text}\n").into_bytes());

    let request = DumpRequest {
        label: Some("accounts".into()),
        ..DumpRequest::default()
    };
    let effects = state.reduce(Action::Dump(request));
    assert_eq!(state.job.as_ref().map(|j| j.kind), Some(JobKind::Dump));
    let dump = download(&drive(&mut state, effects));
    assert_eq!(
        (dump.name.as_str(), dump.mime),
        ("accounts.json", "application/json")
    );
    assert!(String::from_utf8_lossy(&dump.bytes).contains("\"model\": \"accounts.user\""));
}

#[test]
fn an_upload_replaces_the_lesson_and_is_saved_as_an_image() {
    let mut state = boot(Lang::En, None, None);
    let effects = state.reduce(Action::Dump(DumpRequest::default()));
    let data = download(&drive(&mut state, effects));
    let files = vec![crate::fixtures::FixtureFile::new(
        "hw.json",
        data.bytes.clone(),
    )];
    let effects = state.reduce(Action::Upload(files));
    assert_eq!(
        state.job.as_ref().map(|j| j.kind),
        Some(JobKind::Load(LoadMode::Replace)),
        "the untouched lesson is replaced without asking"
    );
    let rest = drive(&mut state, effects);
    assert!(rest.iter().any(is_save), "{rest:?}");
    assert_eq!(state.origin, DataOrigin::Custom);
    let Some(DataStatus::Loaded { message, .. }) = state.data_status.as_deref() else {
        panic!("not loaded: {:?}", state.data_status);
    };
    assert!(message.starts_with("Installed "), "{message}");
    assert!(matches!(
        state.save_request(),
        Some(SaveRequest::Image { .. })
    ));
    assert!(state.undo.is_some(), "the lesson can come back");
}

#[test]
fn a_saved_image_is_read_adopted_then_saved() {
    let mut source = boot(Lang::En, None, None);
    let Ok(bytes) = source.sqlite_file() else {
        panic!("no image");
    };
    let view = source.view_state();
    let saved = Record {
        lang_chosen: true,
        saved: Saved::Image {
            view,
            key: "image-1".into(),
            project: None,
        },
    };
    let (mut state, effects) = boot_with_effects(Lang::Ko, None, Some(saved));
    assert_eq!(state.lang, Lang::En, "the saved choice wins at once");
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Lang(Lang::En), Effect::ReadSavedImage(key), Effect::Save] if key == "image-1"
        ),
        "{effects:?}"
    );
    assert!(state.save_request().is_none(), "not before the image is in");
    let effects = state.reduce(Action::SavedImage(Ok(Handoff::new(Some(bytes)))));
    let version = state.version;
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::AdoptImage { version: v, key }, Effect::Save] if *v == version && key == "image-1"
        ),
        "{effects:?}"
    );
    assert_eq!(state.origin, DataOrigin::Custom);
    assert!(matches!(
        state.save_request(),
        Some(SaveRequest::Image { .. })
    ));
    source.reduce(Action::CloseShare);
}

/// A project folder as the page's picker gives it: generated project p08
/// (a `blog.Profile` with a foreign key and a many-to-many to
/// `auth.User`) and a fixture in its app's `fixtures/` folder.
fn project_p08(fixture: &str) -> crate::project::upload::Input {
    let file = |path: &str, bytes: &[u8]| (format!("p08/{path}"), bytes.to_vec());
    crate::project::upload::Input::Folder(vec![
        file("manage.py", b""),
        file(
            "config/settings.py",
            include_bytes!("../../tests/golden/projects/p08/config/settings.py"),
        ),
        file(
            "blog/models.py",
            include_bytes!("../../tests/golden/projects/p08/blog/models.py"),
        ),
        file(
            "blog/apps.py",
            include_bytes!("../../tests/golden/projects/p08/blog/apps.py"),
        ),
        file("blog/fixtures/profiles.json", fixture.as_bytes()),
    ])
}

const P08_FIXTURE: &str = r#"[
{"model": "auth.user", "pk": 1, "fields": {"password": "", "username": "kim", "date_joined": "2024-03-08T12:00:00"}},
{"model": "auth.user", "pk": 2, "fields": {"password": "", "username": "lee", "date_joined": "2024-03-08T12:00:00"}},
{"model": "blog.profile", "pk": 1, "fields": {"published": 3, "points": 10, "owner": 1, "members": [2]}},
{"model": "blog.profile", "pk": 2, "fields": {"published": null, "points": 30, "owner": 2, "members": []}}
]"#;

#[test]
fn an_own_project_opens_with_its_fixtures_and_the_console_queries_its_models() {
    let mut state = boot(Lang::En, None, None);
    let effects = state.reduce(Action::OpenProject(project_p08(P08_FIXTURE)));
    drive(&mut state, effects);
    let status = state.data_status.as_deref();
    assert!(
        matches!(status, Some(DataStatus::Loaded { message, .. }) if message == "Installed 4 object(s) from 1 fixture(s)"),
        "{status:?}"
    );
    assert!(!state.lesson_models, "p08 has none of the lecture's models");
    // The header counts the project's own models and its user model.
    assert_eq!(
        state.data.models,
        [
            ("User".to_owned(), 2),
            ("Review".to_owned(), 0),
            ("Profile".to_owned(), 2)
        ]
    );
    assert_eq!(state.section, Section::Console);
    let navigated = state.to(Action::Navigate(Section::Annotate));
    assert_eq!(
        navigated.section,
        Section::Console,
        "lesson pages stay closed"
    );

    let mut ran = navigated.to(Action::EditProgram(
        "print(Profile.objects.filter(owner__username='kim').count())\nprint(Profile.objects.filter(members__username='lee').count())".into(),
    ));
    let effects = ran.reduce(Action::RunProgram);
    drive(&mut ran, effects);
    let Some(result) = ran.console.last.clone() else {
        panic!("no result");
    };
    assert_eq!(result.run.error, None);
    assert_eq!(result.run.stdout, "1\n1\n");
    assert_eq!(result.run.line_counts, vec![(1, 1), (2, 1)]);
}

/// `dumpdata` of the data on show.
fn dump_of(state: &AppState) -> String {
    state
        .with_db(|db| {
            crate::fixtures::dumpdata(db, &crate::fixtures::DumpOptions::default())
                .map_err(|e| e.to_string())
        })
        .unwrap_or_else(|e| panic!("{e}"))
}

/// p08 opened with its fixture, and a row the console wrote.
fn p08_changed() -> AppState {
    let mut state = boot(Lang::En, None, None);
    let effects = state.reduce(Action::OpenProject(project_p08(P08_FIXTURE)));
    drive(&mut state, effects);
    let mut state = state.to(Action::EditProgram(
        "Profile.objects.filter(pk=2).update(points=99)\nprint(Profile.objects.get(pk=2).points)"
            .into(),
    ));
    let effects = state.reduce(Action::RunProgram);
    drive(&mut state, effects);
    let output = state.console.last.as_ref().map(|r| r.run.stdout.clone());
    assert_eq!(output.as_deref(), Some("99\n"));
    assert!(
        dump_of(&state).contains("\"points\": 99"),
        "the write is in the data"
    );
    state
}

/// A console program that writes changes the data's version (the saved
/// image and the share link are made again); one that only reads does not.
#[test]
fn a_console_write_is_a_change_of_the_data() {
    let mut state = boot(Lang::En, None, None);
    let version = state.version;
    let mut read = state
        .clone()
        .to(Action::EditProgram("print(Article.objects.count())".into()));
    let effects = read.reduce(Action::RunProgram);
    drive(&mut read, effects);
    assert_eq!(read.version, version);
    state = state.to(Action::EditProgram(
        "Article.objects.filter(pk=1).update(title='바뀐 제목')".into(),
    ));
    let effects = state.reduce(Action::RunProgram);
    let rest = drive(&mut state, effects);
    assert!(state.version > version);
    assert!(rest.iter().any(is_save), "{rest:?}");
    assert!(matches!(
        state.share_data().as_deref(),
        Ok(ShareData::Fixture(jsonl)) if jsonl.contains("바뀐 제목")
    ));
}

#[test]
fn a_projects_share_link_opens_the_project_with_its_data() {
    let mut state = p08_changed();
    let effects = state.reduce(Action::OpenShare("https://example.org/".into()));
    drive(&mut state, effects);
    let Some(Ok(link)) = state.share.as_ref().map(|s| s.text.clone()) else {
        panic!(
            "no link: {:?}",
            state.share.as_ref().map(|s| s.text.clone())
        );
    };
    assert!(link.starts_with("2."), "{link}");
    let expected = dump_of(&state);
    assert!(expected.contains("\"points\": 99"), "{expected}");

    // A fresh page opens the link: the project's models, the same data.
    let (mut other, effects) = boot_with_effects(Lang::Ko, Some(link.to_string()), None);
    drive(&mut other, effects);
    assert_eq!(
        other.data_status.as_deref(),
        Some(&DataStatus::LinkOpened),
        "{:?}",
        other.data_status
    );
    assert!(!other.lesson_models);
    assert_eq!(other.section, Section::Console);
    assert_eq!(dump_of(&other), expected);
    assert!(other.registry().get_model("blog.profile").is_some());
    assert_eq!(
        other.console.program, state.console.program,
        "the program travels too"
    );
    // The console works on the project's models.
    let mut ran = other.to(Action::EditProgram(
        "print(Profile.objects.get(pk=2).points)".into(),
    ));
    let effects = ran.reduce(Action::RunProgram);
    drive(&mut ran, effects);
    let output = ran.console.last.as_ref().map(|r| r.run.stdout.clone());
    assert_eq!(output.as_deref(), Some("99\n"));
    // And its own link is a project's again.
    assert!(ran.share_text().is_ok_and(|t| t.starts_with("2.")));
}

#[test]
fn a_projects_link_with_a_refused_models_py_changes_nothing() {
    let state = p08_changed();
    let Ok(ShareData::Project { mut sources, jsonl }) = state.share_data().as_deref().cloned()
    else {
        panic!("not a project's share data");
    };
    sources.models[0].2 =
        "from django.db import models\n\nclass Profile(models.Model):\n    ip = models.GenericIPAddressField()\n".into();
    let broken = ShareData::Project { sources, jsonl };
    let link = crate::share::encode(&crate::share::ShareState {
        view: state.view_state(),
        data: broken.clone(),
    });
    let before = dump_of(&state);
    let version = state.version;
    let mut state = state;
    let effects = state.reduce(Action::OpenLink(LinkFrom::Address, link));
    // The project is the learner's own data: asked first, naming it.
    let own = state.pending.as_ref().map(|p| p.own);
    assert!(
        matches!(own, Some(OwnData::Project { rows }) if rows > 4),
        "{own:?}"
    );
    assert!(own.is_some_and(|o| o
        .describe(Lang::Ko)
        .starts_with("내 프로젝트의 데이터 (모든 테이블 합쳐 ")));
    let effects = [effects, state.reduce(Action::ConfirmReplace)].concat();
    drive(&mut state, effects);
    let Some(DataStatus::LinkRefused(message)) = state.data_status.as_deref() else {
        panic!("not refused: {:?}", state.data_status);
    };
    assert!(message.contains("blog/models.py, line 4"), "{message}");
    assert!(message.starts_with("the link's project cannot be read: blog/models.py, line 4: not supported in the playground: the field class GenericIPAddressField"), "{message}");
    // In Korean, the place and the kind of problem read in Korean.
    let mut korean = state.clone().to(Action::ToggleLang);
    let link = crate::share::encode(&crate::share::ShareState {
        view: korean.view_state(),
        data: broken,
    });
    let effects = korean.reduce(Action::OpenLink(LinkFrom::Address, link));
    let effects = [effects, korean.reduce(Action::ConfirmReplace)].concat();
    drive(&mut korean, effects);
    let Some(DataStatus::LinkRefused(message)) = korean.data_status.as_deref() else {
        panic!("not refused: {:?}", korean.data_status);
    };
    assert!(
        message.starts_with(
            "링크에 담긴 프로젝트를 읽지 못했습니다: blog/models.py 4번째 줄: 플레이그라운드에서는"
        ),
        "{message}"
    );
    assert_eq!(state.version, version, "the data is untouched");
    assert_eq!(dump_of(&state), before);
    assert!(state.registry().project_sources().is_some());
}

#[test]
fn a_projects_state_is_saved_as_its_image_and_files_and_reopened_on_them() {
    let state = p08_changed();
    let expected = dump_of(&state);
    let Some(SaveRequest::Image {
        project: Some(project),
        view,
        lang_chosen,
        ..
    }) = state.save_request()
    else {
        panic!("a project's state is saved as an image with its files");
    };
    let Ok(bytes) = state.sqlite_file() else {
        panic!("no image");
    };
    let record = Record {
        lang_chosen,
        saved: Saved::Image {
            view,
            key: "image-p08".into(),
            project: Some(Box::new(crate::project::Sources::clone(&project))),
        },
    };
    // As localStorage keeps it: JSON, read back.
    let json = serde_json::to_string(&record).unwrap_or_default();
    let record: Record = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    let (mut again, effects) = boot_with_effects(Lang::En, None, Some(record));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::ReadSavedImage(key) if key == "image-p08")),
        "{effects:?}"
    );
    again.reduce(Action::SavedImage(Ok(Handoff::new(Some(bytes.clone())))));
    assert_eq!(again.data_status, None, "{:?}", again.data_status);
    assert!(!again.lesson_models);
    assert_eq!(again.section, Section::Console);
    assert_eq!(dump_of(&again), expected);
    assert!(again.registry().project_sources().is_some());
    assert!(matches!(
        again.save_request(),
        Some(SaveRequest::Image {
            project: Some(_),
            ..
        })
    ));

    // A record whose files are refused says so and keeps the lesson.
    let mut broken = (*project).clone();
    broken.models[0].2 = "class Profile(models.Model:\n".into();
    let record = Record {
        lang_chosen: true,
        saved: Saved::Image {
            view: state.view_state(),
            key: "image-p08".into(),
            project: Some(Box::new(broken)),
        },
    };
    let (mut refused, _) = boot_with_effects(Lang::En, None, Some(record));
    refused.reduce(Action::SavedImage(Ok(Handoff::new(Some(bytes)))));
    let Some(DataStatus::SavedRefused(message)) = refused.data_status.as_deref() else {
        panic!("not refused: {:?}", refused.data_status);
    };
    assert!(message.contains("blog/models.py, line 1"), "{message}");
    assert!(refused.lesson_models && refused.origin == DataOrigin::Lesson);
}

#[test]
fn undoing_a_replacement_of_a_project_brings_the_project_back() {
    let state = p08_changed();
    let expected = dump_of(&state);
    let mut state = state.to(Action::ResetData).to(Action::ConfirmReplace);
    assert!(state.lesson_models);
    let effects = state.reduce(Action::UndoReplace);
    drive(&mut state, effects);
    assert!(!state.lesson_models);
    assert_eq!(dump_of(&state), expected);
    assert!(state.registry().project_sources().is_some());
}

/// A project's fixture saved by Python on Korean Windows (CP949) loads,
/// and the status says so next to Django's message, as the lesson's
/// uploads do: the file's own path, the encoding, that Django refuses it,
/// and the `python -X utf8 manage.py dumpdata` fix, in either language.
#[test]
fn a_projects_cp949_fixture_loads_with_a_notice_and_the_fix() {
    use crate::fixtures::encoding::Encoding;
    use crate::fixtures::LoadNotice;
    // "정싸피" in EUC-KR, then "똠" only CP949 has.
    let mut fixture =
        br#"[{"model": "auth.user", "pk": 1, "fields": {"password": "", "username": ""#.to_vec();
    fixture.extend(b"\xc1\xa4\xbd\xce\xc7\xc7\x8c\x63");
    fixture.extend(br#"", "date_joined": "2024-03-08T12:00:00"}}]"#);
    let crate::project::upload::Input::Folder(mut files) = project_p08("[]") else {
        panic!("a folder");
    };
    files.retain(|(path, _)| !path.contains("fixtures"));
    files.push(("p08/blog/fixtures/users.json".into(), fixture));
    for lang in [Lang::En, Lang::Ko] {
        let mut state = boot(lang, None, None);
        let effects = state.reduce(Action::OpenProject(crate::project::upload::Input::Folder(
            files.clone(),
        )));
        drive(&mut state, effects);
        let Some(DataStatus::Loaded {
            message, notices, ..
        }) = state.data_status.as_deref()
        else {
            panic!("not loaded: {:?}", state.data_status);
        };
        assert_eq!(message, "Installed 1 object(s) from 1 fixture(s)");
        let [notice] = notices.as_slice() else {
            panic!("one notice: {notices:?}");
        };
        assert!(
            matches!(
                notice,
                LoadNotice::Recoded {
                    encoding: Encoding::Cp949,
                    file,
                    ..
                } if file == "blog/fixtures/users.json"
            ),
            "{notice:?}"
        );
        let shown = notice.render(lang);
        assert!(
            shown.contains("python -X utf8 manage.py dumpdata … -o blog/fixtures/users.json"),
            "{shown}"
        );
        assert!(shown.contains("CP949"), "{shown}");
        assert!(shown.contains("UnicodeDecodeError"), "{shown}");
        if lang == Lang::Ko {
            assert!(shown.contains("Django의 loaddata는"), "{shown}");
        }
        assert!(!state.lesson_models && state.origin == DataOrigin::Custom);
        assert!(dump_of(&state).contains("정싸피똠"), "the user is in");
    }
}

/// "Paste a models.py": a one-app project with Django's startproject
/// settings, the AbstractUser subclass as AUTH_USER_MODEL; the status says
/// what was assumed; the console and a share link work on it. A refused
/// file names its line and changes nothing.
#[test]
fn a_pasted_models_py_opens_as_a_one_app_project() {
    let models = "from django.db import models\nfrom django.contrib.auth.models import AbstractUser\n\n\nclass User(AbstractUser):\n    nickname = models.CharField(max_length=20)\n\n\nclass Post(models.Model):\n    author = models.ForeignKey('User', on_delete=models.CASCADE)\n    title = models.CharField(max_length=50)\n";
    let mut state = boot(Lang::Ko, None, None);
    let effects = state.reduce(Action::OpenProject(crate::project::upload::Input::Pasted {
        app: "accounts".into(),
        models: models.into(),
    }));
    drive(&mut state, effects);
    let Some(DataStatus::PastedOpened {
        app, user_model, ..
    }) = state.data_status.as_deref()
    else {
        panic!("not opened: {:?}", state.data_status);
    };
    assert_eq!(app, "accounts");
    assert_eq!(user_model.as_deref(), Some("accounts.User"));
    assert!(!state.lesson_models && state.origin == DataOrigin::Custom);
    assert!(state.registry().get_model("accounts.post").is_some());
    let mut ran = state.to(Action::EditProgram(
        "print(Post.objects.count(), Post.objects.filter(author__nickname='김').exists())".into(),
    ));
    let effects = ran.reduce(Action::RunProgram);
    drive(&mut ran, effects);
    let run = ran
        .console
        .last
        .as_ref()
        .map(|r| (r.run.stdout.clone(), r.run.error.clone()));
    assert_eq!(run, Some(("0 False\n".to_owned(), None)));
    let link = ran.share_text().unwrap_or_default();
    let (mut other, effects) = boot_with_effects(Lang::En, Some(link), None);
    drive(&mut other, effects);
    assert_eq!(dump_of(&other), dump_of(&ran));

    let mut refused = boot(Lang::En, None, None);
    let effects = refused.reduce(Action::OpenProject(crate::project::upload::Input::Pasted {
        app: "blog".into(),
        models: "from django.db import models\n\nclass Post(models.Model):\n    ip = models.GenericIPAddressField()\n".into(),
    }));
    drive(&mut refused, effects);
    let Some(DataStatus::LoadFailed(problem)) = refused.data_status.as_deref() else {
        panic!("not refused: {:?}", refused.data_status);
    };
    assert!(
        problem.render(Lang::En).contains("blog/models.py, line 4"),
        "{problem:?}"
    );
    assert!(refused.lesson_models);
}

#[test]
fn a_project_that_cannot_be_read_changes_nothing() {
    let mut state = boot(Lang::En, None, None);
    let input = crate::project::upload::Input::Folder(vec![(
        "p/blog/models.py".into(),
        b"from django.db import models\n".to_vec(),
    )]);
    let effects = state.reduce(Action::OpenProject(input));
    drive(&mut state, effects);
    let status = state.data_status.as_deref();
    assert!(
        matches!(
            status,
            Some(DataStatus::LoadFailed(UploadProblem::Project(_)))
        ),
        "{status:?}"
    );
    if let Some(DataStatus::LoadFailed(problem)) = status {
        let korean = problem.render(Lang::Ko);
        assert!(
            korean.starts_with(
                "프로젝트를 읽지 못했습니다: the project: 프로젝트 파일을 찾거나 읽지 못했습니다: "
            ),
            "{korean}"
        );
        assert!(problem
            .render(Lang::En)
            .starts_with("The project could not be read: the project: no manage.py"));
    }
    assert!(state.lesson_models);
    assert_eq!(state.origin, DataOrigin::Lesson);
}

/// The start's tasks after the frame, as the shell runs them: each
/// `Effect::Start` answered with `Action::Start`; the last one's effects.
fn start(state: &mut AppState) -> Vec<Effect> {
    let mut effects = state.reduce(Action::Start);
    while matches!(effects.as_slice(), [Effect::Start]) {
        effects = state.reduce(Action::Start);
    }
    effects
}

/// The page's start in two halves, as the shell runs it.
fn open(lang: Lang, link: Option<String>, saved: Option<Record>) -> (AppState, Vec<Effect>) {
    AppState::open(Boot {
        lang,
        link,
        saved,
        clock: Rc::new(Stopped),
    })
}

#[test]
fn the_page_opens_without_data_then_starts_in_slices() {
    let (mut state, effects) = open(Lang::Ko, None, None);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Lang(Lang::Ko), Effect::Start]
    ));
    assert!(state.starting() && state.db.is_none() && state.runs.is_empty());
    assert_eq!(state.section, START_SECTION);
    assert!(
        !state.may_save(),
        "nothing is saved before the start has read the saved state"
    );
    // A click before the start's second half is taken, and runs nothing.
    state.reduce(Action::ToggleLang);
    assert!(state.lang == Lang::En && state.runs.is_empty() && state.job.is_none());

    // The lesson's connection opens in one task, its image in the next,
    // and it shows in a third.
    for _ in 0..2 {
        let effects = state.reduce(Action::Start);
        assert!(matches!(effects.as_slice(), [Effect::Start]), "{effects:?}");
        assert!(state.starting() && state.db.is_none() && !state.may_save());
    }
    let effects = state.reduce(Action::Start);
    assert!(!state.starting() && state.db.is_some());
    assert!(
        matches!(state.job.as_ref().map(|j| j.kind), Some(JobKind::Run(_))),
        "the first page runs as a job"
    );
    let rest = drive(&mut state, effects);
    assert!(rest.iter().any(is_save), "{rest:?}");
    assert_eq!(state.lang, Lang::En, "the learner's choice stays");
    let lesson = boot(Lang::Ko, None, None);
    for scenario in START_SECTION.scenarios() {
        let (sliced, at_once) = (&state.runs[scenario], &lesson.runs[scenario]);
        let counts = |run: &RunView| run.columns.iter().map(|c| c.log.len()).collect::<Vec<_>>();
        assert_eq!(counts(sliced), counts(at_once), "{scenario:?}");
    }
    assert!(state.job.is_none() && !state.sliced_start);
    assert!(state
        .reduce(Action::Start)
        .iter()
        .all(|e| !matches!(e, Effect::RunJob { .. })));
}

#[test]
fn the_first_paint_is_in_the_saved_states_language_and_section() {
    let own = boot(Lang::Ko, None, None)
        .to(Action::ToggleLang)
        .to(Action::Navigate(Section::Annotate));
    let saved = Record {
        lang_chosen: true,
        saved: Saved::Link(own.share_text().unwrap_or_default()),
    };
    let (state, _) = open(Lang::Ko, None, Some(saved.clone()));
    assert_eq!((state.lang, state.section), (Lang::En, Section::Annotate));
    let (mut state, _) = open(Lang::Ko, None, Some(saved));
    start(&mut state);
    assert_eq!((state.lang, state.section), (Lang::En, Section::Annotate));

    // A link shows its section and, to a receiver who chose none, its
    // language.
    let link = boot(Lang::En, None, None)
        .to(Action::Navigate(Section::Exists))
        .share_text()
        .unwrap_or_default();
    let (state, _) = open(Lang::Ko, Some(link), None);
    assert_eq!((state.lang, state.section), (Lang::En, Section::Exists));
}

/// A switch clicked before the start's second half ran is not undone by
/// the saved state's language the start reads (a clean-clone browser run
/// saw the page go back to the saved language right after the click).
#[test]
fn a_language_switch_during_the_start_survives_the_start() {
    let own = boot(Lang::Ko, None, None).to(Action::ToggleLang);
    let saved = Record {
        lang_chosen: true,
        saved: Saved::Link(own.share_text().unwrap_or_default()),
    };
    let (mut state, _) = open(Lang::Ko, None, Some(saved));
    assert_eq!(
        state.lang,
        Lang::En,
        "the first paint is the saved language"
    );
    state.reduce(Action::ToggleLang);
    let effects = start(&mut state);
    assert_eq!(state.lang, Lang::Ko, "the click stays");
    assert!(
        effects
            .iter()
            .all(|e| !matches!(e, Effect::Lang(lang) if *lang != Lang::Ko)),
        "{effects:?}"
    );
    assert!(matches!(
        state.save_request(),
        Some(SaveRequest::Link {
            lang_chosen: true,
            ..
        })
    ));
}

#[test]
fn the_share_data_known_at_start_is_what_a_dump_would_give() {
    let fresh = |state: &AppState| {
        let db = state.db.as_ref().map(|db| db.borrow());
        db.map(|db| crate::share::snapshot(&db, &state.now()).map_err(|e| e.to_string()))
    };
    let lesson = boot(Lang::En, None, None);
    assert_eq!(
        lesson.share_data().ok().as_deref(),
        fresh(&lesson).and_then(Result::ok).as_ref()
    );
    let toggled = toggle_follow(boot(Lang::En, None, None));
    let opened = boot(Lang::En, toggled.share_text().ok(), None);
    let seeded = opened.share_data().ok();
    assert!(
        matches!(seeded.as_deref(), Some(crate::share::ShareData::Lesson(c)) if !c.follows_added.is_empty() || !c.follows_removed.is_empty())
    );
    assert_eq!(
        seeded.as_deref(),
        fresh(&opened).and_then(Result::ok).as_ref()
    );
}
