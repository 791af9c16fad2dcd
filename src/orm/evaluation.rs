//! Evaluating a queryset in slices, as a template's first `{% for %}` over
//! it does: its SELECT, then one SELECT per `prefetch_related`.
//!
//! On the benchmark's data an optimized page's prefetch reads 100,000
//! comments in one statement, a quarter of a second in the browser; read a
//! slice of rows at a time (`Database::read_select`), the page keeps
//! painting. The queries, their order and their log entries are the ones
//! [`run`](super::run) sends at once.

use rusqlite::types::Value;
use web_time::Instant;

use super::instance::{build, PrefetchQuery};
use super::{Instance, OrmError, QuerySet};
use crate::db::{Database, SelectId};
use crate::query_log::Cause;

/// A queryset being evaluated.
pub struct Evaluation {
    qs: QuerySet,
    cause: Cause,
    started: bool,
    instances: Vec<Instance>,
    /// Prefetches sent so far.
    prefetches: usize,
    reading: Option<Reading>,
}

/// The SELECT being read and what its rows become.
struct Reading {
    select: SelectId,
    rows: Vec<Vec<Value>>,
    /// `None` for the queryset's own SELECT.
    prefetch: Option<(PrefetchQuery, Vec<Instance>)>,
}

impl Evaluation {
    /// # Errors
    /// [`OrmError`] for a queryset naming unknown fields.
    pub fn new(qs: QuerySet, cause: Cause) -> Result<Self, OrmError> {
        qs.check()?;
        Ok(Evaluation {
            qs,
            cause,
            started: false,
            instances: Vec::new(),
            prefetches: 0,
            reading: None,
        })
    }

    /// Reads until `deadline` or the end: the instances, their prefetch
    /// caches filled, once everything is read.
    ///
    /// # Errors
    /// [`OrmError::Database`] when SQLite fails; the evaluation is over.
    pub fn step(
        &mut self,
        db: &mut Database,
        deadline: Instant,
    ) -> Result<Option<Vec<Instance>>, OrmError> {
        loop {
            if self.reading.is_none() && !self.open_next(db)? {
                return Ok(Some(std::mem::take(&mut self.instances)));
            }
            let Some(reading) = self.reading.as_mut() else {
                continue;
            };
            let finished = db.read_select(&reading.select, &mut reading.rows, deadline)?;
            // Rows become instances as they come, so no slice builds them all.
            let rows = std::mem::take(&mut reading.rows);
            match &mut reading.prefetch {
                None => {
                    let qs = &self.qs;
                    self.instances
                        .extend(rows.into_iter().map(|row| build(qs, row)));
                }
                Some((query, children)) => {
                    children.extend(rows.into_iter().map(|row| query.child(row)));
                }
            }
            if finished {
                if let Some(Reading {
                    prefetch: Some((query, children)),
                    ..
                }) = self.reading.take()
                {
                    query.distribute(&mut self.instances, children);
                }
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
        }
    }

    /// Opens the next SELECT to read; `false` when all are read.
    fn open_next(&mut self, db: &mut Database) -> Result<bool, OrmError> {
        if !self.started {
            self.started = true;
            let (sql, params) = self.qs.select_sql(None);
            self.open(db, &sql, &params, self.cause, None)?;
            return Ok(true);
        }
        while let Some(prefetch) = self.qs.prefetch.get(self.prefetches) {
            self.prefetches += 1;
            if let Some(query) = PrefetchQuery::new(self.qs.model, &self.instances, prefetch) {
                let (sql, params) = query.qs.select_sql(None);
                let cause = query.cause;
                self.open(db, &sql, &params, cause, Some((query, Vec::new())))?;
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn open(
        &mut self,
        db: &mut Database,
        sql: &str,
        params: &[Value],
        cause: Cause,
        prefetch: Option<(PrefetchQuery, Vec<Instance>)>,
    ) -> Result<(), OrmError> {
        super::set_lesson_cause(db, Some(cause));
        let select = db.open_select(sql, params);
        db.set_cause(None);
        self.reading = Some(Reading {
            select: select?,
            rows: Vec::new(),
            prefetch,
        });
        Ok(())
    }

    /// Stops, closing the SELECT being read (it is not logged).
    pub fn cancel(&mut self, db: &mut Database) {
        if let Some(reading) = self.reading.take() {
            db.close_select(reading.select);
        }
    }
}
