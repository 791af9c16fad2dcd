//! Django's `sql.Query`: the alias map with its joins and reference counts,
//! the WHERE tree, annotations, grouping, ordering, limits, and the
//! algorithms that build them (`setup_joins`, `trim_joins`, join promotion,
//! `build_filter`, `split_exclude`), ported from
//! `django/db/models/sql/query.py` (5.2) step by step, since the SQL's
//! aliases, join types and parentheses all fall out of their exact order.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;

use super::expr::{
    Aggregate, ArithOp, Col, Connector, DatePart, Expr, Func, Lookup, LookupName, Output, Rhs,
    WhereChild, WhereNode,
};
use super::input::{Arg, QChild, E, Q};
use super::meta::{self, ColumnField, ColumnKind, JoinField, MetaField, PathInfo};
use super::QueryError;
use crate::models::{ModelId, Registry};

/// INNER or LEFT OUTER.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinType {
    Inner,
    LeftOuter,
}

impl JoinType {
    pub fn sql(self) -> &'static str {
        match self {
            JoinType::Inner => "INNER JOIN",
            JoinType::LeftOuter => "LEFT OUTER JOIN",
        }
    }
}

/// A joined table.
#[derive(Clone, Debug, PartialEq)]
pub struct Join {
    pub table_name: &'static str,
    pub parent_alias: String,
    pub table_alias: String,
    pub join_type: JoinType,
    pub join_field: JoinField,
    pub nullable: bool,
}

impl Join {
    /// Join identity: what `join()` compares to reuse an alias.
    fn same(&self, other: &Join) -> bool {
        self.table_name == other.table_name
            && self.parent_alias == other.parent_alias
            && self.join_field == other.join_field
    }
}

/// An entry of the FROM clause.
#[derive(Clone, Debug, PartialEq)]
pub enum Table {
    Base {
        table_name: &'static str,
        alias: String,
    },
    Join(Join),
}

impl Table {
    pub fn table_name(&self) -> &'static str {
        match self {
            Table::Base { table_name, .. } => table_name,
            Table::Join(j) => j.table_name,
        }
    }

    fn join_type(&self) -> Option<JoinType> {
        match self {
            Table::Base { .. } => None,
            Table::Join(j) => Some(j.join_type),
        }
    }

    fn parent_alias(&self) -> Option<&str> {
        match self {
            Table::Base { .. } => None,
            Table::Join(j) => Some(&j.parent_alias),
        }
    }
}

/// `query.group_by`.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupBy {
    None,
    /// Group by every selected column (`True`).
    All,
    Exprs(Vec<Expr>),
}

/// An `order_by()` item.
#[derive(Clone, Debug, PartialEq)]
pub enum OrderItem {
    Name(String),
    /// `F(name).asc()` / `.desc()` (`OrderBy(F(name))`): the column the
    /// name resolves to, a relation's own key rather than its model's
    /// `Meta.ordering`.
    F {
        name: String,
        descending: bool,
        nulls: Nulls,
    },
}

/// `OrderBy`'s `nulls_first` / `nulls_last`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Nulls {
    #[default]
    Default,
    First,
    Last,
}

impl Nulls {
    /// `OrderBy.reverse_ordering`: first becomes last and back.
    pub fn reversed(self) -> Nulls {
        match self {
            Nulls::Default => Nulls::Default,
            Nulls::First => Nulls::Last,
            Nulls::Last => Nulls::First,
        }
    }

    /// What SQLite's `OrderBy.as_sql` appends (`supports_order_by_nulls_modifier`).
    pub fn sql(self) -> &'static str {
        match self {
            Nulls::Default => "",
            Nulls::First => " NULLS FIRST",
            Nulls::Last => " NULLS LAST",
        }
    }
}

/// What `values()` selected under a name.
#[derive(Clone, Debug, PartialEq)]
pub enum Selected {
    /// The n-th column of `query.select`.
    Column(usize),
    /// An annotation.
    Annotation(String),
}

/// `select_related`: nothing, every non-null foreign key, or a tree of names.
#[derive(Clone, Debug, PartialEq)]
pub enum SelectRelated {
    None,
    All,
    Fields(Vec<(String, SelectRelatedTree)>),
}

/// A level of `select_related('a__b', 'c')`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SelectRelatedTree(pub Vec<(String, SelectRelatedTree)>);

impl SelectRelatedTree {
    pub fn get(&self, name: &str) -> Option<&SelectRelatedTree> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, t)| t)
    }

    fn entry(&mut self, name: &str) -> &mut SelectRelatedTree {
        if let Some(at) = self.0.iter().position(|(n, _)| n == name) {
            &mut self.0[at].1
        } else {
            self.0.push((name.to_owned(), SelectRelatedTree::default()));
            let last = self.0.len() - 1;
            &mut self.0[last].1
        }
    }
}

/// The joins a filter may reuse for multi-valued relations (`can_reuse`):
/// `None` reuses any (an expression's `Q`), else only the listed aliases.
#[derive(Clone, Debug, Default)]
pub(crate) struct Reuse(Option<HashSet<String>>);

impl Reuse {
    /// Reuse only joins made by this same filter call.
    pub(crate) fn own() -> Reuse {
        Reuse(Some(HashSet::new()))
    }

    /// Reuse any join (`can_reuse=None`).
    pub(crate) fn any() -> Reuse {
        Reuse(None)
    }

    fn set(&self) -> Option<&HashSet<String>> {
        self.0.as_ref()
    }

    fn extend(&mut self, aliases: impl IntoIterator<Item = String>) {
        if let Some(set) = &mut self.0 {
            set.extend(aliases);
        }
    }

    fn contains(&self, alias: &str) -> bool {
        self.0.as_ref().is_some_and(|s| s.contains(alias))
    }
}

/// What `setup_joins` returns.
#[derive(Clone, Debug)]
pub struct JoinInfo {
    pub final_field: FinalField,
    pub targets: Vec<ColumnField>,
    pub opts: Option<ModelId>,
    pub joins: Vec<String>,
    pub path: Vec<PathInfo>,
    pub transforms: Vec<String>,
}

/// The field a name path ends on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FinalField {
    Column(ColumnField),
    Relation(JoinField),
}

impl FinalField {
    pub fn is_relation(&self) -> bool {
        matches!(self, FinalField::Relation(_))
    }
}

/// Why `names_to_path` stopped.
#[derive(Clone, Debug)]
pub(crate) enum PathError {
    Field(QueryError),
    /// A multi-valued relation where `allow_many` is false.
    MultiJoin {
        names_with_path: Vec<(String, Vec<PathInfo>)>,
    },
}

impl From<QueryError> for PathError {
    fn from(e: QueryError) -> Self {
        PathError::Field(e)
    }
}

/// `(lookups, field parts, annotation expression)` of a filter keyword.
type SolvedLookup = (Vec<String>, Vec<String>, Option<Expr>);

type NamesToPath = (Vec<PathInfo>, FinalField, Vec<ColumnField>, Vec<String>);

/// One SQL query over a model.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    /// The models the query is over: the database's registry.
    pub reg: &'static Registry,
    pub model: ModelId,
    pub alias_prefix: String,
    pub subq_aliases: Vec<String>,
    pub alias_map: Vec<(String, Table)>,
    pub alias_refcount: HashMap<String, i64>,
    pub table_map: Vec<(&'static str, Vec<String>)>,
    pub external_aliases: Vec<(String, bool)>,
    pub where_: WhereNode,
    pub annotations: Vec<(String, Expr)>,
    pub annotation_select_mask: Option<Vec<String>>,
    pub select: Vec<Expr>,
    pub default_cols: bool,
    pub values_select: Vec<String>,
    pub selected: Option<Vec<(String, Selected)>>,
    pub group_by: GroupBy,
    pub order_by: Vec<OrderItem>,
    pub default_ordering: bool,
    pub standard_ordering: bool,
    pub distinct: bool,
    pub low_mark: usize,
    pub high_mark: Option<usize>,
    pub select_related: SelectRelated,
    /// `(names, defer)`: deferred names, or (defer false) the only ones.
    pub deferred_loading: (Vec<String>, bool),
    pub subquery: bool,
    pub lookup_joins: Vec<String>,
    pub max_depth: usize,
    /// `QuerySet.extra(select=...)` as Django's many-to-many prefetch uses
    /// it: `(alias, expression)` selected first, parenthesized.
    pub extra_select: Vec<(String, Expr)>,
}

impl Query {
    pub fn new(reg: &'static Registry, model: ModelId) -> Query {
        Query {
            reg,
            model,
            alias_prefix: "T".into(),
            subq_aliases: vec!["T".into()],
            alias_map: Vec::new(),
            alias_refcount: HashMap::new(),
            table_map: Vec::new(),
            external_aliases: Vec::new(),
            where_: WhereNode::default(),
            annotations: Vec::new(),
            annotation_select_mask: None,
            select: Vec::new(),
            default_cols: true,
            values_select: Vec::new(),
            selected: None,
            group_by: GroupBy::None,
            order_by: Vec::new(),
            default_ordering: true,
            standard_ordering: true,
            distinct: false,
            low_mark: 0,
            high_mark: None,
            select_related: SelectRelated::None,
            deferred_loading: (Vec::new(), true),
            subquery: false,
            lookup_joins: Vec::new(),
            max_depth: 5,
            extra_select: Vec::new(),
        }
    }

    // ------------------------------------------------------------ aliases

    pub fn table(&self, alias: &str) -> Option<&Table> {
        self.alias_map
            .iter()
            .find(|(a, _)| a == alias)
            .map(|(_, t)| t)
    }

    fn table_mut(&mut self, alias: &str) -> Option<&mut Table> {
        self.alias_map
            .iter_mut()
            .find(|(a, _)| a == alias)
            .map(|(_, t)| t)
    }

    pub fn refcount(&self, alias: &str) -> i64 {
        self.alias_refcount.get(alias).copied().unwrap_or(0)
    }

    pub fn base_table(&self) -> Option<&str> {
        self.alias_map.first().map(|(a, _)| a.as_str())
    }

    pub fn in_table_map(&self, name: &str) -> bool {
        self.table_map.iter().any(|(t, _)| *t == name)
    }

