//! Database access: one executor that every logged statement goes through.
//!
//! The executor owns the rusqlite connection, converts Django-style `%s`
//! placeholders, caches prepared statements, times each statement and
//! appends it to the [`QueryLog`]. Natively SQLite is bundled; in the browser
//! the same rusqlite code runs on sqlite-wasm-rs's in-memory VFS.
//!
//! It is the only module that holds the connection. Work that Django would
//! not log goes through the unlogged entry points: `select_unlogged` and
//! `execute_unlogged` for bookkeeping and `dumpdata`'s pages,
//! [`Database::prepare_unlogged`] for `loaddata`'s bulk inserts, and
//! `EXPLAIN` through the same. SQLite's refusals come back typed
//! ([`DbError::Constraint`] with its [`ConstraintKind`]), so callers never
//! read rusqlite's errors.
//!
//! The session also carries the project's models, a shared [`Registry`]
//! (the lesson's unless opened with another), so that every layer above
//! reads models from the database it works on ([`Database::registry`])
//! rather than from a global. The executor itself never looks inside it:
//! it does not know about models or SQL generation (see `schema`, `orm`).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::types::Value;
use rusqlite::Connection;
use web_time::Instant;

use crate::cursor::RawStatement;
use crate::models::Registry;
use crate::query_log::{inline_quoted, quote, to_qmark, Cause, Origin, QueryLog, QueryRecord};

/// How many prepared statements the connection keeps. The lesson's views
/// use a handful of distinct statements; bulk loading uses one per table.
const STATEMENT_CACHE: usize = 64;

/// Errors from the database layer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DbError {
    /// SQLite refused to open the database file.
    #[error("cannot open database {path}: {message}")]
    Open { path: String, message: String },
    /// SQLite rejected or failed a statement.
    #[error("SQLite error: {message}\n  in: {sql}")]
    Sqlite { sql: String, message: String },
    /// SQLite refused a row that breaks a constraint (what Django raises
    /// as `IntegrityError`). `columns` is what SQLite names after the
    /// colon of its message (`accounts_user.username`), if anything.
    #[error("SQLite error: {message}\n  in: {sql}")]
    Constraint {
        sql: String,
        message: String,
        kind: ConstraintKind,
        columns: Option<String>,
    },
}

/// Which constraint a row broke, from SQLite's extended result code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstraintKind {
    NotNull,
    /// `UNIQUE` or `PRIMARY KEY`.
    Unique,
    ForeignKey,
    /// `CHECK` and the rest.
    Other,
}

impl DbError {
    fn sqlite(sql: &str, err: rusqlite::Error) -> Self {
        let message = err.to_string();
        let rusqlite::Error::SqliteFailure(failure, _) = &err else {
            return DbError::Sqlite {
                sql: sql.to_owned(),
                message,
            };
        };
        if failure.code != rusqlite::ErrorCode::ConstraintViolation {
            return DbError::Sqlite {
                sql: sql.to_owned(),
                message,
            };
        }
        let kind = match failure.extended_code {
            rusqlite::ffi::SQLITE_CONSTRAINT_NOTNULL => ConstraintKind::NotNull,
            rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY => ConstraintKind::Unique,
            rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY => ConstraintKind::ForeignKey,
            _ => ConstraintKind::Other,
        };
        // "UNIQUE constraint failed: accounts_user.username"
        let columns = message
            .split_once(" constraint failed: ")
            .map(|(_, columns)| columns.to_owned());
        DbError::Constraint {
            sql: sql.to_owned(),
            message,
            kind,
            columns,
        }
    }

    /// SQLite's own message, without the statement.
    pub fn message(&self) -> &str {
        match self {
            DbError::Open { message, .. }
            | DbError::Sqlite { message, .. }
            | DbError::Constraint { message, .. } => message,
        }
    }
}

/// A statement prepared once and run many times without logging: bulk
/// loading's inserts and lookups ([`Database::prepare_unlogged`]).
pub struct Prepared<'db> {
    stmt: rusqlite::Statement<'db>,
    sql: String,
}

