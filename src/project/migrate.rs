//! `manage.py migrate` on a fresh SQLite database for a project: the
//! migration plan, the statements Django's SQLite schema editor runs for
//! each migration, and the rows `migrate` inserts.
//!
//! The plan is Django's (`MigrationLoader` graph, leaf nodes sorted,
//! `forwards_plan`'s iterative depth-first search). Django's own apps run
//! their recorded statements (`django_apps`); the project's migrations
//! (`autodetect`) run through an emulation of the schema editor
//! (`create_model`, `add_field`, `_remake_table`, deferred indexes flushed
//! at the end of each migration or by a table rebuild). The statements
//! run on real SQLite, so `sqlite_master` (order, automatic indexes, the
//! SQL text SQLite rewrites on `ALTER TABLE`) is SQLite's own.

use std::collections::{BTreeSet, HashMap};

use rusqlite::types::Value;

use crate::db::{Database, DbError};
use crate::models::{FieldKind, Model, ModelId, Registry};
use crate::schema;

use super::autodetect::{FieldRef, MigrationDep, Op};
use super::django_apps::{self, Dep};
use super::Project;

/// A node of the migration graph: `(app_label, name)`.
pub type Key = (String, String);

/// One migration of the plan: Django's or the project's (index into
/// [`Project::migrations`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Planned {
    Django(&'static str, &'static str),
    Own(usize),
}

/// The migrations `migrate` applies, in order.
pub fn plan(project: &Project) -> Vec<(Key, Planned)> {
    let mut nodes: Vec<(Key, Planned, Vec<Key>)> = Vec::new();
    let installed = |app: &str| project.registry.has_app(app);
    let user_app = project.user_app();
    let first = |app: &str| -> Key { (app.to_owned(), "0001_initial".to_owned()) };
    for (app, name, deps) in django_apps::MIGRATIONS {
        if !installed(app) {
            continue;
        }
        let parents = deps
            .iter()
            .map(|dep| match dep {
                Dep::Node(app, "__first__") => first(app),
                Dep::Node(app, name) => ((*app).to_owned(), (*name).to_owned()),
                Dep::User => first(&user_app),
            })
            .collect();
        nodes.push((
            ((*app).to_owned(), (*name).to_owned()),
            Planned::Django(app, name),
            parents,
        ));
    }
    for (index, migration) in project.migrations.iter().enumerate() {
        let parents = migration
            .dependencies
            .iter()
            .map(|dep| match dep {
                MigrationDep::Own(app, number) => (app.clone(), format!("{number:04}_initial")),
                MigrationDep::User => first(&user_app),
                MigrationDep::DjangoLeaf(app) => django_apps::MIGRATIONS
                    .iter()
                    .rfind(|(a, _, _)| a == app)
                    .map_or_else(
                        || first(app),
                        |(a, n, _)| ((*a).to_owned(), (*n).to_owned()),
                    ),
            })
            .collect();
        nodes.push((
            (migration.app.clone(), migration.name()),
            Planned::Own(index),
            parents,
        ));
    }
    let parents_of: HashMap<&Key, &Vec<Key>> = nodes.iter().map(|(k, _, p)| (k, p)).collect();
    let mut leaves: Vec<&Key> = nodes
        .iter()
        .map(|(k, _, _)| k)
        // `leaf_nodes`: no child in the same app (each app's latest).
        .filter(|k| {
            !nodes
                .iter()
                .any(|(child, _, parents)| child.0 == k.0 && parents.contains(k))
        })
        .collect();
    crate::sort::sort_by(&mut leaves, Ord::cmp);
    let mut plan: Vec<Key> = Vec::new();
    for leaf in leaves {
        for key in forwards_plan(leaf, &parents_of) {
            if !plan.contains(&key) {
                plan.push(key);
            }
        }
    }
    plan.into_iter()
        .filter_map(|key| {
            let planned = nodes.iter().find(|(k, _, _)| *k == key)?.1.clone();
            Some((key, planned))
        })
        .collect()
}

