//! What the query engine asks of the models: Django's `Options` (`_meta`)
//! as far as queries need it.
//!
//! Everything the engine knows about models goes through the few functions
//! here (`get_field`, `path_infos`, `concrete_fields`, `pk`, `db_table`,
//! `ordering`, `field_names`), each given the registry the query was built
//! on (the database's, [`crate::db::Database::registry`]). Auto-created many-to-many
//! through tables are described here too: Django gives them a model of
//! their own, `models.rs` only their table and columns.

use crate::models::{AutoKind, Field, FieldKind, ManyToMany, ModelId, Registry};

/// The value type of a column, as far as lookups and expressions care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// `AutoField`.
    Auto,
    /// `BigAutoField`.
    BigAuto,
    Char,
    Text,
    Boolean,
    DateTime,
    /// `DateField`: `YYYY-MM-DD` text.
    Date,
    /// `FloatField`: a REAL.
    Float,
    /// `UUIDField`: 32 hex digits.
    Uuid,
    /// `TimeField`: `HH:MM:SS[.ffffff]` text.
    Time,
    /// `DurationField`: a bigint of microseconds.
    Duration,
    /// `JSONField`: `json.dumps` text; only `exact` on the whole value and
    /// `isnull` (Django's other lookups on SQLite call JSON functions the
    /// page's SQLite leaves out).
    Json,
    /// `DecimalField`: NUMERIC affinity, sent as `str(Decimal)` text.
    Decimal {
        max_digits: u32,
        places: u32,
    },
    ForeignKey,
    /// A field class of an own project the ORM does not convert yet.
    Other,
}

/// A column-backed field: a model's concrete field or a through table's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnField {
    /// The owning table (`db_table`).
    pub table: &'static str,
    /// The attribute name (`user` for a foreign key).
    pub name: &'static str,
    pub column: &'static str,
    pub kind: ColumnKind,
    pub null: bool,
    pub primary_key: bool,
}

impl ColumnField {
    fn of(reg: &'static Registry, model: ModelId, field: &'static Field) -> ColumnField {
        let kind = match field.kind {
            FieldKind::AutoField(AutoKind::Auto) => ColumnKind::Auto,
            FieldKind::AutoField(AutoKind::BigAuto) => ColumnKind::BigAuto,
            FieldKind::Char { .. } => ColumnKind::Char,
            FieldKind::Text => ColumnKind::Text,
            FieldKind::Boolean => ColumnKind::Boolean,
            FieldKind::DateTime => ColumnKind::DateTime,
            FieldKind::Date => ColumnKind::Date,
            FieldKind::Float => ColumnKind::Float,
            FieldKind::Uuid => ColumnKind::Uuid,
            FieldKind::Time => ColumnKind::Time,
            FieldKind::Duration => ColumnKind::Duration,
            FieldKind::Decimal {
                max_digits,
                decimal_places,
            } => ColumnKind::Decimal {
                max_digits,
                places: decimal_places,
            },
            FieldKind::Json => ColumnKind::Json,
            FieldKind::ForeignKey { .. } => ColumnKind::ForeignKey,
            // An own project's other field classes (issue 14): plain
            // columns until the ORM learns their conversions.
            FieldKind::Integer(_) => ColumnKind::Other,
        };
        ColumnField {
            table: db_table(reg, model),
            name: &field.name,
            column: &field.column,
            kind,
            null: field.null,
            primary_key: field.is_primary_key(),
        }
    }

    /// `attname`: the column's attribute (`user_id` for a foreign key).
    pub fn attname(&self) -> &'static str {
        self.column
    }
}

/// A foreign key column and the primary key it points at: the unit joins
/// are made of. Walking it `direct`ly goes from the key to its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JoinField {
    /// The foreign key (on a model or a through table).
    pub fk: ColumnField,
    /// The primary key it points at.
    pub target: ColumnField,
    /// From the key's table to the target's (forward) or back (reverse).
    pub direct: bool,
}

impl JoinField {
    /// `(parent column, joined column)` of the ON clause.
    pub fn join_cols(&self) -> (&'static str, &'static str) {
        if self.direct {
            (self.fk.column, self.target.column)
        } else {
            (self.target.column, self.fk.column)
        }
    }

    /// The table this join brings in.
    pub fn joined_table(&self) -> &'static str {
        if self.direct {
            self.target.table
        } else {
            self.fk.table
        }
    }
}

