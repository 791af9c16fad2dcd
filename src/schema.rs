//! The SQLite schema Django 5.2's `migrate` creates for a registry's models,
//! and the rows `migrate` leaves behind (applied migrations, content types,
//! permissions).
//!
//! The DDL is generated from a [`Registry`] with Django's SQLite schema
//! editor rules (column types, inline `REFERENCES ... DEFERRABLE INITIALLY
//! DEFERRED`, index names hashed with `names_digest`). The lesson's tables
//! come in the order its migration history leaves `sqlite_master` in
//! ([`LESSON_LAYOUT`], an override for [`Registry::lesson`] only); other
//! registries get one session per model. A golden test compares the
//! lesson's result with what real Django produced.

use md5::{Digest, Md5};
use rusqlite::types::Value;

use crate::db::{Database, DbError};
use crate::models::{lesson, AutoKind, Field, FieldKind, ManyToMany, Model, ModelId, Registry};

/// The migration recorder's own table, created before anything else.
const DJANGO_MIGRATIONS_DDL: &str = "CREATE TABLE \"django_migrations\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"app\" varchar(255) NOT NULL, \"name\" varchar(255) NOT NULL, \"applied\" datetime NOT NULL)";

/// The migrations `migrate` applies, in the order it applies them.
pub const MIGRATIONS: [(&str, &str); 16] = [
    ("contenttypes", "0001_initial"),
    ("contenttypes", "0002_remove_content_type_name"),
    ("auth", "0001_initial"),
    ("auth", "0002_alter_permission_name_max_length"),
    ("auth", "0003_alter_user_email_max_length"),
    ("auth", "0004_alter_user_username_opts"),
    ("auth", "0005_alter_user_last_login_null"),
    ("auth", "0006_require_contenttypes_0002"),
    ("auth", "0007_alter_validators_add_error_messages"),
    ("auth", "0008_alter_user_username_max_length"),
    ("auth", "0009_alter_user_last_name_max_length"),
    ("auth", "0010_alter_group_name_max_length"),
    ("auth", "0011_update_proxy_permissions"),
    ("auth", "0012_alter_user_first_name_max_length"),
    ("accounts", "0001_initial"),
    ("articles", "0001_initial"),
];

/// A table the schema editor creates: a model's own or an auto-created
/// many-to-many through table.
#[derive(Clone, Copy, Debug)]
enum Unit<'a> {
    Model(ModelId),
    Through(ModelId, &'a str),
}

/// Tables grouped by the schema-editor session (migration) that last
/// (re)built them. Within a group, tables come first and their indexes
/// after, because Django defers index creation to the end of the session.
/// `auth_permission` and `auth_group` were rebuilt by later `auth`
/// migrations, so they come after `auth_group_permissions`; through tables
/// follow the migration's field order (related fields sorted by name).
const LESSON_LAYOUT: &[&[Unit]] = &[
    &[Unit::Model(lesson::CONTENT_TYPE)],
    &[Unit::Through(lesson::GROUP, "permissions")],
    &[Unit::Model(lesson::PERMISSION)],
    &[Unit::Model(lesson::GROUP)],
    &[
        Unit::Model(lesson::USER),
        Unit::Through(lesson::USER, "followings"),
        Unit::Through(lesson::USER, "groups"),
        Unit::Through(lesson::USER, "user_permissions"),
    ],
    &[
        Unit::Model(lesson::ARTICLE),
        Unit::Through(lesson::ARTICLE, "like_users"),
        Unit::Model(lesson::COMMENT),
    ],
];

/// The schema-editor sessions that create `registry`'s tables: the
/// lesson's history, or else one `0001_initial` per model in registry
/// order with its through tables sorted by field name.
fn layout(registry: &Registry) -> Vec<Vec<Unit<'_>>> {
    if registry.is_lesson() {
        return LESSON_LAYOUT.iter().map(|group| group.to_vec()).collect();
    }
    registry
        .models()
        .map(|meta| {
            let mut throughs: Vec<&str> =
                meta.many_to_many.iter().map(|m| m.name.as_str()).collect();
            crate::sort::sort_by(&mut throughs, |a, b| a.cmp(b));
            std::iter::once(Unit::Model(meta.id))
                .chain(
                    throughs
                        .into_iter()
                        .map(|name| Unit::Through(meta.id, name)),
                )
                .collect()
        })
        .collect()
}