/// `MigrationGraph.iterative_dfs`: parents in sorted order, popped from
/// the end.
fn forwards_plan(start: &Key, parents_of: &HashMap<&Key, &Vec<Key>>) -> Vec<Key> {
    let mut visited = Vec::new();
    let mut done = BTreeSet::new();
    let mut stack = vec![(start.clone(), false)];
    while let Some((node, processed)) = stack.pop() {
        if done.contains(&node) {
            continue;
        }
        if processed {
            done.insert(node.clone());
            visited.push(node);
        } else {
            let mut parents: Vec<Key> = parents_of
                .get(&node)
                .map(|p| (*p).clone())
                .unwrap_or_default();
            crate::sort::sort_by(&mut parents, Ord::cmp);
            stack.push((node, true));
            stack.extend(parents.into_iter().map(|p| (p, false)));
        }
    }
    visited
}

/// What the migration state knows of a project model while migrating:
/// its fields in state order and the options applied so far.
#[derive(Clone, Debug, Default)]
struct State {
    fields: Vec<FieldRef>,
    unique_together: Together,
    indexes: Vec<usize>,
    constraints: Vec<usize>,
}

/// Where the state's `unique_together` came from: which Python set the
/// schema editor iterates (the order of the unique indexes follows it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Together {
    #[default]
    None,
    /// The set literal of a `CreateModel`'s options.
    Created,
    /// `AlterUniqueTogether`'s `set(normalize_together(…))`.
    Altered,
}

/// The schema editor of one migration.
struct Editor<'a> {
    registry: &'a Registry,
    statements: Vec<String>,
    deferred: Vec<String>,
    states: &'a mut HashMap<ModelId, State>,
}

/// The statements `migrate` runs for each migration of the plan, in order
/// (the `django_migrations` table itself is created before them).
pub fn statements(project: &Project) -> Vec<(Key, Vec<String>)> {
    let registry = &project.registry;
    let user = registry.model(project.user);
    let default_user = user.app_label == "auth";
    let user_type = match user.pk().kind {
        FieldKind::AutoField(crate::models::AutoKind::BigAuto) => "bigint",
        _ => "integer",
    };
    let mut out = Vec::new();
    let mut states: HashMap<ModelId, State> = HashMap::new();
    for (key, planned) in plan(project) {
        let statements = match planned {
            Planned::Django(app, name) => {
                django_apps::statements(app, name, default_user, &user.db_table, user_type)
            }
            Planned::Own(index) => {
                let Some(migration) = project.migrations.get(index) else {
                    continue;
                };
                let mut editor = Editor {
                    registry,
                    statements: Vec::new(),
                    deferred: Vec::new(),
                    states: &mut states,
                };
                for op in &migration.operations {
                    editor.apply(op);
                }
                let Editor {
                    mut statements,
                    deferred,
                    ..
                } = editor;
                statements.extend(deferred);
                statements
            }
        };
        out.push((key, statements));
    }
    out
}

const DJANGO_MIGRATIONS: &str = "CREATE TABLE \"django_migrations\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"app\" varchar(255) NOT NULL, \"name\" varchar(255) NOT NULL, \"applied\" datetime NOT NULL)";

