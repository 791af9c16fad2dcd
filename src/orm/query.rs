//! `QuerySet`: a lazy description of a query and its compiler to the exact
//! SQL text Django 5.2's SQLite compiler produces (column lists, quoting,
//! JOIN and GROUP BY forms, `%s` placeholders).
//!
//! Only the lesson's subset: `filter` with exact and `__in` lookups,
//! `order_by`, `select_related` of forward foreign keys, `annotate(Count())`
//! of a reverse foreign key, and the scopes related managers add.

use rusqlite::types::Value;

use super::{lesson_model, OrmError};
use crate::models::{FieldKind, Model, ModelId, ReverseRelation};

/// A column qualified by its table, rendered `"table"."column"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub table: &'static str,
    pub column: &'static str,
}

impl Column {
    fn sql(self) -> String {
        format!("\"{}\".\"{}\"", self.table, self.column)
    }
}

/// A WHERE condition.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    Exact(Column, Value),
    In(Column, Vec<Value>),
}

impl Condition {
    fn sql(&self, params: &mut Vec<Value>) -> String {
        match self {
            Condition::Exact(column, value) => {
                params.push(value.clone());
                format!("{} = %s", column.sql())
            }
            Condition::In(column, values) => {
                params.extend(values.iter().cloned());
                let marks = vec!["%s"; values.len()].join(", ");
                format!("{} IN ({marks})", column.sql())
            }
        }
    }
}

/// The restriction a related manager puts on its queryset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A reverse foreign key manager: `WHERE child.fk = pk`.
    ReverseForeignKey { column: Column, pk: i64 },
    /// A many-to-many manager: `INNER JOIN through ON (model.id =
    /// through.join) WHERE through.filter = pk`.
    ManyToMany {
        through: &'static str,
        join_column: &'static str,
        filter_column: &'static str,
        pk: i64,
    },
}

/// `Prefetch(accessor, queryset=...)`: a reverse foreign key to fill after
/// the main query, with its own queryset options.
#[derive(Clone, Debug, PartialEq)]
pub struct Prefetch {
    /// The reverse accessor (`comment_set`).
    pub accessor: &'static str,
    /// `select_related` of the prefetch queryset.
    pub select_related: Vec<&'static str>,
}

/// A lazy query over one model.
#[derive(Clone, Debug, PartialEq)]
pub struct QuerySet {
    pub model: ModelId,
    pub(crate) scope: Option<Scope>,
    pub(crate) conditions: Vec<Condition>,
    /// `(column, descending)`.
    pub(crate) order_by: Vec<(Column, bool)>,
    /// Forward foreign key names joined in (`select_related('user')`).
    pub(crate) select_related: Vec<&'static str>,
    /// Reverse relations counted (`annotate(Count('comment'))`), by query name.
    pub(crate) counts: Vec<&'static str>,
    pub(crate) prefetch: Vec<Prefetch>,
    /// The first builder error, reported when the queryset runs.
    pub(crate) error: Option<OrmError>,
}

/// `Model.objects`: the start of every queryset.
pub fn objects(model: ModelId) -> QuerySet {
    QuerySet {
        model,
        scope: None,
        conditions: Vec::new(),
        order_by: Vec::new(),
        select_related: Vec::new(),
        counts: Vec::new(),
        prefetch: Vec::new(),
        error: None,
    }
}