impl Prepared<'_> {
    /// Runs it with `params`; the number of rows changed.
    ///
    /// # Errors
    /// [`DbError`] as SQLite words it ([`DbError::Constraint`] for a
    /// refused row).
    pub fn execute(&mut self, params: &[Value]) -> Result<usize, DbError> {
        self.stmt
            .execute(rusqlite::params_from_iter(params.iter()))
            .map_err(|e| DbError::sqlite(&self.sql, e))
    }

    /// Runs it with `params` and reads the first column of every row as an
    /// integer.
    ///
    /// # Errors
    /// [`DbError`] if SQLite fails or a value is not an integer.
    pub fn integers(&mut self, params: &[Value]) -> Result<Vec<i64>, DbError> {
        let sql = &self.sql;
        self.stmt
            .query_map(rusqlite::params_from_iter(params.iter()), |row| row.get(0))
            .and_then(|rows| rows.collect::<Result<Vec<i64>, _>>())
            .map_err(|e| DbError::sqlite(sql, e))
    }
}

/// A rusqlite connection plus the query log.
pub struct Database {
    conn: Connection,
    /// The models this database's tables hold, kept for the program
    /// ([`Registry::pin`] says which parts of the shell need that).
    registry: &'static Arc<Registry>,
    log: QueryLog,
    /// Whether statements are appended to the log (Django's `DEBUG`).
    recording: bool,
    /// The origin attached to statements until changed.
    origin: Option<Origin>,
    /// The ORM operation behind the statements until changed.
    cause: Option<Cause>,
    /// SELECTs being read in slices, by id; finalized before `conn`
    /// closes (see `Drop`).
    selects: HashMap<u64, OpenSelect>,
    next_select: u64,
}

/// A SELECT read a slice at a time ([`Database::open_select`]).
#[derive(Debug, PartialEq, Eq)]
pub struct SelectId(u64);

/// An open SELECT and what its log entry will say.
struct OpenSelect {
    stmt: RawStatement,
    raw_sql: String,
    params: Vec<Value>,
    origin: Option<Origin>,
    cause: Option<Cause>,
    /// Time spent reading it so far.
    elapsed: Duration,
    rows: usize,
}

impl Drop for Database {
    fn drop(&mut self) {
        // Statements must be finalized while the connection is open.
        self.selects.clear();
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("logged", &self.log.len())
            .field("recording", &self.recording)
            .finish()
    }
}

/// The SQL functions Django registers on every SQLite connection that the
/// query engine's SQL calls (date lookups, `RAND`); their bodies are in
/// `orm::sql::functions`.
fn register_django_functions(conn: &Connection) -> rusqlite::Result<()> {
    use crate::orm::sql::functions::{
        date_extract, datetime_cast_date, datetime_cast_time, datetime_extract, format_dtdelta,
        time_extract, SqlArg,
    };
    use rusqlite::functions::FunctionFlags;

    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("django_datetime_extract", 4, flags, |ctx| {
        let kind: Option<String> = ctx.get(0)?;
        let dt: Option<String> = ctx.get(1).unwrap_or(None);
        let tz: Option<String> = ctx.get(2)?;
        let conn_tz: Option<String> = ctx.get(3)?;
        Ok(datetime_extract(
            kind.as_deref().unwrap_or_default(),
            dt.as_deref(),
            tz.as_deref(),
            conn_tz.as_deref(),
        ))
    })?;
    conn.create_scalar_function("django_date_extract", 2, flags, |ctx| {
        let kind: Option<String> = ctx.get(0)?;
        let dt: Option<String> = ctx.get(1).unwrap_or(None);
        Ok(date_extract(
            kind.as_deref().unwrap_or_default(),
            dt.as_deref(),
        ))
    })?;
    conn.create_scalar_function("django_time_extract", 2, flags, |ctx| {
        let kind: Option<String> = ctx.get(0)?;
        let dt: Option<String> = ctx.get(1).unwrap_or(None);
        Ok(time_extract(
            kind.as_deref().unwrap_or_default(),
            dt.as_deref(),
        ))
    })?;
    conn.create_scalar_function("django_format_dtdelta", 3, flags, |ctx| {
        use rusqlite::types::ValueRef;
        let arg = |i: usize| match ctx.get_raw(i) {
            ValueRef::Null | ValueRef::Blob(_) => SqlArg::Null,
            ValueRef::Integer(n) => SqlArg::Integer(n),
            ValueRef::Real(f) => SqlArg::Real(f),
            ValueRef::Text(t) => SqlArg::Text(String::from_utf8_lossy(t).into_owned()),
        };
        let connector: Option<String> = ctx.get(0)?;
        format_dtdelta(connector.as_deref().unwrap_or_default(), &arg(1), &arg(2))
            .map_err(|m| rusqlite::Error::UserFunctionError(m.into()))
    })?;
    // The page's SQLite leaves its JSON functions out (their size); a
    // project's JSONField column checks `JSON_VALID` as Django writes it.
    #[cfg(target_arch = "wasm32")]
    conn.create_scalar_function("json_valid", 1, flags, |ctx| {
        let text: Option<String> = ctx.get(0).unwrap_or(None);
        Ok(text.map(|t| i64::from(serde_json::from_str::<serde::de::IgnoredAny>(&t).is_ok())))
    })?;
    conn.create_scalar_function("django_datetime_cast_time", 3, flags, |ctx| {
        let dt: Option<String> = ctx.get(0).unwrap_or(None);
        let tz: Option<String> = ctx.get(1)?;
        let conn_tz: Option<String> = ctx.get(2)?;
        Ok(datetime_cast_time(
            dt.as_deref(),
            tz.as_deref(),
            conn_tz.as_deref(),
        ))
    })?;
    conn.create_scalar_function("django_datetime_cast_date", 3, flags, |ctx| {
        let dt: Option<String> = ctx.get(0).unwrap_or(None);
        let tz: Option<String> = ctx.get(1)?;
        let conn_tz: Option<String> = ctx.get(2)?;
        Ok(datetime_cast_date(
            dt.as_deref(),
            tz.as_deref(),
            conn_tz.as_deref(),
        ))
    })?;
    // `order_by('?')`: Django's `RAND`, Python's `random.random` (not
    // deterministic). Here a SplitMix64 sequence per connection: the order
    // Django leaves to chance needs no entropy, only a shuffle that moves
    // from one run to the next.
    const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;
    let state = std::sync::atomic::AtomicU64::new(GAMMA);
    conn.create_scalar_function("RAND", 0, FunctionFlags::SQLITE_UTF8, move |_| {
        let mut z = state
            .fetch_add(GAMMA, std::sync::atomic::Ordering::Relaxed)
            .wrapping_add(GAMMA);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        // 53 random bits as a float in [0, 1), as random.random() gives.
        Ok((z >> 11) as f64 / (1u64 << 53) as f64)
    })
}

