//! What a query log says: totals, django-debug-toolbar's groups ("10
//! similar queries", "Duplicated 3 times"), the N+1 and wasteful-query
//! findings that name the relation and the fix (as django-zeal does), and
//! `EXPLAIN QUERY PLAN` on demand.
//!
//! Works on any slice of records, 110,001 included: grouping hashes the
//! interned SQL pointer and the parameters once per record.

use std::hash::{Hash, Hasher};

/// Grouping hashes pointers and parameters of the whole log, so a fast
/// hasher (the one hashbrown uses) rather than SipHash; fixed seeds keep
/// runs alike.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::types::Value;

use crate::db::{Database, DbError};
use crate::models::{FieldId, ModelId, Registry, RelationRef};
use crate::query_log::{Cause, ManagerRead, NamedCause, QueryRecord};

/// Totals for a comparison bar.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    pub queries: usize,
    pub time: Duration,
    pub rows: usize,
}

impl Totals {
    pub fn of(records: &[QueryRecord]) -> Totals {
        records.iter().fold(Totals::default(), |t, r| Totals {
            queries: t.queries + 1,
            time: t.time + r.elapsed,
            rows: t.rows + r.rows,
        })
    }

    pub fn ms(&self) -> f64 {
        self.time.as_secs_f64() * 1000.0
    }
}

/// Per-record group membership, as django-debug-toolbar colours rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordGroups {
    /// Index of the similar group (same SQL, any params), if it has 2+.
    pub similar_group: Option<usize>,
    /// How many queries share this one's SQL (1 = none).
    pub similar_count: usize,
    /// Index of the duplicate group (same SQL and params), if it has 2+.
    pub duplicate_group: Option<usize>,
    /// How many queries are identical to this one (1 = none).
    pub duplicate_count: usize,
}

/// A finding about the log, with the relation and the fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    /// How many queries it covers.
    pub count: usize,
    /// The template or view expression that sent them.
    pub snippet: Option<Arc<str>>,
    /// Indexes of the records it covers.
    pub records: Vec<usize>,
}

/// What kind of waste a finding is. It holds ids of the registry of the
/// database that sent the queries; [`FindingKind::named`] gives the names
/// the messages show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// A lazy foreign key fetched once per object.
    NPlusOneForeignKey {
        model: ModelId,
        field: FieldId,
        prefetched_from: Option<RelationRef>,
    },
    /// `obj.comment_set.all()` once per object.
    NPlusOneReverse { relation: RelationRef },
    /// `obj.comment_set.count()` once per object.
    NPlusOneCount { relation: RelationRef },
    /// `x in qs.all()`: every row fetched to test one.
    MembershipFetchesAll { relation: RelationRef, rows: usize },
    /// `if qs.filter(...)`: rows fetched to test existence.
    TruthinessFetchesRows { relation: RelationRef },
    /// `qs.all|length`: every row fetched to count them.
    LengthFetchesAll { relation: RelationRef, rows: usize },
    /// Queries from one place that repeat each other: `count` queries with
    /// only `distinct` different SQL-and-parameter combinations.
    Duplicate { distinct: usize },
}

/// A [`FindingKind`] with its names resolved, for its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedFindingKind<'r> {
    NPlusOneForeignKey {
        model: &'r str,
        field: &'r str,
        prefetched_from: Option<&'r str>,
    },
    NPlusOneReverse {
        model: &'r str,
        accessor: &'r str,
    },
    NPlusOneCount {
        model: &'r str,
        accessor: &'r str,
        query_name: &'r str,
    },
    MembershipFetchesAll {
        model: &'r str,
        manager: &'r str,
        rows: usize,
    },
    TruthinessFetchesRows {
        model: &'r str,
        manager: &'r str,
    },
    LengthFetchesAll {
        model: &'r str,
        manager: &'r str,
        rows: usize,
    },
    Duplicate {
        distinct: usize,
    },
}