    fn table_alias(&mut self, table_name: &'static str) -> String {
        let alias = match self.table_map.iter_mut().find(|(t, _)| *t == table_name) {
            Some((_, list)) => {
                let alias = format!("{}{}", self.alias_prefix, self.alias_map.len() + 1);
                list.push(alias.clone());
                alias
            }
            None => {
                self.table_map
                    .push((table_name, vec![table_name.to_owned()]));
                table_name.to_owned()
            }
        };
        self.alias_refcount.insert(alias.clone(), 1);
        alias
    }

    pub fn ref_alias(&mut self, alias: &str) {
        *self.alias_refcount.entry(alias.to_owned()).or_insert(0) += 1;
    }

    pub fn unref_alias(&mut self, alias: &str, amount: i64) {
        *self.alias_refcount.entry(alias.to_owned()).or_insert(0) -= amount;
    }

    pub fn get_initial_alias(&mut self) -> String {
        if let Some(base) = self.base_table().map(str::to_owned) {
            self.ref_alias(&base);
            base
        } else {
            let table_name = meta::db_table(self.reg, self.model);
            let alias = self.table_alias(table_name);
            self.alias_map.push((
                alias.clone(),
                Table::Base {
                    table_name,
                    alias: alias.clone(),
                },
            ));
            alias
        }
    }

    /// `join()`: reuses an equal join (any, or one of `reuse`) or makes a
    /// new alias; a join is LEFT OUTER when nullable or under an outer join.
    pub fn join(&mut self, mut join: Join, reuse: Option<&HashSet<String>>) -> String {
        let reusable: Vec<String> = self
            .alias_map
            .iter()
            .filter(|(a, t)| {
                reuse.is_none_or(|r| r.contains(a)) && matches!(t, Table::Join(j) if j.same(&join))
            })
            .map(|(a, _)| a.clone())
            .collect();
        if let Some(alias) = reusable.last() {
            let alias = alias.clone();
            self.ref_alias(&alias);
            return alias;
        }
        let alias = self.table_alias(join.table_name);
        let parent_louter =
            self.table(&join.parent_alias).and_then(Table::join_type) == Some(JoinType::LeftOuter);
        join.join_type = if parent_louter || join.nullable {
            JoinType::LeftOuter
        } else {
            JoinType::Inner
        };
        join.table_alias = alias.clone();
        self.alias_map.push((alias.clone(), Table::Join(join)));
        alias
    }

    pub fn promote_joins(&mut self, aliases: impl IntoIterator<Item = String>) {
        let mut queue: Vec<String> = aliases.into_iter().collect();
        while !queue.is_empty() {
            let alias = queue.remove(0);
            let Some(Table::Join(join)) = self.table(&alias) else {
                continue;
            };
            let parent_louter = self.table(&join.parent_alias).and_then(Table::join_type)
                == Some(JoinType::LeftOuter);
            let already = join.join_type == JoinType::LeftOuter;
            if (join.nullable || parent_louter) && !already {
                if let Some(Table::Join(j)) = self.table_mut(&alias) {
                    j.join_type = JoinType::LeftOuter;
                }
                for (child, table) in &self.alias_map {
                    if table.parent_alias() == Some(alias.as_str()) && !queue.contains(child) {
                        queue.push(child.clone());
                    }
                }
            }
        }
    }

    pub fn demote_joins(&mut self, aliases: impl IntoIterator<Item = String>) {
        let mut queue: Vec<String> = aliases.into_iter().collect();
        while !queue.is_empty() {
            let alias = queue.remove(0);
            let mut parent = None;
            if let Some(Table::Join(j)) = self.table_mut(&alias) {
                if j.join_type == JoinType::LeftOuter {
                    j.join_type = JoinType::Inner;
                    parent = Some(j.parent_alias.clone());
                }
            }
            if let Some(parent) = parent {
                if self.table(&parent).and_then(Table::join_type) == Some(JoinType::Inner) {
                    queue.push(parent);
                }
            }
        }
    }

    pub fn reset_refcounts(&mut self, to: &HashMap<String, i64>) {
        for (alias, count) in self.alias_refcount.iter_mut() {
            *count = to.get(alias).copied().unwrap_or(0);
        }
    }

    /// `change_aliases`: relabels every reference.
    pub fn change_aliases(&mut self, map: &[(String, String)]) {
        if map.is_empty() {
            return;
        }
        self.where_.relabel(map);
        if let GroupBy::Exprs(exprs) = &mut self.group_by {
            for e in exprs {
                e.relabel(map);
            }
        }
        for e in &mut self.select {
            e.relabel(map);
        }
        for (_, e) in &mut self.annotations {
            e.relabel(map);
        }
        for (old, new) in map {
            let Some(at) = self.alias_map.iter().position(|(a, _)| a == old) else {
                continue;
            };
            let (_, mut table) = self.alias_map.remove(at);
            match &mut table {
                Table::Base { alias, .. } => *alias = new.clone(),
                Table::Join(j) => {
                    j.table_alias = new.clone();
                    if let Some((_, p)) = map.iter().find(|(o, _)| *o == j.parent_alias) {
                        j.parent_alias = p.clone();
                    }
                }
            }
            let name = table.table_name();
            self.alias_map.push((new.clone(), table));
            let count = self.alias_refcount.remove(old).unwrap_or(0);
            self.alias_refcount.insert(new.clone(), count);
            if let Some((_, list)) = self.table_map.iter_mut().find(|(t, _)| *t == name) {
                if let Some(slot) = list.iter_mut().find(|a| *a == old) {
                    *slot = new.clone();
                }
            }
        }
        self.external_aliases = self
            .external_aliases
            .iter()
            .map(
                |(alias, aliased)| match map.iter().find(|(o, _)| o == alias) {
                    Some((_, new)) => (new.clone(), true),
                    None => (alias.clone(), *aliased),
                },
            )
            .collect();
    }

    /// Relabels references to an outer query held by this subquery.
    pub fn relabel_external(&mut self, map: &[(String, String)]) {
        let external: Vec<(String, String)> = map
            .iter()
            .filter(|(old, _)| self.external_aliases.iter().any(|(a, _)| a == old))
            .cloned()
            .collect();
        self.where_.relabel(&external);
        for (_, e) in &mut self.annotations {
            e.relabel(&external);
        }
    }

    /// `bump_prefix`: gives a subquery aliases that cannot clash with the
    /// outer query's (`U0`, `U1`, then `V0`...).
    pub fn bump_prefix(&mut self, outer: &mut Query, exclude: &[String]) {
        if self.alias_prefix != outer.alias_prefix {
            return;
        }
        let mut prefix = self.alias_prefix.clone();
        for candidate in prefix_candidates(&self.alias_prefix) {
            if !self.subq_aliases.contains(&candidate) {
                prefix = candidate;
                break;
            }
        }
        self.alias_prefix = prefix.clone();
        if !self.subq_aliases.contains(&prefix) {
            self.subq_aliases.push(prefix.clone());
        }
        for a in &self.subq_aliases {
            if !outer.subq_aliases.contains(a) {
                outer.subq_aliases.push(a.clone());
            }
        }
        let map: Vec<(String, String)> = self
            .alias_map
            .iter()
            .enumerate()
            .filter(|(_, (a, _))| !exclude.contains(a))
            .map(|(pos, (a, _))| (a.clone(), format!("{prefix}{pos}")))
            .collect();
        self.change_aliases(&map);
    }

    // ------------------------------------------------------------ annotations

    pub fn annotation_select(&self) -> Vec<(String, Expr)> {
        match &self.annotation_select_mask {
            None => self.annotations.clone(),
            Some(mask) => self
                .annotations
                .iter()
                .filter(|(k, _)| mask.contains(k))
                .cloned()
                .collect(),
        }
    }