impl Database {
    /// Opens a private in-memory database (the browser's, and tests') of
    /// the lesson's models.
    pub fn open_in_memory() -> Result<Self, DbError> {
        Self::open_in_memory_with(Arc::clone(Registry::lesson_shared()))
    }

    /// Opens a private in-memory database of `registry`'s models.
    pub fn open_in_memory_with(registry: Arc<Registry>) -> Result<Self, DbError> {
        let conn = Connection::open_in_memory().map_err(|e| DbError::Open {
            path: ":memory:".into(),
            message: e.to_string(),
        })?;
        Self::wrap(conn, registry)
    }

    /// Opens (or creates) a database file of the lesson's models, as
    /// `manage --db PATH` does.
    pub fn open(path: &Path) -> Result<Self, DbError> {
        let conn = Connection::open(path).map_err(|e| DbError::Open {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Self::wrap(conn, Arc::clone(Registry::lesson_shared()))
    }

    /// Opens (or creates) a database file of `registry`'s models, as
    /// `manage --project DIR --db PATH` does.
    pub fn open_with(path: &Path, registry: Arc<Registry>) -> Result<Self, DbError> {
        let conn = Connection::open(path).map_err(|e| DbError::Open {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Self::wrap(conn, registry)
    }

    fn wrap(conn: Connection, registry: Arc<Registry>) -> Result<Self, DbError> {
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // Django turns foreign key enforcement on for every SQLite
        // connection; its constraints are DEFERRABLE INITIALLY DEFERRED, so
        // they are checked at COMMIT.
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536")
            .map_err(|e| DbError::sqlite("PRAGMA foreign_keys = ON", e))?;
        register_django_functions(&conn)
            .map_err(|e| DbError::sqlite("create_scalar_function", e))?;
        Ok(Database {
            conn,
            registry: Registry::pin(registry),
            log: QueryLog::default(),
            recording: true,
            origin: None,
            cause: None,
            selects: HashMap::new(),
            next_select: 0,
        })
    }

    /// The models of this database.
    pub fn registry(&self) -> &Registry {
        self.registry
    }

    /// The models of this database, borrowed for the rest of the program:
    /// what the shell and its query engine need, because the querysets,
    /// managers and instances a program keeps hold their names as
    /// `&'static str` ([`Registry::pin`] says which and why). Anything
    /// else reads [`Database::registry`].
    pub fn pinned_registry(&self) -> &'static Registry {
        self.registry
    }

    /// A handle on the registry that outlives a borrow of the database, for
    /// code that reads models while it sends statements.
    pub fn registry_handle(&self) -> Arc<Registry> {
        Arc::clone(self.registry)
    }

    /// Turns logging on or off; statements still run either way.
    pub fn set_recording(&mut self, recording: bool) {
        self.recording = recording;
    }

    /// Whether statements are being logged.
    pub fn is_recording(&self) -> bool {
        self.recording
    }

    /// Attaches `origin` to the statements that follow.
    pub fn set_origin(&mut self, origin: Option<Origin>) {
        self.origin = origin;
    }

    /// Attaches `cause` to the statements that follow (the ORM sets it).
    pub fn set_cause(&mut self, cause: Option<Cause>) {
        self.cause = cause;
    }

    /// The origin currently attached to statements.
    pub fn origin(&self) -> Option<&Origin> {
        self.origin.as_ref()
    }

    pub fn log(&self) -> &QueryLog {
        &self.log
    }

    pub fn log_mut(&mut self) -> &mut QueryLog {
        &mut self.log
    }

    /// Runs a SELECT and returns every row, logging it.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] when SQLite rejects the statement.
    pub fn select(&mut self, raw_sql: &str, params: &[Value]) -> Result<Vec<Vec<Value>>, DbError> {
        let started = Instant::now();
        // Django's debug cursor logs a statement that fails too.
        let rows = self.select_unlogged(raw_sql, params);
        let count = rows.as_ref().map_or(0, Vec::len);
        self.record(raw_sql, params, count, started);
        rows
    }

    /// Runs a statement that returns no rows, logging it; returns the number
    /// of rows changed.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] when SQLite rejects the statement.
    pub fn execute(&mut self, raw_sql: &str, params: &[Value]) -> Result<usize, DbError> {
        let started = Instant::now();
        let changed = self.execute_unlogged(raw_sql, params);
        self.record(raw_sql, params, 0, started);
        changed
    }

    /// Opens a SELECT to be read in slices with [`Database::read_select`]
    /// (a job over 100,000 rows must let the page paint). It is logged
    /// once read to its end, with the origin and cause in force now and
    /// the time spent reading it.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] when SQLite rejects the statement.
    pub fn open_select(&mut self, raw_sql: &str, params: &[Value]) -> Result<SelectId, DbError> {
        let started = Instant::now();
        let stmt =
            RawStatement::prepare(&self.conn, &to_qmark(raw_sql), params).map_err(|message| {
                DbError::Sqlite {
                    sql: raw_sql.to_owned(),
                    message,
                }
            })?;
        let id = self.next_select;
        self.next_select += 1;
        let select = OpenSelect {
            stmt,
            raw_sql: raw_sql.to_owned(),
            params: params.to_vec(),
            origin: self.origin.clone(),
            cause: self.cause,
            elapsed: started.elapsed(),
            rows: 0,
        };
        self.selects.insert(id, select);
        Ok(SelectId(id))
    }

    /// Appends rows of the SELECT `id` to `out` until `deadline` (looked
    /// at every few hundred rows) or its end. At the end it is logged and
    /// closed, and `true` returned; on an error it is closed.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] when a step fails or `id` is not open here.
    pub fn read_select(
        &mut self,
        id: &SelectId,
        out: &mut Vec<Vec<Value>>,
        deadline: Instant,
    ) -> Result<bool, DbError> {
        let Some(select) = self.selects.get_mut(&id.0) else {
            return Err(DbError::Sqlite {
                sql: String::new(),
                message: "the statement is no longer open".into(),
            });
        };
        let started = Instant::now();
        let mut finished = false;
        let mut count = 0u32;
        let failure = loop {
            match select.stmt.next_row() {
                Ok(Some(row)) => {
                    out.push(row);
                    select.rows += 1;
                }
                Ok(None) => {
                    finished = true;
                    break None;
                }
                Err(message) => break Some(message),
            }
            count += 1;
            if count.is_multiple_of(256) && Instant::now() >= deadline {
                break None;
            }
        };
        select.elapsed += started.elapsed();
        if let Some(message) = failure {
            let sql = select.raw_sql.clone();
            self.selects.remove(&id.0);
            return Err(DbError::Sqlite { sql, message });
        }
        if finished {
            if let Some(select) = self.selects.remove(&id.0) {
                self.record_entry(
                    &select.raw_sql,
                    &select.params,
                    select.rows,
                    select.elapsed,
                    (select.origin, select.cause),
                );
            }
        }
        Ok(finished)
    }

    /// Closes a SELECT before its end, unlogged (its job was cancelled).
    pub fn close_select(&mut self, id: SelectId) {
        self.selects.remove(&id.0);
    }

    /// `BEGIN`, logged as Django's `atomic()` logs it.
    pub fn begin(&mut self) -> Result<(), DbError> {
        self.execute("BEGIN", &[]).map(|_| ())
    }

    /// `COMMIT`, logged.
    pub fn commit(&mut self) -> Result<(), DbError> {
        self.execute("COMMIT", &[]).map(|_| ())
    }

    /// `ROLLBACK`, logged.
    pub fn rollback(&mut self) -> Result<(), DbError> {
        self.execute("ROLLBACK", &[]).map(|_| ())
    }

    /// Runs a SELECT without logging it: bookkeeping that Django would not
    /// send (dataset summaries, checksums, fixture validation).
    pub fn select_unlogged(
        &self,
        raw_sql: &str,
        params: &[Value],
    ) -> Result<Vec<Vec<Value>>, DbError> {
        let sql = to_qmark(raw_sql);
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| DbError::sqlite(raw_sql, e))?;
        let width = stmt.column_count();
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params.iter()))
            .map_err(|e| DbError::sqlite(raw_sql, e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| DbError::sqlite(raw_sql, e))? {
            let mut values = Vec::with_capacity(width);
            for i in 0..width {
                values.push(
                    row.get::<_, Value>(i)
                        .map_err(|e| DbError::sqlite(raw_sql, e))?,
                );
            }
            out.push(values);
        }
        Ok(out)
    }

    /// Runs a statement without logging it.
    pub fn execute_unlogged(&self, raw_sql: &str, params: &[Value]) -> Result<usize, DbError> {
        let sql = to_qmark(raw_sql);
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| DbError::sqlite(raw_sql, e))?;
        stmt.execute(rusqlite::params_from_iter(params.iter()))
            .map_err(|e| DbError::sqlite(raw_sql, e))
    }

