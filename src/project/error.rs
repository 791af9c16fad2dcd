//! Why a project cannot be read: one typed error naming the file, the line
//! and the construct, so a learner can go straight to it.

use std::fmt;

use crate::python::{ErrorKind as PyErrorKind, PyError};

/// What is wrong at a place in a project's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectErrorKind {
    /// The file is not valid Python (`SyntaxError: …` as CPython says it).
    Syntax(String),
    /// Valid Python and Django the playground does not model: the project
    /// is refused rather than guessed at.
    Unsupported(String),
    /// Something Django itself would refuse (a model that does not exist,
    /// a field without its required option).
    Invalid(String),
    /// A file the project needs is not there.
    Missing(String),
}

/// An error in a project file at a 1-based line (0 when it is about the
/// whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectError {
    pub file: String,
    pub line: u32,
    pub kind: ProjectErrorKind,
}

impl ProjectError {
    pub(crate) fn unsupported(file: &str, line: u32, what: impl Into<String>) -> Self {
        ProjectError {
            file: file.into(),
            line,
            kind: ProjectErrorKind::Unsupported(what.into()),
        }
    }

    pub(crate) fn invalid(file: &str, line: u32, what: impl Into<String>) -> Self {
        ProjectError {
            file: file.into(),
            line,
            kind: ProjectErrorKind::Invalid(what.into()),
        }
    }

    pub(crate) fn missing(file: &str, what: impl Into<String>) -> Self {
        ProjectError {
            file: file.into(),
            line: 0,
            kind: ProjectErrorKind::Missing(what.into()),
        }
    }

    /// The parser's error, placed in `file`.
    pub(crate) fn from_python(file: &str, error: &PyError) -> Self {
        let kind = match &error.kind {
            PyErrorKind::Unsupported(what) => ProjectErrorKind::Unsupported(what.clone()),
            _ => ProjectErrorKind::Syntax(error.last_line()),
        };
        ProjectError {
            file: file.into(),
            line: error.line,
            kind,
        }
    }
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}, line {}: ", self.file, self.line)?;
        } else {
            write!(f, "{}: ", self.file)?;
        }
        match &self.kind {
            ProjectErrorKind::Syntax(message) => write!(f, "{message}"),
            ProjectErrorKind::Unsupported(what) => {
                write!(f, "not supported in the playground: {what}")
            }
            ProjectErrorKind::Invalid(what) | ProjectErrorKind::Missing(what) => {
                write!(f, "{what}")
            }
        }
    }
}

impl std::error::Error for ProjectError {}
