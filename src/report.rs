//! What the page shows about a run, computed once per run and shared by
//! pointer: the query log's rows with their django-debug-toolbar groups and
//! findings (each step analyzed on its own, as separate requests), the
//! comparison bar ("41 queries → 2 queries (20× fewer)"), a line diff of
//! the rendered pages when they differ, the visible window of a long log,
//! and the number formats the page uses.
//!
//! It only reads what `scenarios` and `analysis` produce; it runs nothing.

use std::ops::Range;
use std::time::Duration;

use crate::analysis::{analyze, Finding, RecordGroups, Totals};
use crate::cost_model::Cost;
pub use crate::i18n::{format_factor, thousands};
use crate::models::Registry;
use crate::query_log::{Origin, QueryRecord};
use crate::scenarios::StepRun;

/// A query log ready to show: steps, per-record groups, findings, totals.
///
/// Building one costs a pass over the records (grouping hashes interned SQL
/// pointers), so a page builds it once per run and shares it; reading a row
/// is O(log steps).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogReport {
    steps: Vec<StepRun>,
    /// Index of each step's first record in the whole log.
    starts: Vec<usize>,
    /// One entry per record; group numbers are unique across steps.
    groups: Vec<RecordGroups>,
    /// Findings of every step, with record indexes into the whole log.
    findings: Vec<Finding>,
    totals: Totals,
    slowest: Duration,
    len: usize,
}

/// One row of the log.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogRow<'a> {
    /// 0-based index in the whole log (the page shows `index + 1`).
    pub index: usize,
    /// Which step (request) it belongs to.
    pub step: usize,
    pub step_name: &'static str,
    /// The models that name the ids in its cause.
    pub registry: &'a Registry,
    /// Whether it is the first query of its step.
    pub first_of_step: bool,
    pub record: &'a QueryRecord,
    pub groups: RecordGroups,
    /// Its time as a fraction of the slowest query's, for the time bar.
    pub time_fraction: f64,
}

impl LogReport {
    /// Analyzes `steps`, each on its own.
    pub fn new(steps: Vec<StepRun>) -> Self {
        let mut report = LogReport::default();
        let (mut similar_base, mut duplicate_base) = (0, 0);
        for step in &steps {
            let offset = report.len;
            report.starts.push(offset);
            let analysis = analyze(&step.queries);
            report
                .groups
                .extend(analysis.groups.iter().map(|g| RecordGroups {
                    similar_group: g.similar_group.map(|n| n + similar_base),
                    duplicate_group: g.duplicate_group.map(|n| n + duplicate_base),
                    ..*g
                }));
            similar_base += analysis.similar_groups;
            duplicate_base += analysis.duplicate_groups;
            report
                .findings
                .extend(analysis.findings.into_iter().map(|mut f| {
                    f.records.iter_mut().for_each(|i| *i += offset);
                    f
                }));
            report.totals = Totals {
                queries: report.totals.queries + analysis.totals.queries,
                time: report.totals.time + analysis.totals.time,
                rows: report.totals.rows + analysis.totals.rows,
            };
            report.slowest = step
                .queries
                .iter()
                .map(|q| q.elapsed)
                .fold(report.slowest, Duration::max);
            report.len += step.queries.len();
        }
        report.steps = steps;
        report
    }

    /// The same log with `more` steps appended.
    pub fn appended(&self, more: Vec<StepRun>) -> Self {
        let mut steps = self.steps.clone();
        steps.extend(more);
        LogReport::new(steps)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn steps(&self) -> &[StepRun] {
        &self.steps
    }

    pub fn totals(&self) -> Totals {
        self.totals
    }

    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The models that name the ids in its causes and findings: those of
    /// the database its steps ran on (the lesson's for an empty log).
    pub fn registry(&self) -> &Registry {
        self.steps
            .first()
            .map_or(&**Registry::lesson_shared(), |s| &*s.registry)
    }

    /// Row `index` of the whole log.
    pub fn row(&self, index: usize) -> Option<LogRow<'_>> {
        if index >= self.len {
            return None;
        }
        let step = self
            .starts
            .partition_point(|&s| s <= index)
            .checked_sub(1)?;
        let start = self.starts[step];
        let run = self.steps.get(step)?;
        let record = run.queries.get(index - start)?;
        let time_fraction = if self.slowest.is_zero() {
            0.0
        } else {
            record.elapsed.as_secs_f64() / self.slowest.as_secs_f64()
        };
        Some(LogRow {
            index,
            step,
            step_name: run.name,
            registry: &run.registry,
            first_of_step: index == start,
            record,
            groups: self.groups.get(index).copied().unwrap_or_default(),
            time_fraction,
        })
    }

