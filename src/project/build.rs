//! A project's [`Registry`]: the models of its `models.py` files and of
//! Django's apps, in `INSTALLED_APPS` order, with every relation resolved
//! to a [`ModelId`] as Django's app registry resolves it.

use std::collections::HashMap;

use crate::models::{
    AutoKind, Field, FieldDefault, FieldKind, FileClass, Index, ManyToMany, Model, ModelId,
    OnDelete, Registry, ReverseRelation, StrMethod,
};

use super::checks;
use super::django_apps::{self, DjangoIds};
use super::error::ProjectError;
use super::models_py::{FieldClass, FieldDecl, FieldOptions, ModelDecl, Target};
use super::settings::Settings;
use crate::datetime::{TimeSettings, TimeZone};

/// An installed app: Django's or one of the project's, with its models.
#[derive(Clone, Debug)]
pub enum App {
    /// `django.contrib.<label>`.
    Django(String),
    /// A project app: its label, its `models.py` path and models, and its
    /// `AppConfig.default_auto_field` if `apps.py` sets one.
    Own {
        label: String,
        file: String,
        models: Vec<ModelDecl>,
        auto_field: Option<AutoKind>,
    },
}

impl App {
    pub fn label(&self) -> &str {
        match self {
            App::Django(label) | App::Own { label, .. } => label,
        }
    }
}

pub use crate::models::DJANGO_APPS;

/// Third-party apps learners install that have no models (template tags,
/// form helpers, tools): installed, they add no table, migration or
/// content type, so a project listing them is read as if they were not.
pub const MODELLESS_APPS: [&str; 10] = [
    "django_bootstrap5",
    "bootstrap5",
    "bootstrap4",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_extensions",
    "debug_toolbar",
    "widget_tweaks",
    "imagekit",
    "rest_framework",
];

/// A model's place while the registry is built: its app and, for a project
/// model, its declaration.
struct Slot<'a> {
    app: &'a str,
    auto_field: AutoKind,
    decl: Option<(&'a str, &'a ModelDecl)>,
    django: Option<&'static str>,
}

