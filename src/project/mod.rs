//! A learner's own Django project: its `settings.py` and each app's
//! `models.py`, read with the `manage shell` parser into a [`Registry`]
//! (with Django's default apps), the migrations `makemigrations` would
//! write for it, and the schema and rows `migrate` creates.
//!
//! One module per step: [`settings`] (the literals that matter),
//! [`classes`] and [`models_py`] (model classes as written), [`build`]
//! (the registry), [`autodetect`] (`makemigrations`), [`migrate`] (the
//! plan, the schema editor, the rows; the order its `unique_together`
//! indexes come in is CPython's set order, [`crate::python::pyset`]),
//! [`django_apps`] (Django's apps as
//! data), [`upload`] (a picked folder or zip) and [`pasted`] (one pasted
//! `models.py`). Anything outside what the playground models is a
//! [`ProjectError`] with file, line and construct.

pub mod apps_py;
pub mod autodetect;
pub mod build;
pub mod checks;
pub mod classes;
pub mod django_apps;
pub mod error;
pub mod migrate;
pub mod models_py;
pub mod pasted;
pub mod settings;
pub mod upload;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::db::{Database, DbError};
use crate::limits;
use crate::models::{ModelId, Registry};

pub use error::{Construct, ProjectError, ProjectErrorKind};
pub use settings::Settings;

use autodetect::Migration;
use build::App;

/// A project read and checked: settings, registry, migrations.
#[derive(Debug)]
pub struct Project {
    pub settings: Settings,
    pub registry: Registry,
    /// The user model (`AUTH_USER_MODEL`).
    pub user: ModelId,
    /// What `makemigrations` writes for the project's apps.
    pub migrations: Vec<Migration>,
}

/// The files of a project as the playground receives them: the settings
/// file and, per app directory, its `models.py` (paths are for messages).
/// They are all a registry is read from, so a share link and the saved
/// state carry them (serialized as they are) to build it again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sources {
    pub settings_path: String,
    pub settings: String,
    /// `(app directory name, models.py path, text)`; an app without a
    /// `models.py` has none here.
    pub models: Vec<(String, String, String)>,
    /// `(app directory name, apps.py path, text)`.
    pub apps_py: Vec<(String, String, String)>,
    /// App directories that exist (with or without `models.py`).
    pub app_dirs: Vec<String>,
    /// `(app directory name, path, text)` of the app modules a `models.py`
    /// imports abstract models from (`from .base import TimeStamped`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modules: Vec<(String, String, String)>,
}

impl Project {
    /// Reads a project from its sources.
    ///
    /// # Errors
    /// The first problem found, with file and line.
    pub fn from_sources(sources: &Sources) -> Result<Project, ProjectError> {
        sources.check_limits()?;
        let settings = settings::parse(&sources.settings_path, &sources.settings)?;
        let mut apps = Vec::new();
        for entry in &settings.installed_apps {
            let module = entry.split('.').next().unwrap_or(entry);
            let own_folder = sources.app_dirs.iter().any(|d| d == module);
            if build::MODELLESS_APPS.contains(&module) && !own_folder {
                continue;
            }
            let app = if let Some(label) = entry.strip_prefix("django.contrib.") {
                if !build::DJANGO_APPS.contains(&label) {
                    return Err(ProjectError::unsupported(
                        &sources.settings_path,
                        0,
                        format!("the app '{entry}' (Django's default apps are)"),
                    ));
                }
                App::Django(label.to_owned())
            } else {
                let module = entry
                    .split_once(".apps.")
                    .map_or(entry.as_str(), |(module, _)| module);
                if module.contains('.') || !sources.app_dirs.iter().any(|d| d == module) {
                    return Err(ProjectError::unsupported(
                        &sources.settings_path,
                        0,
                        error::Construct::App(entry.clone()),
                    ));
                }
                let mut label = module.to_owned();
                let mut auto_field = None;
                if let Some((_, path, text)) =
                    sources.apps_py.iter().find(|(dir, _, _)| dir == module)
                {
                    let configs = apps_py::parse(path, text)?;
                    match apps_py::choose(&configs, entry) {
                        Some(config) => {
                            if let Some(given) = &config.label {
                                label.clone_from(given);
                            }
                            auto_field = config.default_auto_field;
                        }
                        None if entry.contains(".apps.") => {
                            return Err(ProjectError::invalid(
                                path,
                                0,
                                format!("Module '{module}.apps' does not contain the class named in '{entry}'."),
                            ))
                        }
                        None => {}
                    }
                }
                let (file, models) = match sources.models.iter().find(|(dir, _, _)| dir == module) {
                    Some((_, path, text)) => {
                        let modules: Vec<(String, String)> = sources
                            .modules
                            .iter()
                            .filter(|(dir, _, _)| dir == module)
                            .map(|(_, path, text)| (path.clone(), text.clone()))
                            .collect();
                        let app = models_py::AppModules {
                            app: module,
                            modules: &modules,
                        };
                        (path.clone(), models_py::parse_app(path, text, &app)?)
                    }
                    None => (String::new(), Vec::new()),
                };
                App::Own {
                    label,
                    file,
                    models,
                    auto_field,
                }
            };
            if apps.iter().any(|a: &App| a.label() == app.label()) {
                return Err(ProjectError::invalid(
                    &sources.settings_path,
                    0,
                    format!(
                        "Application labels aren't unique, duplicates: {}",
                        app.label()
                    ),
                ));
            }
            apps.push(app);
        }
        let registry = build::registry(&sources.settings_path, &settings, &apps)?
            .with_sources(Arc::new(sources.clone()));
        let user = registry
            .get_model(&settings.auth_user_model)
            .ok_or_else(|| {
                ProjectError::invalid(
                    &sources.settings_path,
                    0,
                    "AUTH_USER_MODEL is not installed",
                )
            })?;
        let registry = registry.with_user_model(user);
        let own: Vec<String> = apps
            .iter()
            .filter(|a| matches!(a, App::Own { models, .. } if !models.is_empty()))
            .map(|a| a.label().to_owned())
            .collect();
        let migrations = autodetect::makemigrations(&registry, &own, user)
            .map_err(|e| ProjectError::unsupported(&sources.settings_path, 0, e))?;
        Ok(Project {
            settings,
            registry,
            user,
            migrations,
        })
    }

