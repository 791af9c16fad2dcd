//! A project as the page receives it: the files of a picked folder (each
//! with its path below the folder) or of a `.zip` of it. Finds the project
//! root as `manage.py` marks it, reads `settings.py`, each app's
//! `models.py` and `apps.py` into [`Sources`], and collects the fixtures
//! under the apps' `fixtures/` folders (Django's default `FIXTURE_DIRS`
//! lookup) and a top-level `fixtures/`.
//!
//! [`wanted`] lets the page skip what it never reads before reading it: a
//! folder picked in class often holds a virtualenv of thousands of files.

use super::{ProjectError, Sources};
use crate::fixtures::source::parse_name;
use crate::fixtures::FixtureFile;

/// Folders never part of a project's own code or data.
const SKIPPED: [&str; 9] = [
    "venv",
    ".venv",
    "env",
    "__pycache__",
    "node_modules",
    ".git",
    "site-packages",
    ".idea",
    ".vscode",
];

/// A project as picked in the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// The files of a picked folder (those [`wanted`] keeps), with their
    /// paths below the folder.
    Folder(Vec<(String, Vec<u8>)>),
    /// A `.zip` of the folder.
    Zip { name: String, bytes: Vec<u8> },
    /// One pasted `models.py` and its app's name: a one-app project with
    /// Django's default settings (`pasted`).
    Pasted { app: String, models: String },
}

impl Input {
    /// The project's files, read.
    ///
    /// # Errors
    /// As [`from_files`] and [`from_zip`].
    pub fn read(&self) -> Result<Upload, ProjectError> {
        match self {
            Input::Folder(files) => from_files(files.clone()),
            Input::Zip { name, bytes } => from_zip(name, bytes),
            Input::Pasted { app, models } => super::pasted::upload(app, models),
        }
    }

    /// What the learner picked, for messages: the folder's or the zip's name.
    pub fn name(&self) -> String {
        match self {
            Input::Folder(files) => files
                .first()
                .and_then(|(path, _)| path.split(['/', '\\']).next())
                .unwrap_or_default()
                .to_owned(),
            Input::Zip { name, .. } => name.clone(),
            Input::Pasted { app, .. } => format!("{}/models.py", app.trim()),
        }
    }
}

/// A project's sources and the fixtures that came with it.
#[derive(Debug)]
pub struct Upload {
    pub sources: Sources,
    /// Fixture files, named by their path below the project root, in path
    /// order.
    pub fixtures: Vec<FixtureFile>,
    /// The settings the playground assumed (a pasted `models.py`), which
    /// the page states; `None` for a project's own files.
    pub assumed: Option<Assumed>,
}

/// What the playground assumed for a pasted `models.py`: its app, and the
/// `AUTH_USER_MODEL` an `AbstractUser` subclass in it made (besides
/// Django's `startproject` defaults, always assumed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assumed {
    pub app: String,
    pub user_model: Option<String>,
}

/// Whether the file at `path` (below the picked folder) may be part of
/// what the playground reads: Python files named `settings.py`,
/// `models.py`, `apps.py`, `manage.py`, and fixtures, outside virtualenvs
/// and caches.
pub fn wanted(path: &str) -> bool {
    let path = path.replace('\\', "/");
    let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let Some(name) = parts.pop() else {
        return false;
    };
    if parts.iter().any(|p| SKIPPED.contains(p)) {
        return false;
    }
    matches!(name, "settings.py" | "models.py" | "apps.py" | "manage.py")
        || parts.contains(&"fixtures") && parse_name(name).is_ok()
        // An app's other modules (`blog/base.py`), which its models.py
        // may import abstract models from; kept only if it does.
        || name.ends_with(".py") && parts.len() <= 3
}