impl QuerySet {
    fn meta(&self) -> &'static Model {
        lesson_model(self.model)
    }

    fn fail(mut self, error: OrmError) -> Self {
        self.error.get_or_insert(error);
        self
    }

    /// The column a lookup name refers to: `pk`, a field name or a foreign
    /// key's attname.
    fn column(&self, name: &str) -> Option<Column> {
        let meta = self.meta();
        let field = if name == "pk" {
            Some(meta.pk())
        } else {
            meta.fields
                .iter()
                .find(|f| f.name == name || f.column == name)
        }?;
        Some(Column {
            table: &meta.db_table,
            column: &field.column,
        })
    }

    /// `filter(name=value)`: an exact lookup.
    pub fn filter(self, name: &str, value: impl Into<Value>) -> Self {
        match self.column(name) {
            Some(column) => {
                let mut qs = self;
                qs.conditions.push(Condition::Exact(column, value.into()));
                qs
            }
            None => {
                let model = self.model;
                self.fail(OrmError::UnknownField {
                    model,
                    field: name.to_owned(),
                })
            }
        }
    }

    /// `filter(name__in=values)`.
    pub fn filter_in(self, name: &str, values: Vec<Value>) -> Self {
        match self.column(name) {
            Some(column) => {
                let mut qs = self;
                qs.conditions.push(Condition::In(column, values));
                qs
            }
            None => {
                let model = self.model;
                self.fail(OrmError::UnknownField {
                    model,
                    field: name.to_owned(),
                })
            }
        }
    }

    /// `order_by('-pk', 'title')`.
    pub fn order_by(self, names: &[&str]) -> Self {
        let mut qs = self;
        qs.order_by.clear();
        for name in names {
            let (descending, name) = match name.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, *name),
            };
            match qs.column(name) {
                Some(column) => qs.order_by.push((column, descending)),
                None => {
                    let model = qs.model;
                    return qs.fail(OrmError::UnknownField {
                        model,
                        field: (*name).to_owned(),
                    });
                }
            }
        }
        qs
    }

    /// `select_related('user')`: join forward foreign keys in.
    pub fn select_related(self, names: &[&str]) -> Self {
        let mut qs = self;
        for name in names {
            let field = qs
                .meta()
                .fields
                .iter()
                .find(|f| f.name == *name && f.foreign_target().is_some());
            match field {
                Some(field) => qs.select_related.push(&field.name),
                None => {
                    let model = qs.model;
                    return qs.fail(OrmError::NotARelation {
                        model,
                        name: (*name).to_owned(),
                    });
                }
            }
        }
        qs
    }

    /// `annotate(Count('comment'))`: count a reverse foreign key per row,
    /// readable as `comment__count`.
    pub fn annotate_count(self, query_name: &str) -> Self {
        let relation = self
            .meta()
            .reverse_relations
            .iter()
            .find(|r| r.query_name == query_name);
        match relation {
            Some(relation) => {
                let mut qs = self;
                qs.counts.push(&relation.query_name);
                qs
            }
            None => {
                let model = self.model;
                self.fail(OrmError::NotARelation {
                    model,
                    name: query_name.to_owned(),
                })
            }
        }
    }

    /// `prefetch_related('comment_set')` or, with `select_related`,
    /// `prefetch_related(Prefetch('comment_set',
    /// queryset=Comment.objects.select_related('user')))`.
    pub fn prefetch_related(self, accessor: &str, select_related: &[&str]) -> Self {
        let relation = self
            .meta()
            .reverse_relations
            .iter()
            .find(|r| r.accessor == accessor);
        match relation {
            Some(relation) => {
                let child = lesson_model(relation.from);
                let mut chosen = Vec::new();
                for name in select_related {
                    match child
                        .fields
                        .iter()
                        .find(|f| f.name == *name && f.foreign_target().is_some())
                    {
                        Some(field) => chosen.push(field.name.as_str()),
                        None => {
                            return self.fail(OrmError::NotARelation {
                                model: relation.from,
                                name: (*name).to_owned(),
                            })
                        }
                    }
                }
                let mut qs = self;
                qs.prefetch.push(Prefetch {
                    accessor: &relation.accessor,
                    select_related: chosen,
                });
                qs
            }
            None => {
                let model = self.model;
                self.fail(OrmError::NotARelation {
                    model,
                    name: accessor.to_owned(),
                })
            }
        }
    }

    pub(crate) fn check(&self) -> Result<(), OrmError> {
        match &self.error {
            Some(error) => Err(error.clone()),
            None => Ok(()),
        }
    }

    /// The model's own column list followed by each `select_related`
    /// model's, as Django's compiler lists them.
    fn select_columns(&self) -> Vec<String> {
        let meta = self.meta();
        let mut columns: Vec<String> = own_columns(meta);
        for name in &self.select_related {
            if let Some(target) = meta.field(name).and_then(|f| f.foreign_target()) {
                columns.extend(own_columns(lesson_model(target)));
            }
        }
        columns
    }

    /// The reverse relations `annotate(Count(...))` names, in order.
    fn counted_relations(&self) -> impl Iterator<Item = &'static ReverseRelation> + '_ {
        let meta = self.meta();
        self.counts.iter().filter_map(move |query_name| {
            meta.reverse_relations
                .iter()
                .find(|r| r.query_name == *query_name)
        })
    }

    fn tables_clause(&self) -> String {
        let meta = self.meta();
        let mut sql = format!(" FROM \"{}\"", meta.db_table);
        if let Some(Scope::ManyToMany {
            through,
            join_column,
            ..
        }) = self.scope
        {
            sql.push_str(&format!(
                " INNER JOIN \"{through}\" ON (\"{}\".\"{}\" = \"{through}\".\"{join_column}\")",
                meta.db_table,
                meta.pk().column
            ));
        }
        for relation in self.counted_relations() {
            let child = lesson_model(relation.from);
            let fk = child
                .field(&relation.field)
                .map(|f| f.column.as_str())
                .unwrap_or_default();
            sql.push_str(&format!(
                " LEFT OUTER JOIN \"{child}\" ON (\"{table}\".\"{pk}\" = \"{child}\".\"{fk}\")",
                child = child.db_table,
                table = meta.db_table,
                pk = meta.pk().column,
            ));
        }
        for name in &self.select_related {
            if let Some(field) = meta.field(name) {
                if let FieldKind::ForeignKey { to } = field.kind {
                    let target = lesson_model(to);
                    sql.push_str(&format!(
                        " INNER JOIN \"{t}\" ON (\"{table}\".\"{col}\" = \"{t}\".\"{pk}\")",
                        t = target.db_table,
                        table = meta.db_table,
                        col = field.column,
                        pk = target.pk().column
                    ));
                }
            }
        }
        sql
    }

    fn where_clause(&self, params: &mut Vec<Value>) -> String {
        let mut parts = Vec::new();
        match self.scope {
            Some(Scope::ReverseForeignKey { column, pk }) => {
                parts.push(Condition::Exact(column, Value::Integer(pk)).sql(params));
            }
            Some(Scope::ManyToMany {
                through,
                filter_column,
                pk,
                ..
            }) => {
                let column = Column {
                    table: through,
                    column: filter_column,
                };
                parts.push(Condition::Exact(column, Value::Integer(pk)).sql(params));
            }
            None => {}
        }
        for condition in &self.conditions {
            parts.push(condition.sql(params));
        }
        match parts.len() {
            0 => String::new(),
            1 => format!(" WHERE {}", parts[0]),
            _ => format!(" WHERE ({})", parts.join(" AND ")),
        }
    }

    fn order_clause(&self) -> String {
        if self.order_by.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = self
            .order_by
            .iter()
            .map(|(column, descending)| {
                format!(
                    "{} {}",
                    column.sql(),
                    if *descending { "DESC" } else { "ASC" }
                )
            })
            .collect();
        format!(" ORDER BY {}", parts.join(", "))
    }

    /// The SELECT that iterating the queryset sends, with an optional
    /// `LIMIT` (21 for `get()`).
    pub fn select_sql(&self, limit: Option<u32>) -> (String, Vec<Value>) {
        let mut params = Vec::new();
        let mut columns = self.select_columns();
        for relation in self.counted_relations() {
            let child = lesson_model(relation.from);
            columns.push(format!(
                "COUNT(\"{}\".\"{}\") AS \"{}__count\"",
                child.db_table,
                child.pk().column,
                relation.query_name
            ));
        }
        let mut sql = format!("SELECT {}", columns.join(", "));
        sql.push_str(&self.tables_clause());
        sql.push_str(&self.where_clause(&mut params));
        if !self.counts.is_empty() {
            sql.push_str(&format!(" GROUP BY {}", self.select_columns().join(", ")));
        }
        sql.push_str(&self.order_clause());
        if let Some(limit) = limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        (sql, params)
    }

    /// `count()`: `SELECT COUNT(*) AS "__count"`, ordering dropped.
    pub fn count_sql(&self) -> (String, Vec<Value>) {
        let mut params = Vec::new();
        let mut sql = String::from("SELECT COUNT(*) AS \"__count\"");
        sql.push_str(&self.tables_clause());
        sql.push_str(&self.where_clause(&mut params));
        (sql, params)
    }

    /// `exists()`: `SELECT 1 AS "a" ... LIMIT 1`, the 1 as a parameter.
    pub fn exists_sql(&self) -> (String, Vec<Value>) {
        let mut params = vec![Value::Integer(1)];
        let mut sql = String::from("SELECT %s AS \"a\"");
        sql.push_str(&self.tables_clause());
        sql.push_str(&self.where_clause(&mut params));
        sql.push_str(" LIMIT 1");
        (sql, params)
    }
}