impl FindingKind {
    /// The finding with the names `registry` (the one of the database that
    /// sent its queries) gives its ids.
    pub fn named<'r>(&self, registry: &'r Registry) -> NamedFindingKind<'r> {
        match *self {
            FindingKind::NPlusOneForeignKey {
                model,
                field,
                prefetched_from,
            } => NamedFindingKind::NPlusOneForeignKey {
                model: &registry.model(model).object_name,
                field: &registry.field(model, field).name,
                prefetched_from: prefetched_from.map(|r| r.name(registry)),
            },
            FindingKind::NPlusOneReverse { relation } => NamedFindingKind::NPlusOneReverse {
                model: relation.model_name(registry),
                accessor: relation.name(registry),
            },
            FindingKind::NPlusOneCount { relation } => NamedFindingKind::NPlusOneCount {
                model: relation.model_name(registry),
                accessor: relation.name(registry),
                query_name: relation.query_name(registry),
            },
            FindingKind::MembershipFetchesAll { relation, rows } => {
                NamedFindingKind::MembershipFetchesAll {
                    model: relation.model_name(registry),
                    manager: relation.name(registry),
                    rows,
                }
            }
            FindingKind::TruthinessFetchesRows { relation } => {
                NamedFindingKind::TruthinessFetchesRows {
                    model: relation.model_name(registry),
                    manager: relation.name(registry),
                }
            }
            FindingKind::LengthFetchesAll { relation, rows } => {
                NamedFindingKind::LengthFetchesAll {
                    model: relation.model_name(registry),
                    manager: relation.name(registry),
                    rows,
                }
            }
            FindingKind::Duplicate { distinct } => NamedFindingKind::Duplicate { distinct },
        }
    }
}

impl Finding {
    /// Whether this is an N+1 finding (the headline kind).
    pub fn is_n_plus_one(&self) -> bool {
        matches!(
            self.kind,
            FindingKind::NPlusOneForeignKey { .. }
                | FindingKind::NPlusOneReverse { .. }
                | FindingKind::NPlusOneCount { .. }
        )
    }
}

/// `{{ article.comment__count }}`: the template expression that reads an
/// annotated count.
pub fn annotated_expression(model: &str, query_name: &str) -> String {
    format!(
        "{{{{ {}.{query_name}__count }}}}",
        model.to_ascii_lowercase()
    )
}

/// How many colours the query log gives relations (`--g0` … `--g7` in
/// the stylesheet).
pub const RELATION_COLOURS: usize = 8;

/// What a query reads, named as the learner's code names it: the
/// relation its cause follows (`Comment.user`, `Article.comment_set`,
/// `User.followings`) or the model it lists (`Article`). The query log
/// colours rows by it, so the ten `Article.comment_set` queries of a naive
/// page and the one prefetch query that replaces them share a colour in
/// every column.
pub fn relation(cause: &Cause, registry: &Registry) -> String {
    match cause.named(registry) {
        NamedCause::QuerySet { model } | NamedCause::Get { model } => model.to_owned(),
        NamedCause::ForeignKey { model, field, .. } => format!("{model}.{field}"),
        NamedCause::ReverseAll { model, accessor }
        | NamedCause::ReverseCount {
            model, accessor, ..
        }
        | NamedCause::Prefetch { model, accessor } => format!("{model}.{accessor}"),
        NamedCause::ManyToMany { model, manager, .. }
        | NamedCause::ManyToManyWrite { model, manager, .. } => format!("{model}.{manager}"),
    }
}

/// The colour (0 to [`RELATION_COLOURS`] - 1) of a query: a stable hash of
/// its [`relation`], or of its SQL with placeholders (its shape) when no
/// cause is known, so it does not depend on the query's place in the log.
pub fn relation_colour(record: &QueryRecord, registry: &Registry) -> usize {
    let hash = match &record.cause {
        Some(cause) => fnv1a(relation(cause, registry).as_bytes()),
        None => fnv1a(record.raw_sql.as_bytes()),
    };
    // Bits 50 to 52: the lowest bits that give each relation a page of
    // the lesson reads its own colour (the test below checks it).
    ((hash >> COLOUR_SHIFT) % RELATION_COLOURS as u64) as usize
}

/// See [`relation_colour`].
const COLOUR_SHIFT: u32 = 50;

/// FNV-1a: stable across runs, builds and platforms (the std hashers are
/// not), and a few lines.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Everything the query log panel shows besides the rows themselves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub totals: Totals,
    /// One entry per record.
    pub groups: Vec<RecordGroups>,
    pub similar_groups: usize,
    pub duplicate_groups: usize,
    pub findings: Vec<Finding>,
}

