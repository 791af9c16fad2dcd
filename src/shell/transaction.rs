//! `transaction.atomic()` as Django 5.2 runs it on SQLite, as a state
//! machine that says which statements to send: the outermost block begins a
//! transaction (`BEGIN`, logged) and commits or rolls it back (not logged:
//! Django calls the connection's `commit()`/`rollback()`, not a cursor); a
//! nested block makes a savepoint (`SAVEPOINT "s…_x1"`, logged) that it
//! releases, or rolls back to and releases on an exception. A block
//! entered with `savepoint=False` (what `delete()`, `bulk_create()` and the
//! many-to-many managers use) nested in another sends nothing, and an
//! exception in it marks the whole transaction for rollback: Django then
//! refuses every query until the outer block ends
//! (`TransactionManagementError`).

/// The thread id Django puts in savepoint names (`s<thread id>_x<n>`). A
/// real process has its own; the playground shows this one, and the
/// goldens fix Django's to it.
pub const THREAD_ID: u64 = 140_000_000_000_000;

/// One statement a block boundary sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TxSql {
    Begin,
    Commit,
    Rollback,
    Savepoint(String),
    Release(String),
    RollbackTo(String),
}

impl TxSql {
    pub fn sql(&self) -> String {
        match self {
            TxSql::Begin => "BEGIN".into(),
            TxSql::Commit => "COMMIT".into(),
            TxSql::Rollback => "ROLLBACK".into(),
            TxSql::Savepoint(sid) => format!("SAVEPOINT \"{sid}\""),
            TxSql::Release(sid) => format!("RELEASE SAVEPOINT \"{sid}\""),
            TxSql::RollbackTo(sid) => format!("ROLLBACK TO SAVEPOINT \"{sid}\""),
        }
    }

    /// Whether `connection.queries` shows it (it goes through a cursor).
    pub fn logged(&self) -> bool {
        !matches!(self, TxSql::Commit | TxSql::Rollback)
    }
}

/// The connection's atomic-block state.
#[derive(Debug, Default)]
pub struct Atomic {
    in_block: bool,
    /// One per nested block: its savepoint, `None` without one.
    savepoint_ids: Vec<Option<String>>,
    /// Savepoints made so far (Django's `savepoint_state`).
    savepoints: u32,
    needs_rollback: bool,
}

impl Atomic {
    /// `Atomic.__enter__`.
    pub fn enter(&mut self, savepoint: bool) -> Option<TxSql> {
        if !self.in_block {
            self.in_block = true;
            self.needs_rollback = false;
            return Some(TxSql::Begin);
        }
        if savepoint && !self.needs_rollback {
            self.savepoints += 1;
            let sid = format!("s{THREAD_ID}_x{}", self.savepoints);
            self.savepoint_ids.push(Some(sid.clone()));
            Some(TxSql::Savepoint(sid))
        } else {
            self.savepoint_ids.push(None);
            None
        }
    }

    /// `Atomic.__exit__`, `ok` when the block ended without an exception.
    pub fn exit(&mut self, ok: bool) -> Vec<TxSql> {
        let Some(sid) = self.savepoint_ids.pop() else {
            self.in_block = false;
            let commit = ok && !self.needs_rollback;
            self.needs_rollback = false;
            return vec![if commit {
                TxSql::Commit
            } else {
                TxSql::Rollback
            }];
        };
        if ok && !self.needs_rollback {
            return sid.map(TxSql::Release).into_iter().collect();
        }
        self.needs_rollback = false;
        match sid {
            None => {
                self.needs_rollback = true;
                Vec::new()
            }
            Some(sid) => vec![TxSql::RollbackTo(sid.clone()), TxSql::Release(sid)],
        }
    }

    /// `mark_for_rollback_on_error`: a failed write inside a block.
    pub fn mark_for_rollback(&mut self) {
        if self.in_block {
            self.needs_rollback = true;
        }
    }

    /// Whether queries are refused until the block ends.
    pub fn broken(&self) -> bool {
        self.in_block && self.needs_rollback
    }

    /// Whether a block is open.
    pub fn open(&self) -> bool {
        self.in_block
    }

    /// Forgets every open block (the program stopped inside one): the
    /// caller rolls the transaction back.
    pub fn abandon(&mut self) -> bool {
        let open = self.in_block;
        *self = Atomic {
            savepoints: self.savepoints,
            ..Atomic::default()
        };
        open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_blocks_use_savepoints() {
        let mut tx = Atomic::default();
        assert_eq!(tx.enter(true), Some(TxSql::Begin));
        let Some(TxSql::Savepoint(sid)) = tx.enter(true) else {
            panic!("savepoint")
        };
        assert_eq!(sid, "s140000000000000_x1");
        assert_eq!(
            tx.exit(false),
            [TxSql::RollbackTo(sid.clone()), TxSql::Release(sid)]
        );
        assert_eq!(tx.exit(true), [TxSql::Commit]);
        assert!(!tx.open());
    }

    #[test]
    fn a_failed_block_without_savepoint_breaks_the_transaction() {
        let mut tx = Atomic::default();
        tx.enter(true);
        assert_eq!(tx.enter(false), None);
        assert!(tx.exit(false).is_empty());
        assert!(tx.broken());
        assert_eq!(tx.exit(true), [TxSql::Rollback]);
        assert!(!tx.broken());
    }
}
