//! Django's system checks on the fields the playground reads: what
//! `manage.py makemigrations` (and `migrate`, `runserver`) stops with a
//! `SystemCheckError` before doing anything. Django reports every issue at
//! once, sorted as its `check` command sorts them, so the playground does
//! too: a learner mends them all in one pass, not one per upload.
//!
//! The checks are the ones `Field.check()` runs on what a `models.py` can
//! say that the playground reads: fields.E130 and E132 (a `DecimalField`
//! without `decimal_places` or `max_digits`), E160 (`auto_now`, `auto_now_add`
//! and `default` together) and E320/E321 (`SET_NULL` on a field that
//! cannot be null, `SET_DEFAULT` without a default), E300 and E307 (a
//! relation to a model that is not there, and its lazy reference); and
//! the model's own, `Model._check_local_fields` on `unique_together`,
//! `indexes` and `constraints`: models.E012 (a field that does not exist)
//! and E013 (a many-to-many field). Not fields.E120: on SQLite a
//! `CharField` needs no `max_length` (Django 5.2's
//! `supports_unlimited_charfield`).

use super::error::ProjectError;
use super::models_py::{FieldClass, FieldDecl, ModelDecl, Target};
use crate::models::OnDelete;

/// One entry Django prints under `ERRORS:`, at its place in the project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckIssue {
    pub file: String,
    pub line: u32,
    /// Django's `str()` of the check message: `app.Model.field: (fields.E320)
    /// message`, then `\n\tHINT: hint` when the check gives one.
    pub entry: String,
}

/// A failed check: its id, Django's message and hint.
type Failed = (&'static str, String, Option<&'static str>);

/// What the checks need to know of the project's models: the installed
/// apps' labels and whether one of them has a model of a name (any case).
pub(super) struct Installed<'a> {
    pub apps: &'a [&'a str],
    pub model: &'a dyn Fn(&str, &str) -> bool,
}

/// The issues of every field of `decl`, a concrete model of the app
/// labelled `app` read from `file` (inherited fields are checked as the
/// model's own, as Django checks the copies).
pub(super) fn model_issues(
    file: &str,
    app: &str,
    decl: &ModelDecl,
    installed: &Installed,
    out: &mut Issues,
) {
    for (stage, message) in meta_checks(decl) {
        let issue = CheckIssue {
            file: file.to_owned(),
            line: decl.line,
            entry: format!("{app}.{}: {message}", decl.name),
        };
        match stage {
            Stage::Makemigrations => out.makemigrations.push(issue),
            Stage::Migrate => out.migrate.push(issue),
        }
    }
    for field in &decl.fields {
        let label = format!("{app}.{}.{}", decl.name, field.name);
        let own = field_checks(field).into_iter().map(|f| (label.clone(), f));
        let failed: Vec<(String, Failed)> = own
            .chain(relation_checks(app, &decl.name, field, installed))
            .collect();
        for (label, (id, message, hint)) in failed {
            let mut entry = format!("{label}: ({id}) {message}");
            if let Some(hint) = hint {
                entry.push_str("\n\tHINT: ");
                entry.push_str(hint);
            }
            out.makemigrations.push(CheckIssue {
                file: file.to_owned(),
                line: field.line,
                entry,
            });
        }
    }
}

/// Django names an index without a name when the model class is created,
/// from its fields' columns: one naming no field fails the import, before
/// any check runs (`FieldDoesNotExist`, as Django 5.2 words it).
pub(super) fn unnamed_indexes(file: &str, decl: &ModelDecl) -> Result<(), ProjectError> {
    let unnamed = decl
        .meta
        .indexes
        .iter()
        .filter(|index| index.name.is_none());
    for name in unnamed.flat_map(|index| &index.fields) {
        if field_named(decl, name).is_none() {
            return Err(ProjectError::invalid(
                file,
                decl.line,
                format!(
                    "{} has no field named '{name}'. The app cache isn't ready yet, so if this is an auto-created related field, it won't be available yet.",
                    decl.name
                ),
            ));
        }
    }
    Ok(())
}