    /// Reads the project in `dir`: `settings.py` in `dir` or one folder
    /// down, and `models.py` of each app folder.
    ///
    /// # Errors
    /// A missing `settings.py`, unreadable files, or the project's first
    /// problem.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load(dir: &std::path::Path) -> Result<Project, ProjectError> {
        Project::from_sources(&Sources::read(dir)?)
    }

    /// The user model's app label.
    pub fn user_app(&self) -> String {
        self.registry.model(self.user).app_label.clone()
    }
}

/// Why a project's database could not be made.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The project's files are refused (file, line, construct).
    #[error("{0}")]
    Project(ProjectError),
    /// SQLite failed while migrating.
    #[error("{0}")]
    Database(DbError),
}

/// A new in-memory database of the project in `sources`, migrated as
/// Django's `migrate` leaves it (`applied` is the migrations' time): what
/// opening a project in the page, a share link of one and its saved state
/// all start from. The database carries the project's registry, which
/// remembers `sources`.
///
/// # Errors
/// [`OpenError::Project`] for files the playground refuses,
/// [`OpenError::Database`] if SQLite fails.
pub fn open_database(sources: &Sources, applied: &str) -> Result<Database, OpenError> {
    let project = Project::from_sources(sources).map_err(OpenError::Project)?;
    // The database pins its registry for the program's life: it gets its
    // own, built again, while `project` is only read by `migrate`.
    let registry = Arc::new(
        Project::from_sources(sources)
            .map_err(OpenError::Project)?
            .registry,
    );
    let db = Database::open_in_memory_with(registry).map_err(OpenError::Database)?;
    migrate::migrate(&db, &project, applied).map_err(OpenError::Database)?;
    Ok(db)
}

/// The registry the project in `sources` builds (for a saved image of its
/// database, reopened as it was saved).
///
/// # Errors
/// The project's first problem, as [`Project::from_sources`].
pub fn registry(sources: &Sources) -> Result<Arc<Registry>, ProjectError> {
    Ok(Arc::new(Project::from_sources(sources)?.registry))
}