/// One `CREATE` statement as it appears in `sqlite_master`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SchemaObject {
    /// `table` or `index`.
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub tbl_name: String,
    pub sql: String,
}

/// Every `CREATE` statement `migrate` runs for `registry`, in Django's order.
pub fn ddl(registry: &Registry) -> Vec<SchemaObject> {
    let mut out = vec![table_object(
        "django_migrations",
        DJANGO_MIGRATIONS_DDL.into(),
    )];
    for group in layout(registry) {
        let mut deferred = Vec::new();
        for unit in group {
            match unit {
                Unit::Model(id) => {
                    let meta = registry.model(id);
                    out.push(table_object(
                        &meta.db_table,
                        model_table_sql(registry, meta),
                    ));
                    deferred.extend(model_indexes(meta));
                }
                Unit::Through(id, name) => {
                    let meta = registry.model(id);
                    if let Some(m2m) = meta.m2m(name) {
                        out.push(table_object(
                            &m2m.through_table,
                            through_table_sql(registry, meta, m2m),
                        ));
                        deferred.extend(through_indexes(m2m));
                    }
                }
            }
        }
        out.extend(deferred);
    }
    out
}

fn table_object(name: &str, sql: String) -> SchemaObject {
    SchemaObject {
        kind: "table".into(),
        name: name.into(),
        tbl_name: name.into(),
        sql,
    }
}

pub(crate) fn index_object(table: &str, columns: &[&str], unique: bool) -> SchemaObject {
    let name = index_name(table, columns, if unique { "_uniq" } else { "" });
    let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
    let sql = format!(
        "CREATE {}INDEX \"{name}\" ON \"{table}\" ({})",
        if unique { "UNIQUE " } else { "" },
        quoted.join(", ")
    );
    SchemaObject {
        kind: "index".into(),
        name,
        tbl_name: table.into(),
        sql,
    }
}

fn model_table_sql(registry: &Registry, meta: &Model) -> String {
    let columns: Vec<String> = meta
        .table_columns()
        .iter()
        .filter_map(|column| meta.fields.iter().find(|f| f.column == *column))
        .map(|field| column_sql(registry, field))
        .collect();
    format!(
        "CREATE TABLE \"{}\" ({})",
        meta.db_table,
        columns.join(", ")
    )
}

pub(crate) fn through_table_sql(registry: &Registry, owner: &Model, m2m: &ManyToMany) -> String {
    format!(
        "CREATE TABLE \"{}\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, {}, {})",
        m2m.through_table,
        reference_sql(registry.model(owner.id), &m2m.source_column),
        reference_sql(registry.model(m2m.to), &m2m.target_column)
    )
}

/// One column of a `CREATE TABLE` as Django's SQLite schema editor writes
/// it (`table_sql`): type, `NULL`/`NOT NULL`, `PRIMARY KEY` or `UNIQUE`,
/// the type's `CHECK`, `AUTOINCREMENT`, then an inline `REFERENCES`.
pub(crate) fn column_sql(registry: &Registry, field: &Field) -> String {
    let mut sql = format!("\"{}\" {}", field.column, column_type(registry, field));
    sql.push_str(if field.null { " NULL" } else { " NOT NULL" });
    if field.is_primary_key() {
        sql.push_str(" PRIMARY KEY");
    } else if field.unique {
        sql.push_str(" UNIQUE");
    }
    match field.kind {
        FieldKind::Integer(kind) if kind.is_positive() => {
            sql.push_str(&format!(" CHECK (\"{}\" >= 0)", field.column));
        }
        FieldKind::Json => sql.push_str(&format!(
            " CHECK ((JSON_VALID(\"{0}\") OR \"{0}\" IS NULL))",
            field.column
        )),
        FieldKind::AutoField(_) => sql.push_str(" AUTOINCREMENT"),
        FieldKind::ForeignKey { to } => {
            let target = registry.model(to);
            sql.push_str(&format!(
                " REFERENCES \"{}\" (\"{}\") DEFERRABLE INITIALLY DEFERRED",
                target.db_table,
                target.pk().column
            ));
        }
        _ => {}
    }
    sql
}