/// One step of a relation walk (Django's `PathInfo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathInfo {
    /// The model reached, `None` for a through table.
    pub to: Option<ModelId>,
    /// The field on the reached table a filter compares (its primary key).
    pub target: ColumnField,
    pub join: JoinField,
    /// Whether the step can multiply rows.
    pub m2m: bool,
    pub direct: bool,
}

/// What `Model._meta.get_field(name)` finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaField {
    /// A concrete field; `to` for a foreign key.
    Column {
        field: ColumnField,
        to: Option<ModelId>,
    },
    /// A `ManyToManyField` declared on `owner`.
    ManyToMany {
        owner: ModelId,
        m2m: &'static ManyToMany,
    },
    /// The reverse side of a `ManyToManyField` declared on `owner`.
    ManyToManyRel {
        owner: ModelId,
        m2m: &'static ManyToMany,
    },
    /// The reverse side of a foreign key on `from`.
    ReverseForeignKey { from: ModelId, fk: ColumnField },
}

impl MetaField {
    /// Whether it is a relation (`field.is_relation`).
    pub fn is_relation(&self) -> bool {
        !matches!(self, MetaField::Column { to: None, .. })
    }
}

/// Django's field class of a column, as its errors name it
/// (`Unsupported lookup 'foo' for BigAutoField`). The lesson's models do
/// not record `EmailField`: `AbstractUser.email` is the one there is.
pub fn class_name(c: &ColumnField) -> &'static str {
    match c.kind {
        ColumnKind::Auto => "AutoField",
        ColumnKind::BigAuto => "BigAutoField",
        ColumnKind::Char if c.name == "email" => "EmailField",
        ColumnKind::Char => "CharField",
        ColumnKind::Text => "TextField",
        // A field kind the query engine has no lookups of its own for
        // (issue 14's new kinds): Django's base lookups apply.
        ColumnKind::Other => "Field",
        ColumnKind::Boolean => "BooleanField",
        ColumnKind::DateTime => "DateTimeField",
        ColumnKind::Date => "DateField",
        ColumnKind::Float => "FloatField",
        ColumnKind::Uuid => "UUIDField",
        ColumnKind::Time => "TimeField",
        ColumnKind::Duration => "DurationField",
        ColumnKind::Decimal { .. } => "DecimalField",
        ColumnKind::Json => "JSONField",
        ColumnKind::ForeignKey => "ForeignKey",
    }
}

