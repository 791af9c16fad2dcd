//! A SELECT read a slice of rows at a time.
//!
//! One statement over 100,000 rows (an optimized page's prefetch on the
//! benchmark's data) takes a quarter of a second in the browser, and the
//! page cannot paint meanwhile. rusqlite's `Rows` borrow their `Statement`,
//! which borrows the connection, so through its safe API a statement cannot
//! stay open between two slices of a job. This module keeps SQLite's own
//! statement handle instead and steps it through the C API; the
//! [`Database`](crate::db::Database) that owns the connection owns these
//! statements too and finalizes them before the connection closes. It is the
//! only unsafe code in the crate.

use std::ffi::{c_int, CStr};
use std::ptr::NonNull;

use rusqlite::ffi;
use rusqlite::types::Value;
use rusqlite::Connection;

/// A prepared, bound statement being stepped.
pub(crate) struct RawStatement {
    stmt: NonNull<ffi::sqlite3_stmt>,
    /// The connection, for error messages.
    db: *mut ffi::sqlite3,
    width: c_int,
}

impl RawStatement {
    /// Prepares `sql` (with `?` placeholders) on `conn` and binds `params`.
    ///
    /// The caller keeps the statement no longer than the connection:
    /// `Database` drops its statements before its connection.
    ///
    /// # Errors
    /// SQLite's message when it rejects the statement or a parameter.
    pub(crate) fn prepare(conn: &Connection, sql: &str, params: &[Value]) -> Result<Self, String> {
        // SAFETY: the handle is only used while `conn` is open (see above).
        let db = unsafe { conn.handle() };
        let len = c_int::try_from(sql.len()).map_err(|_| "the statement is too long".to_owned())?;
        let mut stmt = std::ptr::null_mut();
        // SAFETY: `sql` is valid for `len` bytes; SQLite copies what it needs.
        let rc = unsafe {
            ffi::sqlite3_prepare_v2(
                db,
                sql.as_ptr().cast(),
                len,
                &mut stmt,
                std::ptr::null_mut(),
            )
        };
        if rc != ffi::SQLITE_OK {
            return Err(message(db));
        }
        let stmt = NonNull::new(stmt).ok_or_else(|| "the statement is empty".to_owned())?;
        // SAFETY: `stmt` was just prepared.
        let width = unsafe { ffi::sqlite3_column_count(stmt.as_ptr()) };
        let statement = RawStatement { stmt, db, width };
        for (i, value) in params.iter().enumerate() {
            statement.bind(i + 1, value)?;
        }
        Ok(statement)
    }

    fn bind(&self, index: usize, value: &Value) -> Result<(), String> {
        let too_many = || "too many parameters".to_owned();
        let i = c_int::try_from(index).map_err(|_| too_many())?;
        let s = self.stmt.as_ptr();
        let length =
            |n: usize| c_int::try_from(n).map_err(|_| "a parameter is too long".to_owned());
        // SAFETY: `s` is a live statement; text and blobs are copied by
        // SQLite (SQLITE_TRANSIENT) before the call returns.
        let rc = unsafe {
            match value {
                Value::Null => ffi::sqlite3_bind_null(s, i),
                Value::Integer(n) => ffi::sqlite3_bind_int64(s, i, *n),
                Value::Real(r) => ffi::sqlite3_bind_double(s, i, *r),
                Value::Text(t) => ffi::sqlite3_bind_text(
                    s,
                    i,
                    t.as_ptr().cast(),
                    length(t.len())?,
                    ffi::SQLITE_TRANSIENT(),
                ),
                Value::Blob(b) => ffi::sqlite3_bind_blob(
                    s,
                    i,
                    b.as_ptr().cast(),
                    length(b.len())?,
                    ffi::SQLITE_TRANSIENT(),
                ),
            }
        };
        if rc == ffi::SQLITE_OK {
            Ok(())
        } else {
            Err(message(self.db))
        }
    }

    /// The next row, or `None` at the end.
    ///
    /// # Errors
    /// SQLite's message when a step fails.
    pub(crate) fn next_row(&mut self) -> Result<Option<Vec<Value>>, String> {
        // SAFETY: a live statement, stepped from one thread.
        match unsafe { ffi::sqlite3_step(self.stmt.as_ptr()) } {
            ffi::SQLITE_ROW => Ok(Some((0..self.width).map(|i| self.column(i)).collect())),
            ffi::SQLITE_DONE => Ok(None),
            _ => Err(message(self.db)),
        }
    }

    /// Column `i` of the current row, as rusqlite's `Value` would hold it.
    fn column(&self, i: c_int) -> Value {
        let s = self.stmt.as_ptr();
        // SAFETY: `s` is on a row and `i` < the column count; a text or blob
        // pointer is read (for the length SQLite gives, asked after the
        // pointer as SQLite documents) before the next step invalidates it.
        unsafe {
            match ffi::sqlite3_column_type(s, i) {
                ffi::SQLITE_INTEGER => Value::Integer(ffi::sqlite3_column_int64(s, i)),
                ffi::SQLITE_FLOAT => Value::Real(ffi::sqlite3_column_double(s, i)),
                ffi::SQLITE_TEXT => {
                    let text = ffi::sqlite3_column_text(s, i);
                    let bytes = bytes(text.cast(), ffi::sqlite3_column_bytes(s, i));
                    Value::Text(String::from_utf8_lossy(bytes).into_owned())
                }
                ffi::SQLITE_BLOB => {
                    let blob = ffi::sqlite3_column_blob(s, i);
                    Value::Blob(bytes(blob.cast(), ffi::sqlite3_column_bytes(s, i)).to_vec())
                }
                _ => Value::Null,
            }
        }
    }
}

impl Drop for RawStatement {
    fn drop(&mut self) {
        // SAFETY: finalized once, while the connection is open.
        unsafe {
            ffi::sqlite3_finalize(self.stmt.as_ptr());
        }
    }
}

/// The bytes SQLite returned for a column (none for a null pointer).
///
/// # Safety
/// `ptr` must be valid for `len` bytes until the slice is dropped.
unsafe fn bytes<'a>(ptr: *const u8, len: c_int) -> &'a [u8] {
    match usize::try_from(len) {
        Ok(len) if !ptr.is_null() && len > 0 => std::slice::from_raw_parts(ptr, len),
        _ => &[],
    }
}

/// The connection's last error message.
fn message(db: *mut ffi::sqlite3) -> String {
    // SAFETY: SQLite returns a NUL-terminated string it owns.
    unsafe {
        let text = ffi::sqlite3_errmsg(db);
        if text.is_null() {
            "unknown SQLite error".to_owned()
        } else {
            CStr::from_ptr(text).to_string_lossy().into_owned()
        }
    }
}