    pub fn annotation(&self, name: &str) -> Option<&Expr> {
        self.annotations
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, e)| e)
    }

    pub fn set_annotation_mask(&mut self, names: Option<Vec<String>>) {
        match names {
            None => self.annotation_select_mask = None,
            Some(names) => {
                if let Some(selected) = &mut self.selected {
                    selected.retain(|(_, v)| match v {
                        Selected::Annotation(a) => names.contains(a),
                        Selected::Column(_) => true,
                    });
                    // `self.selected[name] = name`: a name already selected
                    // (a values() transform `set_group_by` made an
                    // annotation) keeps its place.
                    for name in &names {
                        match selected.iter_mut().find(|(k, _)| k == name) {
                            Some((_, v)) => *v = Selected::Annotation(name.clone()),
                            None => {
                                selected.push((name.clone(), Selected::Annotation(name.clone())))
                            }
                        }
                    }
                }
                let mut set: Vec<String> = Vec::new();
                for n in names {
                    if !set.contains(&n) {
                        set.push(n);
                    }
                }
                self.annotation_select_mask = Some(set);
            }
        }
    }

    pub fn append_annotation_mask(&mut self, names: &[String]) {
        if let Some(mask) = &self.annotation_select_mask {
            let mut all = mask.clone();
            all.extend(names.iter().cloned());
            self.set_annotation_mask(Some(all));
        }
    }

    /// `add_annotation` of an already resolved expression.
    pub fn add_resolved_annotation(&mut self, alias: &str, expr: Expr, select: bool) {
        if select {
            self.append_annotation_mask(&[alias.to_owned()]);
        } else {
            let keep: Vec<String> = self
                .annotation_select()
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| k != alias)
                .collect();
            self.set_annotation_mask(Some(keep));
        }
        match self.annotations.iter_mut().find(|(k, _)| k == alias) {
            Some((_, e)) => *e = expr,
            None => self.annotations.push((alias.to_owned(), expr)),
        }
        if select {
            if let Some(selected) = &mut self.selected {
                if !selected.iter().any(|(k, _)| k == alias) {
                    selected.push((alias.to_owned(), Selected::Annotation(alias.to_owned())));
                }
            }
        }
    }

    pub fn add_annotation(
        &mut self,
        alias: &str,
        expr: &E,
        select: bool,
    ) -> Result<(), QueryError> {
        let resolved = self.resolve_expr(expr, true, None, false)?;
        self.add_resolved_annotation(alias, resolved, select);
        Ok(())
    }

    // ------------------------------------------------------------ paths

    pub(crate) fn names_to_path(
        &self,
        names: &[String],
        opts: Option<ModelId>,
        allow_many: bool,
        fail_on_missing: bool,
    ) -> Result<NamesToPath, PathError> {
        let mut path = Vec::new();
        let mut names_with_path: Vec<(String, Vec<PathInfo>)> = Vec::new();
        let mut opts = opts;
        let mut final_field = None;
        let mut targets = Vec::new();
        let mut pos: isize = -1;
        for (index, raw) in names.iter().enumerate() {
            pos = index as isize;
            let mut name = raw.as_str();
            if name == "pk" {
                if let Some(model) = opts {
                    name = meta::pk(self.reg, model).name;
                }
            }
            let field = opts.and_then(|m| meta::get_field(self.reg, m, name));
            let Some(field) = field else {
                pos -= 1;
                if pos == -1 || fail_on_missing {
                    let mut available: Vec<String> = opts
                        .map(|m| meta::field_names(self.reg, m))
                        .unwrap_or_default()
                        .into_iter()
                        .map(str::to_owned)
                        .collect();
                    available.extend(self.annotation_select().into_iter().map(|(k, _)| k));
                    crate::sort::sort_by(&mut available, String::cmp);
                    return Err(QueryError::Field(format!(
                        "Cannot resolve keyword '{name}' into field. Choices are: {}",
                        available.join(", ")
                    ))
                    .into());
                }
                break;
            };
            let model = opts.unwrap_or(self.model);
            let infos = meta::path_infos(self.reg, model, &field);
            if let Some(last) = infos.last().copied() {
                if !allow_many {
                    if let Some(inner) = infos.iter().position(|p| p.m2m) {
                        names_with_path.push((raw.clone(), infos[..=inner].to_vec()));
                        return Err(PathError::MultiJoin { names_with_path });
                    }
                }
                path.extend(infos.iter().copied());
                final_field = Some(FinalField::Relation(last.join));
                opts = last.to;
                targets = vec![last.target];
                names_with_path.push((raw.clone(), infos));
            } else {
                let MetaField::Column { field: column, .. } = field else {
                    break;
                };
                final_field = Some(FinalField::Column(column));
                targets = vec![column];
                if fail_on_missing && index + 1 != names.len() {
                    return Err(QueryError::Field(format!(
                        "Cannot resolve keyword '{}' into field. Join on '{name}' not permitted.",
                        names[index + 1]
                    ))
                    .into());
                }
                break;
            }
        }
        let rest_from = (pos + 1).max(0) as usize;
        let final_field = final_field.ok_or_else(|| {
            QueryError::Field(format!(
                "Cannot resolve keyword '{}' into field.",
                names.join("__")
            ))
        })?;
        Ok((path, final_field, targets, names[rest_from..].to_vec()))
    }

    pub(crate) fn setup_joins(
        &mut self,
        names: &[String],
        opts: ModelId,
        alias: &str,
        can_reuse: Option<&HashSet<String>>,
        allow_many: bool,
    ) -> Result<JoinInfo, PathError> {
        let mut joins = vec![alias.to_owned()];
        let mut found = None;
        let mut last_error = None;
        for pivot in (1..=names.len()).rev() {
            match self.names_to_path(&names[..pivot], Some(opts), allow_many, true) {
                Ok((path, final_field, targets, _)) => {
                    found = Some((path, final_field, targets, names[pivot..].to_vec()));
                    break;
                }
                Err(PathError::Field(e)) => {
                    if pivot == 1 {
                        return Err(PathError::Field(e));
                    }
                    last_error = Some(e);
                }
                Err(other) => return Err(other),
            }
        }
        let Some((path, final_field, targets, transforms)) = found else {
            return Err(PathError::Field(last_error.unwrap_or_else(|| {
                QueryError::Field("Cannot resolve an empty name into field.".into())
            })));
        };
        if !transforms.is_empty() {
            // A transform must apply to a plain column; anything else
            // reports the longest name that failed.
            let part = DatePart::from_name(&transforms[0]);
            let ok = transforms.len() == 1
                && match final_field {
                    FinalField::Column(c) if c.kind == ColumnKind::DateTime => {
                        part.is_some() || matches!(transforms[0].as_str(), "date" | "time")
                    }
                    FinalField::Column(c) if c.kind == ColumnKind::Date => {
                        part.is_some_and(DatePart::on_date)
                    }
                    FinalField::Column(c) if c.kind == ColumnKind::Time => {
                        part.is_some_and(DatePart::on_time)
                    }
                    _ => false,
                };
            if !ok {
                return Err(PathError::Field(last_error.unwrap_or_else(|| {
                    QueryError::Field(format!(
                        "Unsupported lookup '{}' for this field or join on the field not permitted.",
                        transforms.join("__")
                    ))
                })));
            }
        }
        let mut alias = alias.to_owned();
        let mut opts_out = Some(opts);
        for info in &path {
            opts_out = info.to;
            let nullable = if info.direct { info.join.fk.null } else { true };
            let join = Join {
                table_name: info.join.joined_table(),
                parent_alias: alias.clone(),
                table_alias: String::new(),
                join_type: JoinType::Inner,
                join_field: info.join,
                nullable,
            };
            let reuse = if info.m2m { can_reuse } else { None };
            alias = self.join(join, reuse);
            joins.push(alias.clone());
        }
        Ok(JoinInfo {
            final_field,
            targets,
            opts: opts_out,
            joins,
            path,
            transforms,
        })
    }

    pub fn trim_joins(
        &mut self,
        targets: Vec<ColumnField>,
        joins: Vec<String>,
        path: &[PathInfo],
    ) -> (Vec<ColumnField>, String, Vec<String>) {
        let mut joins = joins;
        let mut targets = targets;
        for info in path.iter().rev() {
            if joins.len() == 1 || !info.direct {
                break;
            }
            if !targets.iter().all(|t| t.column == info.join.target.column) {
                break;
            }
            targets = targets.iter().map(|_| info.join.fk).collect();
            if let Some(alias) = joins.pop() {
                self.unref_alias(&alias, 1);
            }
        }
        let last = joins.last().cloned().unwrap_or_default();
        (targets, last, joins)
    }

    /// Applies `__year`, `__date`... to a column.
    fn transform(&self, col: Expr, transforms: &[String]) -> Result<Expr, QueryError> {
        let mut expr = col;
        for name in transforms {
            expr = try_transform(expr, name, None, None)?;
        }
        Ok(expr)
    }

    /// `resolve_ref`: an annotation or a field path as a column.
    pub fn resolve_ref(
        &mut self,
        name: &str,
        allow_joins: bool,
        reuse: Option<&mut HashSet<String>>,
        summarize: bool,
    ) -> Result<Expr, QueryError> {
        if let Some(annotation) = self.annotation(name).cloned() {
            if summarize {
                if !self.annotation_select().iter().any(|(k, _)| k == name) {
                    return Err(QueryError::Field(format!(
                        "Cannot aggregate over the '{name}' alias. Use annotate() to promote it."
                    )));
                }
                return Ok(Expr::Ref(name.to_owned(), Box::new(annotation)));
            }
            return Ok(annotation);
        }
        let names: Vec<String> = name.split("__").map(str::to_owned).collect();
        if let Some(annotation) = self.annotation(&names[0]).cloned() {
            return self.transform(annotation, &names[1..]);
        }
        let alias = self.get_initial_alias();
        let info = self
            .setup_joins(&names, self.model, &alias, reuse.as_deref(), true)
            .map_err(path_error)?;
        let (targets, final_alias, join_list) =
            self.trim_joins(info.targets, info.joins, &info.path);
        if !allow_joins && join_list.len() > 1 {
            return Err(QueryError::Field(
                "Joined field references are not permitted in this query".into(),
            ));
        }
        if let Some(reuse) = reuse {
            reuse.extend(join_list);
        }
        let col = Expr::Col(Col {
            alias: final_alias,
            target: targets[0],
            possibly_multivalued: false,
        });
        self.transform(col, &info.transforms)
    }

    // ------------------------------------------------------------ expressions

    /// `expression.resolve_expression(query)`.
    pub fn resolve_expr(
        &mut self,
        expr: &E,
        allow_joins: bool,
        reuse: Option<&mut HashSet<String>>,
        summarize: bool,
    ) -> Result<Expr, QueryError> {
        let reuse_set = reuse;
        Ok(match expr {
            E::F(name) => self.resolve_ref(name, allow_joins, reuse_set, summarize)?,
            E::Value(Arg::Decimal(d)) => Expr::Decimal(d.to_sci_string()),
            E::Value(arg) => Expr::Value(plain_value(arg)?),
            E::Combined(a, _, b) => {
                let (a, b) = match reuse_set {
                    Some(r) => {
                        let a = self.resolve_expr(a, allow_joins, Some(r), summarize)?;
                        let b = self.resolve_expr(b, allow_joins, Some(r), summarize)?;
                        (a, b)
                    }
                    None => {
                        let a = self.resolve_expr(a, allow_joins, None, summarize)?;
                        let b = self.resolve_expr(b, allow_joins, None, summarize)?;
                        (a, b)
                    }
                };
                let op = temporal_arithmetic(expr, &a, &b, self.reg.time().use_tz)?;
                Expr::Combined(Box::new(a), op, Box::new(b))
            }
            E::Aggregate {
                func,
                arg,
                distinct,
                filter,
            } => {
                let arg = match arg {
                    None => Expr::Star,
                    Some(arg) => self.resolve_expr(arg, allow_joins, None, summarize)?,
                };
                let filter = match filter {
                    None => None,
                    Some(q) => {
                        let (clause, needed) =
                            self.add_q_inner(q, &mut Reuse::any(), false, false, false)?;
                        self.promote_joins(needed);
                        Some(clause)
                    }
                };
                Expr::Aggregate(Aggregate {
                    func: *func,
                    arg: Box::new(arg),
                    distinct: *distinct,
                    filter,
                })
            }
            E::Exists(qs) => {
                let inner = qs.query.exists(true);
                Expr::Exists(Box::new(self.resolve_subquery(inner)?))
            }
            E::Subquery(qs) => {
                let mut inner = qs.query.clone();
                inner.subquery = true;
                Expr::Subquery(Box::new(self.resolve_subquery(inner)?))
            }
            E::OuterRef(name) => Expr::OuterRef(name.clone()),
            E::Not(inner) => Expr::Negated(Box::new(self.resolve_expr(
                inner,
                allow_joins,
                None,
                summarize,
            )?)),
            E::Q(_) => {
                return Err(QueryError::NotSupported(
                    "a Q object used as a value".into(),
                ))
            }
            E::Func(func, arg) => Expr::Func(
                *func,
                Box::new(self.resolve_expr(arg, allow_joins, reuse_set, summarize)?),
            ),
        })
    }

    /// `Query.resolve_expression(outer)`: bumps the aliases and resolves the
    /// outer references against `self`.
    pub fn resolve_subquery(&mut self, mut inner: Query) -> Result<Query, QueryError> {
        inner.bump_prefix(self, &[]);
        inner.subquery = true;
        let mut error = None;
        let mut resolve = |e: &mut Expr| {
            if let Err(err) = self.resolve_outer_refs(e) {
                error.get_or_insert(err);
            }
        };
        inner.where_.exprs_mut(&mut |e| {
            e.resolve_again();
            resolve(e);
        });
        for (_, e) in &mut inner.annotations {
            e.resolve_again();
            resolve(e);
        }
        if let Some(err) = error {
            return Err(err);
        }
        inner.external_aliases = self
            .alias_map
            .iter()
            .map(|(alias, table)| {
                let aliased = match table {
                    Table::Base { table_name, alias } => table_name != alias,
                    Table::Join(j) => j.table_name != alias,
                };
                (alias.clone(), aliased)
            })
            .collect();
        Ok(inner)
    }

    fn resolve_outer_refs(&mut self, e: &mut Expr) -> Result<(), QueryError> {
        match e {
            Expr::OuterRef(name) => {
                let multivalued = name.contains("__");
                let mut col = self.resolve_ref(&name.clone(), true, None, false)?;
                if let Expr::Col(c) = &mut col {
                    c.possibly_multivalued = multivalued;
                }
                *e = col;
            }
            Expr::Combined(a, _, b) => {
                self.resolve_outer_refs(a)?;
                self.resolve_outer_refs(b)?;
            }
            Expr::Aggregate(agg) => self.resolve_outer_refs(&mut agg.arg)?,
            Expr::Extract(_, inner)
            | Expr::TruncDate(inner)
            | Expr::TruncTime(inner)
            | Expr::Negated(inner)
            | Expr::Func(_, inner) => self.resolve_outer_refs(inner)?,
            Expr::Subquery(q) | Expr::Exists(q) => {
                let mut error = None;
                q.where_.exprs_mut(&mut |x| {
                    if let Err(err) = self.resolve_outer_refs(x) {
                        error.get_or_insert(err);
                    }
                });
                if let Some(err) = error {
                    return Err(err);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Columns of outer queries this (sub)query refers to.
    pub fn external_cols(&self) -> Vec<Col> {
        let mut cols = Vec::new();
        for (_, e) in &self.annotations {
            e.cols(&mut cols);
        }
        self.where_.cols(&mut cols);
        cols.into_iter()
            .filter(|c| self.external_aliases.iter().any(|(a, _)| *a == c.alias))
            .collect()
    }

    /// The value a one-column subquery yields.
    pub fn output(&self) -> Output {
        if self.select.len() == 1 {
            return self.select[0].output();
        }
        let annotations = self.annotation_select();
        if annotations.len() == 1 {
            return annotations[0].1.output();
        }
        Output::Unknown
    }

    // ------------------------------------------------------------ filters

    /// `add_q`: adds a filter, then demotes joins that were INNER before.
    pub fn add_q(&mut self, q: &Q) -> Result<(), QueryError> {
        let existing_inner: Vec<String> = self
            .alias_map
            .iter()
            .filter(|(_, t)| t.join_type() == Some(JoinType::Inner))
            .map(|(a, _)| a.clone())
            .collect();
        let mut can_reuse = Reuse::own();
        let (clause, _) = self.add_q_inner(q, &mut can_reuse, false, false, true)?;
        if !clause.is_empty() {
            self.where_.add(WhereChild::Node(clause), Connector::And);
        }
        self.demote_joins(existing_inner);
        Ok(())
    }

    /// `_add_q`.
    pub(crate) fn add_q_inner(
        &mut self,
        q: &Q,
        used_aliases: &mut Reuse,
        branch_negated: bool,
        current_negated: bool,
        split_subq: bool,
    ) -> Result<(WhereNode, Vec<String>), QueryError> {
        let current_negated = current_negated ^ q.negated;
        let branch_negated = branch_negated || q.negated;
        let mut target = WhereNode::new(q.connector, q.negated);
        let mut promoter = JoinPromoter::new(q.connector, q.children.len(), current_negated);
        for child in &q.children {
            let (clause, needed_inner) = match child {
                QChild::Node(node) => self.add_q_inner(
                    node,
                    used_aliases,
                    branch_negated,
                    current_negated,
                    split_subq,
                )?,
                QChild::Filter(name, value) => self.build_filter(
                    name,
                    value,
                    used_aliases,
                    branch_negated,
                    current_negated,
                    split_subq,
                )?,
                QChild::Expr(e) => self.build_expression_filter(e, used_aliases)?,
            };
            promoter.add_votes(&needed_inner);
            if !clause.is_empty() {
                target.add(WhereChild::Node(clause), q.connector);
            }
        }
        let needed = promoter.update_join_types(self);
        Ok((target, needed))
    }

    /// `build_filter` of a conditional expression (`Exists(...)`).
    fn build_expression_filter(
        &mut self,
        e: &E,
        used_aliases: &mut Reuse,
    ) -> Result<(WhereNode, Vec<String>), QueryError> {
        let condition = match e {
            E::Q(q) => return self.add_q_inner(q, used_aliases, false, false, true),
            E::Exists(_) | E::Not(_) => self.resolve_expr(e, true, None, false)?,
            _ => {
                return Err(QueryError::Type(
                    "Cannot filter against a non-conditional expression.".into(),
                ))
            }
        };
        let mut node = WhereNode::new(Connector::And, false);
        node.children.push(WhereChild::Lookup(Box::new(Lookup {
            name: LookupName::Exact,
            lhs: condition,
            rhs: Rhs::Bool(true),
            year: false,
        })));
        Ok((node, Vec::new()))
    }

    /// `build_filter` of `name__lookup=value`.
    pub(crate) fn build_filter(
        &mut self,
        arg: &str,
        value: &Arg,
        can_reuse: &mut Reuse,
        branch_negated: bool,
        current_negated: bool,
        split_subq: bool,
    ) -> Result<(WhereNode, Vec<String>), QueryError> {
        if arg.is_empty() {
            return Err(QueryError::Field(format!(
                "Cannot parse keyword query {arg:?}"
            )));
        }
        let (lookups, parts, reffed) = self.solve_lookup_type(arg)?;
        let pre_joins = self.alias_refcount.clone();
        let value = self.resolve_lookup_value(value, can_reuse)?;
        let mut used_joins: Vec<String> = self
            .alias_refcount
            .iter()
            .filter(|(k, v)| **v > pre_joins.get(*k).copied().unwrap_or(0))
            .map(|(k, _)| k.clone())
            .collect();
        if let Some(mut expr) = reffed {
            expr.resolve_again();
            let condition = build_lookup(&lookups, expr, value, None)?;
            let mut node = WhereNode::default();
            node.children.push(condition);
            return Ok((node, Vec::new()));
        }
        let alias = self.get_initial_alias();
        let allow_many = !branch_negated || !split_subq;
        let info = match self.setup_joins(&parts, self.model, &alias, can_reuse.set(), allow_many) {
            Ok(info) => info,
            Err(PathError::MultiJoin { names_with_path }) => {
                return self.split_exclude(arg, &value, can_reuse, &names_with_path);
            }
            Err(PathError::Field(e)) => return Err(e),
        };
        self.lookup_joins = info.joins.clone();
        for j in &info.joins {
            if !used_joins.contains(j) {
                used_joins.push(j.clone());
            }
        }
        let (targets, alias, join_list) =
            self.trim_joins(info.targets.clone(), info.joins.clone(), &info.path);
        can_reuse.extend(join_list.iter().cloned());
        let col = Expr::Col(Col {
            alias: alias.clone(),
            target: targets[0],
            possibly_multivalued: false,
        });
        let lhs = self.transform(col, &info.transforms)?;
        // The field the path ends on decides the lookups (a relation keeps
        // only the related ones), even where the column was trimmed to a
        // foreign key's.
        let relation = Some(match (info.final_field, info.path.last()) {
            (FinalField::Relation(_), Some(last)) if !last.direct => "ManyToOneRel",
            (FinalField::Relation(_), _) => "ForeignKey",
            (FinalField::Column(c), _) => meta::class_name(&c),
        });
        let mut lookup_names = info.transforms.clone();
        lookup_names.clear();
        lookup_names.extend(lookups.iter().cloned());
        let condition = build_lookup(&lookup_names, lhs, value.clone(), relation)?;
        let (lookup_type, rhs_is_true, rhs_is_false, rhs_none) = match &condition {
            WhereChild::Lookup(l) => (
                Some(l.name),
                matches!(l.rhs, Rhs::Bool(true)),
                matches!(l.rhs, Rhs::Bool(false)),
                matches!(l.rhs, Rhs::Value(Value::Null)),
            ),
            _ => (None, false, false, false),
        };
        let mut clause = WhereNode::default();
        clause.children.push(condition);
        let is_null_lookup = lookup_type == Some(LookupName::IsNull);
        let mut require_outer = is_null_lookup && rhs_is_true && !current_negated;
        if current_negated && (!is_null_lookup || rhs_is_false) && !rhs_none {
            require_outer = true;
            if !is_null_lookup {
                let last_louter = join_list
                    .last()
                    .and_then(|a| self.table(a))
                    .and_then(Table::join_type)
                    == Some(JoinType::LeftOuter);
                if targets[0].null || last_louter {
                    let col = Expr::Col(Col {
                        alias: alias.clone(),
                        target: targets[0],
                        possibly_multivalued: false,
                    });
                    clause.add(
                        WhereChild::Lookup(Box::new(Lookup {
                            name: LookupName::IsNull,
                            lhs: col,
                            rhs: Rhs::Bool(false),
                            year: false,
                        })),
                        Connector::And,
                    );
                }
                if let LookupValue::Expr(Expr::Col(c)) = &value {
                    if c.target.null {
                        clause.add(
                            WhereChild::Lookup(Box::new(Lookup {
                                name: LookupName::IsNull,
                                lhs: Expr::Col(c.clone()),
                                rhs: Rhs::Bool(false),
                                year: false,
                            })),
                            Connector::And,
                        );
                    }
                }
            }
        }
        Ok((
            clause,
            if require_outer {
                Vec::new()
            } else {
                used_joins
            },
        ))
    }

    /// `solve_lookup_type`: (lookups, field parts, annotation expression).
    fn solve_lookup_type(&self, lookup: &str) -> Result<SolvedLookup, QueryError> {
        let split: Vec<String> = lookup.split("__").map(str::to_owned).collect();
        if !self.annotations.is_empty() {
            for n in (1..=split.len()).rev() {
                let name = split[..n].join("__");
                if let Some(expr) = self.annotation(&name) {
                    return Ok((split[n..].to_vec(), Vec::new(), Some(expr.clone())));
                }
            }
        }
        let (_, _, _, rest) = self
            .names_to_path(&split, Some(self.model), true, false)
            .map_err(path_error)?;
        let field_parts = split[..split.len() - rest.len()].to_vec();
        if rest.len() > 1 && field_parts.is_empty() {
            return Err(QueryError::Field(format!(
                "Invalid lookup \"{lookup}\" for model {}\".",
                meta::object_name(self.reg, self.model)
            )));
        }
        Ok((rest, field_parts, None))
    }

    fn resolve_lookup_value(
        &mut self,
        value: &Arg,
        can_reuse: &mut Reuse,
    ) -> Result<LookupValue, QueryError> {
        Ok(match value {
            Arg::Expr(e) => match e.as_ref() {
                E::Value(Arg::Decimal(d)) => LookupValue::Expr(Expr::Decimal(d.to_sci_string())),
                E::Value(v) => LookupValue::Expr(Expr::Value(plain_value(v)?)),
                other => LookupValue::Expr(self.resolve_expr(
                    other,
                    true,
                    can_reuse.0.as_mut(),
                    false,
                )?),
            },
            Arg::QuerySet(qs) => {
                LookupValue::Query(Box::new(self.resolve_subquery(qs.query.clone())?))
            }
            Arg::List(items) => {
                let mut out = Vec::new();
                for item in items {
                    out.push(self.resolve_lookup_value(item, can_reuse)?);
                }
                LookupValue::List(out)
            }
            other => LookupValue::Plain(other.clone()),
        })
    }

    /// `split_exclude`: `NOT EXISTS(SELECT 1 ...)` for a negated condition
    /// across a multi-valued relation.
    fn split_exclude(
        &mut self,
        filter_lhs: &str,
        filter_rhs: &LookupValue,
        can_reuse: &Reuse,
        names_with_path: &[(String, Vec<PathInfo>)],
    ) -> Result<(WhereNode, Vec<String>), QueryError> {
        let mut query = Query::new(self.reg, self.model);
        let rhs = match filter_rhs {
            LookupValue::Plain(a) => a.clone(),
            LookupValue::Expr(Expr::Col(_)) | LookupValue::Expr(_) => {
                return Err(QueryError::NotSupported(
                    "F() in an exclude() across a multi-valued relation".into(),
                ))
            }
            LookupValue::List(items) => Arg::List(
                items
                    .iter()
                    .filter_map(|i| match i {
                        LookupValue::Plain(a) => Some(a.clone()),
                        _ => None,
                    })
                    .collect(),
            ),
            LookupValue::Query(_) => {
                return Err(QueryError::NotSupported(
                    "a queryset in an exclude() across a multi-valued relation".into(),
                ))
            }
        };
        query.add_q(&Q::new(Vec::new(), vec![(filter_lhs.to_owned(), rhs)]))?;
        query.clear_ordering(true, true);
        let (trimmed_prefix, contains_louter) = query.trim_start(names_with_path)?;
        let Some(Expr::Col(col)) = query.select.first().cloned() else {
            return Err(QueryError::NotSupported("this exclude()".into()));
        };
        if can_reuse.contains(&col.alias) {
            return Err(QueryError::NotSupported(
                "an exclude() reusing a join of the same filter".into(),
            ));
        }
        query.where_.add(
            WhereChild::Lookup(Box::new(Lookup {
                name: LookupName::Exact,
                lhs: Expr::Col(col),
                rhs: Rhs::Expr(Expr::OuterRef(trimmed_prefix.clone())),
                year: false,
            })),
            Connector::And,
        );
        let resolved = self.resolve_subquery(query.exists(true))?;
        let mut condition = WhereNode::default();
        condition.children.push(WhereChild::Lookup(Box::new(Lookup {
            name: LookupName::Exact,
            lhs: Expr::Exists(Box::new(resolved)),
            rhs: Rhs::Bool(true),
            year: false,
        })));
        if contains_louter {
            let mut reuse = can_reuse.clone();
            let (or_null, _) = self.build_filter(
                &format!("{trimmed_prefix}__isnull"),
                &Arg::Bool(true),
                &mut reuse,
                true,
                true,
                true,
            )?;
            condition.add(WhereChild::Node(or_null), Connector::Or);
        }
        Ok((condition, Vec::new()))
    }

    /// `trim_start`: drops the subquery's leading joins up to the first
    /// multi-valued one and selects the column the outer query matches.
    fn trim_start(
        &mut self,
        names_with_path: &[(String, Vec<PathInfo>)],
    ) -> Result<(String, bool), QueryError> {
        let all_paths: Vec<PathInfo> = names_with_path
            .iter()
            .flat_map(|(_, p)| p.iter().copied())
            .collect();
        let base = self.base_table().map(str::to_owned).unwrap_or_default();
        let lookup_tables: Vec<String> = self
            .alias_map
            .iter()
            .map(|(a, _)| a.clone())
            .filter(|a| self.lookup_joins.contains(a) || *a == base)
            .collect();
        let mut contains_louter = false;
        let mut trimmed_paths = 0;
        let mut path = all_paths.first().copied();
        for (i, p) in all_paths.iter().enumerate() {
            trimmed_paths = i;
            path = Some(*p);
            if p.m2m {
                break;
            }
            if let Some(next) = lookup_tables.get(i + 1) {
                if self.table(next).and_then(Table::join_type) == Some(JoinType::LeftOuter) {
                    contains_louter = true;
                }
            }
            if let Some(alias) = lookup_tables.get(i).cloned() {
                self.unref_alias(&alias, 1);
            }
        }
        let Some(path) = path else {
            return Err(QueryError::NotSupported("this exclude()".into()));
        };
        // The reverse relation's field: the foreign key it walks back.
        let join_field = path.join;
        let mut paths_in_prefix = trimmed_paths;
        let mut prefix: Vec<String> = Vec::new();
        for (name, p) in names_with_path {
            if paths_in_prefix < p.len() {
                break;
            }
            prefix.push(name.clone());
            paths_in_prefix -= p.len();
        }
        prefix.push(join_field.target.name.to_owned());
        let trimmed_prefix = prefix.join("__");
        let first_alias = lookup_tables
            .get(trimmed_paths + 1)
            .cloned()
            .unwrap_or_default();
        let first_louter =
            self.table(&first_alias).and_then(Table::join_type) == Some(JoinType::LeftOuter);
        let (select_field, select_alias) = if !first_louter {
            let here = lookup_tables
                .get(trimmed_paths)
                .cloned()
                .unwrap_or_default();
            self.unref_alias(&here, 1);
            (join_field.fk, first_alias)
        } else {
            (
                join_field.target,
                lookup_tables
                    .get(trimmed_paths)
                    .cloned()
                    .unwrap_or_default(),
            )
        };
        let first_live = self
            .alias_map
            .iter()
            .map(|(a, _)| a.clone())
            .find(|a| self.refcount(a) > 0);
        if let Some(alias) = first_live {
            if let Some(t) = self.table_mut(&alias) {
                let table_name = t.table_name();
                *t = Table::Base {
                    table_name,
                    alias: alias.clone(),
                };
            }
        }
        self.default_cols = false;
        self.select = vec![Expr::Col(Col {
            alias: select_alias,
            target: select_field,
            possibly_multivalued: false,
        })];
        Ok((trimmed_prefix, contains_louter))
    }

    // ------------------------------------------------------------ the rest

    pub fn set_empty(&mut self) {
        self.where_.add(WhereChild::Nothing, Connector::And);
    }

    pub fn is_sliced(&self) -> bool {
        self.low_mark != 0 || self.high_mark.is_some()
    }

    pub fn set_limits(&mut self, low: Option<usize>, high: Option<usize>) {
        if let Some(high) = high {
            self.high_mark = Some(match self.high_mark {
                Some(h) => h.min(self.low_mark + high),
                None => self.low_mark + high,
            });
        }
        if let Some(low) = low {
            self.low_mark = match self.high_mark {
                Some(h) => h.min(self.low_mark + low),
                None => self.low_mark + low,
            };
        }
        if Some(self.low_mark) == self.high_mark {
            self.set_empty();
        }
    }

    pub fn clear_limits(&mut self) {
        self.low_mark = 0;
        self.high_mark = None;
    }

    pub fn clear_ordering(&mut self, force: bool, clear_default: bool) {
        if !force && self.is_sliced() {
            return;
        }
        self.order_by.clear();
        if clear_default {
            self.default_ordering = false;
        }
    }

    pub fn clear_select_clause(&mut self) {
        self.select.clear();
        self.default_cols = false;
        self.select_related = SelectRelated::None;
        self.set_annotation_mask(Some(Vec::new()));
        self.selected = None;
    }

    pub fn clear_select_fields(&mut self) {
        self.select.clear();
        self.values_select.clear();
        self.selected = None;
    }

    /// `add_fields`: selects the named fields (joins as needed).
    pub fn add_fields(&mut self, names: &[String], allow_m2m: bool) -> Result<(), QueryError> {
        let alias = self.get_initial_alias();
        let mut cols = Vec::new();
        for name in names {
            let parts: Vec<String> = name.split("__").map(str::to_owned).collect();
            let info = match self.setup_joins(&parts, self.model, &alias, None, allow_m2m) {
                Ok(info) => info,
                Err(PathError::MultiJoin { .. }) => {
                    return Err(QueryError::Field(format!("Invalid field name: '{name}'")))
                }
                Err(PathError::Field(e)) => {
                    if name.contains("__") {
                        return Err(e);
                    }
                    let mut choices: Vec<String> = meta::field_names(self.reg, self.model)
                        .into_iter()
                        .map(str::to_owned)
                        .collect();
                    choices.extend(self.annotation_select().into_iter().map(|(k, _)| k));
                    crate::sort::sort_by(&mut choices, String::cmp);
                    return Err(QueryError::Field(format!(
                        "Cannot resolve keyword '{name}' into field. Choices are: {}",
                        choices.join(", ")
                    )));
                }
            };
            let (targets, final_alias, _) = self.trim_joins(info.targets, info.joins, &info.path);
            let col = Expr::Col(Col {
                alias: final_alias,
                target: targets[0],
                possibly_multivalued: false,
            });
            cols.push(self.transform(col, &info.transforms)?);
        }
        if !cols.is_empty() {
            self.default_cols = false;
            self.select = cols;
        }
        Ok(())
    }

    /// `add_ordering` of names and `F(...).asc()`/`.desc()` items: a name
    /// is checked now, an expression when the query compiles.
    pub fn add_ordering(&mut self, items: &[OrderItem]) -> Result<(), QueryError> {
        for item in items {
            let OrderItem::Name(item) = item else {
                continue;
            };
            if item == "?" {
                continue;
            }
            let name = item.strip_prefix('-').unwrap_or(item);
            if self.annotation(name).is_some() {
                continue;
            }
            let parts: Vec<String> = name.split("__").map(str::to_owned).collect();
            self.names_to_path(&parts, Some(self.model), true, false)
                .map_err(path_error)?;
        }
        if items.is_empty() {
            self.default_ordering = false;
        } else {
            self.order_by.extend(items.iter().cloned());
        }
        Ok(())
    }

    /// `set_group_by`.
    pub fn set_group_by(&mut self, allow_aliases: bool) {
        if allow_aliases && !self.values_select.is_empty() {
            let mut group_annotations = Vec::new();
            let mut kept_names = Vec::new();
            let mut kept_cols = Vec::new();
            for (alias, expr) in self.values_select.iter().zip(self.select.iter()) {
                if matches!(expr, Expr::Col(_)) {
                    kept_names.push(alias.clone());
                    kept_cols.push(expr.clone());
                } else {
                    group_annotations.push((alias.clone(), expr.clone()));
                }
            }
            let names: Vec<String> = group_annotations.iter().map(|(k, _)| k.clone()).collect();
            let mut annotations = group_annotations;
            annotations.append(&mut self.annotations);
            self.annotations = annotations;
            self.append_annotation_mask(&names);
            self.select = kept_cols;
            self.values_select = kept_names.clone();
            if let Some(selected) = &mut self.selected {
                for (index, name) in kept_names.iter().enumerate() {
                    match selected.iter_mut().find(|(k, _)| k == name) {
                        Some((_, v)) => *v = Selected::Column(index),
                        None => selected.push((name.clone(), Selected::Column(index))),
                    }
                }
            }
        }
        let mut group_by = self.select.clone();
        for (alias, annotation) in self.annotation_select() {
            let cols = annotation.group_by_cols();
            if cols.is_empty() {
                continue;
            }
            if allow_aliases && !annotation.contains_aggregate() {
                group_by.push(Expr::Ref(alias, Box::new(annotation)));
            } else {
                group_by.extend(cols);
            }
        }
        self.group_by = GroupBy::Exprs(group_by);
    }

    /// `set_values`.
    pub fn set_values(&mut self, fields: &[String]) -> Result<(), QueryError> {
        self.select_related = SelectRelated::None;
        self.deferred_loading = (Vec::new(), true);
        self.clear_select_fields();
        let mut selected: Vec<(String, Selected)> = Vec::new();
        let field_names: Vec<String>;
        if !fields.is_empty() {
            if self.annotations.is_empty() {
                field_names = fields.to_vec();
                selected = fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (f.clone(), Selected::Column(i)))
                    .collect();
                // Django masks the (no) annotations here too, so that a
                // later annotate() appends to the mask.
                self.set_annotation_mask(Some(Vec::new()));
            } else {
                self.default_cols = false;
                let mut names = Vec::new();
                let mut annotation_names = Vec::new();
                let annotation_select = self.annotation_select();
                for f in fields {
                    if annotation_select.iter().any(|(k, _)| k == f) {
                        annotation_names.push(f.clone());
                        selected.push((f.clone(), Selected::Annotation(f.clone())));
                    } else if self.annotation(f).is_some() {
                        return Err(QueryError::Field(format!(
                            "Cannot select the '{f}' alias. Use annotate() to promote it."
                        )));
                    } else {
                        if !annotation_select.is_empty() {
                            let parts: Vec<String> = f.split("__").map(str::to_owned).collect();
                            self.names_to_path(&parts, Some(self.model), true, false)
                                .map_err(path_error)?;
                        }
                        selected.push((f.clone(), Selected::Column(names.len())));
                        names.push(f.clone());
                    }
                }
                self.set_annotation_mask(Some(annotation_names));
                field_names = names;
            }
        } else {
            field_names = meta::concrete_fields(self.reg, self.model)
                .map(|f| f.attname().to_owned())
                .collect();
        }
        match &self.group_by {
            GroupBy::All => {
                let names: Vec<String> = meta::concrete_fields(self.reg, self.model)
                    .map(|f| f.attname().to_owned())
                    .collect();
                self.add_fields(&names, false)?;
                self.set_group_by(false);
                self.clear_select_fields();
            }
            GroupBy::Exprs(exprs) => {
                let mut out = Vec::new();
                for e in exprs {
                    match e {
                        Expr::Ref(name, source) if !selected.iter().any(|(k, _)| k == name) => {
                            let _ = source;
                            if let Some(a) = self.annotation(name) {
                                out.push(a.clone());
                            }
                        }
                        other => out.push(other.clone()),
                    }
                }
                self.group_by = GroupBy::Exprs(out);
            }
            GroupBy::None => {}
        }
        self.values_select = field_names.clone();
        self.add_fields(&field_names, true)?;
        self.selected = if fields.is_empty() {
            None
        } else {
            Some(selected)
        };
        Ok(())
    }

    pub fn add_select_related(&mut self, fields: &[String]) {
        let mut tree = match &self.select_related {
            SelectRelated::Fields(f) => SelectRelatedTree(f.clone()),
            _ => SelectRelatedTree::default(),
        };
        for field in fields {
            let mut level = &mut tree;
            for part in field.split("__") {
                level = level.entry(part);
            }
        }
        self.select_related = SelectRelated::Fields(tree.0);
    }

    pub fn add_deferred_loading(&mut self, names: &[String]) {
        let (existing, defer) = self.deferred_loading.clone();
        if defer {
            let mut all = existing;
            for n in names {
                if !all.contains(n) {
                    all.push(n.clone());
                }
            }
            self.deferred_loading = (all, true);
        } else {
            let remaining: Vec<String> = existing
                .iter()
                .filter(|n| !names.contains(n))
                .cloned()
                .collect();
            if !remaining.is_empty() {
                self.deferred_loading = (remaining, false);
            } else {
                self.deferred_loading = (Vec::new(), true);
                let new_only: Vec<String> = names
                    .iter()
                    .filter(|n| !existing.contains(n))
                    .cloned()
                    .collect();
                if !new_only.is_empty() {
                    self.deferred_loading = (new_only, true);
                }
            }
        }
    }

    pub fn add_immediate_loading(&mut self, names: &[String]) {
        let (existing, defer) = self.deferred_loading.clone();
        let mut names: Vec<String> = names
            .iter()
            .map(|n| {
                if n == "pk" {
                    meta::pk(self.reg, self.model).name.to_owned()
                } else {
                    n.clone()
                }
            })
            .collect();
        names.dedup();
        if defer {
            self.deferred_loading = (
                names
                    .into_iter()
                    .filter(|n| !existing.contains(n))
                    .collect(),
                false,
            );
        } else {
            self.deferred_loading = (names, false);
        }
    }

    /// `exists()`: the query `SELECT 1 AS "a" ... LIMIT 1` is made of.
    pub fn exists(&self, limit: bool) -> Query {
        let mut q = self.clone();
        if !(q.distinct && q.is_sliced()) {
            if q.group_by == GroupBy::All {
                let names: Vec<String> = meta::concrete_fields(self.reg, self.model)
                    .map(|f| f.attname().to_owned())
                    .collect();
                let _ = q.add_fields(&names, false);
                q.set_group_by(false);
            }
            q.clear_select_clause();
        }
        q.clear_ordering(true, true);
        if limit {
            q.set_limits(None, Some(1));
        }
        q.add_resolved_annotation("a", Expr::Value(Value::Integer(1)), true);
        q
    }

    pub fn is_empty(&self) -> bool {
        self.where_
            .children
            .iter()
            .any(|c| matches!(c, WhereChild::Nothing))
    }
}

/// Candidate alias prefixes after `prefix`: the next letter, then
/// `AA`, `AB`, ...
fn prefix_candidates(prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let first = prefix.chars().next().unwrap_or('T');
    if let Some(next) = char::from_u32(first as u32 + 1).filter(char::is_ascii_uppercase) {
        // `prefix_gen`: the next letter, the letters from it to Z, then pairs.
        out.push(next.to_string());
        out.extend((next..='Z').map(String::from));
    }
    for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            out.push(format!("{}{}", a as char, b as char));
        }
    }
    out
}