/// Builds the registry of `apps` (in `INSTALLED_APPS` order).
///
/// # Errors
/// A relation to a model that does not exist, a user model that is not an
/// `AbstractUser`, `auth` or `contenttypes` missing.
pub fn registry(
    settings_path: &str,
    settings: &Settings,
    apps: &[App],
) -> Result<Registry, ProjectError> {
    let installed = |label: &str| apps.iter().any(|a| a.label() == label);
    for needed in ["auth", "contenttypes"] {
        if !installed(needed) {
            return Err(ProjectError::unsupported(
                settings_path,
                0,
                format!("a project without django.contrib.{needed} in INSTALLED_APPS"),
            ));
        }
    }
    let swapped = settings.auth_user_model != "auth.User";
    let mut slots: Vec<Slot> = Vec::new();
    for app in apps {
        match app {
            App::Django(label) => {
                let names: &[&'static str] = match label.as_str() {
                    "admin" => &["LogEntry"],
                    "auth" if swapped => &["Permission", "Group"],
                    "auth" => &["Permission", "Group", "User"],
                    "contenttypes" => &["ContentType"],
                    "sessions" => &["Session"],
                    _ => &[],
                };
                for name in names {
                    slots.push(Slot {
                        app: label,
                        auto_field: AutoKind::Auto,
                        decl: None,
                        django: Some(name),
                    });
                }
            }
            App::Own {
                label,
                file,
                models,
                auto_field,
            } => {
                for decl in models {
                    slots.push(Slot {
                        app: label,
                        auto_field: auto_field.unwrap_or(settings.default_auto_field),
                        decl: Some((file, decl)),
                        django: None,
                    });
                }
            }
        }
    }
    let id_of = |app: &str, name: &str| {
        slots
            .iter()
            .position(|slot| {
                slot.app == app
                    && match (slot.decl, slot.django) {
                        (Some((_, decl)), _) => decl.name.eq_ignore_ascii_case(name),
                        (None, Some(django)) => django.eq_ignore_ascii_case(name),
                        _ => false,
                    }
            })
            .and_then(|i| u16::try_from(i).ok())
            .map(ModelId::from_index)
    };
    let (user_app, user_name) = settings
        .auth_user_model
        .split_once('.')
        .unwrap_or(("auth", "User"));
    let user = id_of(user_app, user_name).ok_or_else(|| {
        ProjectError::invalid(
            settings_path,
            0,
            format!(
                "AUTH_USER_MODEL refers to model '{}' that has not been installed",
                settings.auth_user_model
            ),
        )
    })?;
    let missing =
        |what: &str| ProjectError::invalid(settings_path, 0, format!("{what} is not installed"));
    let ids = DjangoIds {
        log_entry: id_of("admin", "LogEntry"),
        permission: id_of("auth", "Permission").ok_or_else(|| missing("auth.Permission"))?,
        group: id_of("auth", "Group").ok_or_else(|| missing("auth.Group"))?,
        user,
        content_type: id_of("contenttypes", "ContentType")
            .ok_or_else(|| missing("contenttypes.ContentType"))?,
        session: id_of("sessions", "Session"),
    };
    let names: Vec<String> = slots
        .iter()
        .map(|slot| match (slot.decl, slot.django) {
            (Some((_, decl)), _) => decl.name.to_lowercase(),
            (None, Some(name)) => name.to_lowercase(),
            _ => String::new(),
        })
        .collect();
    // Django's system checks, all at once, before anything is built
    // (after what fails as the classes are created).
    for slot in &slots {
        if let Some((file, decl)) = slot.decl {
            checks::unnamed_indexes(file, decl)?;
        }
    }
    let labels: Vec<&str> = apps.iter().map(App::label).collect();
    let has_model = |app: &str, name: &str| id_of(app, name).is_some();
    let installed = checks::Installed {
        apps: &labels,
        model: &has_model,
    };
    let mut issues = checks::Issues::default();
    for slot in &slots {
        if let Some((file, decl)) = slot.decl {
            checks::model_issues(file, slot.app, decl, &installed, &mut issues);
        }
    }
    checks::refuse(issues)?;
    let mut reverse = Vec::new();
    let mut throughs = Vec::new();
    let mut models = Vec::with_capacity(slots.len());
    for (index, slot) in slots.iter().enumerate() {
        let id = ModelId::from_index(u16::try_from(index).unwrap_or(u16::MAX));
        let model = match (slot.decl, slot.django) {
            (Some((file, decl)), _) => {
                if id == user && !decl.abstract_user {
                    return Err(ProjectError::unsupported(
                        file,
                        decl.line,
                        format!(
                            "a user model ({}) that is not an AbstractUser subclass",
                            decl.name
                        ),
                    ));
                }
                if id != user && decl.abstract_user {
                    return Err(ProjectError::unsupported(
                        file,
                        decl.line,
                        format!(
                            "an AbstractUser subclass ({}) that is not AUTH_USER_MODEL",
                            decl.name
                        ),
                    ));
                }
                let context = Context {
                    settings,
                    ids: &ids,
                    names: &names,
                    id_of: &id_of,
                };
                own_model(
                    &context,
                    id,
                    (slot.app, slot.auto_field),
                    file,
                    decl,
                    &mut reverse,
                    &mut throughs,
                )?
            }
            (None, Some("LogEntry")) => django_apps::log_entry(&ids, id),
            (None, Some("Permission")) => django_apps::permission(&ids),
            (None, Some("Group")) => django_apps::group(&ids),
            (None, Some("User")) => django_apps::user(&ids),
            (None, Some("ContentType")) => django_apps::content_type(&ids),
            _ => django_apps::session(id),
        };
        models.push(model);
    }
    for through in &throughs {
        through_columns(&mut models, through)?;
    }
    add_reverse_relations(&mut models, reverse);
    let labels = apps.iter().map(|a| a.label().to_owned()).collect();
    let zone = match settings.time_zone.as_str() {
        "UTC" => TimeZone::Utc,
        "Asia/Seoul" => TimeZone::Seoul,
        _ => TimeZone::Other,
    };
    let time = TimeSettings {
        use_tz: settings.use_tz,
        zone,
    };
    Ok(Registry::new(labels, models).with_time(time))
}

