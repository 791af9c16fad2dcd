//! `manage shell` prints and sends exactly what real
//! `python manage.py shell -c CODE` does for every program in
//! `tests/django_reference/gen_shell.py` (`tests/golden/shell/*.json`):
//! the same stdout byte for byte, the same last traceback line, and the same
//! statements (as `connection.queries` shows them) from the same program
//! lines.
//!
//! Programs the playground cannot run yet are listed in `UNSUPPORTED` with
//! the exact `not supported in the playground: …` line it gives instead;
//! the test fails if such a program starts to pass or fails differently.
//!
//! The seeded families (`gen_*` groups, gen_shell_programs.py) are too many
//! to list one by one: there a program may stop with `not supported in the
//! playground: …` only after printing a prefix of Django's output and
//! sending a prefix of its queries, with a reason from `KNOWN_GAPS`; any
//! other difference fails. The test prints each family's figures (the
//! README's coverage table) and fails if a family passes fewer programs
//! than its floor in `FLOORS`.

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use orm_playground::db::Database;
use orm_playground::lesson_data;
use orm_playground::shell;
use serde_json::Value as Json;

/// Programs outside what the playground runs today, by `group/name`, with
/// the line it prints instead of Django's output.
const UNSUPPORTED: &[(&str, &str)] = &[
    (
        "queries/query_bool_value",
        "not supported in the playground: Value(True) and Value(False)",
    ),
    (
        "learners/functions_other",
        "not supported in the playground: from django.db.models.functions import Coalesce",
    ),
    (
        "learners/strftime_directive",
        "not supported in the playground: the strftime directive %c",
    ),
    (
        "learners/type_qs",
        "not supported in the playground: QuerySet.__class__",
    ),
    (
        "learners/qs_or",
        "not supported in the playground: querysets combined with |",
    ),
    (
        "learners/qs_and",
        "not supported in the playground: querysets combined with &",
    ),
    (
        "learners/qs_or_print",
        "not supported in the playground: querysets combined with |",
    ),
    (
        "learners/instance_dict",
        "not supported in the playground: Article.__dict__",
    ),
    (
        "learners/hash_instance",
        "not supported in the playground: the builtin hash",
    ),
    (
        "edges/manager_through",
        "not supported in the playground: ManyRelatedManager.through",
    ),
    (
        "types/annotate_exists",
        "not supported in the playground: Article.like_users",
    ),
];

/// What the seeded families may stop at: part of a
/// `not supported in the playground: …` reason (the engine's gaps that
/// issue 12 still lists as open).
const KNOWN_GAPS: &[&str] = &[
    "import datetime",
    ".get_deferred_fields()",
    "values_list(named=True)",
    "in_bulk() with keyword arguments",
    "prefetch_related('",
    "Article.like_users",
    "a type as a lookup value",
    "an exclude() reusing a join of the same filter",
    "printing a query with a True/False parameter",
];