/// `"table"."column"` for every concrete field, in declaration order.
pub fn own_columns(meta: &'static Model) -> Vec<String> {
    meta.fields
        .iter()
        .map(|f| {
            Column {
                table: &meta.db_table,
                column: &f.column,
            }
            .sql()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::lesson;

    const ARTICLE_COLUMNS: &str = "\"articles_article\".\"id\", \"articles_article\".\"user_id\", \"articles_article\".\"title\", \"articles_article\".\"content\", \"articles_article\".\"created_at\", \"articles_article\".\"updated_at\"";

    #[test]
    fn compiles_like_django() {
        let (sql, params) = objects(lesson::ARTICLE).order_by(&["-pk"]).select_sql(None);
        assert_eq!(
            sql,
            format!("SELECT {ARTICLE_COLUMNS} FROM \"articles_article\" ORDER BY \"articles_article\".\"id\" DESC")
        );
        assert!(params.is_empty());

        let (sql, _) = objects(lesson::ARTICLE)
            .annotate_count("comment")
            .order_by(&["-pk"])
            .select_sql(None);
        assert_eq!(
            sql,
            format!(
                "SELECT {ARTICLE_COLUMNS}, COUNT(\"articles_comment\".\"id\") AS \"comment__count\" FROM \"articles_article\" LEFT OUTER JOIN \"articles_comment\" ON (\"articles_article\".\"id\" = \"articles_comment\".\"article_id\") GROUP BY {ARTICLE_COLUMNS} ORDER BY \"articles_article\".\"id\" DESC"
            )
        );
    }

    #[test]
    fn unknown_names_are_errors_not_panics() {
        let qs = objects(lesson::ARTICLE)
            .filter("nope", 1)
            .order_by(&["-pk"]);
        assert_eq!(
            qs.check(),
            Err(OrmError::UnknownField {
                model: lesson::ARTICLE,
                field: "nope".into()
            })
        );
    }
}
