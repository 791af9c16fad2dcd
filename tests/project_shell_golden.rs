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
use orm_playground::project::error::ProjectErrorKind;
use orm_playground::project::{migrate, Project, Sources};
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
    error_in("tests/golden/projects", project, fixture_case, program)
}

/// The error line a program on the project in `root/name` ends with, after
/// the named golden case's fixture (if any) is loaded.
fn error_in(root: &str, name: &str, fixture_case: Option<&str>, program: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(root).join(name);
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
/// answer): an aware datetime under `USE_TZ = False` (Django's SQLite
/// backend raises), datetime subtraction Django sends as
/// `django_timestamp_diff`, and Django's own models other than the user
/// model.
#[test]
fn what_the_shell_cannot_show_on_a_project_is_refused() {
    // p08 has USE_TZ = False: auth.User's naive datetimes load.
    assert_eq!(
        error_of(
            "p08",
            Some("p08_profiles"),
            "print(Profile.objects.get(pk=1).owner.date_joined)"
        ),
        ""
    );
    assert_eq!(
        error_of(
            "p08",
            Some("p08_profiles"),
            "import datetime\nprint(Profile.objects.filter(owner__date_joined__lt=datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)).count())"
        ),
        "line 2: not supported in the playground: an aware datetime under USE_TZ = False (Django's SQLite backend refuses it with ValueError)"
    );
    assert_eq!(
        error_of(
            "p08",
            Some("p08_profiles"),
            "from datetime import timedelta\nfrom django.db.models import F\nfrom django.contrib.auth.models import User\nprint(User.objects.filter(last_login__lt=F('date_joined') + timedelta(days=1)).count())\nprint(User.objects.filter(last_login__lt=F('date_joined') - F('last_login')).count())"
        ),
        "line 5: not supported in the playground: this arithmetic with dates, times or durations (the playground sends a duration, a time, or a datetime under USE_TZ = False, plus or minus a duration)"
    );
    // Durations and decimals are converted now.
    assert_eq!(error_of("p03", None, "print(Album.objects.count())"), "");
    assert_eq!(error_of("p00", None, "print(Order.objects.count())"), "");
    // Django's own models other than the user model are not queried.
    assert_eq!(
        error_of(
            "p00",
            None,
            "from django.contrib.admin.models import LogEntry\nprint(LogEntry.objects.count())"
        ),
        "line 2: not supported in the playground: the LogEntry model"
    );
}

/// A project's own `__str__` runs as Python runs it: one returning a
/// field that is not a `str` fails as CPython fails, and one the shell
/// cannot run (an f-string with a format spec) is refused; so is a delete
/// reaching a `SET()` of a callable.
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
        "from django.db import models\n\n\nclass Item(models.Model):\n    stock = models.IntegerField()\n\n    def __str__(self):\n        return self.stock\n\n\nclass Box(models.Model):\n    size = models.IntegerField()\n\n    def __str__(self):\n        return f'{self.size:>4}'\n\n\ndef no_item():\n    return None\n\n\nclass Tag(models.Model):\n    item = models.ForeignKey(Item, models.SET(no_item), null=True)\n\n    def __str__(self):\n        return f'{self.item_id}/{self.item_id!r}/{self.pk}'\n",
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
    // `SET()` of a callable is refused: Django calls it at each delete.
    assert_eq!(
        error(&mut db, "i = Item.objects.create(stock=1)\ni.delete()"),
        "line 2: not supported in the playground: deleting what shop.Tag.item points at with on_delete=models.SET() of something other than a literal (None, True/False, a number or a string; Django calls a callable at each delete)"
    );
    let run = shell::run(&mut db, "print(Tag(item_id=7, pk=2))", None);
    assert_eq!(run.error.map(|e| e.to_string()), None);
    assert!(run.stdout.ends_with("7/7/2\n"), "{}", run.stdout);
}

/// The error line a program on a learner's project ends with (run after
/// the named golden's fixture is loaded).
fn learner_error(source: &str, fixture_case: &str, program: &str) -> String {
    error_in(
        "tests/django_reference",
        source,
        Some(fixture_case),
        program,
    )
}