/// Which command's checks find an issue: `makemigrations` runs the checks
/// without a database, `migrate` those that need one too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Makemigrations,
    Migrate,
}

/// The issues found, in two groups: `makemigrations` runs the checks
/// without a database and stops on their issues; `migrate` runs those
/// that need one too (a constraint's fields), and stops on any.
#[derive(Debug, Default)]
pub(super) struct Issues {
    makemigrations: Vec<CheckIssue>,
    migrate: Vec<CheckIssue>,
}

/// `SystemCheckError` with every issue of the command that stops first, in
/// the order Django prints them (its `check` command sorts the entries'
/// text), or nothing to refuse.
pub(super) fn refuse(found: Issues) -> Result<(), ProjectError> {
    let Issues {
        makemigrations: mut issues,
        migrate,
    } = found;
    if issues.is_empty() {
        issues = migrate;
    }
    if issues.is_empty() {
        return Ok(());
    }
    crate::sort::sort_by(&mut issues, |a, b| a.entry.cmp(&b.entry));
    Err(ProjectError::checks(issues))
}

/// `Model._check_local_fields` for each option that names fields: a name
/// that is no field of the model (models.E012), or a many-to-many one
/// (models.E013). A foreign key's attname (`author_id`) is a field to
/// Django; a name given twice is reported twice, except within one
/// constraint, which `UniqueConstraint._check` gathers into a set first.
fn meta_checks(decl: &ModelDecl) -> Vec<(Stage, String)> {
    let meta = &decl.meta;
    let mut constraint_fields: Vec<&String> = Vec::new();
    for (_, fields) in &meta.unique_constraints {
        for (at, name) in fields.iter().enumerate() {
            if !fields[..at].contains(name) {
                constraint_fields.push(name);
            }
        }
    }
    let options = meta
        .unique_together
        .iter()
        .flatten()
        .map(|name| ("unique_together", Stage::Makemigrations, name))
        .chain(
            meta.indexes
                .iter()
                .flat_map(|index| &index.fields)
                .map(|name| ("indexes", Stage::Makemigrations, name)),
        )
        // `_check_constraints` runs per database: `migrate`'s checks.
        .chain(
            constraint_fields
                .into_iter()
                .map(|name| ("constraints", Stage::Migrate, name)),
        );
    let mut messages = Vec::new();
    for (option, stage, name) in options {
        match field_named(decl, name) {
            Some(Named::Many) => messages.push((stage, format!(
                "(models.E013) '{option}' refers to a ManyToManyField '{name}', but ManyToManyFields are not permitted in '{option}'."
            ))),
            Some(Named::Concrete) => {}
            None => messages.push((stage, format!(
                "(models.E012) '{option}' refers to the nonexistent field '{name}'."
            ))),
        }
    }
    messages
}

/// What a name in a model's options is among its fields.
enum Named {
    Concrete,
    Many,
}

/// The field of `decl` called `name` (or a foreign key's attname), with
/// the implicit `id` and what `AbstractUser` brings.
fn field_named(decl: &ModelDecl, name: &str) -> Option<Named> {
    let own = decl.fields.iter().find(|f| {
        f.name == name
            || (f.class.is_relation()
                && f.class != FieldClass::ManyToMany
                && name.strip_suffix("_id") == Some(f.name.as_str()))
    });
    if let Some(field) = own {
        return Some(if field.class == FieldClass::ManyToMany {
            Named::Many
        } else {
            Named::Concrete
        });
    }
    if name == "id" && !decl.fields.iter().any(|f| f.options.primary_key) {
        return Some(Named::Concrete);
    }
    if decl.abstract_user {
        if matches!(name, "groups" | "user_permissions") {
            return Some(Named::Many);
        }
        if super::django_apps::abstract_user_fields()
            .iter()
            .any(|f| f.name == name)
        {
            return Some(Named::Concrete);
        }
    }
    None
}