    /// Runs several `;`-separated statements without parameters or logging
    /// (schema creation).
    pub fn execute_batch_unlogged(&self, sql: &str) -> Result<(), DbError> {
        self.conn
            .execute_batch(sql)
            .map_err(|e| DbError::sqlite(sql, e))
    }

    /// Prepares `sql` (with `?` placeholders) to run many times unlogged:
    /// the bulk-insert entry point `loaddata` saves rows through.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] if SQLite cannot prepare it.
    pub fn prepare_unlogged(&self, sql: &str) -> Result<Prepared<'_>, DbError> {
        let stmt = self
            .conn
            .prepare(sql)
            .map_err(|e| DbError::sqlite(sql, e))?;
        Ok(Prepared {
            stmt,
            sql: sql.to_owned(),
        })
    }

    /// The rowid of the last row inserted (the pk SQLite assigned).
    pub fn last_insert_rowid(&self) -> i64 {
        self.conn.last_insert_rowid()
    }

    /// A single integer from a query, unlogged (counts, checksums).
    pub fn scalar_i64(&self, raw_sql: &str, params: &[Value]) -> Result<i64, DbError> {
        let rows = self.select_unlogged(raw_sql, params)?;
        match rows.first().and_then(|r| r.first()) {
            Some(Value::Integer(i)) => Ok(*i),
            _ => Ok(0),
        }
    }

    /// The whole database as a SQLite file image: what "download the
    /// database" saves, a file Django (or `sqlite3`) opens as is.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] if SQLite cannot serialize it.
    pub fn to_file_bytes(&mut self) -> Result<Vec<u8>, DbError> {
        self.conn
            .serialize(rusqlite::MAIN_DB)
            .map(|data| data.to_vec())
            .map_err(|e| DbError::sqlite("sqlite3_serialize", e))
    }

    /// An in-memory database of `registry`'s models holding `bytes`.
    fn image_with(bytes: &[u8], registry: Arc<Registry>) -> Result<Self, DbError> {
        let mut db = Self::open_in_memory_with(registry)?;
        db.read_image(bytes)?;
        Ok(db)
    }

    /// Replaces what this database holds with the SQLite file image
    /// `bytes`, unchecked: [`Database::from_file_bytes`] checks after it,
    /// and the page's start reads its own lesson image with it
    /// (`lesson_data::LESSON_IMAGE`, which a test compares with what the
    /// migrations and fixtures give), where `PRAGMA quick_check` cost a
    /// first visit the compiling and running of SQLite's integrity check.
    /// The start opens the connection in one task and reads the image in
    /// the next: each compiles its part of SQLite the first time.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] if SQLite refuses the image.
    pub fn read_image(&mut self, bytes: &[u8]) -> Result<(), DbError> {
        self.conn
            .deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), false)
            .map_err(|e| DbError::sqlite("sqlite3_deserialize", e))
    }

    /// An in-memory database from a SQLite file image (what
    /// [`Database::to_file_bytes`] saves): how the page restores a saved
    /// dataset too large to re-encode on every change. The image is checked
    /// with `PRAGMA quick_check` and must hold Django's `django_migrations`
    /// table, so a damaged or foreign file is refused rather than half used.
    ///
    /// # Errors
    /// [`DbError::Sqlite`] if SQLite refuses the image or the checks fail.
    pub fn from_file_bytes(bytes: &[u8]) -> Result<Self, DbError> {
        Self::from_file_bytes_with(bytes, Arc::clone(Registry::lesson_shared()))
    }

    /// [`Database::from_file_bytes`] for the models of `registry` (a
    /// learner's project, whose saved image is reopened on the registry
    /// its saved sources build).
    ///
    /// # Errors
    /// As [`Database::from_file_bytes`].
    pub fn from_file_bytes_with(bytes: &[u8], registry: Arc<Registry>) -> Result<Self, DbError> {
        const DESERIALIZE: &str = "sqlite3_deserialize";
        if !bytes.starts_with(b"SQLite format 3\0") {
            return Err(DbError::Sqlite {
                sql: DESERIALIZE.into(),
                message: "not a SQLite database file".into(),
            });
        }
        let db = Self::image_with(bytes, registry)?;
        let check = "PRAGMA quick_check";
        let verdict: String = db
            .conn
            .query_row(check, [], |row| row.get(0))
            .map_err(|e| DbError::sqlite(check, e))?;
        if verdict != "ok" {
            return Err(DbError::Sqlite {
                sql: check.into(),
                message: verdict,
            });
        }
        let migrated = db.scalar_i64(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'",
            &[],
        )?;
        if migrated == 0 {
            return Err(DbError::Sqlite {
                sql: DESERIALIZE.into(),
                message: "not a Django database (no django_migrations table)".into(),
            });
        }
        // The page's SQLite has no views (src/sqlite_omitted.rs), and the
        // playground makes neither views nor triggers: such an image is not
        // its own.
        let others = db.scalar_i64(
            "SELECT COUNT(*) FROM sqlite_master WHERE type NOT IN ('table', 'index')",
            &[],
        )?;
        if others > 0 {
            return Err(DbError::Sqlite {
                sql: DESERIALIZE.into(),
                message: "the database holds views or triggers, which the playground's never does"
                    .into(),
            });
        }
        Ok(db)
    }

    fn record(&mut self, raw_sql: &str, params: &[Value], rows: usize, started: Instant) {
        if !self.recording {
            return;
        }
        let context = (self.origin.clone(), self.cause);
        self.record_entry(raw_sql, params, rows, started.elapsed(), context);
    }

    fn record_entry(
        &mut self,
        raw_sql: &str,
        params: &[Value],
        rows: usize,
        elapsed: Duration,
        (origin, cause): (Option<Origin>, Option<Cause>),
    ) {
        if !self.recording {
            return;
        }
        let inlined = if params.iter().any(|p| matches!(p, Value::Real(_))) {
            Some(self.inline_with_sqlite(raw_sql, params))
        } else {
            None
        };
        let raw_sql: Arc<str> = self.log.intern(raw_sql);
        self.log.push(QueryRecord {
            raw_sql,
            params: params.to_vec(),
            rows,
            elapsed,
            origin,
            cause,
            inlined,
        });
    }

    /// Django's `_quote_params_for_last_executed_query`: SQLite quotes each
    /// parameter with `SELECT QUOTE(?)`.
    fn inline_with_sqlite(&self, raw_sql: &str, params: &[Value]) -> String {
        let quoted = params.iter().map(|p| {
            self.conn
                .query_row("SELECT QUOTE(?)", [p], |row| row.get::<_, String>(0))
                .unwrap_or_else(|_| quote(p))
        });
        inline_quoted(raw_sql, quoted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn logs_selects_with_rows_and_inlined_sql() {
        let mut db = Database::open_in_memory().expect("open");
        db.execute_batch_unlogged(
            "CREATE TABLE t (id integer, name text); INSERT INTO t VALUES (1, 'a'), (2, 'b');",
        )
        .expect("setup");
        let rows = db
            .select(
                "SELECT \"t\".\"name\" FROM \"t\" WHERE \"t\".\"id\" >= %s",
                &[Value::Integer(1)],
            )
            .expect("select");
        assert_eq!(
            rows,
            vec![vec![Value::Text("a".into())], vec![Value::Text("b".into())]]
        );
        let record = &db.log().records()[0];
        assert_eq!(record.rows, 2);
        assert_eq!(
            record.sql(),
            "SELECT \"t\".\"name\" FROM \"t\" WHERE \"t\".\"id\" >= 1"
        );
        assert_eq!(
            &*record.raw_sql,
            "SELECT \"t\".\"name\" FROM \"t\" WHERE \"t\".\"id\" >= %s"
        );
    }

    /// Read a few hundred rows per call, a SELECT gives the rows and the
    /// one log entry `select` gives (every value type, parameters bound),
    /// with the origin and cause set when it was opened.
    #[test]
    fn a_select_read_in_slices_is_the_select_at_once() {
        let mut db = Database::open_in_memory().expect("open");
        db.execute_batch_unlogged(
            "CREATE TABLE t (id integer, name text, score real, data blob, gone text);
             CREATE TABLE ten (i integer);
             INSERT INTO ten VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
             INSERT INTO t SELECT n, '이름 ' || n, n / 4.0, CAST('ab' AS BLOB), NULL
             FROM (SELECT a.i * 1000 + b.i * 100 + c.i * 10 + d.i + 1 AS n
                   FROM ten a, ten b, ten c, ten d) WHERE n <= 2000;",
        )
        .expect("setup");
        let sql = "SELECT * FROM \"t\" WHERE \"t\".\"id\" > %s AND \"t\".\"name\" <> %s";
        let params = [Value::Integer(10), Value::Text("x".into())];
        let whole = db.select(sql, &params).expect("select");
        db.log_mut().clear();
        db.set_cause(Some(Cause::QuerySet {
            model: crate::models::lesson::ARTICLE,
        }));
        let id = db.open_select(sql, &params).expect("open");
        db.set_cause(None);
        let mut rows = Vec::new();
        let mut calls = 0;
        while !db
            .read_select(&id, &mut rows, Instant::now())
            .expect("read")
        {
            calls += 1;
        }
        assert_eq!(rows, whole);
        assert!(calls >= 7, "{calls} calls for 1,990 rows");
        let records = db.log().records();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].rows, 1990);
        assert_eq!(
            records[0].cause,
            Some(Cause::QuerySet {
                model: crate::models::lesson::ARTICLE
            })
        );
        assert_eq!(&*records[0].raw_sql, sql);
        assert!(db.read_select(&id, &mut rows, Instant::now()).is_err());
    }

    #[test]
    fn a_closed_or_failing_select_is_not_logged() {
        let mut db = Database::open_in_memory().expect("open");
        db.execute_batch_unlogged("CREATE TABLE t (id integer); INSERT INTO t VALUES (1), (2);")
            .expect("setup");
        let id = db.open_select("SELECT id FROM t", &[]).expect("open");
        db.close_select(id);
        let err = db
            .open_select("SELECT nope FROM t", &[])
            .expect_err("bad column");
        assert!(err.to_string().contains("no such column: nope"), "{err}");
        assert!(err.to_string().contains("SELECT nope FROM t"), "{err}");
        assert_eq!(db.log().len(), 0);
        // Dropped with a SELECT open, the database finalizes it first.
        let _open = db.open_select("SELECT id FROM t", &[]).expect("open");
        drop(db);
    }

    #[test]
    fn transactions_are_log_entries() {
        let mut db = Database::open_in_memory().expect("open");
        db.execute_batch_unlogged("CREATE TABLE t (id integer)")
            .expect("setup");
        db.begin().expect("begin");
        db.execute(
            "INSERT INTO \"t\" (\"id\") VALUES (%s)",
            &[Value::Integer(7)],
        )
        .expect("insert");
        db.commit().expect("commit");
        let sqls: Vec<String> = db.log().records().iter().map(|r| r.sql()).collect();
        assert_eq!(
            sqls,
            ["BEGIN", "INSERT INTO \"t\" (\"id\") VALUES (7)", "COMMIT"]
        );
    }

    #[test]
    fn reals_are_quoted_by_sqlite() {
        let mut db = Database::open_in_memory().expect("open");
        db.select(
            "SELECT %s + %s",
            &[Value::Real(1.0 / 3.0), Value::Integer(1)],
        )
        .expect("select");
        let expected = match db
            .select_unlogged("SELECT QUOTE(1.0 / 3.0)", &[])
            .expect("quote")
            .remove(0)
            .remove(0)
        {
            Value::Text(text) => text,
            other => panic!("QUOTE gave {other:?}"),
        };
        assert_eq!(
            db.log().records()[0].sql(),
            format!("SELECT {expected} + 1")
        );
    }

    #[test]
    fn serializes_to_a_sqlite_file() {
        let mut db = Database::open_in_memory().expect("open");
        db.execute_batch_unlogged("CREATE TABLE t (x text); INSERT INTO t VALUES ('김싸피');")
            .expect("setup");
        let bytes = db.to_file_bytes().expect("serialize");
        assert!(bytes.starts_with(b"SQLite format 3\0"));
        assert_eq!(bytes.len() % 4096, 0);
    }

    #[test]
    fn a_file_image_opens_again_and_garbage_is_refused() {
        let mut db = Database::open_in_memory().expect("open");
        db.execute_batch_unlogged(
            "CREATE TABLE django_migrations (id integer); CREATE TABLE t (x text); INSERT INTO t VALUES ('김싸피');",
        )
        .expect("setup");
        let bytes = db.to_file_bytes().expect("serialize");
        let mut again = Database::from_file_bytes(&bytes).expect("deserialize");
        assert_eq!(
            again.select("SELECT x FROM t", &[]).expect("select"),
            [[Value::Text("김싸피".into())]]
        );
        // Writable, with foreign keys still enforced.
        again
            .execute("INSERT INTO t VALUES ('x')", &[])
            .expect("insert");
        assert_eq!(
            again
                .scalar_i64("PRAGMA foreign_keys", &[])
                .expect("pragma"),
            1
        );
        let mut foreign = Database::open_in_memory().expect("open");
        foreign
            .execute_batch_unlogged("CREATE TABLE t (x text)")
            .expect("setup");
        let foreign = foreign.to_file_bytes().expect("serialize");
        let mut cut = bytes.clone();
        cut.truncate(bytes.len() / 2);
        // Written as rows: the page's SQLite cannot create either.
        let with_schema = |row: &str| {
            let mut db = Database::open_in_memory().expect("open");
            db.execute_batch_unlogged(&format!(
                "CREATE TABLE django_migrations (id integer); CREATE TABLE t (x text);
                 PRAGMA writable_schema = ON; INSERT INTO sqlite_master VALUES ({row});
                 PRAGMA writable_schema = OFF;"
            ))
            .expect("setup");
            db.to_file_bytes().expect("serialize")
        };
        let view = with_schema("'view', 'v', 'v', 0, 'CREATE VIEW v AS SELECT x FROM t'");
        let trigger = with_schema(
            "'trigger', 'tr', 't', 0, 'CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM t; END'",
        );
        let cases: [(&str, &[u8]); 6] = [
            ("empty", b""),
            ("text", b"hello"),
            ("cut in half", &cut),
            ("not Django's", &foreign),
            ("a view", &view),
            ("a trigger", &trigger),
        ];
        for (name, bytes) in cases {
            assert!(Database::from_file_bytes(bytes).is_err(), "{name}");
        }
    }

    #[test]
    fn unlogged_and_paused_statements_stay_out_of_the_log() {
        let mut db = Database::open_in_memory().expect("open");
        db.set_recording(false);
        db.select("SELECT 1", &[]).expect("select");
        assert_eq!(db.scalar_i64("SELECT 41 + 1", &[]).expect("scalar"), 42);
        assert!(db.log().is_empty());
    }

    #[test]
    fn errors_name_the_statement() {
        let mut db = Database::open_in_memory().expect("open");
        let err = db
            .select("SELECT * FROM missing", &[])
            .expect_err("no such table");
        assert!(err.to_string().contains("no such table: missing"), "{err}");
        assert!(err.to_string().contains("SELECT * FROM missing"), "{err}");
    }
}