/// Times, durations and naive datetimes the shell cannot answer as
/// Django 5.2 does are refused, never answered differently: values Django
/// fails on deep inside (an int for a DurationField, a time
/// `parse_time` rejects, an aware datetime under `USE_TZ = False`, a date
/// against a DateTimeField under `USE_TZ = True`), arithmetic Django sends
/// as `django_format_dtdelta` whose result the shell would not read (an
/// aware datetime's, a duration times a number) or as
/// `django_timestamp_diff`, and a float in `timedelta()`.
#[test]
fn times_and_durations_django_would_answer_otherwise_are_refused() {
    let schedule = |program: &str| {
        learner_error(
            "learner_projects/schedule",
            "schedule_lessons",
            &format!("import datetime\nfrom datetime import time, timedelta\nfrom django.db.models import F\n{program}"),
        )
    };
    let refused =
        |line: u32, what: &str| format!("line {line}: not supported in the playground: {what}");
    assert_eq!(
        schedule("print(Lesson.objects.filter(length=3600).count())"),
        refused(
            4,
            "a value other than a timedelta for a DurationField (Django fails with AttributeError)"
        )
    );
    assert_eq!(
        schedule("print(Lesson.objects.filter(starts_at='25:00').count())"),
        refused(
            4,
            "the time '25:00' (Django refuses it with a ValidationError)"
        )
    );
    let arithmetic = "this arithmetic with dates, times or durations (the playground sends a duration, a time, or a datetime under USE_TZ = False, plus or minus a duration)";
    assert_eq!(
        schedule(
            "print(list(Lesson.objects.annotate(x=F('length') * 2).values_list('x', flat=True)))"
        ),
        refused(4, arithmetic)
    );
    assert_eq!(
        schedule("print(list(Lesson.objects.annotate(x=F('created_at') - F('created_at')).values_list('x', flat=True)))"),
        refused(4, arithmetic)
    );
    assert_eq!(
        schedule("print(list(Lesson.objects.annotate(x=timedelta(1) + F('created_at')).values_list('x', flat=True)))"),
        refused(4, arithmetic)
    );
    assert_eq!(
        learner_error(
            "learner_projects/homework",
            "homework_lecture",
            "from datetime import timedelta\nfrom django.db.models import F\nArticle.objects.update(created_at=F('created_at') + timedelta(hours=1))"
        ),
        refused(3, arithmetic)
    );
    assert_eq!(
        schedule("print(timedelta(hours=1.5))"),
        refused(4, "a float in timedelta() (pass whole units)")
    );
    assert_eq!(
        schedule("print(timedelta(hours=1) / 2)"),
        refused(4, "this arithmetic with a datetime.timedelta and a int")
    );
    assert_eq!(
        schedule("Teacher.objects.create(name='x', joined_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc))"),
        refused(4, "an aware datetime as the value of joined_at under USE_TZ = False (Django's SQLite backend refuses it with ValueError)")
    );
    assert_eq!(
        schedule("print(Lesson.objects.filter(length=timedelta(1), starts_at=time(9)).count())\nprint(Lesson.objects.filter(starts_at=datetime.datetime(2024, 1, 1, 9)).count())"),
        refused(5, "a number, a date or a datetime as the value of a TimeField (Django fails in parse_time or takes the datetime's time)")
    );
    // USE_TZ = True: a date against a DateTimeField is a naive midnight.
    assert_eq!(
        learner_error(
            "learner_projects/homework",
            "homework_lecture",
            "import datetime\nprint(Article.objects.filter(created_at__gte=datetime.date(2024, 3, 9)).count())"
        ),
        "line 2: not supported in the playground: a date as the value of a DateTimeField under USE_TZ = True (Django takes it as a naive datetime and warns)"
    );
}