fn field_checks(field: &FieldDecl) -> Vec<Failed> {
    let o = &field.options;
    let mut failed = Vec::new();
    match field.class {
        FieldClass::Decimal => {
            // `_check_decimal_places_and_max_digits` only runs when both
            // are given, which the reader requires to be numbers.
            if o.decimal_places.is_none() {
                failed.push((
                    "fields.E130",
                    "DecimalFields must define a 'decimal_places' attribute.".into(),
                    None,
                ));
            }
            if o.max_digits.is_none() {
                failed.push((
                    "fields.E132",
                    "DecimalFields must define a 'max_digits' attribute.".into(),
                    None,
                ));
            }
        }
        FieldClass::Date | FieldClass::DateTime | FieldClass::Time
            if usize::from(o.auto_options) + usize::from(o.default.is_some()) > 1 =>
        {
            failed.push((
                "fields.E160",
                "The options auto_now, auto_now_add, and default are mutually exclusive. Only one of these options may be present.".into(),
                None,
            ));
        }
        _ => {}
    }
    match &o.on_delete {
        Some(OnDelete::SetNull) if !o.null => failed.push((
            "fields.E320",
            "Field specifies on_delete=SET_NULL, but cannot be null.".into(),
            Some("Set null=True argument on the field, or change the on_delete rule."),
        )),
        // `has_default()`: `default=None` is a default.
        Some(OnDelete::SetDefault) if o.default.is_none() => failed.push((
            "fields.E321",
            "Field specifies on_delete=SET_DEFAULT, but has no default value.".into(),
            Some("Set a default value, or change the on_delete rule."),
        )),
        _ => {}
    }
    failed
}

/// `RelatedField._check_relation_model_exists` (fields.E300) and the apps
/// registry's lazy reference check (fields.E307) for a relation whose
/// target model is not there; a many-to-many field's intermediary model
/// (`Model_field`, no `through=`) has a lazy reference of its own. Each
/// with its label. (A `through=` model that is not there is refused as
/// the project is built.)
fn relation_checks(
    app: &str,
    model_name: &str,
    field: &FieldDecl,
    installed: &Installed,
) -> Vec<(String, Failed)> {
    let Some(Target::Label {
        app: target_app,
        model,
    }) = &field.options.target
    else {
        return Vec::new();
    };
    if !field.class.is_relation() {
        return Vec::new();
    }
    let written = match target_app {
        Some(a) => format!("{a}.{model}"),
        None => model.clone(),
    };
    let target_app = target_app.as_deref().unwrap_or(app);
    if (installed.model)(target_app, model) {
        return Vec::new();
    }
    let lower = model.to_lowercase();
    let why = if installed.apps.contains(&target_app) {
        format!("app '{target_app}' doesn't provide model '{lower}'")
    } else {
        format!("app '{target_app}' isn't installed")
    };
    let lazy = |label: &str| -> Failed {
        (
            "fields.E307",
            format!("The field {label} was declared with a lazy reference to '{target_app}.{lower}', but {why}."),
            None,
        )
    };
    let label = format!("{app}.{model_name}.{}", field.name);
    let mut failed = vec![
        (
            label.clone(),
            (
                "fields.E300",
                format!("Field defines a relation with model '{written}', which is either not installed, or is abstract."),
                None,
            ),
        ),
        (label.clone(), lazy(&label)),
    ];
    if field.class == FieldClass::ManyToMany && field.options.through.is_none() {
        // Django's intermediary model names its key to the target after
        // the target (`to_` first when both models share the name).
        let key = if lower == model_name.to_lowercase() {
            format!("to_{lower}")
        } else {
            lower.clone()
        };
        let through = format!("{app}.{model_name}_{}.{key}", field.name);
        failed.push((through.clone(), lazy(&through)));
    }
    failed
}
