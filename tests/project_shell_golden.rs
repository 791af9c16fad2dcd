//! The shell on an own project (issue 12 §1): for each case
//! tests/django_reference/gen_project_shell.py ran in real Django 5.2, the
//! playground reads the project (a generated one, tests/golden/projects/pNN,
//! or a learner's written by hand, tests/django_reference/learner_projects),
//! migrates it, loads the same fixture and runs the same program on a
//! database carrying the project's registry, and must print exactly what
//! `manage.py loaddata` and `manage.py shell -c` printed: the programs end
//! by printing `connection.queries`, so Django's SQL is compared too.

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use orm_playground::db::Database;
use orm_playground::fixtures::{self, FixtureFile, LoadOptions};
use orm_playground::project::{migrate, Project};
use orm_playground::shell;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    /// A generated project of tests/golden/projects, or
    #[serde(default)]
    project: String,
    /// a learner's project written by hand, under tests/django_reference.
    #[serde(default)]
    source: Option<String>,
    /// What `timezone.now()` was fixed to (`--now`), if it was.
    #[serde(default)]
    now: Option<String>,
    /// Labels `dumpdata --indent 2` wrote after the load, and what it wrote.
    #[serde(default)]
    dumpdata: Vec<String>,
    #[serde(default)]
    dumped: Option<String>,
    fixture: serde_json::Value,
    program: String,
    loaddata: String,
    stdout: String,
}

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/project_shell");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect(
            "tests/golden/project_shell (run tests/django_reference/regenerate.sh project_shell)",
        )
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// What the playground prints for one case: loaddata's line, the
/// shell's stdout and, if the case asks, `dumpdata` after the load.
fn run(case: &Case) -> (String, String, Option<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = match &case.source {
        Some(source) => root.join("tests/django_reference").join(source),
        None => root.join("tests/golden/projects").join(&case.project),
    };
    let project = Project::load(&dir).expect("the project loads");
    let registry = Arc::new(Project::load(&dir).expect("loads twice").registry);
    let mut db = Database::open_in_memory_with(registry).expect("open");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    let fixture = FixtureFile::new(
        "fixture.json",
        serde_json::to_vec(&case.fixture).expect("fixture JSON"),
    );
    let report = fixtures::loaddata(&db, &[fixture], &LoadOptions::default()).expect("loaddata");
    let dumped = (!case.dumpdata.is_empty()).then(|| {
        let options = fixtures::DumpOptions {
            labels: case.dumpdata.clone(),
            indent: Some(2),
            ..fixtures::DumpOptions::default()
        };
        fixtures::dumpdata(&db, &options).expect("dumpdata")
    });
    let now = case.now.as_deref().and_then(shell::DateTime::parse);
    let run = shell::run(&mut db, &case.program, now);
    assert!(run.error.is_none(), "{}: {:?}", dir.display(), run.error);
    (format!("{}\n", report.message()), run.stdout, dumped)
}

#[test]
fn programs_print_what_django_prints_on_a_project() {
    let files = cases();
    assert!(!files.is_empty(), "no cases");
    for file in files {
        let case: Case = serde_json::from_str(&std::fs::read_to_string(&file).expect("read"))
            .expect("golden JSON");
        let (loaddata, stdout, dumped) = run(&case);
        assert_eq!(loaddata, case.loaddata, "{}: loaddata", file.display());
        assert_eq!(dumped, case.dumped, "{}: dumpdata", file.display());
        assert_eq!(stdout, case.stdout, "{}: shell", file.display());
    }
}

/// The error line a program on `project` ends with (run after the
/// project's golden fixture, if it has one, is loaded).
fn error_of(project: &str, fixture_case: Option<&str>, program: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/projects")
        .join(project);
    let loaded = Project::load(&dir).expect("the project loads");
    let mut db = Database::open_in_memory_with(Arc::new(loaded.registry)).expect("open");
    let project = Project::load(&dir).expect("loads twice");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    if let Some(name) = fixture_case {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden/project_shell")
            .join(format!("{name}.json"));
        let case: Case =
            serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("JSON");
        let bytes = serde_json::to_vec(&case.fixture).expect("fixture JSON");
        fixtures::loaddata(
            &db,
            &[FixtureFile::new("fixture.json", bytes)],
            &LoadOptions::default(),
        )
        .expect("loaddata");
    }
    let run = shell::run(&mut db, program, None);
    run.error.map(|e| e.to_string()).unwrap_or_default()
}