/// Under `USE_TZ = False` the stored wall times are read in any
/// `TIME_ZONE`; what needs the zone's clock (`timezone.now()`, an
/// `auto_now` time or datetime) is refused in a zone whose rules the
/// playground does not carry.
#[test]
fn naive_datetimes_in_another_zone_read_but_refuse_the_clock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/django_reference/learner_projects/schedule");
    let settings = std::fs::read_to_string(root.join("config/settings.py"))
        .expect("settings")
        .replace("TIME_ZONE = 'Asia/Seoul'", "TIME_ZONE = 'America/Chicago'");
    std::fs::create_dir_all(dir.path().join("config")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("lessons")).expect("mkdir");
    std::fs::write(dir.path().join("config/settings.py"), settings).expect("write");
    std::fs::copy(
        root.join("lessons/models.py"),
        dir.path().join("lessons/models.py"),
    )
    .expect("copy");
    let project = Project::load(dir.path()).expect("the project loads");
    let mut db =
        Database::open_in_memory_with(Arc::new(Project::load(dir.path()).expect("loads").registry))
            .expect("open");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    let run = shell::run(
        &mut db,
        "import datetime\nt = Teacher.objects.create(name='x', joined_at=datetime.datetime(2024, 3, 1, 9))\nprint(repr(Teacher.objects.get(pk=t.pk).joined_at), Teacher.objects.filter(joined_at__hour=9).count())",
        None,
    );
    assert_eq!(run.error.map(|e| e.to_string()), None);
    assert!(
        run.stdout
            .ends_with("datetime.datetime(2024, 3, 1, 9, 0) 1\n"),
        "{}",
        run.stdout
    );
    let refused = "not supported in the playground: the local time in a TIME_ZONE other than UTC or Asia/Seoul (the playground carries those zones' rules only)";
    let error = |db: &mut Database, program: &str| {
        shell::run(db, program, None)
            .error
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    assert_eq!(
        error(
            &mut db,
            "from django.utils import timezone\nprint(timezone.now())"
        ),
        format!("line 2: {refused}")
    );
    assert_eq!(
        error(
            &mut db,
            "from datetime import time, timedelta\nLesson.objects.create(teacher_id=1, title='x', starts_at=time(9), length=timedelta(1))"
        ),
        format!("line 2: {refused}")
    );
}

/// Ordering by a foreign key orders by the related model's
/// `Meta.ordering`; a model ordered by its own parent loops, and Django
/// 5.2 says so (`FieldError: Infinite loop caused by ordering.`, checked
/// against real Django with this model).
#[test]
fn an_ordering_that_loops_through_relations_fails_as_django() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/django_reference/learner_projects/schedule");
    std::fs::create_dir_all(dir.path().join("config")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("lessons")).expect("mkdir");
    std::fs::copy(
        root.join("config/settings.py"),
        dir.path().join("config/settings.py"),
    )
    .expect("copy");
    std::fs::write(
        dir.path().join("lessons/models.py"),
        "from django.db import models\n\n\nclass Node(models.Model):\n    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)\n\n    class Meta:\n        ordering = ['parent']\n",
    )
    .expect("write");
    let project = Project::load(dir.path()).expect("the project loads");
    let mut db =
        Database::open_in_memory_with(Arc::new(Project::load(dir.path()).expect("loads").registry))
            .expect("open");
    migrate::migrate(&db, &project, "2024-03-04 14:44:00.123000").expect("migrate");
    let run = shell::run(
        &mut db,
        "from django.core.exceptions import FieldError\nNode.objects.create()\ntry:\n    print(list(Node.objects.all()))\nexcept FieldError as e:\n    print(type(e).__name__, e)\nprint(list(Node.objects.order_by('parent_id')), list(Node.objects.order_by('pk')))",
        None,
    );
    assert_eq!(run.error.map(|e| e.to_string()), None);
    assert!(
        run.stdout.ends_with(
            "FieldError Infinite loop caused by ordering.\n[<Node: Node object (1)>] [<Node: Node object (1)>]\n"
        ),
        "{}",
        run.stdout
    );
}

/// The error line a program on the learner's shop ends with, after the
/// `shop_products` golden's fixture is loaded.
fn shop_error(program: &str) -> String {
    learner_error("learner_projects/shop", "shop_products", program)
}