/// How many similar queries from one cause make an N+1 (django-zeal's
/// default threshold).
pub const N_PLUS_ONE_THRESHOLD: usize = 2;

/// Analyzes a log.
pub fn analyze(records: &[QueryRecord]) -> Analysis {
    let mut similar: HashMap<*const u8, Vec<usize>> = HashMap::default();
    let mut duplicate: HashMap<(*const u8, ParamsKey<'_>), Vec<usize>> = HashMap::default();
    for (i, record) in records.iter().enumerate() {
        let key = Arc::as_ptr(&record.raw_sql) as *const u8;
        similar.entry(key).or_default().push(i);
        duplicate
            .entry((key, ParamsKey(&record.params)))
            .or_default()
            .push(i);
    }
    let mut groups = vec![RecordGroups::default(); records.len()];
    let mut similar_groups = 0;
    for members in sorted_groups(similar) {
        let group = (members.len() > 1).then(|| {
            similar_groups += 1;
            similar_groups - 1
        });
        for &i in &members {
            groups[i].similar_group = group;
            groups[i].similar_count = members.len();
        }
    }
    let mut duplicate_groups = 0;
    for members in sorted_groups(duplicate) {
        let group = (members.len() > 1).then(|| {
            duplicate_groups += 1;
            duplicate_groups - 1
        });
        for &i in &members {
            groups[i].duplicate_group = group;
            groups[i].duplicate_count = members.len();
        }
    }
    let mut cause_findings = cause_findings(records);
    cause_findings.extend(duplicate_findings(records, &groups));
    Analysis {
        totals: Totals::of(records),
        groups,
        similar_groups,
        duplicate_groups,
        findings: cause_findings,
    }
}

/// One finding per SQL text whose queries repeat each other, in log order,
/// naming every place they came from. Transaction statements repeat by
/// nature and are left out.
fn duplicate_findings(records: &[QueryRecord], groups: &[RecordGroups]) -> Vec<Finding> {
    let mut order: Vec<*const u8> = Vec::new();
    let mut by_sql: HashMap<*const u8, Vec<usize>> = HashMap::default();
    for (i, record) in records.iter().enumerate() {
        if groups[i].duplicate_group.is_none()
            || (record.params.is_empty()
                && matches!(&*record.raw_sql, "BEGIN" | "COMMIT" | "ROLLBACK"))
        {
            continue;
        }
        let entry = by_sql
            .entry(Arc::as_ptr(&record.raw_sql) as *const u8)
            .or_default();
        if entry.is_empty() {
            order.push(Arc::as_ptr(&record.raw_sql) as *const u8);
        }
        entry.push(i);
    }
    let mut out = Vec::new();
    for key in order {
        let members = by_sql.remove(&key).unwrap_or_default();
        let mut distinct: Vec<usize> = members
            .iter()
            .filter_map(|&i| groups[i].duplicate_group)
            .collect();
        crate::sort::sort_by(&mut distinct, usize::cmp);
        distinct.dedup();
        let mut places: Vec<&str> = Vec::new();
        for &i in &members {
            if let Some(origin) = &records[i].origin {
                if !places.contains(&&*origin.snippet) {
                    places.push(&origin.snippet);
                }
            }
        }
        let snippet = (!places.is_empty()).then(|| Arc::from(places.join("` + `")));
        out.push(Finding {
            kind: FindingKind::Duplicate {
                distinct: distinct.len(),
            },
            count: members.len(),
            snippet,
            records: members,
        });
    }
    out
}

/// Groups in order of their first record, so colours follow the log.
fn sorted_groups<K>(map: HashMap<K, Vec<usize>>) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = map.into_values().collect();
    crate::sort::sort_by_key(&mut groups, |g| g[0]);
    groups
}

/// A record's parameters as a hash key, borrowed (the naive page's log has
/// 110,001 of them): REALs compare and hash by their bits.
#[derive(Clone, Copy, Debug)]
struct ParamsKey<'r>(&'r [Value]);

impl PartialEq for ParamsKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self.0.iter().zip(other.0).all(|pair| match pair {
                (Value::Real(a), Value::Real(b)) => a.to_bits() == b.to_bits(),
                (a, b) => a == b,
            })
    }
}

impl Eq for ParamsKey<'_> {}

