//! A host between two slices of a paused run: everything it keeps except
//! the database borrow, so the page's shell job can give the database back
//! to the page between slices and resume the same run (the same exception
//! classes, the same `connection.queries`, the line running) on the next.

use std::sync::Arc;

use super::{Exceptions, ShellHost};
use crate::db::Database;
use crate::query_log::Cause;
use crate::shell::objects::{DateTime, PrefetchSpec, Rel};
use crate::shell::transaction::Atomic;
use crate::shell::ShellQuery;

/// A [`ShellHost`] without its database.
pub struct Suspended {
    line: u32,
    queries: Vec<ShellQuery>,
    queries_start: usize,
    exc: Exceptions,
    now: Option<DateTime>,
    source: Vec<Arc<str>>,
    cause: Option<Cause>,
    rel: Option<Rel>,
    lookups: Vec<PrefetchSpec>,
    prefetch: Vec<PrefetchSpec>,
    bool_param: bool,
    tx: Atomic,
    tx_ends: Vec<(usize, String)>,
}

impl Suspended {
    /// The statements sent so far.
    pub fn queries(&self) -> &[ShellQuery] {
        &self.queries
    }

    /// Hands the statements over at the end of the run.
    pub fn into_queries(self) -> Vec<ShellQuery> {
        self.queries
    }
}

impl<'a> ShellHost<'a> {
    /// A host for `code` with nothing sent yet, suspended.
    pub fn suspended(db: &'a mut Database, now: Option<DateTime>, code: &str) -> Suspended {
        ShellHost::new(db, now, code).suspend()
    }

    /// Ends a slice: the host's state, the database free again.
    pub fn suspend(self) -> Suspended {
        // Listed field by field (no `..`): a field added to the host must
        // be carried here too, or this stops compiling.
        let ShellHost {
            db: _,
            reg: _,
            line,
            queries,
            queries_start,
            exc,
            now,
            source,
            cause,
            rel,
            lookups,
            prefetch,
            bool_param,
            tx,
            tx_ends,
        } = self;
        Suspended {
            line,
            queries,
            queries_start,
            exc,
            now,
            source,
            cause,
            rel,
            lookups,
            prefetch,
            bool_param,
            tx,
            tx_ends,
        }
    }

    /// Starts the next slice of a suspended run on `db`.
    pub fn resume(db: &'a mut Database, state: Suspended) -> ShellHost<'a> {
        let Suspended {
            line,
            queries,
            queries_start,
            exc,
            now,
            source,
            cause,
            rel,
            lookups,
            prefetch,
            bool_param,
            tx,
            tx_ends,
        } = state;
        ShellHost {
            reg: db.pinned_registry(),
            db,
            line,
            queries,
            queries_start,
            exc,
            now,
            source,
            cause,
            rel,
            lookups,
            prefetch,
            bool_param,
            tx,
            tx_ends,
        }
    }
}