/// What the shell does not compute with decimals exactly as CPython and
/// Django do, it refuses: division and `round()` of a `Decimal`, a stored
/// value wider than the field's `max_digits` (Django's quantize raises),
/// a text Django's `to_python` rejects, and arithmetic mixing a decimal
/// column with a float (Django cannot infer its output field).
#[test]
fn what_the_shell_cannot_compute_with_decimals_is_refused() {
    let d = "from decimal import Decimal\n";
    assert_eq!(
        shop_error(&format!("{d}Decimal('2') ** 2")),
        "line 2: not supported in the playground: the ** or pow() operator on Decimal values (+, -, *, /, // and % are computed)"
    );
    assert_eq!(
        shop_error(&format!("{d}Decimal('100') // Decimal('1E-27')")),
        "line 2: not supported in the playground: Decimal integer division this large (beyond the default context's exponents or the playground's digits)"
    );
    assert_eq!(
        shop_error(&format!("{d}Decimal('1') / 0")),
        "line 2: not supported in the playground: Decimal division by zero (CPython raises decimal.DivisionByZero, or InvalidOperation for 0/0)"
    );
    assert_eq!(
        shop_error(&format!("{d}round(Decimal('1'), 30)")),
        "line 2: not supported in the playground: round() of a Decimal to more than 28 digits (CPython raises decimal.InvalidOperation)"
    );
    assert_eq!(
        shop_error(&format!("{d}Decimal('NaN')")),
        "line 2: not supported in the playground: Decimal('NaN') (CPython raises decimal.InvalidOperation, or makes a NaN or Infinity)"
    );
    assert_eq!(
        shop_error("Product.objects.filter(price='abc').count()"),
        "line 1: not supported in the playground: the decimal 'abc' (Django refuses it with a ValidationError)"
    );
    // An update() runs it (the shop_float_update golden); reading it is
    // Django's FieldError, which it raises after sending the query.
    assert_eq!(
        shop_error(
            "from django.db.models import F\nProduct.objects.annotate(p=F('price') + 0.5).first()"
        ),
        "line 2: not supported in the playground: arithmetic mixing a DecimalField and a float outside update() (give Decimal values)"
    );
    assert_eq!(
        shop_error(&format!(
            "{d}p = Product.objects.get(pk=1)\np.price = Decimal('123456789')\np.save()\nProduct.objects.get(pk=1)"
        )),
        "line 5: not supported in the playground: reading 123456789 into a DecimalField of max_digits=8, decimal_places=2 (Django raises decimal.InvalidOperation)"
    );
    assert_eq!(
        shop_error(&format!("{d}Decimal('1') + 0.5")),
        "line 2: TypeError: unsupported operand type(s) for +: 'decimal.Decimal' and 'float'"
    );
}