/// Django's `camel_case_to_spaces`: `BlogPost` → `blog post`.
pub fn verbose_name(object_name: &str) -> String {
    let chars: Vec<char> = object_name.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let after_lower = i > 0 && chars[i - 1].is_lowercase();
            let before_other = chars.get(i + 1).is_some_and(|n| !n.is_uppercase());
            if after_lower || before_other {
                out.push(' ');
            }
        }
        out.push(*c);
    }
    out.trim().to_lowercase()
}

/// What building one project model needs to know of the others.
struct Context<'a> {
    settings: &'a Settings,
    ids: &'a DjangoIds,
    /// Lower-cased model names by id.
    names: &'a [String],
    id_of: &'a dyn Fn(&str, &str) -> Option<ModelId>,
}

fn own_model(
    context: &Context,
    id: ModelId,
    (app, auto_field): (&str, AutoKind),
    file: &str,
    decl: &ModelDecl,
    reverse: &mut Vec<(ModelId, ReverseRelation)>,
    throughs: &mut Vec<Through>,
) -> Result<Model, ProjectError> {
    let Context {
        settings,
        ids,
        names,
        id_of,
    } = *context;
    let model_name = decl.name.to_lowercase();
    let db_table = decl
        .meta
        .db_table
        .clone()
        .unwrap_or_else(|| format!("{app}_{model_name}"));
    let resolve = |field: &FieldDecl| -> Result<ModelId, ProjectError> {
        let target = field.options.target.as_ref().ok_or_else(|| {
            ProjectError::invalid(
                file,
                field.line,
                format!("{} has no target model", field.name),
            )
        })?;
        let (target_app, name) = match target {
            Target::Itself => return Ok(id),
            Target::User => return Ok(ids.user),
            Target::Label {
                app: Some(a),
                model,
            } => (a.as_str(), model.as_str()),
            Target::Label { app: None, model } => (app, model.as_str()),
        };
        if target_app == "auth"
            && name.eq_ignore_ascii_case("user")
            && ids.user != id_of("auth", "User").unwrap_or(ids.user)
        {
            return Err(ProjectError::invalid(
                file,
                field.line,
                format!("Field defines a relation with the model 'auth.User', which has been swapped out. Use settings.AUTH_USER_MODEL ({})", settings.auth_user_model),
            ));
        }
        id_of(target_app, name).ok_or_else(|| {
            ProjectError::invalid(
                file,
                field.line,
                format!(
                    "Field defines a relation with model '{target_app}.{name}', which is either not installed, or is abstract."
                ),
            )
        })
    };
    let mut fields = Vec::new();
    let explicit_pk = decl.fields.iter().position(|f| f.options.primary_key);
    match explicit_pk {
        Some(0) => {}
        Some(_) => {
            return Err(ProjectError::unsupported(
                file,
                decl.line,
                "a primary key that is not the first field of its model",
            ))
        }
        None => fields.push(auto_pk(auto_field)),
    }
    let mut many_to_many = Vec::new();
    if decl.abstract_user {
        // A field the subclass declares again replaces the inherited one
        // (and sits among the subclass's fields, as Django orders them).
        fields.extend(
            django_apps::abstract_user_fields()
                .into_iter()
                .filter(|inherited| decl.fields.iter().all(|f| f.name != inherited.name)),
        );
        many_to_many.extend(django_apps::abstract_user_m2m(ids, &db_table, &model_name));
    }
    for field in &decl.fields {
        let field = &interpolated(field, app, &model_name);
        if fields.iter().any(|f: &Field| f.name == field.name) {
            return Err(ProjectError::unsupported(
                file,
                field.line,
                format!("redefining the field '{}'", field.name),
            ));
        }
        if field.class == FieldClass::ManyToMany {
            let to = resolve(field)?;
            let target_name = names.get(to.index()).cloned().unwrap_or_default();
            let mut m2m = m2m_field(field, id, &model_name, &db_table, to, target_name);
            if let Some(through) = &field.options.through {
                let as_target = FieldDecl {
                    options: FieldOptions {
                        target: Some(through.clone()),
                        ..FieldOptions::default()
                    },
                    ..field.clone()
                };
                let through = resolve(&as_target)?;
                m2m.through = Some(through);
                throughs.push(Through {
                    model: id,
                    m2m: many_to_many.len(),
                    file: file.to_owned(),
                    line: field.line,
                });
            }
            many_to_many.push(m2m);
            continue;
        }
        let to = if field.class.is_relation() {
            Some(resolve(field)?)
        } else {
            None
        };
        if let Some(to) = to {
            let related = field.options.related_name.clone();
            reverse.push((
                to,
                ReverseRelation {
                    accessor: related
                        .clone()
                        .unwrap_or_else(|| format!("{model_name}_set")),
                    query_name: related.unwrap_or_else(|| model_name.clone()),
                    from: id,
                    field: field.name.clone(),
                },
            ));
        }
        fields.push(concrete(field, to));
    }
    let meta = &decl.meta;
    // The system checks refused what names no field; what is left is a
    // foreign key's attname, which Django takes as its field.
    let check_fields = |names: &[String], what: &str| -> Result<(), ProjectError> {
        for name in names {
            if !fields.iter().any(|f| &f.name == name) {
                return Err(ProjectError::unsupported(
                    file,
                    decl.line,
                    format!("'{name}' in {what} (the foreign key's own name is)"),
                ));
            }
        }
        Ok(())
    };
    for names in &meta.unique_together {
        check_fields(names, "unique_together")?;
    }
    let mut indexes = Vec::new();
    for index in &meta.indexes {
        check_fields(&index.fields, "indexes")?;
        let name = match &index.name {
            Some(name) => class_names(name, app, &decl.name),
            None => derived_index_name(&db_table, &fields, &index.fields),
        };
        indexes.push(Index {
            name,
            fields: index.fields.clone(),
        });
    }
    let mut unique_constraints = Vec::new();
    for (name, names) in &meta.unique_constraints {
        check_fields(names, "constraints")?;
        unique_constraints.push(Index {
            name: class_names(name, app, &decl.name),
            fields: names.clone(),
        });
    }
    let mut model = Model {
        fields,
        many_to_many,
        unique_together: meta.unique_together.clone(),
        indexes,
        unique_constraints,
        ordering: meta.ordering.clone(),
        str_method: match (decl.str_method.clone(), decl.abstract_user) {
            (Some(own), _) => own,
            (None, true) => StrMethod::Username,
            (None, false) => StrMethod::Default,
        },
        ..crate::models::model(
            id,
            app,
            &decl.name,
            &meta
                .verbose_name
                .clone()
                .unwrap_or_else(|| verbose_name(&decl.name)),
            &db_table,
        )
    };
    if decl.abstract_user {
        model.natural_key = Some(vec!["username".into()]);
    }
    Ok(model)
}