fn path_error(e: PathError) -> QueryError {
    match e {
        PathError::Field(e) => e,
        PathError::MultiJoin { .. } => QueryError::Field("Invalid multi-valued path".into()),
    }
}

/// A lookup's value once resolved.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum LookupValue {
    Plain(Arg),
    Expr(Expr),
    Query(Box<Query>),
    List(Vec<LookupValue>),
}

/// The operator Django compiles a combination with on SQLite, or a
/// refusal. A duration column with a duration (`F('length') +
/// timedelta(...)`) is plain integer SQL; a `DateTimeField` plus or minus
/// a duration is `DurationExpression` (`django_format_dtdelta`), whose
/// text the playground computes as Django's function does for naive
/// datetimes (`USE_TZ = False`; aware ones come back with an offset the
/// shell does not read) and for times (always NULL). Refused: the other
/// `DurationExpression`s (a date with a duration, a duration times a
/// number),
/// `TemporalSubtraction` (`django_timestamp_diff`), and a date, time or
/// datetime with a number (a `FieldError`).
fn temporal_arithmetic(expr: &E, a: &Expr, b: &Expr, use_tz: bool) -> Result<ArithOp, QueryError> {
    let E::Combined(ea, op, eb) = expr else {
        return Err(QueryError::NotSupported("this combination".into()));
    };
    let duration = |e: &E, x: &Expr| {
        matches!(e, E::Value(Arg::Duration(_)))
            || x.output() == Output::Column(ColumnKind::Duration)
    };
    let temporal = |x: &Expr| {
        matches!(
            x.output(),
            Output::Column(ColumnKind::DateTime | ColumnKind::Date | ColumnKind::Time)
                | Output::Date
        )
    };
    let (da, db) = (duration(ea, a), duration(eb, b));
    // A time plus a duration is NULL in Django's function (it reads
    // `HH:MM:SS` as a date and fails), whatever `USE_TZ` is.
    let dtdelta = match a.output() {
        Output::Column(ColumnKind::DateTime) => !use_tz,
        Output::Column(ColumnKind::Time) => true,
        _ => false,
    };
    if dtdelta && db {
        match op {
            ArithOp::Add => return Ok(ArithOp::DurationAdd),
            ArithOp::Sub => return Ok(ArithOp::DurationSub),
            _ => {}
        }
    }
    if temporal(a)
        || temporal(b)
        || da != db
        || (da && a.output() != Output::Column(ColumnKind::Duration))
    {
        return Err(QueryError::NotSupported(
            "this arithmetic with dates, times or durations (the playground sends a duration, a time, or a datetime under USE_TZ = False, plus or minus a duration)".into(),
        ));
    }
    Ok(*op)
}