impl Editor<'_> {
    fn apply(&mut self, op: &Op) {
        let registry = self.registry;
        match op {
            Op::Create {
                model,
                fields,
                unique_together,
                indexes,
                constraints,
            } => {
                let state = State {
                    fields: fields.clone(),
                    unique_together: if *unique_together {
                        Together::Created
                    } else {
                        Together::None
                    },
                    indexes: indexes.clone(),
                    constraints: constraints.clone(),
                };
                let meta = registry.model(*model);
                let columns = concrete(meta, &state.fields);
                self.create_table(meta, &meta.db_table, &columns, &state);
                for field in fields {
                    if let FieldRef::ManyToMany(i) = field {
                        self.create_through(meta, *i);
                    }
                }
                self.states.insert(*model, state);
            }
            Op::AddField { model, field } => {
                let meta = registry.model(*model);
                match field {
                    // SQLite's `add_field` of a `through=` field (not null,
                    // not auto-created): the table is rebuilt, unchanged.
                    FieldRef::ManyToMany(i) if is_explicit(meta, *i) => self.remake(meta, None),
                    FieldRef::ManyToMany(i) => self.create_through(meta, *i),
                    FieldRef::Concrete(i) => self.add_column(meta, *i),
                }
                self.states.entry(*model).or_default().fields.push(*field);
            }
            Op::AddIndex { model, index } => {
                let meta = registry.model(*model);
                if let Some(index) = meta.indexes.get(*index) {
                    self.statements.push(index_sql(
                        meta,
                        &meta.db_table,
                        &index.name,
                        &index.fields,
                        false,
                    ));
                }
                self.states.entry(*model).or_default().indexes.push(*index);
            }
            Op::AddConstraint { model, index } => {
                self.states
                    .entry(*model)
                    .or_default()
                    .constraints
                    .push(*index);
                self.remake(registry.model(*model), None);
            }
            Op::AlterUniqueTogether { model } => {
                let meta = registry.model(*model);
                let order = crate::python::pyset::altered_order(&meta.unique_together);
                self.statements
                    .extend(unique_together_sql(meta, &meta.db_table, &order));
                self.states.entry(*model).or_default().unique_together = Together::Altered;
            }
        }
    }

    /// `create_model` without its many-to-many tables: the table, then
    /// its indexes deferred.
    fn create_table(&mut self, meta: &Model, table: &str, columns: &[usize], state: &State) {
        let mut parts: Vec<String> = columns
            .iter()
            .filter_map(|i| meta.fields.get(*i))
            .map(|field| {
                let sql = schema::column_sql(self.registry, field);
                // A self reference of a rebuilt table names the new table.
                if table != meta.db_table && field.foreign_target() == Some(meta.id) {
                    sql.replace(
                        &format!("REFERENCES \"{}\"", meta.db_table),
                        &format!("REFERENCES \"{table}\""),
                    )
                } else {
                    sql
                }
            })
            .collect();
        for index in &state.constraints {
            if let Some(constraint) = meta.unique_constraints.get(*index) {
                parts.push(format!(
                    "CONSTRAINT \"{}\" UNIQUE ({})",
                    constraint.name,
                    quoted(&columns_of(meta, &constraint.fields))
                ));
            }
        }
        self.statements
            .push(format!("CREATE TABLE \"{table}\" ({})", parts.join(", ")));
        let final_table = &meta.db_table;
        let order = match state.unique_together {
            Together::None => Vec::new(),
            Together::Created => crate::python::pyset::created_order(&meta.unique_together),
            Together::Altered => crate::python::pyset::state_order(&meta.unique_together),
        };
        self.deferred
            .extend(unique_together_sql(meta, final_table, &order));
        for i in columns {
            let Some(field) = meta.fields.get(*i) else {
                continue;
            };
            if field.db_index && !field.unique {
                self.deferred.push(index_sql(
                    meta,
                    final_table,
                    &schema::index_name(final_table, &[&field.column], ""),
                    std::slice::from_ref(&field.name),
                    false,
                ));
            }
        }
        for index in &state.indexes {
            if let Some(index) = meta.indexes.get(*index) {
                self.deferred.push(index_sql(
                    meta,
                    final_table,
                    &index.name,
                    &index.fields,
                    false,
                ));
            }
        }
    }

    /// The auto-created through table of a many-to-many field (none for
    /// a `through=` one).
    fn create_through(&mut self, meta: &Model, index: usize) {
        let Some(m2m) = meta.many_to_many.get(index).filter(|m| m.through.is_none()) else {
            return;
        };
        self.statements
            .push(schema::through_table_sql(self.registry, meta, m2m));
        self.deferred
            .extend(schema::through_indexes(m2m).into_iter().map(|o| o.sql));
    }

    /// `add_field` of a concrete field: `ALTER TABLE … ADD COLUMN` when
    /// SQLite can, else the table is rebuilt.
    fn add_column(&mut self, meta: &Model, index: usize) {
        let Some(field) = meta.fields.get(index) else {
            return;
        };
        let has_default = !matches!(field.default, crate::models::FieldDefault::Null);
        if field.unique || !field.null || has_default {
            self.remake(meta, Some(index));
            return;
        }
        self.statements.push(format!(
            "ALTER TABLE \"{}\" ADD COLUMN {}",
            meta.db_table,
            schema::column_sql(self.registry, field)
        ));
        if field.db_index && !field.unique {
            self.deferred.push(index_sql(
                meta,
                &meta.db_table,
                &schema::index_name(&meta.db_table, &[&field.column], ""),
                std::slice::from_ref(&field.name),
                false,
            ));
        }
    }

    /// `_remake_table`: a new table with the state's fields (self
    /// references cloned, so they move after the rest; a created field
    /// before them), the old one dropped, the new one renamed, and every
    /// deferred statement run.
    fn remake(&mut self, meta: &Model, create: Option<usize>) {
        let state = self.states.get(&meta.id).cloned().unwrap_or_default();
        let existing = concrete(meta, &state.fields);
        let self_ref =
            |i: &usize| meta.fields.get(*i).and_then(|f| f.foreign_target()) == Some(meta.id);
        let mut columns: Vec<usize> = existing.iter().copied().filter(|i| !self_ref(i)).collect();
        columns.extend(create);
        columns.extend(existing.iter().copied().filter(|i| self_ref(i)));
        let new_table = format!("new__{}", meta.db_table);
        // `delete_model` drops the deferred statements on the old table
        // (the new table's are still on `new__…` then, so they stay).
        let on_old = format!(" ON \"{}\" (", meta.db_table);
        self.deferred.retain(|sql| !sql.contains(&on_old));
        self.create_table(meta, &new_table, &columns, &state);
        // The copy: existing columns as they are, a created one its default.
        let mut targets = Vec::new();
        let mut values = Vec::new();
        for i in existing.iter().chain(create.iter()) {
            let Some(field) = meta.fields.get(*i) else {
                continue;
            };
            targets.push(format!("\"{}\"", field.column));
            values.push(if Some(*i) == create {
                default_sql(&field.default)
            } else {
                format!("\"{}\"", field.column)
            });
        }
        self.statements.push(format!(
            "INSERT INTO \"{new_table}\" ({}) SELECT {} FROM \"{}\"",
            targets.join(", "),
            values.join(", "),
            meta.db_table
        ));
        self.statements
            .push(format!("DROP TABLE \"{}\"", meta.db_table));
        self.statements.push(format!(
            "ALTER TABLE \"{new_table}\" RENAME TO \"{}\"",
            meta.db_table
        ));
        self.statements.append(&mut self.deferred);
    }
}