/// Reads a project from its files.
///
/// # Errors
/// [`ProjectError`] naming the file: no `settings.py`, several candidates,
/// a source file that is not UTF-8.
pub fn from_files(files: Vec<(String, Vec<u8>)>) -> Result<Upload, ProjectError> {
    let files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(path, bytes)| {
            (
                path.replace('\\', "/").trim_start_matches('/').to_owned(),
                bytes,
            )
        })
        .filter(|(path, _)| wanted(path))
        .collect();
    let root = project_root(&files)?;
    let below = |path: &str| path.strip_prefix(root.as_str()).map(str::to_owned);
    let mut settings = Vec::new();
    let mut sources = Sources::default();
    let mut fixtures = Vec::new();
    let mut dirs = std::collections::BTreeSet::new();
    let mut modules: Vec<(String, String, Vec<u8>)> = Vec::new();
    let mut sorted: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .filter_map(|(path, bytes)| below(&path).map(|p| (p, bytes)))
        .collect();
    crate::sort::sort_by(&mut sorted, |a, b| a.0.cmp(&b.0));
    for (path, bytes) in sorted {
        let parts: Vec<&str> = path.split('/').collect();
        if parts.contains(&"fixtures") {
            fixtures.push(FixtureFile::new(path.clone(), bytes));
            continue;
        }
        match parts.as_slice() {
            ["settings.py"] => settings.push((path.clone(), bytes)),
            [dir, "settings.py"] => {
                dirs.insert((*dir).to_owned());
                settings.push((path.clone(), bytes));
            }
            [dir, "models.py"] => {
                dirs.insert((*dir).to_owned());
                sources
                    .models
                    .push(((*dir).to_owned(), path.clone(), text(&path, bytes)?));
            }
            [dir, "apps.py"] => {
                dirs.insert((*dir).to_owned());
                sources
                    .apps_py
                    .push(((*dir).to_owned(), path.clone(), text(&path, bytes)?));
            }
            [dir, name] if name.ends_with(".py") => modules.push(((*dir).to_owned(), path, bytes)),
            _ => {}
        }
    }
    // The app modules a models.py imports from.
    for (dir, path, bytes) in modules {
        let stem = path
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".py");
        let imported = sources.models.iter().any(|(app, _, text)| {
            *app == dir
                && super::models_py::app_imports(app, text)
                    .iter()
                    .any(|s| s == stem)
        });
        if imported {
            let text = text(&path, bytes)?;
            sources.modules.push((dir, path, text));
        }
    }
    let (settings_path, settings_bytes) = match settings.len() {
        1 => settings.remove(0),
        0 => {
            return Err(ProjectError::missing(
                root.trim_end_matches('/'),
                "no settings.py in the project folder or one folder down",
            ))
        }
        _ => {
            let names: Vec<&str> = settings.iter().map(|(p, _)| p.as_str()).collect();
            return Err(ProjectError::missing(
                root.trim_end_matches('/'),
                format!("several settings.py ({}): keep one", names.join(", ")),
            ));
        }
    };
    sources.settings = text(&settings_path, settings_bytes)?;
    sources.settings_path = settings_path;
    sources.app_dirs = dirs.into_iter().collect();
    Ok(Upload {
        sources,
        fixtures,
        assumed: None,
    })
}

/// Reads a `.zip` of a project folder.
///
/// # Errors
/// A damaged archive, or as [`from_files`].
pub fn from_zip(name: &str, bytes: &[u8]) -> Result<Upload, ProjectError> {
    let files = crate::fixtures::zipfile::members(bytes, wanted)
        .map_err(|e| ProjectError::missing(name, e.to_string()))?;
    from_files(files)
}

/// The folder holding `manage.py` (the shortest such path), or else the
/// one holding `settings.py` or its package: `""` or `"name/"`.
fn project_root(files: &[(String, Vec<u8>)]) -> Result<String, ProjectError> {
    let parent = |path: &str| match path.rfind('/') {
        Some(at) => path[..=at].to_owned(),
        None => String::new(),
    };
    if let Some(manage) = files
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.rsplit('/').next() == Some("manage.py"))
        .min_by_key(|p| (p.matches('/').count(), p.to_owned()))
    {
        return Ok(parent(manage));
    }
    let settings = files
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.rsplit('/').next() == Some("settings.py"))
        .min_by_key(|p| (p.matches('/').count(), p.to_owned()))
        .ok_or_else(|| {
            ProjectError::missing(
                "the project",
                "no manage.py or settings.py: pick the folder that holds manage.py",
            )
        })?;
    // settings.py sits in the project's settings package, one below root.
    let package = parent(settings);
    Ok(parent(package.trim_end_matches('/')))
}