/// Django's SQLite `data_types` for a field (a foreign key takes its
/// target's key type: `rel_db_type`).
fn column_type(registry: &Registry, field: &Field) -> String {
    match field.kind {
        FieldKind::AutoField(_) => "integer".into(),
        FieldKind::ForeignKey { to } => match registry.model(to).pk().kind {
            FieldKind::AutoField(AutoKind::BigAuto) => "bigint".into(),
            FieldKind::AutoField(AutoKind::Auto) => "integer".into(),
            _ => column_type(registry, registry.model(to).pk()),
        },
        FieldKind::Char {
            max_length: Some(max_length),
            ..
        } => format!("varchar({max_length})"),
        FieldKind::Char {
            max_length: None, ..
        } => "varchar".to_owned(),
        FieldKind::Text | FieldKind::Json => "text".into(),
        FieldKind::Boolean => "bool".into(),
        FieldKind::DateTime => "datetime".into(),
        FieldKind::Integer(kind) => kind.sql_type().into(),
        FieldKind::Float => "real".into(),
        FieldKind::Decimal { .. } => "decimal".into(),
        FieldKind::Date => "date".into(),
        FieldKind::Time => "time".into(),
        FieldKind::Duration => "bigint".into(),
        FieldKind::Uuid => "char(32)".into(),
    }
}

/// A foreign key column of a through table: its type follows the
/// target's auto field.
fn reference_sql(target: &Model, column: &str) -> String {
    let sql_type = match target.auto_kind() {
        AutoKind::Auto => "integer",
        AutoKind::BigAuto => "bigint",
    };
    format!(
        "\"{column}\" {sql_type} NOT NULL REFERENCES \"{}\" (\"{}\") DEFERRABLE INITIALLY DEFERRED",
        target.db_table,
        target.pk().column
    )
}

fn model_indexes(meta: &Model) -> Vec<SchemaObject> {
    let mut out = Vec::new();
    for names in &meta.unique_together {
        let together: Vec<&str> = names
            .iter()
            .filter_map(|name| meta.field(name))
            .map(|field| field.column.as_str())
            .collect();
        if !together.is_empty() {
            out.push(index_object(&meta.db_table, &together, true));
        }
    }
    for column in meta.table_columns() {
        let is_fk = meta
            .fields
            .iter()
            .any(|f| f.column == *column && f.foreign_target().is_some());
        if is_fk {
            out.push(index_object(&meta.db_table, &[column], false));
        }
    }
    out
}

pub(crate) fn through_indexes(m2m: &ManyToMany) -> Vec<SchemaObject> {
    let table = &m2m.through_table;
    vec![
        index_object(table, &[&m2m.source_column, &m2m.target_column], true),
        index_object(table, &[&m2m.source_column], false),
        index_object(table, &[&m2m.target_column], false),
    ]
}

/// Django's `BaseDatabaseSchemaEditor._create_index_name`: table, columns
/// and an 8-hex-digit `names_digest` of them. SQLite has no name length
/// limit short enough to trigger Django's shortening.
pub fn index_name(table: &str, columns: &[&str], suffix: &str) -> String {
    let mut parts = vec![table];
    parts.extend_from_slice(columns);
    let hex = names_digest(&parts, 8);
    format!("{table}_{}_{hex}{suffix}", columns.join("_"))
}