    /// The record at `index`.
    pub fn record(&self, index: usize) -> Option<&QueryRecord> {
        self.row(index).map(|row| row.record)
    }

    /// The visible text of every step, for the "same page" proof.
    pub fn result_text(&self) -> Vec<&str> {
        self.steps
            .iter()
            .flat_map(|s| s.result_text.iter().map(String::as_str))
            .collect()
    }
}

/// One term of a log's sum: the queries one line of the view or template
/// sent (`41 = 1 + 10 + 30`, each term a line).
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// Where they came from (`None` for queries of no shown line).
    pub origin: Option<Origin>,
    pub queries: usize,
}

impl LogReport {
    /// The log's queries summed by the line that sent them, in the order
    /// the lines first sent one: what the page spells out as
    /// `41 = 1 + 10 + 30` so a learner can check the count against the
    /// data (1 list, 1 per article, 1 per comment).
    pub fn breakdown(&self) -> Vec<Term> {
        let mut terms: Vec<Term> = Vec::new();
        for step in &self.steps {
            for record in &step.queries {
                let same = |t: &&mut Term| match (&t.origin, &record.origin) {
                    (Some(a), Some(b)) => a.kind == b.kind && a.line == b.line,
                    (None, None) => true,
                    _ => false,
                };
                match terms.iter_mut().find(|t| same(t)) {
                    Some(term) => term.queries += 1,
                    None => terms.push(Term {
                        origin: record.origin.clone(),
                        queries: 1,
                    }),
                }
            }
        }
        terms
    }
}

/// One line of the comparison bar: the first variant against another.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub from_name: &'static str,
    pub to_name: &'static str,
    pub from: Cost,
    pub to: Cost,
    /// Whether both render the same page text.
    pub same_page: bool,
    /// The line diff when they do not.
    pub diff: Vec<DiffLine>,
}

impl Change {
    /// Whether the variant sends fewer queries than the first: the
    /// lesson's headline.
    pub fn fewer_queries(&self) -> bool {
        self.to.queries < self.from.queries
    }
}

/// A variant as the comparison bar weighs it: its name, its log and the
/// SQLite time to show for it (a mean over repeated runs where the page
/// repeated them, else the log's own total).
pub type Compared<'a> = (&'static str, &'a LogReport, f64);

/// The cost of a variant whose log is `report` and whose SQLite time is
/// `sqlite_ms`.
pub fn cost_of(report: &LogReport, sqlite_ms: f64) -> Cost {
    let totals = report.totals();
    Cost {
        queries: totals.queries,
        rows: totals.rows,
        sqlite_ms,
    }
}

/// The comparison bar of a scenario: the first (naive) variant against
/// each of the others.
pub fn compare(columns: &[Compared<'_>]) -> Vec<Change> {
    let Some(((from_name, baseline, from_ms), rest)) = columns.split_first() else {
        return Vec::new();
    };
    let before = baseline.result_text();
    rest.iter()
        .map(|(to_name, report, to_ms)| {
            let after = report.result_text();
            let same_page = before == after;
            Change {
                from_name,
                to_name,
                from: cost_of(baseline, *from_ms),
                to: cost_of(report, *to_ms),
                same_page,
                diff: if same_page {
                    Vec::new()
                } else {
                    line_diff(&before, &after)
                },
            }
        })
        .collect()
}

/// A line of a diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffLine {
    Same(String),
    Removed(String),
    Added(String),
    /// Unchanged lines left out, with their number.
    Skipped(usize),
}

/// Lines of context kept around each change.
const CONTEXT: usize = 2;
/// Above this many cells the middle is shown as removed-then-added instead
/// of aligned (a page of 100,000 lines must not stall the browser).
const MAX_LCS_CELLS: usize = 4_000_000;

