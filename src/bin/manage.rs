//! `manage`: the playground's counterpart of Django's `manage.py`, working on
//! a SQLite file with the same layout Django uses.
//!
//! Subcommands mirror Django's: `migrate` creates the schema; later ones
//! load, dump and run the lesson's scenarios. Output follows Django's
//! wording so learners recognize it.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Parser, Subcommand};
    use orm_playground::datetime::Timestamp;
    use orm_playground::db::Database;
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
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Create Django's schema for the lesson's models (`python manage.py migrate`).
        Migrate,
    }

    pub fn main() -> ExitCode {
        let args = Args::parse();
        let result = match args.command {
            Command::Migrate => migrate(&args.db),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("CommandError: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn migrate(path: &Path) -> Result<(), String> {
        let db = Database::open(path).map_err(|e| e.to_string())?;
        let existing = db
            .scalar_i64(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'",
                &[],
            )
            .map_err(|e| e.to_string())?;
        let apps = orm_playground::models::APP_LABELS.join(", ");
        println!("Operations to perform:\n  Apply all migrations: {apps}\nRunning migrations:");
        if existing > 0 {
            println!("  No migrations to apply.");
            return Ok(());
        }
        schema::migrate(&db, &Timestamp::now().to_storage()).map_err(|e| e.to_string())?;
        for (app, name) in schema::MIGRATIONS {
            println!("  Applying {app}.{name}... OK");
        }
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The CLI needs a file system; on wasm32 it is compiled only so that
/// `cargo clippy --target wasm32-unknown-unknown --all-targets` covers it.
#[cfg(target_arch = "wasm32")]
fn main() {}
