//! `manage shell`: runs a Python program against the lesson's models as
//! `python manage.py shell -c CODE` does in Django 5.2, and keeps every
//! statement it sent with the program line that sent it.
//!
//! Owns the Django host for the interpreter (`host`: model classes,
//! managers, lazy querysets with Django's result cache, instances with
//! lazy foreign keys and related managers, `Q`/`F`/aggregates, Django's
//! exceptions, `connection.queries`) and its objects (`objects`). The
//! interpreter (`crate::python`) knows nothing of Django; the SQL comes
//! from the query engine (`crate::orm::sql`).
//!
//! Writes change the database as Django's do, with Django's statements and
//! transactions (`host::writes`): instances built and assigned, `save()`,
//! `create()`, `get_or_create()`, `update_or_create()`, `bulk_create()`,
//! `update()`, `delete()` with the deletion collector's cascade,
//! `refresh_from_db()`, the many-to-many managers' `add`/`remove`/`clear`/
//! `set`, the reverse foreign key managers' `create`/`add`/`set`, and
//! `transaction.atomic()` (`transaction`: savepoints when nested, a real
//! rollback on an exception). A program that stops inside an `atomic()`
//! block has its transaction rolled back.
//! The page runs programs as jobs in slices (`job`).

pub mod dates;
pub mod host;
pub mod job;
pub mod objects;
pub mod outcome;
pub mod programs;
pub mod transaction;

use crate::db::Database;
use crate::python::{Program, PyError, Vm, DEFAULT_BUDGET};
use crate::query_log::QueryRecord;

pub use host::ShellHost;
pub use objects::DateTime;

/// What Django 5.2's `shell -c` prints before the program's output.
pub const BANNER: &str = "6 objects imported automatically (use -v 2 for details).\n\n";

/// What `manage.py shell` prints first: the number of models it imported
/// for the program (every installed app's; [`BANNER`] for the lesson's).
pub fn banner(registry: &crate::models::Registry) -> String {
    match registry.models().count() {
        1 => "1 object imported automatically (use -v 2 for details).\n\n".to_owned(),
        n => format!("{n} objects imported automatically (use -v 2 for details).\n\n"),
    }
}

/// One statement a program sent.
#[derive(Clone, Debug)]
pub struct ShellQuery {
    /// As `connection.queries` shows it.
    pub sql: String,
    /// The 1-based program line running when it was sent.
    pub line: u32,
    pub ms: f64,
    pub rows: usize,
    pub record: QueryRecord,
}

/// The outcome of one program.
#[derive(Debug)]
pub struct ShellRun {
    /// The models of the database it ran on, which name the ids in its
    /// queries' causes and findings.
    pub registry: std::sync::Arc<crate::models::Registry>,
    /// Everything printed, the auto-import banner first.
    pub stdout: String,
    pub error: Option<PyError>,
    pub queries: Vec<ShellQuery>,
}

/// Runs `code` on `db` as `manage.py shell -c` does. `now` fixes
/// `timezone.now()`.
pub fn run(db: &mut Database, code: &str, now: Option<DateTime>) -> ShellRun {
    let recording = db.is_recording();
    db.set_recording(true);
    let registry = db.pinned_registry();
    let mut host = ShellHost::new(db, now, code);
    let (out, error) = match Program::compile(code) {
        Err(e) => (String::new(), Some(e)),
        Ok(program) => {
            let mut vm = Vm::new(&program);
            vm.set_budget(DEFAULT_BUDGET);
            for (name, value) in ShellHost::auto_imports(registry) {
                vm.set_global(name, value);
            }
            let result = vm.run_to_end(&mut host);
            host.finish();
            (vm.stdout().to_owned(), result.err())
        }
    };
    let queries = std::mem::take(&mut host.queries);
    drop(host);
    db.set_recording(recording);
    ShellRun {
        registry: db.registry_handle(),
        stdout: format!("{}{out}", banner(registry)),
        error,
        queries,
    }
}

/// `manage shell --json`: the run as one object (the page's schema).
pub fn to_json(run: &ShellRun, code: &str) -> serde_json::Value {
    use serde_json::json;
    let _ = code;
    let error = run.error.as_ref().map(|e| {
        let (type_name, message) = match &e.kind {
            crate::python::ErrorKind::Exception { type_name, message }
            | crate::python::ErrorKind::Syntax { type_name, message } => {
                (Some(type_name.clone()), message.clone())
            }
            crate::python::ErrorKind::Unsupported(what) => {
                (None, format!("not supported in the playground: {what}"))
            }
        };
        json!({"type": type_name, "message": message, "line": e.line})
    });
    let records: Vec<QueryRecord> = run.queries.iter().map(|q| q.record.clone()).collect();
    let analysis = crate::analysis::analyze(&records);
    let findings: Vec<serde_json::Value> = analysis
        .findings
        .iter()
        .map(|f| {
            let line = f
                .records
                .first()
                .and_then(|i| run.queries.get(*i))
                .map(|q| q.line);
            json!({
                "line": line,
                "count": f.count,
                "message": crate::i18n::finding_message(f, &run.registry, crate::i18n::Lang::En),
            })
        })
        .collect();
    json!({
        "stdout": run.stdout,
        "error": error,
        "queries": run.queries.iter().map(|q| json!({
            "sql": q.sql, "line": q.line, "ms": q.ms, "rows": q.rows,
        })).collect::<Vec<_>>(),
        "findings": findings,
    })
}