/// What the shell cannot show as Django would, it refuses (never a wrong
/// answer): a model whose datetimes are naive (`USE_TZ = False`), and one
/// the shell does not convert.
#[test]
fn what_the_shell_cannot_show_on_a_project_is_refused() {
    assert_eq!(
        error_of("p08", Some("p08_profiles"), "print(Profile.objects.get(pk=1).owner)"),
        "line 1: not supported in the playground: loading the column last_login (a field kind the shell does not convert yet)"
    );
    assert_eq!(
        error_of("p03", None, "print(Album.objects.count())"),
        "line 1: not supported in the playground: the Album model"
    );
}

/// A project's own `__str__` runs as Python runs it: one returning a
/// field that is not a `str` fails as CPython fails, and one the shell
/// cannot run (an f-string with a format spec) is refused; so is a delete
/// reaching an `on_delete` the collector does not follow.
#[test]
fn own_str_methods_run_as_python_runs_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let settings = std::fs::read_to_string(
        root.join("tests/django_reference/learner_projects/startproject/config/settings.py"),
    )
    .expect("settings")
    .replace("'posts',", "'shop',");
    std::fs::create_dir_all(dir.path().join("config")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("shop")).expect("mkdir");
    std::fs::write(dir.path().join("config/settings.py"), settings).expect("write");
    std::fs::write(
        dir.path().join("shop/models.py"),
        "from django.db import models\n\n\nclass Item(models.Model):\n    stock = models.IntegerField()\n\n    def __str__(self):\n        return self.stock\n\n\nclass Box(models.Model):\n    size = models.IntegerField()\n\n    def __str__(self):\n        return f'{self.size:>4}'\n\n\nclass Tag(models.Model):\n    item = models.ForeignKey(Item, models.SET_NULL, null=True)\n\n    def __str__(self):\n        return f'{self.item_id}/{self.item_id!r}/{self.pk}'\n",
    )
    .expect("write");
    let project = Project::load(dir.path()).expect("the project loads");
    let mut db =
        Database::open_in_memory_with(Arc::new(Project::load(dir.path()).expect("loads").registry))
            .expect("open");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    let error = |db: &mut Database, program: &str| {
        shell::run(db, program, None)
            .error
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    assert_eq!(
        error(&mut db, "print(Item(stock=3))"),
        "line 1: TypeError: __str__ returned non-string (type int)"
    );
    assert_eq!(
        error(&mut db, "print(Box(size=3))"),
        "line 1: not supported in the playground: Box.__str__"
    );
    // The collector follows CASCADE and DO_NOTHING; it refuses the rest.
    assert_eq!(
        error(&mut db, "i = Item.objects.create(stock=1)\ni.delete()"),
        "line 2: not supported in the playground: deleting what shop.Tag.item points at with on_delete=models.SET_NULL (the playground follows CASCADE and DO_NOTHING only)"
    );
    let run = shell::run(&mut db, "print(Tag(item_id=7, pk=2))", None);
    assert_eq!(run.error.map(|e| e.to_string()), None);
    assert!(run.stdout.ends_with("7/7/2\n"), "{}", run.stdout);
}

/// A `through=` relation reads through its intermediate model; its
/// `remove()`/`clear()` delete intermediate rows, `add()`/`set()`/
/// `create()` make them with `through_defaults` (the w03_through golden);
/// `add()` takes only `through_defaults` as a keyword, as Django does.
#[test]
fn an_explicit_intermediate_models_add_takes_through_defaults_only() {
    let error = error_of(
        "w03-through",
        Some("w03_through"),
        "Band.objects.get(pk=1).members.add(3, bulk=False)",
    );
    assert_eq!(
        error,
        "line 1: TypeError: create_forward_many_to_many_manager.<locals>.ManyRelatedManager.add() got an unexpected keyword argument 'bulk'"
    );
}
