//! `manage`: the playground's counterpart of Django's `manage.py`, working on
//! a SQLite file with the same layout Django uses.
//!
//! Subcommands mirror Django's (`migrate`, `loaddata`, `dumpdata`) with the
//! same options and wording, so what a learner types for Django works here.

#![deny(clippy::unwrap_used, clippy::expect_used)]

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Args as ClapArgs, Parser, Subcommand};
    use orm_playground::analysis::Totals;
    use orm_playground::datetime::Timestamp;
    use orm_playground::db::Database;
    use orm_playground::fixtures::{self, compress, DumpOptions, FixtureFile, Format, LoadOptions};
    use orm_playground::i18n::Lang;
    use orm_playground::project::{self, Project};
    use orm_playground::query_log::QueryRecord;
    use orm_playground::scenarios::{self, export, RunOptions, ScenarioId};
    use orm_playground::schema;

    #[derive(Parser)]
    #[command(
        name = "manage",
        about = "Django's manage.py, for the ORM playground's SQLite files"
    )]
    struct Args {
        /// The SQLite database file (Django's default name).
        #[arg(long, global = true, default_value = "db.sqlite3")]
        db: PathBuf,
        /// A Django project folder (its settings.py and each app's
        /// models.py) to use instead of the lesson's models.
        #[arg(long, global = true)]
        project: Option<PathBuf>,
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Create Django's schema for the lesson's models (`python manage.py migrate`).
        Migrate,
        /// Install fixtures into the database (`python manage.py loaddata`).
        Loaddata(LoaddataArgs),
        /// Output the database's contents as a fixture (`python manage.py dumpdata`).
        Dumpdata(DumpdataArgs),
        /// Run a lesson scenario's variants and show their queries.
        Scenario(ScenarioArgs),
        /// Run Python code against the models (`python manage.py shell -c CODE`).
        Shell(ShellArgs),
    }

    #[derive(ClapArgs)]
    struct ShellArgs {
        /// The program to run; without it, the program is read from stdin.
        #[arg(short = 'c', long = "command")]
        command: Option<String>,
        /// Print one JSON object: stdout, error, queries with their lines, findings.
        #[arg(long)]
        json: bool,
        /// Fix `timezone.now()`, e.g. 2024-03-08T12:34:56.789012Z.
        #[arg(long)]
        now: Option<String>,
    }

    #[derive(ClapArgs)]
    struct ScenarioArgs {
        /// annotate, select_related, prefetch_related, select_and_prefetch, exists or likes.
        name: String,
        /// Load these fixtures into a fresh in-memory database instead of using --db.
        #[arg(long = "fixture")]
        fixtures: Vec<String>,
        /// Only this variant.
        #[arg(long)]
        variant: Option<String>,
        /// The acting user's pk (exists, likes).
        #[arg(long = "as")]
        acting: Option<i64>,
        /// The user to follow or article to like (exists, likes).
        #[arg(long)]
        target: Option<i64>,
        /// Print JSON (the schema the tests and the page's export use).
        #[arg(long)]
        json: bool,
    }

    #[derive(ClapArgs)]
    struct LoaddataArgs {
        /// Fixture files, or fixture names looked up in . and ./fixtures.
        #[arg(required = true)]
        fixtures: Vec<String>,
        /// Only look for fixtures in the specified app.
        #[arg(long = "app")]
        app: Option<String>,
        /// Ignores entries for fields and models that do not exist.
        #[arg(short = 'i', long = "ignorenonexistent")]
        ignore: bool,
        /// An app_label or app_label.ModelName to exclude (repeatable).
        #[arg(short = 'e', long = "exclude")]
        exclude: Vec<String>,
    }

    #[derive(ClapArgs)]
    struct DumpdataArgs {
        /// app_label or app_label.ModelName to dump; all apps by default.
        labels: Vec<String>,
        /// Indentation of the output.
        #[arg(long)]
        indent: Option<usize>,
        /// Serialization format: json or jsonl.
        #[arg(long, default_value = "json")]
        format: String,
        /// Use natural foreign keys if they are available.
        #[arg(long = "natural-foreign")]
        natural_foreign: bool,
        /// Use natural primary keys if they are available.
        #[arg(long = "natural-primary")]
        natural_primary: bool,
        /// An app_label or app_label.ModelName to exclude (repeatable).
        #[arg(short = 'e', long = "exclude")]
        exclude: Vec<String>,
        /// Only dump objects with these comma-separated primary keys (one model).
        #[arg(long = "pks")]
        pks: Option<String>,
        /// The file to write; compressed by extension (.gz, .bz2, .xz, .lzma).
        #[arg(short = 'o', long = "output")]
        output: Option<String>,
    }

    pub fn main() -> ExitCode {
        let args = Args::parse();
        if let Some(dir) = &args.project {
            let result = match args.command {
                Command::Migrate => migrate_project(&args.db, dir),
                Command::Dumpdata(dump) => {
                    open_project(&args.db, dir).and_then(|db| dumpdata(db, dump))
                }
                Command::Loaddata(load) => {
                    open_project(&args.db, dir).and_then(|db| loaddata(&db, load))
                }
                Command::Shell(shell) => {
                    return match open_project(&args.db, dir) {
                        Ok(mut db) => shell_command(&mut db, shell),
                        Err(message) => {
                            eprintln!("CommandError: {message}");
                            ExitCode::FAILURE
                        }
                    };
                }
                Command::Scenario(_) => Err("scenario replays the lecture's views, which need the lesson's models, not --project".into()),
            };
            return match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("CommandError: {message}");
                    ExitCode::FAILURE
                }
            };
        }
        let result = match args.command {
            Command::Migrate => migrate(&args.db),
            Command::Loaddata(load) => open_migrated(&args.db).and_then(|db| loaddata(&db, load)),
            Command::Dumpdata(dump) => open_migrated(&args.db).and_then(|db| dumpdata(db, dump)),
            Command::Scenario(scenario) => scenario_command(&args.db, scenario),
            Command::Shell(shell) => {
                return match open_migrated(&args.db) {
                    Ok(mut db) => shell_command(&mut db, shell),
                    Err(message) => {
                        eprintln!("CommandError: {message}");
                        ExitCode::FAILURE
                    }
                };
            }
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("CommandError: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn open(path: &Path) -> Result<Database, String> {
        Database::open(path).map_err(|e| e.to_string())
    }

    fn is_migrated(db: &Database) -> Result<bool, String> {
        db.scalar_i64(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'",
            &[],
        )
        .map(|n| n > 0)
        .map_err(|e| e.to_string())
    }

    fn open_migrated(path: &Path) -> Result<Database, String> {
        let db = open(path)?;
        if !is_migrated(&db)? {
            return Err(format!(
                "{} has no tables yet; run `manage --db {} migrate` first",
                path.display(),
                path.display()
            ));
        }
        Ok(db)
    }

    fn migrate(path: &Path) -> Result<(), String> {
        let db = open(path)?;
        let apps = db.registry().app_labels().collect::<Vec<_>>().join(", ");
        println!("Operations to perform:\n  Apply all migrations: {apps}\nRunning migrations:");
        if is_migrated(&db)? {
            println!("  No migrations to apply.");
            return Ok(());
        }
        schema::migrate(&db, &Timestamp::now().to_storage()).map_err(|e| e.to_string())?;
        for (app, name) in schema::MIGRATIONS {
            println!("  Applying {app}.{name}... OK");
        }
        Ok(())
    }

    /// `migrate` for a learner's project: its models read from `dir`,
    /// the schema and rows Django's `makemigrations` + `migrate` create.
    fn migrate_project(path: &Path, dir: &Path) -> Result<(), String> {
        let project = Project::load(dir).map_err(|e| e.to_string())?;
        let plan = project::migrate::plan(&project);
        let apps: std::collections::BTreeSet<&str> =
            plan.iter().map(|((app, _), _)| app.as_str()).collect();
        let apps: Vec<&str> = apps.into_iter().collect();
        println!(
            "Operations to perform:\n  Apply all migrations: {}\nRunning migrations:",
            apps.join(", ")
        );
        let db = open(path)?;
        if is_migrated(&db)? {
            println!("  No migrations to apply.");
            return Ok(());
        }
        project::migrate::migrate(&db, &project, &Timestamp::now().to_storage())
            .map_err(|e| e.to_string())?;
        for ((app, name), _) in plan {
            println!("  Applying {app}.{name}... OK");
        }
        Ok(())
    }

    /// The migrated database file of a learner's project, carrying the
    /// project's models.
    fn open_project(path: &Path, dir: &Path) -> Result<Database, String> {
        let project = Project::load(dir).map_err(|e| e.to_string())?;
        let db = Database::open_with(path, std::sync::Arc::new(project.registry))
            .map_err(|e| e.to_string())?;
        if !is_migrated(&db)? {
            return Err(format!(
                "{} has no tables yet; run `manage --project {} --db {} migrate` first",
                path.display(),
                dir.display(),
                path.display()
            ));
        }
        Ok(db)
    }

    fn read_fixtures(labels: &[String]) -> Result<Vec<FixtureFile>, String> {
        let mut files = Vec::new();
        for label in labels {
            let found = find_fixture(label)?;
            let bytes = std::fs::read(&found)
                .map_err(|e| format!("cannot read {}: {e}", found.display()))?;
            files.push(FixtureFile::new(found.display().to_string(), bytes));
        }
        Ok(files)
    }

    fn loaddata(db: &Database, args: LoaddataArgs) -> Result<(), String> {
        let files = read_fixtures(&args.fixtures)?;
        let options = LoadOptions {
            ignore_nonexistent: args.ignore,
            exclude: args.exclude,
            app: args.app,
        };
        let report = fixtures::loaddata(db, &files, &options).map_err(|e| e.to_string())?;
        for warning in &report.warnings {
            eprintln!("RuntimeWarning: {warning}");
        }
        for notice in &report.notices {
            eprintln!("{notice}");
        }
        println!("{}", report.message());
        Ok(())
    }

    /// A path as given, or Django's lookup of a fixture name: every
    /// format and compression extension, in the current directory and in
    /// `fixtures/`.
    fn find_fixture(label: &str) -> Result<PathBuf, String> {
        let given = PathBuf::from(label);
        if given.is_file() {
            return Ok(given);
        }
        let formats = ["json", "jsonl"];
        let compressions = ["", ".gz", ".zip", ".bz2", ".xz", ".lzma"];
        let has_format = formats.iter().any(|f| label.contains(&format!(".{f}")));
        for dir in [Path::new("."), Path::new("fixtures")] {
            let mut hits = Vec::new();
            for format in formats {
                for compression in compressions {
                    let name = if has_format {
                        format!("{label}{compression}")
                    } else {
                        format!("{label}.{format}{compression}")
                    };
                    let candidate = dir.join(&name);
                    if candidate.is_file() && !hits.contains(&candidate) {
                        hits.push(candidate);
                    }
                }
            }
            match hits.len() {
                0 => continue,
                1 => return Ok(hits.remove(0)),
                _ => {
                    return Err(format!(
                        "Multiple fixtures named '{label}' in {}. Aborting.",
                        dir.display()
                    ))
                }
            }
        }
        Err(format!("No fixture named '{label}' found."))
    }

    fn scenario_command(path: &Path, args: ScenarioArgs) -> Result<(), String> {
        let scenario = ScenarioId::from_name(&args.name).ok_or_else(|| {
            scenarios::ScenarioError::UnknownScenario(args.name.clone()).to_string()
        })?;
        let mut db = if args.fixtures.is_empty() {
            open_migrated(path)?
        } else {
            let db = Database::open_in_memory().map_err(|e| e.to_string())?;
            schema::migrate(&db, &Timestamp::now().to_storage()).map_err(|e| e.to_string())?;
            let files = read_fixtures(&args.fixtures)?;
            fixtures::loaddata(&db, &files, &LoadOptions::default()).map_err(|e| e.to_string())?;
            db
        };
        let options = RunOptions {
            variant: args.variant,
            acting_user: args.acting,
            target: args.target,
        };
        let run = scenarios::run(&mut db, scenario, &options).map_err(|e| e.to_string())?;
        if args.json {
            let text = serde_json::to_string_pretty(&export::run_to_json(&run))
                .map_err(|e| e.to_string())?;
            println!("{text}");
            return Ok(());
        }
        print_table(&run);
        Ok(())
    }

    /// The readable form: one line per variant, then the findings.
    fn print_table(run: &scenarios::ScenarioRun) {
        println!("scenario: {}", run.scenario.name());
        if let (Some(acting), Some(target)) = (run.acting_user, run.target) {
            println!("acting user: pk={acting}, target: pk={target}");
        }
        println!(
            "{:<16} {:>8} {:>11} {:>8}",
            "variant", "queries", "time", "rows"
        );
        let mut findings = Vec::new();
        for variant in &run.variants {
            let records: Vec<QueryRecord> = variant.queries().cloned().collect();
            let totals = Totals::of(&records);
            println!(
                "{:<16} {:>8} {:>8.2} ms {:>8}",
                variant.variant.name,
                totals.queries,
                totals.ms(),
                totals.rows
            );
            for finding in &variant.findings() {
                findings.push(format!(
                    "  {}: {}",
                    variant.variant.name,
                    orm_playground::i18n::finding_message(finding, variant.registry(), Lang::En)
                ));
            }
        }
        if !findings.is_empty() {
            println!("\nfindings:");
            for line in findings {
                println!("{line}");
            }
        }
    }

    /// `manage shell`: stdout as Django prints it; an uncaught exception's
    /// last traceback line on stderr and status 1.
    fn shell_command(db: &mut Database, args: ShellArgs) -> ExitCode {
        match shell_run(db, &args) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("CommandError: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn shell_run(db: &mut Database, args: &ShellArgs) -> Result<ExitCode, String> {
        let code = match &args.command {
            Some(code) => code.clone(),
            None => {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                    .map_err(|e| e.to_string())?;
                text
            }
        };
        let now = match &args.now {
            Some(text) => Some(
                orm_playground::shell::DateTime::parse(text)
                    .ok_or_else(|| format!("--now: not a datetime: {text}"))?,
            ),
            None => None,
        };
        let run = orm_playground::shell::run(db, &code, now);
        if args.json {
            let text = serde_json::to_string_pretty(&orm_playground::shell::to_json(&run, &code))
                .map_err(|e| e.to_string())?;
            println!("{text}");
            return Ok(if run.error.is_some() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            });
        }
        std::io::stdout()
            .write_all(run.stdout.as_bytes())
            .map_err(|e| e.to_string())?;
        match &run.error {
            None => Ok(ExitCode::SUCCESS),
            Some(error) => {
                eprintln!("{}", error.last_line());
                Ok(ExitCode::FAILURE)
            }
        }
    }

    fn dumpdata(db: Database, args: DumpdataArgs) -> Result<(), String> {
        let format = Format::from_name(&args.format)
            .ok_or_else(|| format!("Unknown serialization format: {}", args.format))?;
        let options = DumpOptions {
            labels: args.labels,
            exclude: args.exclude,
            indent: args.indent,
            natural_foreign: args.natural_foreign,
            natural_primary: args.natural_primary,
            pks: args.pks,
            format,
        };
        let text = fixtures::dumpdata(&db, &options).map_err(|e| e.to_string())?;
        match args.output {
            None => std::io::stdout()
                .write_all(text.as_bytes())
                .map_err(|e| e.to_string()),
            Some(output) => {
                let out = compress::for_output(&output, &text)?;
                if let Some(warning) = &out.warning {
                    eprintln!("{warning}");
                }
                std::fs::write(&out.path, &out.bytes)
                    .map_err(|e| format!("cannot write {}: {e}", out.path))
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    // `manage dumpdata | head` closes the pipe early; end quietly as
    // Python does, instead of panicking in `println!`.
    #[cfg(unix)]
    unsafe {
        libc_signal_default();
    }
    cli::main()
}

/// Restores the default SIGPIPE action (Rust ignores it), so a closed pipe
/// ends the process like any Unix tool.
#[cfg(all(unix, not(target_arch = "wasm32")))]
unsafe fn libc_signal_default() {
    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    const SIGPIPE: i32 = 13;
    const SIG_DFL: usize = 0;
    // SAFETY: signal(2) with SIG_DFL has no preconditions.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
    }
}

/// The CLI needs a file system; on wasm32 it is compiled only so that
/// `cargo clippy --target wasm32-unknown-unknown --all-targets` covers it.
#[cfg(target_arch = "wasm32")]
fn main() {}