/// `Value(x)`'s parameter.
pub(crate) fn plain_value(arg: &Arg) -> Result<Value, QueryError> {
    Ok(match arg {
        Arg::Null => Value::Null,
        Arg::Bool(b) => Value::Integer(i64::from(*b)),
        Arg::Int(i) => Value::Integer(*i),
        Arg::Float(f) => Value::Real(*f),
        Arg::Duration(micros) => Value::Integer(*micros),
        Arg::Str(s) | Arg::DateTime(s) | Arg::Date(s) => Value::Text(s.clone()),
        Arg::Decimal(d) => Value::Text(d.to_sci_string()),
        Arg::Json(_) => {
            return Err(QueryError::NotSupported(
                "a JSON value in Value() (Django needs output_field=JSONField())".into(),
            ))
        }
        Arg::List(_) | Arg::Expr(_) | Arg::QuerySet(_) => {
            return Err(QueryError::NotSupported("this value in Value()".into()))
        }
    })
}

/// The lookups every field has (`Field.get_lookups()` on SQLite).
pub(super) const FIELD_LOOKUPS: &[&str] = &[
    "contains",
    "endswith",
    "exact",
    "gt",
    "gte",
    "icontains",
    "iendswith",
    "iexact",
    "in",
    "iregex",
    "isnull",
    "istartswith",
    "lt",
    "lte",
    "range",
    "regex",
    "startswith",
];
/// The transforms `DateField` registers, which `DateTimeField` inherits.
const DATE_TRANSFORMS: &[&str] = &[
    "day",
    "iso_week_day",
    "iso_year",
    "month",
    "quarter",
    "week",
    "week_day",
    "year",
];
/// What `DateTimeField` adds to them.
const DATETIME_TRANSFORMS: &[&str] = &["date", "hour", "minute", "second", "time"];
/// A relation's only lookups (`RelatedExact`, `RelatedIn`, …).
const RELATED_LOOKUPS: &[&str] = &["exact", "gt", "gte", "in", "isnull", "lt", "lte"];