impl Sources {
    /// Refuses more files, or bigger ones, than a project's own sources
    /// ever are ([`limits::MAX_PROJECT_FILES`],
    /// [`limits::MAX_PROJECT_FILE_BYTES`]): a share link or a saved state
    /// is hostile input, and each file is parsed.
    ///
    /// # Errors
    /// [`ProjectError`] naming the first file over the limit.
    pub fn check_limits(&self) -> Result<(), ProjectError> {
        let count = self.models.len() + self.apps_py.len() + self.modules.len() + 1;
        if count > limits::MAX_PROJECT_FILES || self.app_dirs.len() > limits::MAX_PROJECT_FILES {
            return Err(ProjectError::unsupported(
                &self.settings_path,
                0,
                format!(
                    "a project of more than {} apps or source files",
                    limits::MAX_PROJECT_FILES
                ),
            ));
        }
        let files = std::iter::once((&self.settings_path, &self.settings)).chain(
            self.models
                .iter()
                .chain(&self.apps_py)
                .chain(&self.modules)
                .map(|(_, path, text)| (path, text)),
        );
        for (path, text) in files {
            if text.len() > limits::MAX_PROJECT_FILE_BYTES || path.len() > limits::EXCERPT_CHARS * 4
            {
                return Err(ProjectError::unsupported(
                    &limits::excerpt(path),
                    0,
                    format!(
                        "a source file over {} (the playground reads settings.py, models.py and apps.py up to that size)",
                        limits::describe_bytes(limits::MAX_PROJECT_FILE_BYTES)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Reads the files of the project in `dir`.
    ///
    /// # Errors
    /// No `settings.py`, or a file that cannot be read as UTF-8.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read(dir: &std::path::Path) -> Result<Sources, ProjectError> {
        let read = |path: &std::path::Path| {
            std::fs::read_to_string(path)
                .map_err(|e| ProjectError::missing(&path.display().to_string(), e.to_string()))
        };
        let mut subdirs: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| ProjectError::missing(&dir.display().to_string(), e.to_string()))?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.is_dir())
            .collect();
        subdirs.sort();
        let settings_path = std::iter::once(dir.join("settings.py"))
            .chain(subdirs.iter().map(|d| d.join("settings.py")))
            .find(|p| p.is_file())
            .ok_or_else(|| {
                ProjectError::missing(
                    &dir.display().to_string(),
                    "no settings.py in the project folder or one folder down",
                )
            })?;
        let relative =
            |path: &std::path::Path| path.strip_prefix(dir).unwrap_or(path).display().to_string();
        let mut sources = Sources {
            settings_path: relative(&settings_path),
            settings: read(&settings_path)?,
            ..Sources::default()
        };
        for subdir in &subdirs {
            let Some(name) = subdir.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            sources.app_dirs.push(name.to_owned());
            let models = subdir.join("models.py");
            if models.is_file() {
                let text = read(&models)?;
                for stem in models_py::app_imports(name, &text) {
                    let module = subdir.join(format!("{stem}.py"));
                    if module.is_file() {
                        sources
                            .modules
                            .push((name.to_owned(), relative(&module), read(&module)?));
                    }
                }
                sources
                    .models
                    .push((name.to_owned(), relative(&models), text));
            }
            let apps = subdir.join("apps.py");
            if apps.is_file() {
                sources
                    .apps_py
                    .push((name.to_owned(), relative(&apps), read(&apps)?));
            }
        }
        Ok(sources)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(settings: &str, models: &[(&str, &str)]) -> Sources {
        Sources {
            settings_path: "config/settings.py".into(),
            settings: settings.into(),
            models: models
                .iter()
                .map(|(app, text)| ((*app).into(), format!("{app}/models.py"), (*text).into()))
                .collect(),
            apps_py: Vec::new(),
            app_dirs: models.iter().map(|(app, _)| (*app).into()).collect(),
            modules: Vec::new(),
        }
    }

    const APPS: &str =
        "INSTALLED_APPS = ['articles', 'django.contrib.auth', 'django.contrib.contenttypes']\n";

    fn error(settings: &str, models: &str) -> String {
        Project::from_sources(&sources(settings, &[("articles", models)]))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn builds_a_registry_with_djangos_models() {
        let models = "from django.db import models\nfrom django.conf import settings\n\nclass Article(models.Model):\n    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)\n    title = models.CharField(max_length=10)\n";
        let project = Project::from_sources(&sources(APPS, &[("articles", models)])).unwrap();
        let labels: Vec<String> = project.registry.models().map(|m| m.label()).collect();
        assert_eq!(
            labels,
            [
                "articles.article",
                "auth.permission",
                "auth.group",
                "auth.user",
                "contenttypes.contenttype"
            ]
        );
        assert_eq!(project.registry.model(project.user).label(), "auth.user");
        assert_eq!(project.migrations.len(), 1);
    }

    /// Django's system checks report every issue, sorted as its `check`
    /// command prints them, each at its line (the entries as Django 5.2's
    /// `makemigrations` printed them for this models.py; a `CharField`
    /// without `max_length` is no issue on SQLite).
    #[test]
    fn system_checks_report_every_issue_at_once() {
        let models = "from django.db import models\n\nclass Shelf(models.Model):\n    name = models.CharField()\n    price = models.DecimalField()\n    at = models.DateTimeField(auto_now=True, auto_now_add=True)\n\nclass Book(models.Model):\n    shelf = models.ForeignKey(Shelf, on_delete=models.SET_NULL)\n";
        assert_eq!(
            error(APPS, models),
            "articles/models.py, line 9: articles.Book.shelf: (fields.E320) Field specifies on_delete=SET_NULL, but cannot be null.\n\tHINT: Set null=True argument on the field, or change the on_delete rule.\n\
             articles/models.py, line 6: articles.Shelf.at: (fields.E160) The options auto_now, auto_now_add, and default are mutually exclusive. Only one of these options may be present.\n\
             articles/models.py, line 5: articles.Shelf.price: (fields.E130) DecimalFields must define a 'decimal_places' attribute.\n\
             articles/models.py, line 5: articles.Shelf.price: (fields.E132) DecimalFields must define a 'max_digits' attribute."
        );
    }

    /// An index without a name that names no field fails as Django's
    /// class creation fails (Django 5.2's `FieldDoesNotExist`, before any
    /// check); a foreign key's attname, which Django takes, is refused.
    #[test]
    fn index_fields_fail_where_django_fails() {
        let head = "from django.db import models\n\nclass Shelf(models.Model):\n    name = models.CharField(max_length=5)\n    top = models.ForeignKey('self', on_delete=models.CASCADE, null=True)\n\n    class Meta:\n";
        assert_eq!(
            error(APPS, &format!("{head}        indexes = [models.Index(fields=['titel'])]\n")),
            "articles/models.py, line 3: Shelf has no field named 'titel'. The app cache isn't ready yet, so if this is an auto-created related field, it won't be available yet."
        );
        assert_eq!(
            error(APPS, &format!("{head}        unique_together = [('name', 'top_id')]\n")),
            "articles/models.py, line 3: not supported in the playground: 'top_id' in unique_together (the foreign key's own name is)"
        );
    }

    #[test]
    fn apps_without_models_are_read_past() {
        let settings = "INSTALLED_APPS = ['articles', 'django_bootstrap5', 'django.contrib.humanize', 'django.contrib.auth', 'django.contrib.contenttypes']\n";
        let project = Project::from_sources(&sources(settings, &[("articles", "")])).unwrap();
        assert_eq!(
            project.registry.app_labels().collect::<Vec<_>>(),
            ["articles", "humanize", "auth", "contenttypes"]
        );
    }

    #[test]
    fn refuses_what_django_refuses_or_it_cannot_model() {
        let head = "from django.db import models\n\n";
        assert_eq!(
            error(APPS, &format!("{head}class A(models.Model):\n    b = models.ForeignKey('B', on_delete=models.CASCADE)\n")),
            "articles/models.py, line 4: articles.A.b: (fields.E300) Field defines a relation with model 'B', which is either not installed, or is abstract.\n\
             articles/models.py, line 4: articles.A.b: (fields.E307) The field articles.A.b was declared with a lazy reference to 'articles.b', but app 'articles' doesn't provide model 'b'."
        );
        // A Python name must be a class defined above it; an abstract one
        // is no relation's target.
        assert_eq!(
            error(APPS, &format!("{head}class A(models.Model):\n    b = models.ForeignKey(B, on_delete=models.CASCADE)\n\nclass B(models.Model):\n    pass\n")),
            "articles/models.py, line 4: NameError: name 'B' is not defined"
        );
        assert_eq!(
            error(APPS, &format!("{head}class Base(models.Model):\n    class Meta:\n        abstract = True\n\nclass A(models.Model):\n    b = models.ForeignKey(Base, on_delete=models.CASCADE)\n")),
            "articles/models.py, line 8: not supported in the playground: a relation to the abstract model Base (Django refuses it: fields.E300)"
        );
        assert_eq!(
            error("INSTALLED_APPS = ['articles', 'taggit', 'django.contrib.auth', 'django.contrib.contenttypes']\n", head),
            "config/settings.py: not supported in the playground: the app 'taggit' (not a folder of the project, nor one of Django's default apps)"
        );
        assert_eq!(
            error("INSTALLED_APPS = ['articles', 'django.contrib.auth']\n", head),
            "config/settings.py: not supported in the playground: a project without django.contrib.contenttypes in INSTALLED_APPS"
        );
        assert_eq!(
            error(&format!("{APPS}AUTH_USER_MODEL = 'articles.Member'\n"), &format!("{head}class Member(models.Model):\n    pass\n")),
            "articles/models.py, line 3: not supported in the playground: a user model (Member) that is not an AbstractUser subclass"
        );
    }
}