/// A `JSONField`'s key transforms and lookups other than `exact` and
/// `isnull` are Django's SQL with SQLite's JSON functions, which the page's
/// SQLite is built without: refused the same natively and in the page.
/// A value `json.dumps` cannot write fails as it does in Python.
#[test]
fn json_lookups_that_need_sqlite_json_functions_are_refused() {
    let refused = |lookup: &str| {
        format!("line 1: not supported in the playground: the JSONField lookup '{lookup}' (Django's SQL for it calls SQLite's JSON functions, which the page's SQLite leaves out; exact and isnull work)")
    };
    assert_eq!(
        shop_error("Product.objects.filter(specs__color='red').count()"),
        refused("color")
    );
    assert_eq!(
        shop_error("Product.objects.filter(specs__size__0=1).count()"),
        refused("size__0")
    );
    assert_eq!(
        shop_error("Product.objects.filter(specs__has_key='color').count()"),
        refused("has_key")
    );
    assert_eq!(
        shop_error("Product.objects.filter(specs__contains={'a': 1}).count()"),
        refused("contains")
    );
    assert_eq!(
        shop_error("from django.db.models import Q\nProduct.objects.filter(Q(specs='x')).count()"),
        "line 2: not supported in the playground: this value for a JSONField here (give it to filter() or exclude() directly)"
    );
    assert_eq!(
        shop_error("Product.objects.filter(specs={1, 2}).count()"),
        "line 1: TypeError: Object of type set is not JSON serializable"
    );
    assert_eq!(
        shop_error("Product.objects.filter(specs={(1, 2): 3}).count()"),
        "line 1: TypeError: keys must be str, int, float, bool or None, not tuple"
    );
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

/// A system check golden: a learner's project with one line of a
/// `models.py` changed, and what `makemigrations` printed on it.
#[derive(Deserialize)]
struct CheckCase {
    source: String,
    file: String,
    lines: Vec<u32>,
    models: String,
    returncode: i32,
    stderr: String,
}

/// Django's system checks (fields.E320: `SET_NULL` on a field that cannot
/// be null, fields.E321: `SET_DEFAULT` without a default, and the other
/// field checks, several at once): for each case of
/// tests/golden/project_shell/checks, a project `makemigrations` refused
/// is refused with every entry Django printed under `ERRORS:`, in its
/// order, each at its field's line; one Django accepted is read.
/// The 1-based line of `field = ...` in `class Model(...)` of `models`,
/// or of the class itself; for Django's intermediary model `Model_m2m`,
/// the line of its many-to-many field.
fn field_line(models: &str, model: &str, field: Option<&str>) -> u32 {
    let class = format!("class {model}(");
    let lines: Vec<&str> = models.lines().collect();
    let Some(start) = lines.iter().position(|l| l.starts_with(&class)) else {
        let (owner, m2m) = model.split_once('_').expect("an intermediary model");
        return field_line(models, owner, Some(m2m));
    };
    let at = match field {
        None => start,
        Some(field) => {
            let assign = format!("    {field} = ");
            (start..lines.len())
                .find(|&n| lines[n].starts_with(&assign))
                .expect("the field's line")
        }
    };
    u32::try_from(at + 1).expect("line")
}

#[test]
fn projects_django_checks_refuse_are_refused_with_every_entry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/golden/project_shell/checks"))
        .expect("tests/golden/project_shell/checks")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "check cases: {files:?}");
    for file in files {
        let case: CheckCase = serde_json::from_str(&std::fs::read_to_string(&file).expect("read"))
            .expect("check golden JSON");
        let dir = root.join("tests/django_reference").join(&case.source);
        let mut sources = Sources::read(&dir).expect("the project's files");
        let models = sources
            .models
            .iter_mut()
            .find(|(_, path, _)| *path == case.file)
            .expect("the changed models.py");
        models.2.clone_from(&case.models);
        let read = Project::from_sources(&sources);
        if case.returncode == 0 {
            assert!(read.is_ok(), "{}: {:?}", file.display(), read.err());
            continue;
        }
        let error = read.expect_err("Django refuses the project");
        let Some(body) = case
            .stderr
            .strip_prefix("SystemCheckError: System check identified some issues:\n\nERRORS:\n")
            .and_then(|rest| rest.strip_suffix('\n'))
        else {
            // The import failed before the checks: the traceback's last
            // line, at the changed line.
            let last = case.stderr.lines().last().unwrap_or_default();
            assert_eq!(
                error.to_string(),
                format!("{}, line {}: {last}", case.file, case.lines[0]),
                "{}",
                file.display()
            );
            continue;
        };
        // An entry's HINT continues it on a line of its own, after a tab.
        let mut entries: Vec<String> = Vec::new();
        for line in body.lines() {
            match entries.last_mut() {
                Some(entry) if line.starts_with('\t') => {
                    entry.push('\n');
                    entry.push_str(line);
                }
                _ => entries.push(line.to_owned()),
            }
        }
        let ProjectErrorKind::Checks(issues) = &error.kind else {
            panic!("{}: not the system checks: {error}", file.display());
        };
        let ours: Vec<&str> = issues.iter().map(|i| i.entry.as_str()).collect();
        assert_eq!(ours, entries, "{}", file.display());
        for issue in issues {
            // `app.Model.field: …` at the field's line, `app.Model: …` at
            // the class's.
            let label = issue.entry.split(':').next().unwrap_or_default();
            let mut parts = label.split('.').skip(1);
            let model = parts.next().expect("app.Model");
            assert_eq!(issue.file, case.file);
            assert_eq!(
                issue.line,
                field_line(&case.models, model, parts.next()),
                "{}: {}",
                file.display(),
                issue.entry
            );
        }
    }
}