/// Django's `names_digest`: the first `length` hex digits of the MD5 of
/// the arguments, concatenated.
pub fn names_digest(args: &[&str], length: usize) -> String {
    let mut hasher = Md5::new();
    for arg in args {
        hasher.update(arg.as_bytes());
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    hex.chars().take(length).collect()
}

/// Creates the schema and the rows `migrate` inserts, in one transaction.
///
/// `applied` is the `django_migrations.applied` timestamp, in Django's
/// storage format (`2024-03-04 14:44:00.123000`).
///
/// # Errors
/// [`DbError`] if the database already has tables of the same name, or
/// SQLite fails.
pub fn migrate(db: &Database, applied: &str) -> Result<(), DbError> {
    let mut script = String::from("BEGIN;\n");
    for object in ddl(db.registry()) {
        script.push_str(&object.sql);
        script.push_str(";\n");
    }
    script.push_str("COMMIT;");
    db.execute_batch_unlogged(&script)?;
    insert_migration_rows(db, applied)?;
    Ok(())
}

fn insert_migration_rows(db: &Database, applied: &str) -> Result<(), DbError> {
    db.execute_batch_unlogged("BEGIN")?;
    let result = (|| {
        let registry = db.registry();
        let migrations = if registry.is_lesson() {
            &MIGRATIONS[..]
        } else {
            &[]
        };
        for (app, name) in migrations {
            db.execute_unlogged(
                "INSERT INTO \"django_migrations\" (\"app\", \"name\", \"applied\") VALUES (%s, %s, %s)",
                &[text(app), text(name), text(applied)],
            )?;
        }
        // `contenttypes` and `auth` add these rows after `migrate`; a
        // project without those apps has no such tables.
        let content_types = registry.has_app("contenttypes");
        for (index, meta) in registry.models().enumerate().filter(|_| content_types) {
            let content_type = index as i64 + 1;
            db.execute_unlogged(
                "INSERT INTO \"django_content_type\" (\"id\", \"app_label\", \"model\") VALUES (%s, %s, %s)",
                &[Value::Integer(content_type), text(&meta.app_label), text(&meta.model_name)],
            )?;
        }
        let permissions = content_types && registry.has_app("auth");
        for (index, meta) in registry.models().enumerate().filter(|_| permissions) {
            for (codename, name) in default_permissions(meta) {
                db.execute_unlogged(
                    "INSERT INTO \"auth_permission\" (\"name\", \"content_type_id\", \"codename\") VALUES (%s, %s, %s)",
                    &[Value::Text(name), Value::Integer(index as i64 + 1), Value::Text(codename)],
                )?;
            }
        }
        // Rebuilding auth_group in auth 0010 copies its (empty) rows and
        // leaves a sequence entry behind; mirror it so the files match.
        if registry.is_lesson() {
            db.execute_unlogged(
                "INSERT INTO \"sqlite_sequence\" (\"name\", \"seq\") VALUES ('auth_group', 0)",
                &[],
            )?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => db.execute_batch_unlogged("COMMIT"),
        Err(err) => {
            // The rollback's own failure would hide the cause; report the cause.
            let _ = db.execute_batch_unlogged("ROLLBACK");
            Err(err)
        }
    }
}

/// `Meta.default_permissions` (add, change, delete, view) as
/// `(codename, name)` pairs, as `create_permissions` makes them.
pub fn default_permissions(meta: &Model) -> Vec<(String, String)> {
    ["add", "change", "delete", "view"]
        .iter()
        .map(|action| {
            (
                format!("{action}_{}", meta.model_name),
                format!("Can {action} {}", meta.verbose_name),
            )
        })
        .collect()
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

/// Reads `sqlite_master` back in creation order, the form the golden file
/// has (`sqlite_sequence` and automatic indexes included).
pub fn read_sqlite_master(db: &Database) -> Result<Vec<SchemaObject>, DbError> {
    let rows = db.select_unlogged(
        "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY rowid",
        &[],
    )?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let text_at = |i: usize| match row.get(i) {
                Some(Value::Text(s)) => s.clone(),
                _ => String::new(),
            };
            SchemaObject {
                kind: text_at(0),
                name: text_at(1),
                tbl_name: text_at(2),
                sql: text_at(3),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn index_names_match_django() {
        let cases = [
            (
                "articles_article",
                &["user_id"][..],
                "",
                "articles_article_user_id_6310b975",
            ),
            (
                "accounts_user_followings",
                &["from_user_id", "to_user_id"][..],
                "_uniq",
                "accounts_user_followings_from_user_id_to_user_id_57b6b0f2_uniq",
            ),
            (
                "django_content_type",
                &["app_label", "model"][..],
                "_uniq",
                "django_content_type_app_label_model_76bd3d3b_uniq",
            ),
        ];
        for (table, columns, suffix, expected) in cases {
            assert_eq!(index_name(table, columns, suffix), expected);
        }
    }

    #[test]
    fn migrate_creates_tables_and_seed_rows() {
        let db = Database::open_in_memory().expect("open");
        migrate(&db, "2024-01-01 00:00:00.000000").expect("migrate");
        let count = |sql: &str| db.scalar_i64(sql, &[]).expect("count");
        assert_eq!(count("SELECT COUNT(*) FROM django_migrations"), 16);
        assert_eq!(count("SELECT COUNT(*) FROM django_content_type"), 6);
        assert_eq!(count("SELECT COUNT(*) FROM auth_permission"), 24);
        assert_eq!(count("SELECT COUNT(*) FROM accounts_user"), 0);
    }
}