/// An index or constraint name with `%(app_label)s` and `%(class)s`
/// filled in (`Options._format_names`): how an abstract base names one
/// per subclass.
fn class_names(name: &str, app: &str, class: &str) -> String {
    name.replace("%(app_label)s", &app.to_lowercase())
        .replace("%(class)s", &class.to_lowercase())
        .replace("%%", "%")
}

/// The field with `%(class)s`, `%(model_name)s` and `%(app_label)s` in
/// its `related_name` filled in for the model it is on, as
/// `RelatedField.contribute_to_class` does (an abstract base's relation
/// names its reverse accessor after each subclass that way).
fn interpolated(field: &FieldDecl, app: &str, model_name: &str) -> FieldDecl {
    let mut field = field.clone();
    if let Some(name) = &mut field.options.related_name {
        *name = name
            .replace("%(class)s", model_name)
            .replace("%(model_name)s", model_name)
            .replace("%(app_label)s", &app.to_lowercase())
            .replace("%%", "%");
    }
    field
}

fn auto_pk(kind: AutoKind) -> Field {
    crate::models::pk(kind)
}

fn concrete(field: &FieldDecl, to: Option<ModelId>) -> Field {
    let o = &field.options;
    let kind = match (field.class, to) {
        (FieldClass::Auto(kind), _) => FieldKind::AutoField(kind),
        (FieldClass::Char, _) => FieldKind::Char {
            max_length: o.max_length,
            file: None,
        },
        (FieldClass::Slug, _) => FieldKind::Char {
            max_length: Some(o.max_length.unwrap_or(50)),
            file: None,
        },
        (FieldClass::Email, _) => FieldKind::Char {
            max_length: Some(o.max_length.unwrap_or(254)),
            file: None,
        },
        (FieldClass::Url, _) => FieldKind::Char {
            max_length: Some(o.max_length.unwrap_or(200)),
            file: None,
        },
        (FieldClass::File, _) => FieldKind::Char {
            max_length: Some(o.max_length.unwrap_or(100)),
            file: Some(FileClass::File),
        },
        (FieldClass::Image, _) => FieldKind::Char {
            max_length: Some(o.max_length.unwrap_or(100)),
            file: Some(FileClass::Image),
        },
        (FieldClass::Text, _) => FieldKind::Text,
        (FieldClass::Integer(kind), _) => FieldKind::Integer(kind),
        (FieldClass::Float, _) => FieldKind::Float,
        (FieldClass::Decimal, _) => FieldKind::Decimal {
            max_digits: o.max_digits.unwrap_or(0),
            decimal_places: o.decimal_places.unwrap_or(0),
        },
        (FieldClass::Boolean, _) => FieldKind::Boolean,
        (FieldClass::Date, _) => FieldKind::Date,
        (FieldClass::DateTime, _) => FieldKind::DateTime,
        (FieldClass::Time, _) => FieldKind::Time,
        (FieldClass::Duration, _) => FieldKind::Duration,
        (FieldClass::Uuid, _) => FieldKind::Uuid,
        (FieldClass::Json, _) => FieldKind::Json,
        (FieldClass::ForeignKey | FieldClass::OneToOne | FieldClass::ManyToMany, Some(to)) => {
            FieldKind::ForeignKey { to }
        }
        (FieldClass::ForeignKey | FieldClass::OneToOne | FieldClass::ManyToMany, None) => {
            FieldKind::Text
        }
    };
    let relation = matches!(kind, FieldKind::ForeignKey { .. });
    let unique = o.unique || o.primary_key || field.class == FieldClass::OneToOne;
    let implied_index = relation || field.class == FieldClass::Slug;
    let column = match &o.db_column {
        Some(column) => column.clone(),
        None if relation => format!("{}_id", field.name),
        None => field.name.clone(),
    };
    let default = match &o.default {
        Some(default) => default.clone(),
        None if field.class.empty_strings_allowed() && !o.null => FieldDefault::EmptyString,
        None => FieldDefault::Null,
    };
    Field {
        name: field.name.clone(),
        column,
        kind,
        null: o.null,
        unique,
        primary_key: o.primary_key,
        db_index: o.db_index.unwrap_or(implied_index),
        default,
        auto_now: o.auto_now,
        on_delete: o.on_delete.clone().unwrap_or(OnDelete::Cascade),
    }
}

