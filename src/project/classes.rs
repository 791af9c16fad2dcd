//! Class statements in a `models.py`, for a parser that has none.
//!
//! The `manage shell` parser refuses `class` (the console never needs
//! one). A `models.py` is classes, so before parsing, each `class Name(Base,
//! …):` header is rewritten in place as `def Name():` with the same
//! indentation and line, and its name and bases are kept here by line. The
//! parser then reads the bodies as function bodies (field assignments, the
//! nested `Meta`, `__str__`), every line number unchanged, and the reader
//! tells a class from a real `def` by its line. Tokens (not text search)
//! find the headers, so `class` inside a string or comment is left alone.
//! Only the header is read here: a base is a dotted name; anything else in
//! a header (keywords, calls, a header over several lines) is refused.

use std::collections::HashMap;

use crate::python::lexer::{tokenize, Tok};

use super::error::{ProjectError, ProjectErrorKind};

/// What `from .x import …` of an app module reads as (`from
/// <APP_PACKAGE>.x import …`).
pub const APP_PACKAGE: &str = "__app__";

/// A class header: its name and bases as written (`models.Model`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassHeader {
    pub name: String,
    pub bases: Vec<String>,
}

/// The source with class headers rewritten, and the headers by line.
#[derive(Debug)]
pub struct Rewritten {
    pub source: String,
    pub classes: HashMap<u32, ClassHeader>,
}

/// Rewrites the class headers of `source` (the file `file`).
///
/// # Errors
/// A syntax error from the tokenizer, or a header outside the subset.
pub fn rewrite(file: &str, source: &str) -> Result<Rewritten, ProjectError> {
    let tokens = tokenize(source).map_err(|e| ProjectError::from_python(file, &e))?;
    let mut lines: Vec<String> = source.lines().map(str::to_owned).collect();
    let mut classes = HashMap::new();
    let mut at_start = true;
    for (i, token) in tokens.iter().enumerate() {
        if at_start && token.tok == Tok::Op("@") {
            blank_decorator(file, &tokens[i..], &mut lines)?;
        }
        if at_start
            && token.tok == Tok::Name("from".into())
            && tokens.get(i + 1).is_some_and(|t| t.tok == Tok::Op("."))
        {
            // `from .base import X`: the parser has no relative imports,
            // so the app's own package is spelled out (same line).
            let index = usize::try_from(token.line).unwrap_or(0).saturating_sub(1);
            if let Some(text) = lines.get_mut(index) {
                if let Some(at) = text.find("from") {
                    let rest = text[at + 4..].trim_start();
                    if let Some(module) = rest.strip_prefix('.') {
                        *text = format!("{}from {APP_PACKAGE}.{module}", &text[..at]);
                    }
                }
            }
        }
        if at_start && token.tok == Tok::Name("class".into()) {
            let index = usize::try_from(token.line).unwrap_or(0).saturating_sub(1);
            let Some(text) = lines.get(index) else {
                continue;
            };
            let (rewritten, header) = header(file, token.line, text)?;
            lines[index] = rewritten;
            classes.insert(token.line, header);
        }
        at_start = matches!(token.tok, Tok::Newline | Tok::Indent | Tok::Dedent)
            || token.tok == Tok::Op(";");
    }
    let mut source = lines.join("\n");
    source.push('\n');
    Ok(Rewritten { source, classes })
}

/// A decorator (`@property`) on a method or function: its lines are
/// blanked, since methods do not shape the schema and the parser has no
/// decorators. A decorated class is refused.
fn blank_decorator(
    file: &str,
    tokens: &[crate::python::lexer::Token],
    lines: &mut [String],
) -> Result<(), ProjectError> {
    let Some(first) = tokens.first() else {
        return Ok(());
    };
    let end = tokens
        .iter()
        .position(|t| t.tok == Tok::Newline)
        .unwrap_or(tokens.len().saturating_sub(1));
    let last_line = tokens.get(end).map_or(first.line, |t| t.line);
    let decorated = tokens[end + 1..].iter().find(|t| {
        !matches!(
            t.tok,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Op("@")
        )
    });
    if decorated.is_some_and(|t| t.tok == Tok::Name("class".into())) {
        return Err(ProjectError::unsupported(
            file,
            first.line,
            "a decorated class",
        ));
    }
    for line in first.line..=last_line {
        let index = usize::try_from(line).unwrap_or(0).saturating_sub(1);
        if let Some(text) = lines.get_mut(index) {
            text.clear();
        }
    }
    Ok(())
}

fn header(file: &str, line: u32, text: &str) -> Result<(String, ClassHeader), ProjectError> {
    let unsupported = |what: &str| ProjectError::unsupported(file, line, what);
    let indent = &text[..text.len() - text.trim_start().len()];
    let rest = text
        .trim_start()
        .strip_prefix("class")
        .ok_or_else(|| unsupported("a class statement after another statement on its line"))?;
    let rest = rest.trim_start();
    let name_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    if name.is_empty() {
        return Err(unsupported("a class header the playground cannot read"));
    }
    let mut rest = rest[name_len..].trim_start();
    let mut bases = Vec::new();
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner
            .find(')')
            .ok_or_else(|| unsupported("a class header over several lines"))?;
        for base in inner[..close].split(',') {
            let base = base.trim();
            if base.is_empty() {
                continue;
            }
            let dotted = base.split('.').all(|part| {
                !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_')
            });
            if !dotted {
                return Err(unsupported(&format!("the class base '{base}'")));
            }
            bases.push(base.to_owned());
        }
        rest = inner[close + 1..].trim_start();
    }
    let body = rest.strip_prefix(':').ok_or_else(|| ProjectError {
        file: file.into(),
        line,
        kind: ProjectErrorKind::Syntax("SyntaxError: expected ':'".into()),
    })?;
    Ok((
        format!("{indent}def {name}():{body}"),
        ClassHeader {
            name: name.to_owned(),
            bases,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_become_defs_on_the_same_line() {
        let src = "from django.db import models\n\n# class NotThis:\nclass Article(models.Model):\n    title = models.CharField(max_length=10)\n\n    class Meta:\n        ordering = ['-pk']\n";
        let out = rewrite("m.py", src).unwrap();
        assert_eq!(out.source.lines().nth(3), Some("def Article():"));
        assert_eq!(out.source.lines().nth(6), Some("    def Meta():"));
        assert_eq!(out.classes[&4].bases, ["models.Model"]);
        assert_eq!(out.classes[&7].name, "Meta");
        assert_eq!(out.classes.len(), 2);
    }

    #[test]
    fn method_decorators_are_dropped_class_decorators_refused() {
        let src = "class A(models.Model):\n    @property\n    def full(self):\n        return 1\n";
        let out = rewrite("m.py", src).unwrap();
        assert_eq!(out.source.lines().nth(1), Some(""));
        assert_eq!(out.source.lines().nth(2), Some("    def full(self):"));
        let err = rewrite("m.py", "@register\nclass A(models.Model):\n    pass\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "m.py, line 1: not supported in the playground: a decorated class"
        );
    }

    #[test]
    fn refuses_headers_it_cannot_read() {
        let err = rewrite("m.py", "class A(B, metaclass=M):\n    pass\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "m.py, line 1: not supported in the playground: the class base 'metaclass=M'"
        );
    }
}