fn text(path: &str, bytes: Vec<u8>) -> Result<String, ProjectError> {
    let bytes = bytes
        .strip_prefix(b"\xef\xbb\xbf")
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    String::from_utf8(bytes).map_err(|e| {
        ProjectError::missing(
            path,
            format!(
                "not UTF-8 (byte {} at {}): Python reads source files as UTF-8; save it as UTF-8",
                e.as_bytes()
                    .get(e.utf8_error().valid_up_to())
                    .map_or(0, |b| *b),
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn file(path: &str, text: &str) -> (String, Vec<u8>) {
        (path.to_owned(), text.as_bytes().to_vec())
    }

    #[test]
    fn a_picked_folder_is_read_from_its_manage_py() {
        let upload = from_files(vec![
            file("homework/manage.py", ""),
            file("homework/config/settings.py", "INSTALLED_APPS = []\n"),
            file("homework/config/urls.py", ""),
            file(
                "homework/articles/models.py",
                "from django.db import models\n",
            ),
            file("homework/articles/apps.py", ""),
            file("homework/articles/fixtures/articles.json", "[]"),
            file("homework/venv/lib/site-packages/django/db/models.py", ""),
            file("homework/articles/__pycache__/models.cpython-311.pyc", ""),
        ])
        .expect("reads");
        assert_eq!(upload.sources.settings_path, "config/settings.py");
        assert_eq!(upload.sources.app_dirs, ["articles", "config"]);
        assert_eq!(upload.sources.models.len(), 1);
        assert_eq!(upload.sources.models[0].1, "articles/models.py");
        assert_eq!(upload.fixtures.len(), 1);
        assert_eq!(upload.fixtures[0].name, "articles/fixtures/articles.json");
    }

    #[test]
    fn an_app_module_with_abstract_models_comes_along_when_models_py_imports_it() {
        let upload = from_files(vec![
            file("hw/manage.py", ""),
            file("hw/config/settings.py", "INSTALLED_APPS = []\n"),
            file("hw/blog/models.py", "from .base import Stamped\n"),
            file("hw/blog/base.py", "from django.db import models\n"),
            file("hw/blog/views.py", "from .models import Post\n"),
        ])
        .expect("reads");
        let modules: Vec<&str> = upload
            .sources
            .modules
            .iter()
            .map(|(_, path, _)| path.as_str())
            .collect();
        assert_eq!(modules, ["blog/base.py"]);
    }

    #[test]
    fn missing_or_doubled_settings_and_bad_encoding_are_named() {
        let none = from_files(vec![file("p/articles/models.py", "")]).expect_err("no settings");
        assert!(
            none.to_string()
                .contains("pick the folder that holds manage.py"),
            "{none}"
        );
        let two = from_files(vec![
            file("p/manage.py", ""),
            file("p/a/settings.py", ""),
            file("p/b/settings.py", ""),
        ])
        .expect_err("two");
        assert!(
            two.to_string().contains("a/settings.py, b/settings.py"),
            "{two}"
        );
        let cp949 = from_files(vec![
            file("manage.py", ""),
            file("config/settings.py", ""),
            ("articles/models.py".to_owned(), vec![b'#', 0xc7, 0xd1]),
        ])
        .expect_err("cp949");
        assert!(
            cp949.to_string().starts_with("articles/models.py"),
            "{cp949}"
        );
    }

    /// A fixture in a project's app folder saved as CP949 (Python on
    /// Korean Windows) loads, with a notice naming its path below the
    /// project and the `python -X utf8` fix, as the lesson's uploads do.
    #[test]
    fn a_cp949_fixture_of_a_project_loads_with_a_notice_naming_its_path() {
        use crate::fixtures::encoding::Encoding;
        use crate::fixtures::{dumpdata, loaddata, DumpOptions, LoadNotice, LoadOptions};
        let upload = from_files(vec![
            file("hw/manage.py", ""),
            file(
                "hw/config/settings.py",
                "INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'items']\n",
            ),
            file(
                "hw/items/models.py",
                "from django.db import models\n\nclass Item(models.Model):\n    name = models.CharField(max_length=20)\n",
            ),
            (
                "hw/items/fixtures/items.json".to_owned(),
                b"[{\"model\": \"items.item\", \"pk\": 1, \"fields\": {\"name\": \"\x8c\x63\xb9\xe6\"}}]".to_vec(),
            ),
        ])
        .expect("reads");
        let db =
            super::super::open_database(&upload.sources, "2024-03-04 14:44:00").expect("opens");
        let report = loaddata(&db, &upload.fixtures, &LoadOptions::default()).expect("loads");
        assert_eq!(report.message(), "Installed 1 object(s) from 1 fixture(s)");
        let [notice] = report.notices.as_slice() else {
            panic!("one notice: {:?}", report.notices);
        };
        assert!(
            matches!(
                notice,
                LoadNotice::Recoded {
                    encoding: Encoding::Cp949,
                    ..
                }
            ),
            "{notice:?}"
        );
        let text = notice.to_string();
        assert!(
            text.contains("python -X utf8 manage.py dumpdata … -o items/fixtures/items.json"),
            "{text}"
        );
        let dump = dumpdata(&db, &DumpOptions::default()).expect("dumps");
        assert!(dump.contains("똠방"), "{dump}");
    }

    /// Runs natively and in the page's SQLite (`make test-wasm`), which is
    /// built without JSON functions: migrate rebuilds Django's own tables
    /// (ALTER TABLE … RENAME) and a JSONField's CHECK calls JSON_VALID.
    #[test]
    fn a_read_project_migrates_and_round_trips_json_in_either_sqlite() {
        use crate::fixtures::{dumpdata, loaddata, DumpOptions, LoadOptions};
        let upload = from_files(vec![
            file("shop/manage.py", ""),
            file(
                "shop/config/settings.py",
                "INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth', \
                 'django.contrib.contenttypes', 'django.contrib.sessions', 'items']\n\
                 USE_TZ = True\nTIME_ZONE = 'Asia/Seoul'\n",
            ),
            file(
                "shop/items/models.py",
                "from django.db import models\n\nclass Item(models.Model):\n    \
                 name = models.CharField(max_length=20)\n    \
                 extra = models.JSONField(default=dict)\n",
            ),
            file(
                "shop/items/fixtures/items.json",
                r#"[{"model": "items.item", "pk": 1, "fields": {"name": "팔로우", "extra": {"a": [1, 2.5, null], "한": "값"}}}]"#,
            ),
        ])
        .expect("reads");
        let project = super::super::Project::from_sources(&upload.sources).expect("project");
        let registry = std::sync::Arc::new(
            super::super::Project::from_sources(&upload.sources)
                .expect("again")
                .registry,
        );
        let db = crate::db::Database::open_in_memory_with(registry).expect("open");
        super::super::migrate::migrate(&db, &project, "2024-03-04 14:44:00").expect("migrate");
        let report = loaddata(&db, &upload.fixtures, &LoadOptions::default()).expect("loads");
        assert_eq!(report.message(), "Installed 1 object(s) from 1 fixture(s)");
        let dump = dumpdata(
            &db,
            &DumpOptions {
                labels: vec!["items".into()],
                ..DumpOptions::default()
            },
        )
        .expect("dumps");
        assert_eq!(
            dump,
            r#"[{"model": "items.item", "pk": 1, "fields": {"name": "팔로우", "extra": {"a": [1, 2.5, null], "한": "값"}}}]"#
        );
        let broken = crate::fixtures::FixtureFile::new(
            "bad.json",
            r#"[{"model": "items.item", "pk": 2, "fields": {"name": "x", "extra": 1}}]"#,
        );
        loaddata(&db, &[broken], &LoadOptions::default()).expect("a JSON number is valid JSON");
        // A text primary key (sessions) dumps too.
        db.execute_batch_unlogged(
            "INSERT INTO django_session VALUES ('k2', 'b', '2024-03-05 00:00:00'), \
             ('k1', 'a', '2024-03-04 10:00:00.5')",
        )
        .expect("sessions");
        let sessions = dumpdata(
            &db,
            &DumpOptions {
                labels: vec!["sessions".into()],
                ..DumpOptions::default()
            },
        )
        .expect("dumps sessions");
        assert_eq!(
            sessions,
            r#"[{"model": "sessions.session", "pk": "k1", "fields": {"session_data": "a", "expire_date": "2024-03-04T10:00:00.500Z"}}, {"model": "sessions.session", "pk": "k2", "fields": {"session_data": "b", "expire_date": "2024-03-05T00:00:00Z"}}]"#
        );
    }
}