impl Hash for ParamsKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.0.len());
        for value in self.0 {
            match value {
                Value::Null => state.write_u8(0),
                Value::Integer(i) => {
                    state.write_u8(1);
                    state.write_i64(*i);
                }
                Value::Real(r) => {
                    state.write_u8(2);
                    state.write_u64(r.to_bits());
                }
                Value::Text(t) => {
                    state.write_u8(3);
                    t.hash(state);
                }
                Value::Blob(b) => {
                    state.write_u8(4);
                    b.hash(state);
                }
            }
        }
    }
}

/// Findings from what the ORM says caused each query.
fn cause_findings(records: &[QueryRecord]) -> Vec<Finding> {
    // Group by (cause, origin snippet) in first-seen order.
    let mut order: Vec<(Cause, Option<Arc<str>>)> = Vec::new();
    let mut members: HashMap<(Cause, Option<Arc<str>>), Vec<usize>> = HashMap::default();
    for (i, record) in records.iter().enumerate() {
        let Some(cause) = record.cause else { continue };
        let key = (
            cause,
            record.origin.as_ref().map(|o| Arc::clone(&o.snippet)),
        );
        let entry = members.entry(key.clone()).or_default();
        if entry.is_empty() {
            order.push(key);
        }
        entry.push(i);
    }
    let mut out = Vec::new();
    for key in order {
        let indexes = members.remove(&key).unwrap_or_default();
        let (cause, snippet) = key;
        let count = indexes.len();
        let rows: usize = indexes.iter().map(|&i| records[i].rows).sum();
        let kind = match cause {
            Cause::ForeignKey {
                model,
                field,
                prefetched_from,
            } if count >= N_PLUS_ONE_THRESHOLD => Some(FindingKind::NPlusOneForeignKey {
                model,
                field,
                prefetched_from,
            }),
            Cause::ReverseAll { relation } if count >= N_PLUS_ONE_THRESHOLD => {
                Some(FindingKind::NPlusOneReverse { relation })
            }
            Cause::ReverseCount { relation } if count >= N_PLUS_ONE_THRESHOLD => {
                Some(FindingKind::NPlusOneCount { relation })
            }
            Cause::ManyToMany {
                relation,
                operation: ManagerRead::In,
            } => Some(FindingKind::MembershipFetchesAll { relation, rows }),
            Cause::ManyToMany {
                relation,
                operation: ManagerRead::FilterTruthy,
            } => Some(FindingKind::TruthinessFetchesRows { relation }),
            Cause::ManyToMany {
                relation,
                operation: ManagerRead::Length,
            } => Some(FindingKind::LengthFetchesAll { relation, rows }),
            _ => None,
        };
        if let Some(kind) = kind {
            out.push(Finding {
                kind,
                count,
                snippet,
                records: indexes,
            });
        }
    }
    out
}

/// One row of `EXPLAIN QUERY PLAN`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    pub id: i64,
    pub parent: i64,
    pub detail: String,
    /// Nesting depth, from the parent links.
    pub depth: usize,
}

/// `EXPLAIN QUERY PLAN` for a logged SELECT, run unlogged.
///
/// # Errors
/// [`DbError`] if SQLite cannot plan it (for instance a write).
pub fn explain(db: &Database, record: &QueryRecord) -> Result<Vec<PlanRow>, DbError> {
    let sql = format!("EXPLAIN QUERY PLAN {}", record.raw_sql);
    let rows = db.select_unlogged(&sql, &record.params)?;
    let mut plan: Vec<PlanRow> = Vec::with_capacity(rows.len());
    for row in rows {
        let int = |i: usize| match row.get(i) {
            Some(Value::Integer(n)) => *n,
            _ => 0,
        };
        let detail = match row.get(3) {
            Some(Value::Text(s)) => s.clone(),
            _ => String::new(),
        };
        let (id, parent) = (int(0), int(1));
        let depth = plan
            .iter()
            .find(|p| p.id == parent)
            .map(|p| p.depth + 1)
            .unwrap_or(0);
        plan.push(PlanRow {
            id,
            parent,
            detail,
            depth,
        });
    }
    Ok(plan)
}