/// Django's field class of a lookup's left-hand side and the names its
/// `get_lookups()` offers. `field` is the class of the field a path ended
/// on (`ForeignKey`, `ManyToOneRel` for a reverse foreign key, or a
/// column's class), which wins over the column a join was trimmed to.
/// `None` for an expression whose field class the playground does not
/// model.
fn lhs_field(lhs: &Expr, field: Option<&'static str>) -> Option<(&'static str, Vec<&'static str>)> {
    let class = match (field, lhs) {
        (Some(class), _) => class,
        (None, Expr::Col(col)) => meta::class_name(&col.target),
        (None, Expr::Extract(..) | Expr::Func(Func::Length, _)) => "IntegerField",
        (None, Expr::TruncDate(_)) => "DateField",
        (None, Expr::TruncTime(_)) => "TimeField",
        (None, _) => return None,
    };
    let transforms: &[&[&str]] = match class {
        "ForeignKey" | "ManyToOneRel" => return Some((class, RELATED_LOOKUPS.to_vec())),
        "DateTimeField" => &[DATE_TRANSFORMS, DATETIME_TRANSFORMS],
        "DateField" => &[DATE_TRANSFORMS],
        _ => &[],
    };
    let mut names = FIELD_LOOKUPS.to_vec();
    for more in transforms {
        names.extend_from_slice(more);
    }
    Some((class, names))
}