/// Whether the many-to-many field at `index` has a `through=` model.
fn is_explicit(meta: &Model, index: usize) -> bool {
    meta.many_to_many
        .get(index)
        .is_some_and(|m| m.through.is_some())
}

/// `prepare_default(effective_default(field))` for the rebuilt table's
/// copy of a column being added.
fn default_sql(default: &crate::models::FieldDefault) -> String {
    use crate::models::FieldDefault;
    match default {
        FieldDefault::Int(i) => i.to_string(),
        FieldDefault::Bool(b) => i64::from(*b).to_string(),
        FieldDefault::EmptyString => "''".into(),
        FieldDefault::Text(text) => format!("'{}'", text.replace('\'', "''")),
        _ => "NULL".into(),
    }
}

/// The concrete fields among a state's fields.
fn concrete(_meta: &Model, fields: &[FieldRef]) -> Vec<usize> {
    fields
        .iter()
        .filter_map(|f| match f {
            FieldRef::Concrete(i) => Some(*i),
            FieldRef::ManyToMany(_) => None,
        })
        .collect()
}

fn columns_of(meta: &Model, names: &[String]) -> Vec<String> {
    names
        .iter()
        .filter_map(|name| meta.field(name))
        .map(|f| f.column.clone())
        .collect()
}

fn quoted(columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn index_sql(meta: &Model, table: &str, name: &str, fields: &[String], unique: bool) -> String {
    format!(
        "CREATE {}INDEX \"{name}\" ON \"{table}\" ({})",
        if unique { "UNIQUE " } else { "" },
        quoted(&columns_of(meta, fields))
    )
}

/// One unique index per `unique_together` set, in `order` (indexes into
/// [`Model::unique_together`]).
fn unique_together_sql(meta: &Model, table: &str, order: &[usize]) -> Vec<String> {
    order
        .iter()
        .filter_map(|i| meta.unique_together.get(*i))
        .map(|names| {
            let columns = columns_of(meta, names);
            let refs: Vec<&str> = columns.iter().map(String::as_str).collect();
            let name = schema::index_name(table, &refs, "_uniq");
            index_sql(meta, table, &name, names, true)
        })
        .collect()
}

/// The content types `migrate` creates, in id order: apps in
/// `INSTALLED_APPS` order, each app's models in the order its migrations
/// created them.
pub fn content_types(project: &Project) -> Vec<ModelId> {
    let registry = &project.registry;
    let mut created: Vec<ModelId> = Vec::new();
    for migration in &project.migrations {
        for op in &migration.operations {
            if let Op::Create { model, .. } = op {
                created.push(*model);
            }
        }
    }
    let mut out = Vec::new();
    for app in registry.app_labels() {
        let own: Vec<ModelId> = created
            .iter()
            .copied()
            .filter(|id| registry.model(*id).app_label == app)
            .collect();
        if own.is_empty() {
            out.extend(registry.of_app(app));
        } else {
            out.extend(own);
        }
    }
    out
}

/// Runs `migrate` on an empty database as Django does: each migration's
/// statements, then its `django_migrations` row; at the end the content
/// types and permissions (`post_migrate`). Replaying in Django's order
/// leaves `sqlite_sequence` as Django leaves it too.
///
/// # Errors
/// SQLite's error if a statement fails (tables already there).
pub fn migrate(db: &Database, project: &Project, applied: &str) -> Result<(), DbError> {
    db.execute_batch_unlogged("BEGIN")?;
    let result = run(db, project, applied);
    match result {
        Ok(()) => db.execute_batch_unlogged("COMMIT"),
        Err(error) => {
            let _ = db.execute_batch_unlogged("ROLLBACK");
            Err(error)
        }
    }
}

fn run(db: &Database, project: &Project, applied: &str) -> Result<(), DbError> {
    let text = |s: &str| Value::Text(s.to_owned());
    db.execute_batch_unlogged(DJANGO_MIGRATIONS)?;
    for ((app, name), statements) in statements(project) {
        for statement in statements {
            db.execute_batch_unlogged(&statement)?;
        }
        db.execute_unlogged(
            "INSERT INTO \"django_migrations\" (\"app\", \"name\", \"applied\") VALUES (%s, %s, %s)",
            &[text(&app), text(&name), text(applied)],
        )?;
    }
    let content_types = content_types(project);
    for (index, id) in content_types.iter().enumerate() {
        let meta = project.registry.model(*id);
        db.execute_unlogged(
            "INSERT INTO \"django_content_type\" (\"id\", \"app_label\", \"model\") VALUES (%s, %s, %s)",
            &[Value::Integer(index as i64 + 1), text(&meta.app_label), text(&meta.model_name)],
        )?;
    }
    for (index, id) in content_types.iter().enumerate() {
        let meta = project.registry.model(*id);
        for (codename, name) in schema::default_permissions(meta) {
            db.execute_unlogged(
                "INSERT INTO \"auth_permission\" (\"name\", \"content_type_id\", \"codename\") VALUES (%s, %s, %s)",
                &[Value::Text(name), Value::Integer(index as i64 + 1), Value::Text(codename)],
            )?;
        }
    }
    Ok(())
}