/// Whether `explain` applies (SELECTs only).
pub fn can_explain(record: &QueryRecord) -> bool {
    record
        .raw_sql
        .trim_start()
        .get(..6)
        .is_some_and(|s| s.eq_ignore_ascii_case("SELECT"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{finding_message, Lang};
    use crate::models::lesson;
    use crate::query_log::{Origin, OriginKind, QueryLog};

    /// Every relation of a lesson scenario has its own colour, the same
    /// in every variant: the naive page's ten `Article.comment_set`
    /// queries and the prefetch that replaces them look alike.
    #[test]
    fn relations_keep_their_colour_across_variants() {
        use crate::scenarios::{self, RunOptions, ScenarioId};
        let (mut db, _) =
            crate::lesson_data::lesson_database("2024-01-01 00:00:00").expect("lesson");
        let mut seen_in_two = 0;
        let reg = &*db.registry_handle();
        for scenario in ScenarioId::ALL {
            let run = scenarios::run(&mut db, scenario, &RunOptions::default()).expect("run");
            let mut colours: std::collections::BTreeMap<String, (usize, usize)> =
                Default::default();
            for variant in &run.variants {
                let mut here = std::collections::BTreeSet::new();
                for record in variant.queries().filter(|r| r.cause.is_some()) {
                    let name = record
                        .cause
                        .as_ref()
                        .map(|c| relation(c, reg))
                        .unwrap_or_default();
                    here.insert(name.clone());
                    let entry = colours
                        .entry(name)
                        .or_insert((relation_colour(record, reg), 0));
                    assert_eq!(entry.0, relation_colour(record, reg));
                }
                for name in here {
                    if let Some(entry) = colours.get_mut(&name) {
                        entry.1 += 1;
                    }
                }
            }
            seen_in_two += colours.values().filter(|(_, n)| *n >= 2).count();
            let mut distinct: Vec<usize> = colours.values().map(|(c, _)| *c).collect();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), colours.len(), "{scenario:?}: {colours:?}");
        }
        assert!(seen_in_two > 0);
        let comments = Cause::Prefetch {
            relation: RelationRef::named(reg, lesson::ARTICLE, "comment_set").expect("relation"),
        };
        assert_eq!(relation(&comments, reg), "Article.comment_set");
        // The relations a page of the lesson can read, each page's apart.
        let pages: [&[&str]; 3] = [
            &[
                "Article",
                "Article.comment_set",
                "Article.user",
                "Comment.user",
                "Article.like_users",
            ],
            &["User", "User.followers", "User.followings"],
            &[
                "Comment",
                "Comment.article",
                "Comment.user",
                "Article.comment_set",
            ],
        ];
        for names in pages {
            let mut colours: Vec<u64> = names
                .iter()
                .map(|n| (fnv1a(n.as_bytes()) >> COLOUR_SHIFT) % RELATION_COLOURS as u64)
                .collect();
            colours.sort_unstable();
            colours.dedup();
            assert_eq!(colours.len(), names.len(), "{names:?}");
        }
    }

    /// The lesson's pages replayed on a project database that has the
    /// lesson's models under other ids: every query names the same
    /// relation and every finding reads the same as on the lesson's.
    #[test]
    fn a_project_with_the_lessons_models_reads_the_same() {
        use crate::scenarios::{self, RunOptions, ScenarioId};
        let applied = "2024-01-01 00:00:00";
        let (mut lesson_db, _) = crate::lesson_data::lesson_database(applied).expect("lesson");
        let project = Arc::new(crate::models::lesson_after_a_project_model());
        let mut project_db = Database::open_in_memory_with(project).expect("open");
        crate::schema::migrate(&project_db, applied).expect("migrate");
        crate::fixtures::load::loaddata(
            &project_db,
            &crate::lesson_data::bundled_files(),
            &crate::fixtures::load::LoadOptions::default(),
        )
        .expect("loaddata");
        let read = |db: &mut Database, scenario| {
            let run = scenarios::run(db, scenario, &RunOptions::default()).expect("run");
            let mut out = Vec::new();
            for variant in &run.variants {
                let reg = variant.registry();
                for record in variant.queries() {
                    out.push(record.cause.map(|c| relation(&c, reg)).unwrap_or_default());
                }
                for finding in variant.findings() {
                    out.push(finding_message(&finding, reg, Lang::En));
                }
            }
            out
        };
        let mut n_plus_one = 0;
        for scenario in ScenarioId::ALL {
            let theirs = read(&mut lesson_db, scenario);
            n_plus_one += theirs.iter().filter(|l| l.starts_with("N+1")).count();
            assert_eq!(read(&mut project_db, scenario), theirs, "{scenario:?}");
        }
        assert!(n_plus_one > 0);
    }

    /// Parameters are the same when SQLite would bind the same bytes.
    #[test]
    fn parameter_keys_compare_reals_by_bits() {
        fn key(values: &[Value]) -> (ParamsKey<'_>, u64) {
            use std::hash::BuildHasher;
            let params = ParamsKey(values);
            (
                params,
                foldhash::fast::FixedState::default().hash_one(params),
            )
        }
        let nan = [Value::Real(f64::NAN)];
        assert_eq!(key(&nan), key(&nan));
        assert_ne!(key(&[Value::Real(0.0)]).0, key(&[Value::Real(-0.0)]).0);
        let row = [Value::Integer(1), Value::Text("a".into()), Value::Null];
        assert_eq!(key(&row), key(&row.clone()));
        assert_ne!(key(&row).0, key(&row[..2]).0);
        assert_ne!(key(&[Value::Integer(1)]).0, key(&[Value::Real(1.0)]).0);
    }

    fn record(
        log: &mut QueryLog,
        sql: &str,
        params: Vec<Value>,
        cause: Option<Cause>,
        snippet: &str,
    ) -> QueryRecord {
        QueryRecord {
            raw_sql: log.intern(sql),
            params,
            rows: 1,
            elapsed: Duration::from_micros(100),
            origin: Some(Origin {
                kind: OriginKind::Template,
                line: 2,
                snippet: Arc::from(snippet),
            }),
            cause,
            inlined: None,
        }
    }

    #[test]
    fn n_plus_one_names_relation_and_fix() {
        let mut log = QueryLog::default();
        let reg = Registry::lesson_shared();
        let cause = Some(Cause::ForeignKey {
            model: lesson::ARTICLE,
            field: reg.model(lesson::ARTICLE).field_id("user").expect("user"),
            prefetched_from: None,
        });
        let mut records = vec![record(
            &mut log,
            "SELECT articles",
            vec![],
            Some(Cause::QuerySet {
                model: lesson::ARTICLE,
            }),
            "for",
        )];
        for pk in [1, 2, 1] {
            records.push(record(
                &mut log,
                "SELECT user WHERE id = %s",
                vec![Value::Integer(pk)],
                cause,
                "{{ article.user.username }}",
            ));
        }
        let analysis = analyze(&records);
        assert_eq!(analysis.totals.queries, 4);
        assert_eq!(analysis.groups[1].similar_count, 3);
        assert_eq!(analysis.groups[1].duplicate_count, 2);
        assert_eq!(analysis.groups[2].duplicate_count, 1);
        assert_eq!((analysis.similar_groups, analysis.duplicate_groups), (1, 1));
        let n_plus_one: Vec<String> = analysis
            .findings
            .iter()
            .filter(|f| f.is_n_plus_one())
            .map(|f| finding_message(f, reg, Lang::En))
            .collect();
        assert_eq!(
            n_plus_one,
            ["N+1 on `Article.user`: 3 similar queries from `{{ article.user.username }}`; use `select_related('user')`"]
        );
        let duplicates: Vec<String> = analysis
            .findings
            .iter()
            .filter(|f| matches!(f.kind, FindingKind::Duplicate { .. }))
            .map(|f| finding_message(f, reg, Lang::En))
            .collect();
        assert_eq!(
            duplicates,
            ["Duplicated: 2 queries from `{{ article.user.username }}` are only 1 distinct one(s) sent again and again (same SQL, same parameters); keep the first result in a variable and reuse it"]
        );
    }

    #[test]
    fn count_fix_mentions_annotation() {
        let finding = Finding {
            kind: FindingKind::NPlusOneCount {
                relation: RelationRef::named(
                    Registry::lesson_shared(),
                    lesson::ARTICLE,
                    "comment_set",
                )
                .expect("relation"),
            },
            count: 10,
            snippet: None,
            records: vec![],
        };
        assert_eq!(
            finding_message(&finding, Registry::lesson_shared(), Lang::En),
            "N+1 on `Article.comment_set.count`: 10 similar COUNT queries; use `annotate(Count('comment'))` and `{{ article.comment__count }}`"
        );
    }
}