/// `try_transform`: the transform `name` applied to `lhs`, or Django's
/// `Unsupported lookup` error naming the rest of `lookups` from `name` on
/// and suggesting close lookup names. Transforms Django has and the
/// playground does not (`__week`, `__quarter`, a date part of
/// `__date`) are said to be unsupported rather than refused.
fn try_transform(
    lhs: Expr,
    name: &str,
    lookups: Option<&[String]>,
    field: Option<&'static str>,
) -> Result<Expr, QueryError> {
    if !matches!(field, Some("ForeignKey" | "ManyToOneRel")) {
        match lhs.output() {
            Output::Column(ColumnKind::DateTime) if name == "date" => {
                return Ok(Expr::TruncDate(Box::new(lhs)));
            }
            Output::Column(ColumnKind::DateTime) if name == "time" => {
                return Ok(Expr::TruncTime(Box::new(lhs)));
            }
            Output::Column(ColumnKind::DateTime) => {
                if let Some(part) = DatePart::from_name(name) {
                    return Ok(Expr::Extract(part, Box::new(lhs)));
                }
            }
            Output::Column(ColumnKind::Date) => {
                if let Some(part) = DatePart::from_name(name).filter(|p| p.on_date()) {
                    return Ok(Expr::Extract(part, Box::new(lhs)));
                }
            }
            Output::Column(ColumnKind::Time) => {
                if let Some(part) = DatePart::from_name(name).filter(|p| p.on_time()) {
                    return Ok(Expr::Extract(part, Box::new(lhs)));
                }
            }
            _ => {}
        }
    }
    let Some((class, offered)) = lhs_field(&lhs, field) else {
        return Err(QueryError::NotSupported(format!(
            "the lookup or transform '{name}' on this expression"
        )));
    };
    if offered.contains(&name) {
        return Err(QueryError::NotSupported(format!(
            "the '{name}' transform on a {class}"
        )));
    }
    let suggested = super::suggest::close_matches(name, &offered);
    let suggestion = if suggested.is_empty() {
        ".".to_owned()
    } else {
        format!(", perhaps you meant {}?", suggested.join(" or "))
    };
    let unsupported = match lookups.and_then(|l| l.iter().position(|n| n == name)) {
        Some(at) => lookups.map(|l| l[at..].join("__")).unwrap_or_default(),
        None => name.to_owned(),
    };
    Err(QueryError::Field(format!(
        "Unsupported lookup '{unsupported}' for {class} or join on the field not permitted{suggestion}"
    )))
}

/// Prepares a plain value for a column of `output` (`get_db_prep_value`).
fn prep_value(arg: &Arg, output: Output) -> Result<Value, QueryError> {
    if output.is_decimal() {
        return decimal_prep_value(arg, output);
    }
    Ok(match (arg, output) {
        (Arg::Null, _) => Value::Null,
        // `DurationField.get_db_prep_value`: `duration_microseconds(value)`,
        // which only a timedelta has (an int or a text fails there with
        // AttributeError); another field's `get_prep_value` of a
        // timedelta fails too.
        (Arg::Duration(micros), Output::Column(ColumnKind::Duration)) => Value::Integer(*micros),
        (_, Output::Column(ColumnKind::Duration)) => return Err(QueryError::NotSupported(
            "a value other than a timedelta for a DurationField (Django fails with AttributeError)"
                .into(),
        )),
        (Arg::Duration(_), _) => {
            return Err(QueryError::NotSupported(
                "a timedelta as the value of a field other than a DurationField".into(),
            ))
        }
        // `TimeField.get_prep_value`: `to_python` parses a text
        // (`parse_time`), then `str(time)` is sent.
        (Arg::Str(s), Output::Column(ColumnKind::Time)) => {
            match crate::fixtures::values::time(&crate::fixtures::json::Json::Str(s.into())) {
                Ok(value) => value,
                Err(_) => {
                    return Err(QueryError::NotSupported(format!(
                        "the time '{s}' (Django refuses it with a ValidationError)"
                    )))
                }
            }
        }
        (
            Arg::Int(_) | Arg::Float(_) | Arg::Bool(_) | Arg::DateTime(_) | Arg::Date(_),
            Output::Column(ColumnKind::Time),
        ) => {
            return Err(QueryError::NotSupported(
                "a number, a date or a datetime as the value of a TimeField (Django fails in parse_time or takes the datetime's time)".into(),
            ))
        }
        (Arg::Decimal(d), _) => return other_prep_of_decimal(d, output),
        (Arg::Json(text), Output::Column(ColumnKind::Json)) => Value::Text(text.clone()),
        (_, Output::Column(ColumnKind::Json)) | (Arg::Json(_), _) => {
            return Err(QueryError::NotSupported(
                "this value for a JSONField here (give it to filter() or exclude() directly)"
                    .into(),
            ))
        }
        (Arg::Int(i), Output::Column(ColumnKind::Char | ColumnKind::Text) | Output::Text) => {
            Value::Text(i.to_string())
        }
        (Arg::Bool(b), Output::Column(ColumnKind::Boolean) | Output::Boolean) => {
            Value::Integer(i64::from(*b))
        }
        (Arg::Bool(b), _) => Value::Integer(i64::from(*b)),
        // `FloatField.get_prep_value` (a column or an `Avg`): `float(1)`.
        (Arg::Int(i), Output::Float | Output::Column(ColumnKind::Float)) => Value::Real(*i as f64),
        // `UUIDField.get_db_prep_value`: `to_python(value).hex`.
        (Arg::Str(s), Output::Column(ColumnKind::Uuid)) => {
            match crate::fixtures::values::uuid(&crate::fixtures::json::Json::Str(s.into())) {
                Ok(value) => value,
                Err(_) => {
                    return Err(QueryError::NotSupported(format!(
                        "the UUID '{s}' (Django refuses it with a ValidationError)"
                    )))
                }
            }
        }
        // `float(text)` by Python's rules is the interpreter's, not here.
        (Arg::Str(_), Output::Column(ColumnKind::Float)) => {
            return Err(QueryError::NotSupported(
                "a string as the value of a FloatField".into(),
            ))
        }
        (Arg::Int(i), _) => Value::Integer(*i),
        (Arg::Float(f), _) => Value::Real(*f),
        (
            Arg::Str(s),
            Output::Column(ColumnKind::Auto | ColumnKind::BigAuto | ColumnKind::ForeignKey)
            | Output::Integer,
        ) => match s.trim().parse::<i64>() {
            Ok(i) => Value::Integer(i),
            Err(_) => {
                return Err(QueryError::Value(format!(
                    "Field 'id' expected a number but got '{s}'."
                )))
            }
        },
        // `DateField.get_prep_value`: `to_python` parses the text first.
        (Arg::Str(s), Output::Column(ColumnKind::Date)) => {
            match crate::fixtures::values::date(&crate::fixtures::json::Json::Str(s.into())) {
                Ok(value) => value,
                Err(_) => {
                    return Err(QueryError::NotSupported(format!(
                        "the date '{s}' (Django refuses it with a ValidationError)"
                    )))
                }
            }
        }
        (Arg::Str(s) | Arg::DateTime(s) | Arg::Date(s), _) => Value::Text(s.clone()),
        (Arg::List(_) | Arg::Expr(_) | Arg::QuerySet(_), _) => {
            return Err(QueryError::NotSupported("a list as a single value".into()))
        }
    })
}