/// The model's table.
pub fn db_table(reg: &'static Registry, model: ModelId) -> &'static str {
    &reg.model(model).db_table
}

/// The model's class name (`Article`), for messages.
pub fn object_name(reg: &'static Registry, model: ModelId) -> &'static str {
    &reg.model(model).object_name
}

/// `Meta.ordering` (none of the lesson's models declares one).
pub fn ordering(reg: &'static Registry, model: ModelId) -> &'static [String] {
    &reg.model(model).ordering
}

/// The primary key.
pub fn pk(reg: &'static Registry, model: ModelId) -> ColumnField {
    ColumnField::of(reg, model, reg.model(model).pk())
}

/// `_meta.concrete_fields`, in declaration order.
pub fn concrete_fields(
    reg: &'static Registry,
    model: ModelId,
) -> impl Iterator<Item = ColumnField> {
    reg.model(model)
        .fields
        .iter()
        .map(move |f| ColumnField::of(reg, model, f))
}

/// The model a concrete foreign key points at.
pub fn foreign_target(
    reg: &'static Registry,
    model: ModelId,
    field: &ColumnField,
) -> Option<ModelId> {
    reg.model(model).field(field.name)?.foreign_target()
}

/// `_meta.get_field(name)`: concrete fields, many-to-many fields and
/// reverse relations by their query name.
pub fn get_field(reg: &'static Registry, model: ModelId, name: &str) -> Option<MetaField> {
    let meta = reg.model(model);
    // `_forward_fields_map` holds attnames too (`user_id`).
    let concrete = meta
        .field(name)
        .or_else(|| meta.fields.iter().find(|f| f.column == name));
    if let Some(field) = concrete {
        return Some(MetaField::Column {
            field: ColumnField::of(reg, model, field),
            to: field.foreign_target(),
        });
    }
    if let Some(m2m) = meta.m2m(name) {
        return Some(MetaField::ManyToMany { owner: model, m2m });
    }
    if let Some(relation) = meta.reverse_relations.iter().find(|r| r.query_name == name) {
        let from = relation.from;
        let fk = reg.model(from).field(&relation.field)?;
        return Some(MetaField::ReverseForeignKey {
            from,
            fk: ColumnField::of(reg, from, fk),
        });
    }
    for owner in reg.models() {
        for m2m in &owner.many_to_many {
            if m2m.to == model && related_query_name(m2m) == name {
                return Some(MetaField::ManyToManyRel {
                    owner: owner.id,
                    m2m,
                });
            }
        }
    }
    None
}

/// The name a reverse many-to-many is queried by (see
/// [`ManyToMany::related_query_name`]).
fn related_query_name(m2m: &'static ManyToMany) -> &'static str {
    &m2m.related_query_name
}

/// Every name `get_field` accepts, sorted, for "Choices are: ...".
pub fn field_names(reg: &'static Registry, model: ModelId) -> Vec<&'static str> {
    let meta = reg.model(model);
    let mut names: Vec<&'static str> = Vec::new();
    for field in &meta.fields {
        names.push(&field.name);
        if field.foreign_target().is_some() {
            names.push(&field.column);
        }
    }
    names.extend(meta.many_to_many.iter().map(|m| m.name.as_str()));
    names.extend(meta.reverse_relations.iter().map(|r| r.query_name.as_str()));
    for owner in reg.models() {
        for m2m in &owner.many_to_many {
            if m2m.to == model {
                names.push(related_query_name(m2m));
            }
        }
    }
    crate::sort::sort_by(&mut names, |a, b| a.cmp(b));
    names.dedup();
    names
}

/// The name of a through table's foreign key field (`article` for
/// `article_id`, `from_user` for `from_user_id`).
fn through_field_name(column: &'static str) -> &'static str {
    column.strip_suffix("_id").unwrap_or(column)
}

/// A through table's foreign key column (`from_user_id`).
pub fn through_fk(m2m: &'static ManyToMany, column: &'static str) -> ColumnField {
    ColumnField {
        table: &m2m.through_table,
        name: through_field_name(column),
        column,
        kind: ColumnKind::ForeignKey,
        null: false,
        primary_key: false,
    }
}

fn through_pk(m2m: &'static ManyToMany) -> ColumnField {
    ColumnField {
        table: &m2m.through_table,
        name: "id",
        column: "id",
        kind: match m2m.through_auto {
            AutoKind::Auto => ColumnKind::Auto,
            AutoKind::BigAuto => ColumnKind::BigAuto,
        },
        null: false,
        primary_key: true,
    }
}

/// The forward step along a foreign key.
fn forward(reg: &'static Registry, fk: ColumnField, to: ModelId) -> PathInfo {
    let target = pk(reg, to);
    PathInfo {
        to: Some(to),
        target,
        join: JoinField {
            fk,
            target,
            direct: true,
        },
        m2m: false,
        direct: true,
    }
}

/// The reverse step along a foreign key on `from`'s table, pointing at `target`.
fn reverse(
    fk: ColumnField,
    target: ColumnField,
    from: Option<ModelId>,
    from_pk: ColumnField,
) -> PathInfo {
    PathInfo {
        to: from,
        target: from_pk,
        join: JoinField {
            fk,
            target,
            direct: false,
        },
        m2m: true,
        direct: false,
    }
}

/// The joins a relation field walks (`field.path_infos`); empty for a
/// plain column.
pub fn path_infos(reg: &'static Registry, model: ModelId, field: &MetaField) -> Vec<PathInfo> {
    match *field {
        MetaField::Column { to: None, .. } => Vec::new(),
        MetaField::Column {
            field,
            to: Some(to),
        } => vec![forward(reg, field, to)],
        MetaField::ReverseForeignKey { from, fk } => {
            vec![reverse(fk, pk(reg, model), Some(from), pk(reg, from))]
        }
        MetaField::ManyToMany { owner, m2m } => {
            let source = through_fk(m2m, &m2m.source_column);
            let target = through_fk(m2m, &m2m.target_column);
            vec![
                reverse(source, pk(reg, owner), None, through_pk(m2m)),
                forward(reg, target, m2m.to),
            ]
        }
        MetaField::ManyToManyRel { owner, m2m } => {
            let source = through_fk(m2m, &m2m.source_column);
            let target = through_fk(m2m, &m2m.target_column);
            vec![
                reverse(target, pk(reg, m2m.to), None, through_pk(m2m)),
                forward(reg, source, owner),
            ]
        }
    }
}
