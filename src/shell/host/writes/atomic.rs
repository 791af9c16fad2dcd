//! `transaction.atomic()` on the connection: the statements each block
//! boundary sends (`crate::shell::transaction` decides them), COMMIT and
//! ROLLBACK sent outside the cursor as Django does, and the rollback of a
//! transaction a program leaves open.

use super::super::{Kwargs, ShellHost};
use super::unsupported;
use crate::python::{HostResult, Thrown, Value};
use crate::shell::objects::{wrap, Obj};
use crate::shell::transaction::TxSql;

impl ShellHost<'_> {
    /// Sends a block boundary's statement: through the cursor (logged), or
    /// as the connection's own COMMIT/ROLLBACK (only `connection.queries`
    /// shows those).
    fn tx_send(&mut self, stmt: TxSql) -> HostResult<()> {
        if stmt.logged() {
            self.send_write((stmt.sql(), Vec::new()))?;
            return Ok(());
        }
        self.tx_ends.push((self.queries.len(), stmt.sql()));
        match self.db.execute_unlogged(&stmt.sql(), &[]) {
            Ok(_) => Ok(()),
            // A deferred foreign key checked at COMMIT: Django rolls back
            // and raises.
            Err(crate::db::DbError::Constraint { message, .. }) => {
                let _ = self.db.execute_unlogged("ROLLBACK", &[]);
                Err(Thrown::of(self.exc.integrity_error.clone(), &message))
            }
            Err(e) => unsupported(format!("a database error: {e}")),
        }
    }

    /// `Atomic.__enter__`.
    pub(in crate::shell) fn tx_enter(&mut self, savepoint: bool) -> HostResult<()> {
        match self.tx.enter(savepoint) {
            Some(stmt) => self.tx_send(stmt),
            None => Ok(()),
        }
    }

    /// `Atomic.__exit__`.
    pub(in crate::shell) fn tx_exit(&mut self, ok: bool) -> HostResult<()> {
        for stmt in self.tx.exit(ok) {
            self.tx_send(stmt)?;
        }
        Ok(())
    }

    /// Runs `f` in `atomic(savepoint=savepoint)`.
    pub(in crate::shell) fn atomic<T>(
        &mut self,
        savepoint: bool,
        f: impl FnOnce(&mut Self) -> HostResult<T>,
    ) -> HostResult<T> {
        self.tx_enter(savepoint)?;
        let result = f(self);
        let exit = self.tx_exit(result.is_ok());
        let value = result?;
        exit?;
        Ok(value)
    }

    /// Rolls back a transaction the program left open (it stopped inside
    /// an `atomic()` block on something the playground does not run).
    pub fn finish(&mut self) {
        if self.tx.abandon() {
            let _ = self.db.execute_unlogged("ROLLBACK", &[]);
        }
    }

    /// `transaction.atomic(...)`.
    pub(in crate::shell) fn atomic_factory(
        &mut self,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        if !args.is_empty() {
            return unsupported("transaction.atomic() with positional arguments");
        }
        let mut savepoint = true;
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("savepoint", Value::Bool(b)) => savepoint = *b,
                ("durable", Value::Bool(false)) => {}
                _ => return unsupported(format!("transaction.atomic({k}=...)")),
            }
        }
        Ok(wrap(Obj::Atomic { savepoint }))
    }
}