/// `DecimalField.get_db_prep_value`: `to_python(value)` (a float through
/// a context of `max_digits`), which Python's sqlite3 adapter sends as
/// `str(Decimal)` text; SQLite's NUMERIC affinity compares it as a number.
fn decimal_prep_value(arg: &Arg, output: Output) -> Result<Value, QueryError> {
    use crate::fixtures::json::Json;
    let json = match arg {
        Arg::Null => return Ok(Value::Null),
        Arg::Decimal(d) => return Ok(Value::Text(d.to_sci_string())),
        Arg::Bool(b) => Json::Bool(*b),
        Arg::Int(i) => Json::Int(*i),
        // An aggregate's `DecimalField()` has no `max_digits` of its own.
        Arg::Float(f) => match output {
            Output::Column(ColumnKind::Decimal { .. }) => Json::Float(*f),
            _ => {
                return Err(QueryError::NotSupported(
                    "a float compared with a decimal aggregate".into(),
                ))
            }
        },
        Arg::Str(s) => Json::Str(s.as_str().into()),
        Arg::DateTime(_) | Arg::Date(_) => {
            return Err(QueryError::NotSupported(
                "a date as the value of a DecimalField".into(),
            ))
        }
        Arg::Duration(_) => {
            return Err(QueryError::NotSupported(
                "a timedelta as the value of a DecimalField".into(),
            ))
        }
        Arg::Json(_) => {
            return Err(QueryError::NotSupported(
                "a JSON value as the value of a DecimalField".into(),
            ))
        }
        Arg::List(_) | Arg::Expr(_) | Arg::QuerySet(_) => {
            return Err(QueryError::NotSupported("a list as a single value".into()))
        }
    };
    let max_digits = match output {
        Output::Column(ColumnKind::Decimal { max_digits, .. }) => max_digits,
        _ => 28,
    };
    crate::fixtures::values::decimal(&json, max_digits).map_err(|r| {
        QueryError::NotSupported(format!(
            "the decimal '{}' (Django refuses it with a ValidationError)",
            r.value
        ))
    })
}

/// A `Decimal` given to a field of another kind: its `get_prep_value`
/// (`str()` for text, `float()`, `int()` of a whole number).
fn other_prep_of_decimal(d: &crate::decimal::Decimal, output: Output) -> Result<Value, QueryError> {
    Ok(match output {
        Output::Column(ColumnKind::Char | ColumnKind::Text) | Output::Text => {
            Value::Text(d.to_sci_string())
        }
        Output::Float | Output::Column(ColumnKind::Float) => Value::Real(d.to_f64()),
        Output::Integer
        | Output::Column(ColumnKind::Auto | ColumnKind::BigAuto | ColumnKind::ForeignKey) => {
            match d.as_i64() {
                Some(i) => Value::Integer(i),
                None => {
                    return Err(QueryError::NotSupported(
                        "a Decimal with a fraction as the value of an integer field".into(),
                    ))
                }
            }
        }
        _ => {
            return Err(QueryError::NotSupported(
                "a Decimal as the value of this field".into(),
            ))
        }
    })
}

/// `build_lookup`: the lookup (and transforms) named on `lhs`.
fn build_lookup(
    lookups: &[String],
    lhs: Expr,
    value: LookupValue,
    relation: Option<&'static str>,
) -> Result<WhereChild, QueryError> {
    let (transforms, lookup_name) = match lookups.split_last() {
        Some((last, rest)) => (rest.to_vec(), last.clone()),
        None => (Vec::new(), "exact".to_owned()),
    };
    if lhs.output() == Output::Column(ColumnKind::Json)
        && (!transforms.is_empty()
            || !matches!(lookup_name.as_str(), "exact" | "isnull")
            // `JSONExact` compares `None` as JSON null: the shell gives it
            // as `Arg::Json("null")`, never as SQL's NULL.
            || lookup_name == "exact" && matches!(value, LookupValue::Plain(Arg::Null)))
    {
        return Err(QueryError::NotSupported(format!(
            "the JSONField lookup '{}' (Django's SQL for it calls SQLite's JSON functions, which the page's SQLite leaves out; exact and isnull work)",
            lookups.join("__")
        )));
    }
    let mut lhs = lhs;
    let mut relation = relation;
    for t in &transforms {
        lhs = try_transform(lhs, t, Some(lookups), relation.take())?;
    }
    let offered = lhs_field(&lhs, relation).map(|(_, names)| names);
    let (name, lhs) = match LookupName::from_name(&lookup_name) {
        Some(name)
            if offered
                .as_ref()
                .is_none_or(|o| o.contains(&lookup_name.as_str())) =>
        {
            (name, lhs)
        }
        _ if offered
            .as_ref()
            .is_some_and(|o| o.contains(&lookup_name.as_str()))
            && matches!(lookup_name.as_str(), "regex" | "iregex") =>
        {
            return Err(QueryError::NotSupported(format!(
                "the {lookup_name} lookup"
            )))
        }
        _ => (
            LookupName::Exact,
            try_transform(lhs, &lookup_name, None, relation)?,
        ),
    };
    let year = matches!(lhs, Expr::Extract(DatePart::Year, _));
    let output = lhs.output();
    let rhs = match value {
        LookupValue::Plain(Arg::Null) => {
            if !matches!(name, LookupName::Exact | LookupName::IExact) {
                return Err(QueryError::Value("Cannot use None as a query value".into()));
            }
            return Ok(WhereChild::Lookup(Box::new(Lookup {
                name: LookupName::IsNull,
                lhs,
                rhs: Rhs::Bool(true),
                year: false,
            })));
        }
        LookupValue::Plain(Arg::Bool(b)) if name == LookupName::IsNull => Rhs::Bool(b),
        LookupValue::Plain(_) if name == LookupName::IsNull => {
            return Err(QueryError::Value(
                "The QuerySet value for an isnull lookup must be True or False.".into(),
            ))
        }
        LookupValue::Plain(Arg::Bool(b))
            if name == LookupName::Exact
                && matches!(
                    output,
                    Output::Column(ColumnKind::Boolean) | Output::Boolean
                ) =>
        {
            Rhs::Bool(b)
        }
        LookupValue::Plain(Arg::List(items)) => {
            let mut values = Vec::new();
            for item in &items {
                values.push(prep_value(item, output)?);
            }
            Rhs::Values(values)
        }
        LookupValue::List(items) => {
            let mut values = Vec::new();
            for item in items {
                match item {
                    LookupValue::Plain(a) => values.push(prep_value(&a, output)?),
                    _ => {
                        return Err(QueryError::NotSupported(
                            "expressions inside a list of values".into(),
                        ))
                    }
                }
            }
            Rhs::Values(values)
        }
        LookupValue::Plain(arg) => {
            let v = match (&arg, name.pattern(), name) {
                (Arg::Str(s), Some((before, after)), _) => {
                    Value::Text(format!("{before}{}{after}", prep_for_like(s)))
                }
                (Arg::Str(s), None, LookupName::IExact) => Value::Text(prep_for_like(s)),
                (Arg::Int(i), Some((before, after)), _) => {
                    Value::Text(format!("{before}{i}{after}"))
                }
                _ => prep_value(&arg, output)?,
            };
            Rhs::Value(v)
        }
        LookupValue::Expr(e) => Rhs::Expr(e),
        LookupValue::Query(mut q) => {
            if name == LookupName::In {
                q.clear_ordering(false, true);
                if q.selected.is_none() {
                    q.clear_select_clause();
                    q.add_fields(&["pk".to_owned()], true)?;
                }
            }
            Rhs::Expr(Expr::Subquery(q))
        }
    };
    Ok(WhereChild::Lookup(Box::new(Lookup {
        name,
        lhs,
        rhs,
        year,
    })))
}

/// `prep_for_like_query`: escapes `\`, `%` and `_`.
fn prep_for_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Django's `JoinPromoter`: votes of the children of one `Q` decide which
/// joins may stay INNER.
struct JoinPromoter {
    effective_or: bool,
    num_children: usize,
    votes: Vec<(String, usize)>,
}

impl JoinPromoter {
    fn new(connector: Connector, num_children: usize, negated: bool) -> Self {
        let effective_or = !matches!(
            (connector, negated),
            (Connector::And, false) | (Connector::Or, true)
        );
        JoinPromoter {
            effective_or,
            num_children,
            votes: Vec::new(),
        }
    }

    fn add_votes(&mut self, votes: &[String]) {
        for v in votes {
            match self.votes.iter_mut().find(|(a, _)| a == v) {
                Some((_, n)) => *n += 1,
                None => self.votes.push((v.clone(), 1)),
            }
        }
    }

    fn update_join_types(&self, query: &mut Query) -> Vec<String> {
        let mut to_promote = Vec::new();
        let mut to_demote = Vec::new();
        for (table, votes) in &self.votes {
            if self.effective_or && *votes < self.num_children {
                to_promote.push(table.clone());
            }
            if !self.effective_or || *votes == self.num_children {
                to_demote.push(table.clone());
            }
        }
        query.promote_joins(to_promote);
        query.demote_joins(to_demote.clone());
        to_demote
    }
}
