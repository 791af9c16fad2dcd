//! A project's `settings.py`: the few settings that decide its models and
//! schema, read as literals from the module's top-level assignments.
//!
//! A real `settings.py` is a program (`BASE_DIR = Path(__file__)…`,
//! `os.environ`); the playground never runs it. It parses the file with the
//! `manage shell` parser and reads `INSTALLED_APPS`, `AUTH_USER_MODEL`,
//! `DEFAULT_AUTO_FIELD`, `TIME_ZONE`, `USE_TZ` and `LANGUAGE_CODE` where
//! they are literals; any other statement is left alone. One of these
//! assigned anything but a literal (or changed later with `+=`) is refused
//! with its line: its value would be a guess.

use crate::models::AutoKind;
use crate::python::ast::{Const, Expr, ExprKind, Stmt, StmtKind};
use crate::python::parser::parse_program;

use super::error::ProjectError;

/// The settings the playground reads, with Django 5.2's defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// `INSTALLED_APPS` as written (`'django.contrib.auth'`, `'articles'`,
    /// `'articles.apps.ArticlesConfig'`).
    pub installed_apps: Vec<String>,
    /// `AUTH_USER_MODEL`: `auth.User` unless set.
    pub auth_user_model: String,
    /// `DEFAULT_AUTO_FIELD`: `AutoField` unless set.
    pub default_auto_field: AutoKind,
    pub time_zone: String,
    pub use_tz: bool,
    pub language_code: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            installed_apps: Vec::new(),
            auth_user_model: "auth.User".into(),
            default_auto_field: AutoKind::Auto,
            time_zone: "America/Chicago".into(),
            use_tz: true,
            language_code: "en-us".into(),
        }
    }
}

const READ: [&str; 6] = [
    "INSTALLED_APPS",
    "AUTH_USER_MODEL",
    "DEFAULT_AUTO_FIELD",
    "TIME_ZONE",
    "USE_TZ",
    "LANGUAGE_CODE",
];

/// Reads `source`, the text of the file `file`.
///
/// # Errors
/// A syntax error, or one of the settings above given a value that is not
/// a literal of the right type.
pub fn parse(file: &str, source: &str) -> Result<Settings, ProjectError> {
    let body = parse_program(source).map_err(|e| ProjectError::from_python(file, &e))?;
    let mut settings = Settings::default();
    let mut seen_apps = false;
    for stmt in &body {
        match &stmt.kind {
            StmtKind::Assign(targets, value) => {
                for target in targets {
                    if let ExprKind::Name(name) = &target.kind {
                        if READ.contains(&&**name) {
                            seen_apps |= &**name == "INSTALLED_APPS";
                            assign(file, &mut settings, name, value)?;
                        }
                    }
                }
            }
            StmtKind::AugAssign(target, _, _) => {
                if let ExprKind::Name(name) = &target.kind {
                    if READ.contains(&&**name) {
                        return Err(ProjectError::unsupported(
                            file,
                            stmt.line,
                            format!("{name} changed with an augmented assignment (write it as one list)"),
                        ));
                    }
                }
            }
            _ => check_nested(file, stmt)?,
        }
    }
    if !seen_apps {
        return Err(ProjectError::missing(file, "INSTALLED_APPS is not set"));
    }
    Ok(settings)
}

/// A setting assigned inside `if`/`try` depends on how the file runs.
fn check_nested(file: &str, stmt: &Stmt) -> Result<(), ProjectError> {
    let blocks: Vec<&[Stmt]> = match &stmt.kind {
        StmtKind::If(_, body, orelse) => vec![body, orelse],
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finally,
        } => {
            let mut all: Vec<&[Stmt]> = vec![body, orelse, finally];
            all.extend(handlers.iter().map(|h| h.body.as_slice()));
            all
        }
        _ => return Ok(()),
    };
    for inner in blocks.into_iter().flatten() {
        if let StmtKind::Assign(targets, _) = &inner.kind {
            for target in targets {
                if let ExprKind::Name(name) = &target.kind {
                    if READ.contains(&&**name) {
                        return Err(ProjectError::unsupported(
                            file,
                            inner.line,
                            format!("{name} assigned inside a block (the playground reads top-level literals)"),
                        ));
                    }
                }
            }
        }
        check_nested(file, inner)?;
    }
    Ok(())
}