fn m2m_field(
    field: &FieldDecl,
    id: ModelId,
    model_name: &str,
    db_table: &str,
    to: ModelId,
    target_name: String,
) -> ManyToMany {
    let to_self = to == id;
    // Django's intermediary model: `from_`/`to_` whenever the two model
    // names are equal (also for two apps' models of the same name).
    let (source, target) = if to_self || target_name == model_name {
        (
            format!("from_{model_name}_id"),
            format!("to_{model_name}_id"),
        )
    } else {
        (format!("{model_name}_id"), format!("{target_name}_id"))
    };
    let symmetrical = to_self && field.options.symmetrical.unwrap_or(true);
    let related_name = match &field.options.related_name {
        Some(name) => name.clone(),
        None if symmetrical => format!("{}_rel_+", field.name),
        None => format!("{model_name}_set"),
    };
    ManyToMany {
        name: field.name.clone(),
        to,
        through: None,
        related_query_name: if field.options.related_name.is_some() || symmetrical {
            related_name.clone()
        } else {
            model_name.to_owned()
        },
        related_name,
        through_table: format!("{db_table}_{}", field.name),
        source_column: source,
        target_column: target,
        through_auto: AutoKind::Auto,
        symmetrical,
    }
}

/// A many-to-many field with `through=`, whose columns are read once
/// every model is built.
struct Through {
    model: ModelId,
    /// Index into the model's `many_to_many`.
    m2m: usize,
    file: String,
    line: u32,
}