/// The fewest programs each seeded family must pass exactly (a regression
/// turns passes into gaps; raise a floor when a gap closes).
const FLOORS: &[(&str, usize)] = &[
    ("gen_errors", 118),
    ("gen_expressions", 185),
    ("gen_lookups", 449),
    ("gen_python", 200),
    ("gen_querysets", 250),
    ("gen_relations", 250),
    ("gen_values", 299),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The lesson data the goldens ran on (the bundled fixtures are byte copies
/// of tests/golden/fixtures/lesson, which the generators load).
fn database() -> Database {
    lesson_data::lesson_from_fixtures("2024-01-01 00:00:00")
        .expect("lesson")
        .0
}

/// Whether a run that stopped at `not supported` said only true things
/// before it: its stdout and queries are a prefix of Django's, and the
/// reason is a known gap. Returns the reason.
fn honest_gap(run: &shell::ShellRun, case: &Json) -> Option<String> {
    let reason = run.error.as_ref()?.last_line();
    let gap = reason.strip_prefix("not supported in the playground: ")?;
    if !KNOWN_GAPS.iter().any(|known| gap.contains(known)) {
        return None;
    }
    let want_stdout = case["stdout"].as_str().unwrap_or_default();
    if !want_stdout.starts_with(&run.stdout) {
        return None;
    }
    let want = case["queries"].as_array()?;
    let prefix = run.queries.len() <= want.len()
        && run.queries.iter().zip(want).all(|(g, w)| {
            w["sql"].as_str() == Some(g.sql.as_str())
                && w["line"].as_u64() == Some(u64::from(g.line))
        });
    prefix.then(|| gap.to_owned())
}

fn check(run: &shell::ShellRun, case: &Json, group: &str) -> Result<(), String> {
    let want_stdout = case["stdout"].as_str().unwrap_or_default();
    let (got_stdout, want_stdout) = if group == "explain" {
        (
            shell::host::plan_shape(&run.stdout),
            shell::host::plan_shape(want_stdout),
        )
    } else {
        (run.stdout.clone(), want_stdout.to_owned())
    };
    let want_error = case["error"].as_str();
    let got_error = run.error.as_ref().map(|e| e.last_line());
    if got_error.as_deref() != want_error {
        return Err(format!(
            "error\n  got:  {got_error:?}\n  want: {want_error:?}\n  stdout so far: {:?}",
            run.stdout
        ));
    }
    if got_stdout != want_stdout {
        return Err(format!(
            "stdout\n  got:  {got_stdout:?}\n  want: {want_stdout:?}"
        ));
    }
    let want: Vec<(String, u64)> = case["queries"]
        .as_array()
        .map(|qs| {
            qs.iter()
                .map(|q| {
                    (
                        q["sql"].as_str().unwrap_or_default().to_owned(),
                        q["line"].as_u64().unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let got: Vec<(String, u64)> = run
        .queries
        .iter()
        .map(|q| (q.sql.clone(), u64::from(q.line)))
        .collect();
    if got.len() != want.len() {
        return Err(format!(
            "{} queries, Django sent {}\n  got:  {got:#?}\n  want: {want:#?}",
            got.len(),
            want.len()
        ));
    }
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        if g != w {
            return Err(format!("query {i}\n  got:  {g:?}\n  want: {w:?}"));
        }
    }
    Ok(())
}

#[test]
fn every_program_matches_django() {
    let mut db = database();
    // gen_shell.py's NOW, as `manage shell --now` takes it.
    let now = shell::DateTime::parse("2024-03-08T12:34:56.789012Z");
    assert!(now.is_some());
    let dir = root().join("tests/golden/shell");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut summary = Vec::new();
    let mut total = 0;
    let mut unsupported_seen = 0;
    let mut gaps = std::collections::BTreeMap::<String, usize>::new();
    for path in paths {
        let doc: Json = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
        let group = doc["group"].as_str().unwrap_or_default().to_owned();
        let cases = doc["cases"].as_array().cloned().unwrap_or_default();
        let mut passed = 0;
        let mut listed = 0;
        let seeded = group.starts_with("gen_");
        for case in &cases {
            let name = format!("{group}/{}", case["name"].as_str().unwrap_or_default());
            let code = case["code"].as_str().unwrap_or_default();
            // gen_shell.py runs each write program on a copy of the
            // database; so does this.
            let run = if group == "writes" {
                shell::run(&mut database(), code, now)
            } else {
                shell::run(&mut db, code, now)
            };
            let result = check(&run, case, &group);
            match UNSUPPORTED.iter().find(|(n, _)| *n == name) {
                Some((_, message)) => {
                    unsupported_seen += 1;
                    listed += 1;
                    let got = run.error.as_ref().map(|e| e.last_line());
                    if result.is_ok() {
                        failures.push(format!("{name}: now passes, remove it from UNSUPPORTED"));
                    } else if got.as_deref() != Some(*message) {
                        failures.push(format!(
                            "{name}: listed as `{message}`, but the playground gave {got:?}"
                        ));
                    }
                }
                None => match (result, seeded.then(|| honest_gap(&run, case)).flatten()) {
                    (Ok(()), _) => passed += 1,
                    (Err(_), Some(gap)) => {
                        *gaps.entry(gap).or_insert(0) += 1;
                        listed += 1;
                    }
                    (Err(why), None) => failures.push(format!("{name}:\n{code}    {why}")),
                },
            }
        }
        if let Some((_, floor)) = FLOORS.iter().find(|(g, _)| *g == group) {
            if passed < *floor {
                failures.push(format!("{group}: {passed} pass, below its floor {floor}"));
            }
        } else if seeded {
            failures.push(format!("{group}: no floor in FLOORS ({passed} pass)"));
        }
        total += cases.len();
        summary.push(format!(
            "{group}: {passed}/{} ({listed} not supported)",
            cases.len()
        ));
    }
    eprintln!("{total} programs; {}", summary.join(", "));
    for (gap, n) in &gaps {
        eprintln!("  {n:>4} stop at: not supported in the playground: {gap}");
    }
    assert_eq!(
        unsupported_seen,
        UNSUPPORTED.len(),
        "UNSUPPORTED names a program that is not in the goldens"
    );
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------- the command

use std::io::Write as _;
use std::process::{Command, Stdio};

/// A migrated database file with the lesson fixtures, made by `manage`.
fn lesson_db(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("db.sqlite3");
    let fixtures: Vec<String> = ["users", "articles", "comments"]
        .iter()
        .map(|n| {
            root()
                .join(format!("tests/golden/fixtures/lesson/{n}.json"))
                .display()
                .to_string()
        })
        .collect();
    for args in [
        vec!["migrate".to_owned()],
        [vec!["loaddata".to_owned()], fixtures].concat(),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_manage"))
            .arg("--db")
            .arg(&db)
            .args(&args)
            .output()
            .expect("run manage");
        assert!(out.status.success(), "{args:?}: {:?}", out);
    }
    db
}

fn shell(db: &Path, args: &[&str], stdin: Option<&str>) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_manage"))
        .arg("--db")
        .arg(db)
        .arg("shell")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn manage");
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(stdin.unwrap_or_default().as_bytes())
            .expect("stdin");
    }
    child.wait_with_output().expect("manage shell")
}

#[test]
fn command_prints_like_manage_py_shell() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = lesson_db(dir.path());

    let ok = shell(&db, &["-c", "print(Article.objects.count())"], None);
    assert!(ok.status.success());
    assert_eq!(
        String::from_utf8_lossy(&ok.stdout),
        format!("{}10\n", shell::BANNER)
    );
    assert!(ok.stderr.is_empty());

    let from_stdin = shell(
        &db,
        &[],
        Some("for u in User.objects.all()[:2]:\n    print(u)\n"),
    );
    assert!(from_stdin.status.success());
    assert_eq!(
        String::from_utf8_lossy(&from_stdin.stdout),
        format!("{}admin\n김싸피\n", shell::BANNER)
    );

    let failed = shell(&db, &["-c", "print('a')\nUser.objects.get(pk=99)"], None);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&failed.stdout),
        format!("{}a\n", shell::BANNER)
    );
    assert_eq!(
        String::from_utf8_lossy(&failed.stderr),
        "accounts.models.User.DoesNotExist: User matching query does not exist.\n"
    );
}

#[test]
fn json_names_each_query_line_and_the_n_plus_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = lesson_db(dir.path());
    let code = "qs = Article.objects.all()[:3]\nfor a in qs:\n    print(a.user.username)\nArticle.objects.get(pk=0)\n";
    let out = shell(
        &db,
        &["--json", "--now", "2024-03-08T12:34:56.789012Z", "-c", code],
        None,
    );
    // The program ended with an exception: status 1, as without --json.
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let doc: Json = serde_json::from_slice(&out.stdout).expect("json");
    let lines: Vec<u64> = doc["queries"]
        .as_array()
        .expect("queries")
        .iter()
        .map(|q| q["line"].as_u64().expect("line"))
        .collect();
    assert_eq!(lines, [2, 3, 3, 3, 4]);
    assert_eq!(doc["error"]["type"], "articles.models.Article.DoesNotExist");
    assert_eq!(
        doc["error"]["message"],
        "Article matching query does not exist."
    );
    assert_eq!(doc["error"]["line"], 4);
    let findings = doc["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["line"], 3);
    let message = findings[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("`Article.user`") && message.contains("select_related('user')"));
    assert!(doc["queries"][0]["sql"]
        .as_str()
        .unwrap_or_default()
        .ends_with("LIMIT 3"));
}

/// Every golden program cut at every character boundary (what a learner
/// typing sees run, and the fuzzer's seeds) runs to an answer or an error:
/// the host never panics on a partial program.
#[test]
fn truncated_programs_never_panic() {
    let mut db = database();
    let dir = root().join("tests/golden/shell");
    let mut runs = 0;
    for entry in std::fs::read_dir(&dir).expect("golden dir") {
        let path = entry.expect("entry").path();
        let seeded = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("gen"));
        if path.extension().is_none_or(|e| e != "json") || seeded {
            continue;
        }
        let doc: Json = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
        for case in doc["cases"].as_array().cloned().unwrap_or_default() {
            let code = case["code"].as_str().unwrap_or_default();
            // A cut `while` loop runs to the step budget: slow, and the
            // Python tests cover the budget.
            if code.contains("while") {
                continue;
            }
            for (cut, _) in code.char_indices() {
                let _ = shell::run(&mut db, &code[..cut], None);
                runs += 1;
            }
        }
    }
    assert!(runs > 5000, "{runs} runs");
}

/// An endless loop that queries stops at the query limit with its line.
#[test]
fn endless_querying_loop_stops() {
    let mut db = database();
    let run = shell::run(
        &mut db,
        "qs = Article.objects.all()\nwhile True:\n    qs.count()\n",
        None,
    );
    let error = run.error.expect("stopped");
    assert_eq!(
        error.last_line(),
        "not supported in the playground: more than 20,000 queries in one run (an endless loop?)"
    );
    assert_eq!(error.line, 3);
}