fn assign(
    file: &str,
    settings: &mut Settings,
    name: &str,
    value: &Expr,
) -> Result<(), ProjectError> {
    let not_literal = |what: &str| {
        ProjectError::unsupported(file, value.line, format!("{name} that is not {what}"))
    };
    match name {
        "INSTALLED_APPS" => {
            let items = match &value.kind {
                ExprKind::List(items) | ExprKind::Tuple(items) => items,
                _ => return Err(not_literal("a list of strings")),
            };
            settings.installed_apps = items
                .iter()
                .map(|item| string(item).ok_or_else(|| not_literal("a list of strings")))
                .collect::<Result<_, _>>()?;
        }
        "AUTH_USER_MODEL" => {
            let label = string(value).ok_or_else(|| not_literal("a string"))?;
            if label.split('.').count() != 2 {
                return Err(ProjectError::invalid(
                    file,
                    value.line,
                    format!(
                        "AUTH_USER_MODEL must be of the form 'app_label.model_name', not '{label}'"
                    ),
                ));
            }
            settings.auth_user_model = label;
        }
        "DEFAULT_AUTO_FIELD" => {
            let path = string(value).ok_or_else(|| not_literal("a string"))?;
            settings.default_auto_field = match path.as_str() {
                "django.db.models.AutoField" => AutoKind::Auto,
                "django.db.models.BigAutoField" => AutoKind::BigAuto,
                other => {
                    return Err(ProjectError::unsupported(
                        file,
                        value.line,
                        format!("DEFAULT_AUTO_FIELD = '{other}' (AutoField and BigAutoField are)"),
                    ))
                }
            };
        }
        "TIME_ZONE" => settings.time_zone = string(value).ok_or_else(|| not_literal("a string"))?,
        "LANGUAGE_CODE" => {
            settings.language_code = string(value).ok_or_else(|| not_literal("a string"))?;
        }
        "USE_TZ" => {
            settings.use_tz = match value.kind {
                ExprKind::Const(Const::Bool(b)) => b,
                _ => return Err(not_literal("True or False")),
            };
        }
        _ => {}
    }
    Ok(())
}

fn string(expr: &Expr) -> Option<String> {
    match &expr.kind {
        ExprKind::Const(Const::Str(s)) => Some(s.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_literals_and_skips_the_rest() {
        let src = "from pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent.parent\nINSTALLED_APPS = [\n    'articles',\n    'django.contrib.auth',\n]\nUSE_TZ = False\nAUTH_USER_MODEL = 'accounts.User'\nDEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\n";
        let settings = parse("config/settings.py", src).unwrap();
        assert_eq!(settings.installed_apps, ["articles", "django.contrib.auth"]);
        assert!(!settings.use_tz);
        assert_eq!(settings.auth_user_model, "accounts.User");
        assert_eq!(settings.default_auto_field, AutoKind::BigAuto);
        assert_eq!(settings.time_zone, "America/Chicago");
    }

    #[test]
    fn refuses_what_it_would_have_to_guess() {
        let err = parse("s.py", "APPS = ['a']\nINSTALLED_APPS = APPS\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "s.py, line 2: not supported in the playground: INSTALLED_APPS that is not a list of strings"
        );
        let err = parse("s.py", "INSTALLED_APPS = []\nINSTALLED_APPS += ['x']\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err = parse("s.py", "X = 1\n").unwrap_err();
        assert_eq!(err.to_string(), "s.py: INSTALLED_APPS is not set");
    }
}