/// A line diff of `a` → `b` with [`CONTEXT`] lines around each change.
pub fn line_diff(a: &[&str], b: &[&str]) -> Vec<DiffLine> {
    with_context(full_diff(a, b))
}

/// The 1-based lines of `variant` that `base` does not have, by the same
/// line diff: what an optimized view or template changed from the naive
/// one, for the code panels to mark.
pub fn changed_lines(base: &str, variant: &str) -> Vec<u32> {
    let a: Vec<&str> = base.lines().map(str::trim_end).collect();
    let b: Vec<&str> = variant.lines().map(str::trim_end).collect();
    let mut line = 0u32;
    let mut out = Vec::new();
    for diff in full_diff(&a, &b) {
        match diff {
            DiffLine::Same(_) => line += 1,
            DiffLine::Added(_) => {
                line += 1;
                out.push(line);
            }
            DiffLine::Removed(_) | DiffLine::Skipped(_) => {}
        }
    }
    out
}

/// Every line of `a` → `b`, unchanged ones included.
fn full_diff(a: &[&str], b: &[&str]) -> Vec<DiffLine> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut full: Vec<DiffLine> = a[..prefix]
        .iter()
        .map(|l| DiffLine::Same((*l).into()))
        .collect();
    if mid_a.len().saturating_mul(mid_b.len()) > MAX_LCS_CELLS {
        full.extend(mid_a.iter().map(|l| DiffLine::Removed((*l).into())));
        full.extend(mid_b.iter().map(|l| DiffLine::Added((*l).into())));
    } else {
        full.extend(lcs_diff(mid_a, mid_b));
    }
    full.extend(
        a[a.len() - suffix..]
            .iter()
            .map(|l| DiffLine::Same((*l).into())),
    );
    full
}

/// The classic LCS table, walked forwards.
fn lcs_diff(a: &[&str], b: &[&str]) -> Vec<DiffLine> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if a[i] == b[j] {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n && j < m {
        if a[i] == b[j] {
            out.push(DiffLine::Same(a[i].into()));
            i += 1;
            j += 1;
        } else if table[at(i + 1, j)] >= table[at(i, j + 1)] {
            out.push(DiffLine::Removed(a[i].into()));
            i += 1;
        } else {
            out.push(DiffLine::Added(b[j].into()));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|l| DiffLine::Removed((*l).into())));
    out.extend(b[j..].iter().map(|l| DiffLine::Added((*l).into())));
    out
}

/// Keeps [`CONTEXT`] unchanged lines around changes, folding the rest.
fn with_context(full: Vec<DiffLine>) -> Vec<DiffLine> {
    let changed: Vec<usize> = full
        .iter()
        .enumerate()
        .filter(|(_, l)| !matches!(l, DiffLine::Same(_)))
        .map(|(i, _)| i)
        .collect();
    let near = |i: usize| {
        let at = changed.partition_point(|&c| c < i.saturating_sub(CONTEXT));
        changed.get(at).is_some_and(|&c| c <= i + CONTEXT)
    };
    let mut out = Vec::new();
    let mut skipped = 0;
    for (i, line) in full.into_iter().enumerate() {
        if matches!(line, DiffLine::Same(_)) && !near(i) {
            skipped += 1;
            continue;
        }
        if skipped > 0 {
            out.push(DiffLine::Skipped(skipped));
            skipped = 0;
        }
        out.push(line);
    }
    if skipped > 0 {
        out.push(DiffLine::Skipped(skipped));
    }
    out
}

/// The rows of a fixed-row-height list that a viewport shows, plus
/// `overscan` rows either side.
pub fn visible_window(
    scroll_top: f64,
    viewport: f64,
    row_height: f64,
    total: usize,
    overscan: usize,
) -> Range<usize> {
    if total == 0 || row_height <= 0.0 {
        return 0..0;
    }
    let first = (scroll_top.max(0.0) / row_height).floor() as usize;
    let shown = (viewport.max(0.0) / row_height).ceil() as usize + 1;
    let start = first.saturating_sub(overscan).min(total);
    let end = first.saturating_add(shown + overscan).min(total);
    start..end
}

