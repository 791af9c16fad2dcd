//! An app's `apps.py`: the `AppConfig` `startapp` writes, whose
//! `default_auto_field` (not the setting) decides the primary key type of
//! the app's models, and whose `name`/`label` name the app.

use crate::models::AutoKind;
use crate::python::ast::{Const, ExprKind, StmtKind};
use crate::python::parser::parse_program;

use super::classes;
use super::error::ProjectError;

/// One `AppConfig` subclass.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppConfigDecl {
    pub class_name: String,
    pub name: Option<String>,
    pub label: Option<String>,
    pub default_auto_field: Option<AutoKind>,
    /// `default = True`.
    pub default: bool,
}

/// The `AppConfig` subclasses of one `apps.py`.
///
/// # Errors
/// Syntax errors; an option given something other than a literal.
pub fn parse(file: &str, source: &str) -> Result<Vec<AppConfigDecl>, ProjectError> {
    let rewritten = classes::rewrite(file, source)?;
    let body = parse_program(&rewritten.source).map_err(|e| ProjectError::from_python(file, &e))?;
    let mut configs = Vec::new();
    for stmt in &body {
        let StmtKind::Def(def) = &stmt.kind else {
            continue;
        };
        let Some(header) = rewritten.classes.get(&stmt.line) else {
            continue;
        };
        if !header
            .bases
            .iter()
            .any(|b| b == "AppConfig" || b.ends_with(".AppConfig"))
        {
            continue;
        }
        let mut config = AppConfigDecl {
            class_name: header.name.clone(),
            ..AppConfigDecl::default()
        };
        for inner in &def.body {
            let StmtKind::Assign(targets, value) = &inner.kind else {
                continue;
            };
            let [target] = targets.as_slice() else {
                continue;
            };
            let ExprKind::Name(key) = &target.kind else {
                continue;
            };
            let text = || match &value.kind {
                ExprKind::Const(Const::Str(s)) => Ok(s.to_string()),
                _ => Err(ProjectError::unsupported(
                    file,
                    value.line,
                    format!("{key} that is not a string literal"),
                )),
            };
            match &**key {
                "name" => config.name = Some(text()?),
                "label" => config.label = Some(text()?),
                "default" => {
                    config.default = matches!(value.kind, ExprKind::Const(Const::Bool(true)))
                }
                "default_auto_field" => {
                    config.default_auto_field = Some(match text()?.as_str() {
                        "django.db.models.AutoField" => AutoKind::Auto,
                        "django.db.models.BigAutoField" => AutoKind::BigAuto,
                        other => {
                            return Err(ProjectError::unsupported(
                                file,
                                value.line,
                                format!(
                                "default_auto_field = '{other}' (AutoField and BigAutoField are)"
                            ),
                            ))
                        }
                    });
                }
                _ => {}
            }
        }
        configs.push(config);
    }
    Ok(configs)
}

/// The config Django uses for the `INSTALLED_APPS` entry `entry` (a module
/// such as `articles`, or a class path `articles.apps.ArticlesConfig`):
/// the named class, else the only subclass or the one with `default = True`.
pub fn choose<'a>(configs: &'a [AppConfigDecl], entry: &str) -> Option<&'a AppConfigDecl> {
    if let Some((_, class)) = entry.rsplit_once(".apps.") {
        return configs.iter().find(|c| c.class_name == class);
    }
    match configs {
        [only] => Some(only),
        _ => configs.iter().find(|c| c.default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_startapps_config() {
        let src = "from django.apps import AppConfig\n\n\nclass ArticlesConfig(AppConfig):\n    default_auto_field = 'django.db.models.BigAutoField'\n    name = 'articles'\n";
        let configs = parse("articles/apps.py", src).unwrap();
        let config = choose(&configs, "articles").unwrap();
        assert_eq!(config.default_auto_field, Some(AutoKind::BigAuto));
        assert_eq!(config.name.as_deref(), Some("articles"));
        assert!(choose(&configs, "articles.apps.ArticlesConfig").is_some());
        assert!(choose(&configs, "articles.apps.Other").is_none());
    }
}
