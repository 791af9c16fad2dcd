//! Share links of a learner's own project (issue 14): for every project
//! tests/django_reference/gen_projects.py generated, the project is opened
//! as the page opens an upload (its files read, migrated), its generated
//! fixture loaded, then the share link made of it is decoded and restored
//! from scratch: the restored database must dump the same bytes, on the
//! same models. A link whose files the playground refuses fails with the
//! project's error, naming file and line.

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use orm_playground::db::Database;
use orm_playground::fixtures::{self, DumpOptions, FixtureFile, LoadOptions};
use orm_playground::i18n::Lang;
use orm_playground::limits;
use orm_playground::project::{ProjectErrorKind, Sources};
use orm_playground::share::{self, ShareData, ShareError, ShareState, ViewState};

const APPLIED: &str = "2024-03-04 14:44:00.123000";

fn projects() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/projects");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/golden/projects (run tests/django_reference/regenerate.sh projects)")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("schema.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn view() -> ViewState {
    ViewState {
        section: "console".into(),
        variant: None,
        acting_user: None,
        lang: Lang::Ko,
        program: Some("print(1)\n".into()),
    }
}

fn dump(db: &Database) -> String {
    fixtures::dumpdata(db, &DumpOptions::default()).expect("dumpdata")
}

/// The project in `dir`, opened as the page opens it, with its generated
/// fixture loaded when Django loaded it too.
fn opened(dir: &Path) -> (Sources, Database) {
    let sources = Sources::read(dir).expect("sources");
    let db = share::project_database(&sources, APPLIED).expect("opens");
    let data = std::fs::read(dir.join("fixtures/data.json")).expect("data.json");
    // A fixture Django refused leaves the migrated data, which travels too.
    let _ = fixtures::loaddata(
        &db,
        &[FixtureFile::new("data.json", data)],
        &LoadOptions::default(),
    );
    (sources, db)
}

#[test]
fn every_generated_project_travels_in_a_link_and_restores_the_same_dump() {
    let dirs = projects();
    assert!(dirs.len() >= 50, "{} projects", dirs.len());
    let mut with_rows = 0;
    for dir in dirs {
        let (sources, db) = opened(&dir);
        let before = dump(&db);
        let data = share::snapshot(&db, APPLIED).expect("snapshot");
        let ShareData::Project {
            sources: carried, ..
        } = &data
        else {
            panic!("{}: not a project's share data", dir.display());
        };
        assert_eq!(carried, &sources, "{}", dir.display());
        let link = share::encode(&ShareState { view: view(), data });
        assert!(link.starts_with("2."), "{}", dir.display());
        let decoded = share::decode(&link).expect("decodes");
        assert_eq!(decoded.view, view());
        let restored = share::restore(&decoded.data, "2026-05-01 09:30:00").expect("restores");
        assert_eq!(dump(&restored), before, "{}", dir.display());
        assert_eq!(
            restored.registry().project_sources().map(|s| &**s),
            Some(&sources),
            "{}: the restored data is the project's, so its link is too",
            dir.display()
        );
        assert_eq!(
            restored
                .registry()
                .models()
                .map(|m| m.label())
                .collect::<Vec<_>>(),
            db.registry()
                .models()
                .map(|m| m.label())
                .collect::<Vec<_>>()
        );
        if before.matches("\"model\"").count() > 100 {
            with_rows += 1;
        }
    }
    assert!(with_rows > 10, "the fixtures loaded: {with_rows}");
}

/// The project's changed data travels: rows written after opening it (as
/// the console writes them) come back.
#[test]
fn changed_data_travels_and_old_links_still_open() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/projects/p08");
    let (_, db) = opened(&dir);
    db.execute_batch_unlogged(
        "INSERT INTO auth_group (name) VALUES ('팔로워'); UPDATE blog_profile SET points = 777 WHERE id = (SELECT MIN(id) FROM blog_profile)",
    )
    .expect("change");
    let before = dump(&db);
    assert!(before.contains("팔로워") && before.contains("\"points\": 777"));
    let link = share::encode(&ShareState {
        view: view(),
        data: share::snapshot(&db, APPLIED).expect("snapshot"),
    });
    let restored =
        share::restore(&share::decode(&link).expect("decodes").data, APPLIED).expect("restores");
    assert_eq!(dump(&restored), before);

    // A link of the lesson's data is written as version 1, as before.
    let lesson = share::encode(&ShareState {
        view: view(),
        data: ShareData::Lesson(share::Changes::default()),
    });
    assert!(lesson.starts_with("1."), "{lesson}");
    assert!(share::decode(&lesson).is_ok());
}

fn p08_with_models(models: &str) -> ShareState {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/projects/p08");
    let mut sources = Sources::read(&dir).expect("sources");
    sources.models[0].2 = models.into();
    ShareState {
        view: view(),
        data: ShareData::Project {
            sources,
            jsonl: String::new(),
        },
    }
}

#[test]
fn a_link_whose_models_py_is_refused_fails_with_the_projects_error() {
    let models = "from django.db import models\n\n\nclass Profile(models.Model):\n    ip = models.GenericIPAddressField()\n";
    let link = share::encode(&p08_with_models(models));
    let decoded = share::decode(&link).expect("well-formed");
    let Err(ShareError::Project(error)) = share::restore(&decoded.data, APPLIED) else {
        panic!("restored a refused project")
    };
    assert_eq!((error.file.as_str(), error.line), ("blog/models.py", 5));
    assert!(matches!(error.kind, ProjectErrorKind::Unsupported(_)));
    let message = ShareError::Project(error).to_string();
    assert!(
        message.contains("blog/models.py, line 5: not supported in the playground"),
        "{message}"
    );

    let syntax = share::encode(&p08_with_models("class Profile(models.Model:\n"));
    let Err(ShareError::Project(error)) =
        share::restore(&share::decode(&syntax).expect("decodes").data, APPLIED)
    else {
        panic!("restored a syntax error")
    };
    assert_eq!((error.file.as_str(), error.line), ("blog/models.py", 1));
}

#[test]
fn a_link_with_too_many_or_too_big_project_files_is_refused() {
    let mut many = p08_with_models("");
    if let ShareData::Project { sources, .. } = &mut many.data {
        for i in 0..=limits::MAX_PROJECT_FILES {
            sources
                .apps_py
                .push((format!("a{i}"), format!("a{i}/apps.py"), String::new()));
        }
    }
    let big = p08_with_models(&"#".repeat(limits::MAX_PROJECT_FILE_BYTES + 1));
    for state in [many, big] {
        let decoded = share::decode(&share::encode(&state)).expect("decodes");
        match share::restore(&decoded.data, APPLIED) {
            Err(ShareError::Project(error)) => assert!(
                matches!(error.kind, ProjectErrorKind::Unsupported(_)),
                "{error}"
            ),
            Err(other) => panic!("{other}"),
            Ok(_) => panic!("restored"),
        }
    }
}
