//! A project made from one pasted `models.py` ("or paste a models.py"):
//! a learner without the whole folder at hand pastes the file and names
//! its app, and the playground builds the one-app project
//! `django-admin startproject` + `startapp` would give, with Django 5.2's
//! default settings, and says which settings it assumed (the schema and
//! `dumpdata` depend on them).
//!
//! What is assumed: `INSTALLED_APPS` of the app first (as the lecture
//! lists its own apps) then Django's six; `DEFAULT_AUTO_FIELD =
//! BigAutoField` (in settings.py and startapp's apps.py); `TIME_ZONE =
//! 'UTC'`, `USE_TZ = True`, `LANGUAGE_CODE = 'en-us'`; and, when a class
//! of the file subclasses `AbstractUser`, `AUTH_USER_MODEL` naming it.

use super::error::ProjectError;
use super::upload::{Assumed, Upload};
use super::{models_py, Sources};

/// The settings file's path in the made project.
const SETTINGS: &str = "config/settings.py";

/// Django's apps in `startproject`'s `INSTALLED_APPS`, in its order.
const DJANGO_APPS: [&str; 6] = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
];

/// The one-app project of a pasted `models.py` for the app `app`.
///
/// # Errors
/// An app label Python or Django would refuse, or the file's own first
/// problem (file and line).
pub fn upload(app: &str, models: &str) -> Result<Upload, ProjectError> {
    let app = app.trim();
    check_label(app)?;
    let models_path = format!("{app}/models.py");
    let users: Vec<String> = models_py::parse(&models_path, models)?
        .into_iter()
        .filter(|m| m.abstract_user)
        .map(|m| format!("{app}.{}", m.name))
        .collect();
    let user_model = match users.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        _ => {
            return Err(ProjectError::unsupported(
                &models_path,
                0,
                format!(
                    "several AbstractUser subclasses ({}): AUTH_USER_MODEL names one",
                    users.join(", ")
                ),
            ))
        }
    };
    let apps: Vec<String> = std::iter::once(app)
        .chain(DJANGO_APPS)
        .map(|a| format!("    '{a}',\n"))
        .collect();
    let mut settings = format!(
        "# Assumed by the playground: Django 5.2's startproject settings.\n\
         INSTALLED_APPS = [\n{}]\n\
         DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\n\
         LANGUAGE_CODE = 'en-us'\nTIME_ZONE = 'UTC'\nUSE_TZ = True\n",
        apps.concat()
    );
    if let Some(user) = &user_model {
        settings.push_str(&format!("AUTH_USER_MODEL = '{user}'\n"));
    }
    let config = format!(
        "from django.apps import AppConfig\n\n\nclass {}Config(AppConfig):\n    \
         default_auto_field = 'django.db.models.BigAutoField'\n    name = '{app}'\n",
        camel(app)
    );
    let sources = Sources {
        settings_path: SETTINGS.into(),
        settings,
        models: vec![(app.into(), models_path, models.into())],
        apps_py: vec![(app.into(), format!("{app}/apps.py"), config)],
        app_dirs: vec![app.into(), "config".into()],
        modules: Vec::new(),
    };
    Ok(Upload {
        sources,
        fixtures: Vec::new(),
        assumed: Some(Assumed {
            app: app.into(),
            user_model,
        }),
    })
}

/// An app label is a Python identifier (ASCII here, as Django's labels
/// are in practice) that is not one of Django's own apps.
fn check_label(app: &str) -> Result<(), ProjectError> {
    let identifier = app.len() <= 64
        && app
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && app.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let django = DJANGO_APPS
        .iter()
        .any(|d| d.rsplit('.').next() == Some(app));
    if !identifier || django || app == "config" {
        return Err(ProjectError::invalid(
            "models.py",
            0,
            format!(
                "'{}' cannot be the app's name: give the folder name of the app (a Python name such as articles or accounts, not one of Django's apps)",
                crate::limits::excerpt(app)
            ),
        ));
    }
    Ok(())
}

/// `my_app` → `MyApp`, as `startapp` names the config class.
fn camel(app: &str) -> String {
    app.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{dumpdata, DumpOptions};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const ACCOUNTS: &str = "from django.db import models\nfrom django.contrib.auth.models import AbstractUser\n\n\nclass User(AbstractUser):\n    followings = models.ManyToManyField('self', symmetrical=False, related_name='followers')\n";

    #[test]
    fn a_pasted_models_py_is_a_one_app_startproject() {
        let upload = upload(" accounts ", ACCOUNTS).expect("builds");
        assert_eq!(
            upload.assumed,
            Some(Assumed {
                app: "accounts".into(),
                user_model: Some("accounts.User".into()),
            })
        );
        assert!(upload
            .sources
            .settings
            .contains("AUTH_USER_MODEL = 'accounts.User'"));
        assert!(upload.sources.apps_py[0].2.contains("class AccountsConfig"));
        let db =
            super::super::open_database(&upload.sources, "2024-03-04 14:44:00").expect("opens");
        let registry = db.registry();
        assert_eq!(
            registry.app_labels().collect::<Vec<_>>(),
            [
                "accounts",
                "admin",
                "auth",
                "contenttypes",
                "sessions",
                "messages",
                "staticfiles"
            ]
        );
        assert!(registry.get_model("accounts.user").is_some());
        assert!(registry.get_model("auth.user").is_none(), "swapped out");
        let dump = dumpdata(
            &db,
            &DumpOptions {
                labels: vec!["accounts".into()],
                ..DumpOptions::default()
            },
        )
        .expect("dumps");
        assert_eq!(dump, "[]", "no data yet");
        assert!(db.registry().project_sources().is_some());
        assert_eq!(camel("my_blog_app"), "MyBlogApp");
    }

    #[test]
    fn a_bad_label_or_models_py_is_named() {
        for label in ["", "1app", "my-app", "auth", "config", "앱"] {
            let error = upload(label, "").expect_err(label);
            assert!(
                error.to_string().contains("cannot be the app's name"),
                "{label}: {error}"
            );
        }
        let error = upload(
            "blog",
            "from django.db import models\n\nclass Post(models.Model):\n    ip = models.GenericIPAddressField()\n",
        )
        .expect_err("refused");
        assert_eq!(
            error.to_string(),
            "blog/models.py, line 4: not supported in the playground: the field class GenericIPAddressField"
        );
        let two = format!("{ACCOUNTS}\n\nclass Admin(AbstractUser):\n    pass\n");
        let error = upload("accounts", &two).expect_err("two users");
        assert!(
            error.to_string().contains("several AbstractUser"),
            "{error}"
        );
    }
}