/// How far to scroll (positive: down) so that the first of `wants` (top
/// and bottom of each, in viewport coordinates) is in `view`, then as many
/// of the others as fit with it, in order, moving as little as possible.
/// The query log uses it when a row opens: the top of its detail (below
/// the log, often below the view on a phone) comes into view, then the
/// row, then the code line it came from, as far as they fit together.
pub fn settle_scroll(view: (f64, f64), wants: &[(f64, f64)]) -> f64 {
    let (view_top, view_bottom) = view;
    let mut range: Option<(f64, f64)> = None;
    for &(top, bottom) in wants {
        // Shows the whole rect, or its top when it is taller than the view.
        let needed = if bottom - top > view_bottom - view_top {
            (top - view_top, top - view_top)
        } else {
            (bottom - view_bottom, top - view_top)
        };
        range = match range {
            None => Some(needed),
            Some((low, high)) => {
                let both = (low.max(needed.0), high.min(needed.1));
                Some(if both.0 <= both.1 { both } else { (low, high) })
            }
        };
    }
    range.map_or(0.0, |(low, high)| 0.0f64.clamp(low, high))
}

/// Milliseconds as the page shows times: never `0.00` (the browser's
/// clock has 0.1 ms steps, so anything under it reads `<0.1`), one decimal
/// under 100 ms, whole milliseconds above, thousands separated.
pub fn format_ms(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.0 {
        "?".into()
    } else if ms < 0.1 {
        "<0.1".into()
    } else if ms < 100.0 {
        format!("{ms:.1}")
    } else {
        thousands(ms.round() as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query_log::QueryLog;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn step(log: &mut QueryLog, name: &'static str, sqls: &[(&str, i64, u64)]) -> StepRun {
        StepRun {
            registry: std::sync::Arc::clone(Registry::lesson_shared()),
            name,
            queries: sqls
                .iter()
                .map(|&(sql, param, micros)| QueryRecord {
                    raw_sql: log.intern(sql),
                    params: vec![rusqlite::types::Value::Integer(param)],
                    rows: 1,
                    elapsed: Duration::from_micros(micros),
                    origin: None,
                    cause: None,
                    inlined: None,
                })
                .collect(),
            html: String::new(),
            result_text: vec![name.to_owned()],
        }
    }

    /// Issue 16 #11: the landing page spells out 41 = 1 + 10 + 30.
    #[test]
    fn the_naive_page_sums_to_one_plus_articles_plus_comments() {
        use crate::query_log::OriginKind;
        use crate::scenarios::{run, RunOptions, ScenarioId};
        let (mut db, _) =
            crate::lesson_data::lesson_database("2024-01-01 00:00:00").expect("lesson");
        let mut run = run(
            &mut db,
            ScenarioId::SelectAndPrefetch,
            &RunOptions::default(),
        )
        .expect("run");
        let naive = LogReport::new(run.variants.remove(0).steps);
        let terms: Vec<(Option<OriginKind>, usize)> = naive
            .breakdown()
            .iter()
            .map(|t| (t.origin.as_ref().map(|o| o.kind), t.queries))
            .collect();
        assert_eq!(
            terms,
            [
                (Some(OriginKind::Template), 1),
                (Some(OriginKind::Template), 10),
                (Some(OriginKind::Template), 30)
            ]
        );
    }

    #[test]
    fn rows_span_steps_with_groups_per_step() {
        let mut log = QueryLog::default();
        let report = LogReport::new(vec![
            step(&mut log, "a", &[("S", 1, 10), ("S", 1, 40)]),
            step(&mut log, "b", &[("S", 1, 20), ("T", 2, 10), ("S", 1, 10)]),
        ]);
        assert_eq!(report.len(), 5);
        assert_eq!(report.totals().queries, 5);
        let rows: Vec<(usize, &str, bool, Option<usize>, usize)> = (0..5)
            .filter_map(|i| report.row(i))
            .map(|r| {
                (
                    r.step,
                    r.step_name,
                    r.first_of_step,
                    r.groups.duplicate_group,
                    r.groups.duplicate_count,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (0, "a", true, Some(0), 2),
                (0, "a", false, Some(0), 2),
                (1, "b", true, Some(1), 2),
                (1, "b", false, None, 1),
                (1, "b", false, Some(1), 2),
            ]
        );
        assert_eq!(report.row(1).map(|r| r.time_fraction), Some(1.0));
        assert_eq!(report.row(5), None);
        let covered: Vec<Vec<usize>> = report
            .findings()
            .iter()
            .map(|f| f.records.clone())
            .collect();
        assert_eq!(covered, [vec![0, 1], vec![2, 4]]);
        assert_eq!(report.result_text(), ["a", "b"]);
        assert_eq!(
            report
                .appended(vec![step(&mut log, "c", &[("U", 3, 1)])])
                .len(),
            6
        );
    }

    #[test]
    fn comparison_against_the_first_variant() {
        let mut log = QueryLog::default();
        let naive = LogReport::new(vec![step(&mut log, "p", &[("S", 1, 10); 41])]);
        let optimized = LogReport::new(vec![step(&mut log, "p", &[("S", 1, 10), ("T", 1, 10)])]);
        let other = LogReport::new(vec![step(&mut log, "q", &[("S", 1, 10)])]);
        let changes = compare(&[
            ("naive", &naive, 0.4),
            ("optimized", &optimized, 0.6),
            ("other", &other, 0.1),
        ]);
        assert_eq!(changes.len(), 2);
        let cost = |queries, rows, sqlite_ms| Cost {
            queries,
            rows,
            sqlite_ms,
        };
        assert_eq!(changes[0].from, cost(41, 41, 0.4));
        assert_eq!(changes[0].to, cost(2, 2, 0.6));
        assert_eq!(changes[1].to, cost(1, 1, 0.1));
        assert!(changes[0].fewer_queries() && changes[1].fewer_queries());
        assert!(changes[0].same_page && changes[0].diff.is_empty());
        assert!(!changes[1].same_page);
        assert_eq!(
            changes[1].diff,
            [DiffLine::Removed("p".into()), DiffLine::Added("q".into())]
        );
    }

    #[test]
    fn diffs_keep_context() {
        let a = ["1", "2", "3", "4", "5", "6", "7", "8"];
        let b = ["1", "2", "3", "4", "5", "six", "7", "8", "9"];
        let diff = line_diff(&a, &b);
        assert_eq!(
            diff,
            [
                DiffLine::Skipped(3),
                DiffLine::Same("4".into()),
                DiffLine::Same("5".into()),
                DiffLine::Removed("6".into()),
                DiffLine::Added("six".into()),
                DiffLine::Same("7".into()),
                DiffLine::Same("8".into()),
                DiffLine::Added("9".into()),
            ]
        );
    }

    /// The lines an optimized variant's view and template change from
    /// the naive one's, on the lesson's own sources; the naive variant
    /// against itself changes nothing.
    #[test]
    fn variant_lines_that_differ() {
        use crate::scenarios::ScenarioId;
        let view = |s: ScenarioId, v: &str| s.variant(v).map(|v| v.view).unwrap_or_default();
        let template =
            |s: ScenarioId, v: &str| s.variant(v).and_then(|v| v.template).unwrap_or_default();
        let cases = [
            (ScenarioId::Annotate, "view", "annotate"),
            (ScenarioId::Annotate, "template", "comment__count"),
            (ScenarioId::SelectRelated, "view", "select_related('user')"),
            (ScenarioId::PrefetchRelated, "view", "prefetch_related"),
        ];
        for (scenario, kind, needle) in cases {
            let (base, changed) = match kind {
                "view" => (view(scenario, "naive"), view(scenario, "optimized")),
                _ => (template(scenario, "naive"), template(scenario, "optimized")),
            };
            let lines = changed_lines(base, changed);
            assert!(!lines.is_empty(), "{scenario:?} {kind}");
            let texts: Vec<&str> = lines
                .iter()
                .filter_map(|&n| changed.lines().nth(n as usize - 1))
                .collect();
            assert!(
                texts.iter().any(|t| t.contains(needle)),
                "{scenario:?} {kind}: {texts:?}"
            );
            assert_eq!(changed_lines(base, base), Vec::<u32>::new());
        }
        let cases: [(&str, &str, &[u32]); 4] = [
            ("a\nb\nc", "a\nB\nc", &[2]),
            ("a\nb", "a\nb\nc\nd", &[3, 4]),
            ("a\nb\nc", "c", &[]),
            ("a  \nb", "a\nb\n", &[]),
        ];
        for (base, variant, expected) in cases {
            assert_eq!(
                changed_lines(base, variant),
                expected,
                "{base:?} → {variant:?}"
            );
        }
    }

    #[test]
    fn huge_diffs_do_not_align() {
        let a: Vec<String> = (0..3000).map(|i| format!("a{i}")).collect();
        let b: Vec<String> = (0..3000).map(|i| format!("b{i}")).collect();
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        assert_eq!(line_diff(&a, &b).len(), 6000);
    }

    #[test]
    fn windows() {
        type Input = (f64, f64, f64, usize, usize);
        let cases: [(Input, Range<usize>); 6] = [
            ((0.0, 300.0, 30.0, 41, 0), 0..11),
            ((0.0, 300.0, 30.0, 5, 3), 0..5),
            ((900.0, 300.0, 30.0, 41, 2), 28..41),
            ((3_000_000.0, 420.0, 30.0, 110_001, 5), 99_995..100_020),
            ((-5.0, 300.0, 30.0, 0, 5), 0..0),
            ((1e12, 300.0, 30.0, 10, 5), 10..10),
        ];
        for ((top, view, row, total, over), expected) in cases {
            assert_eq!(
                visible_window(top, view, row, total, over),
                expected,
                "{top} {total}"
            );
        }
    }

    #[test]
    fn scrolls_settle_on_what_fits() {
        type Case = ((f64, f64), &'static [(f64, f64)], f64);
        let cases: [Case; 6] = [
            // Everything in view: no scroll.
            ((0.0, 800.0), &[(300.0, 388.0), (500.0, 700.0)], 0.0),
            // The detail below the view comes up, the row stays.
            ((0.0, 800.0), &[(600.0, 688.0), (900.0, 1100.0)], 300.0),
            // A rect that cannot join the first ones is left out (moving
            // part of the way would show nothing more).
            ((0.0, 800.0), &[(100.0, 188.0), (1200.0, 1400.0)], 0.0),
            // The code line above comes down when the row stays in view.
            ((0.0, 800.0), &[(400.0, 488.0), (-200.0, -180.0)], -200.0),
            // ... and is left out when the row would not.
            ((0.0, 800.0), &[(600.0, 688.0), (-400.0, -380.0)], 0.0),
            // A sticky header's height keeps things below it.
            ((80.0, 800.0), &[(40.0, 128.0)], -40.0),
        ];
        for (view, wants, expected) in cases {
            assert_eq!(settle_scroll(view, wants), expected, "{wants:?}");
        }
        assert_eq!(settle_scroll((0.0, 800.0), &[]), 0.0);
    }

    #[test]
    fn number_formats() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (110_001, "110,001"),
            (1_234_567, "1,234,567"),
        ];
        for (n, text) in cases {
            assert_eq!(thousands(n), text);
        }
        let factors = [
            (1.28, "1.2"),
            (2.0, "2"),
            (9.99, "9.9"),
            (11.0, "11"),
            (f64::INFINITY, "∞"),
        ];
        for (f, text) in factors {
            assert_eq!(format_factor(f), text);
        }
        // Never `0.00`: the browser's clock has 0.1 ms steps.
        for (ms, text) in [
            (0.0, "<0.1"),
            (0.0012, "<0.1"),
            (0.099, "<0.1"),
            (0.1, "0.1"),
            (0.7, "0.7"),
            (12.14, "12.1"),
            (99.94, "99.9"),
            (100.4, "100"),
            (12_940.2, "12,940"),
            (f64::NAN, "?"),
        ] {
            assert_eq!(format_ms(ms), text, "{ms}");
        }
    }

    #[test]
    fn a_long_log_is_cheap_to_read() {
        let mut log = QueryLog::default();
        let mut queries = vec![("A", 0, 5)];
        queries.extend((0..110_000).map(|i| ("B", i % 7, 5)));
        let report = LogReport::new(vec![step(&mut log, "big", &queries)]);
        assert_eq!(report.len(), 110_001);
        assert_eq!(
            report.row(110_000).map(|r| r.groups.similar_count),
            Some(110_000)
        );
    }
}