/// The through table and columns of a `through=` field: the intermediate
/// model's table, its foreign key to the declaring model and its foreign
/// key to the target (`_get_m2m_attr`, `_get_m2m_reverse_attr`).
fn through_columns(models: &mut [Model], through: &Through) -> Result<(), ProjectError> {
    let Some(m2m) = models
        .get(through.model.index())
        .and_then(|m| m.many_to_many.get(through.m2m))
    else {
        return Ok(());
    };
    let (to, via) = (m2m.to, m2m.through.unwrap_or(through.model));
    let refuse = |what: String| ProjectError::unsupported(&through.file, through.line, what);
    if to == through.model {
        return Err(refuse(
            "a through= model for a many-to-many relation to 'self'".into(),
        ));
    }
    let Some(intermediate) = models.get(via.index()) else {
        return Ok(());
    };
    let keys_to = |target: ModelId| -> Vec<&Field> {
        intermediate
            .fields
            .iter()
            .filter(|f| f.foreign_target() == Some(target))
            .collect()
    };
    let (sources, targets) = (keys_to(through.model), keys_to(to));
    let (name, from_name) = (
        intermediate.object_name.clone(),
        models
            .get(through.model.index())
            .map_or(String::new(), |m| m.object_name.clone()),
    );
    let ([source], [target]) = (sources.as_slice(), targets.as_slice()) else {
        return Err(ProjectError::invalid(
            &through.file,
            through.line,
            format!(
                "The intermediary model '{name}' needs exactly one foreign key to '{from_name}' and one to the target (through_fields is not read in the playground)."
            ),
        ));
    };
    let (table, source, target) = (
        intermediate.db_table.clone(),
        source.column.clone(),
        target.column.clone(),
    );
    if let Some(m2m) = models
        .get_mut(through.model.index())
        .and_then(|m| m.many_to_many.get_mut(through.m2m))
    {
        m2m.through_table = table;
        m2m.source_column = source;
        m2m.target_column = target;
    }
    Ok(())
}

/// `Index(fields=[…])` without a name: `Index.set_name_with_model`.
fn derived_index_name(db_table: &str, fields: &[Field], names: &[String]) -> String {
    let columns: Vec<&str> = names
        .iter()
        .filter_map(|name| fields.iter().find(|f| &f.name == name))
        .map(|f| f.column.as_str())
        .collect();
    let mut hash_data: Vec<&str> = vec![db_table];
    hash_data.extend(columns.iter().copied());
    hash_data.push("idx");
    let first = columns.first().copied().unwrap_or("");
    let name = format!(
        "{}_{}_{}_idx",
        truncate_chars(db_table, 11),
        truncate_chars(first, 7),
        crate::schema::names_digest(&hash_data, 6)
    );
    match name.chars().next() {
        Some(c) if c == '_' || c.is_ascii_digit() => format!("D{}", &name[1..]),
        _ => name,
    }
}

fn truncate_chars(text: &str, n: usize) -> &str {
    match text.char_indices().nth(n) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// Each foreign key's reverse accessor on its target, in registry order
/// of the models that declare them.
fn add_reverse_relations(models: &mut [Model], own: Vec<(ModelId, ReverseRelation)>) {
    let mut reverse: HashMap<ModelId, Vec<ReverseRelation>> = HashMap::new();
    for model in models.iter() {
        for field in &model.fields {
            if let FieldKind::ForeignKey { to } = field.kind {
                if own.iter().any(|(_, r)| r.from == model.id) {
                    continue;
                }
                reverse.entry(to).or_default().push(ReverseRelation {
                    accessor: format!("{}_set", model.model_name),
                    query_name: model.model_name.clone(),
                    from: model.id,
                    field: field.name.clone(),
                });
            }
        }
    }
    for (to, relation) in own {
        reverse.entry(to).or_default().push(relation);
    }
    for model in models.iter_mut() {
        if let Some(mut list) = reverse.remove(&model.id) {
            crate::sort::sort_by_key(&mut list, |r: &ReverseRelation| r.from);
            model.reverse_relations = list;
        }
    }
}
