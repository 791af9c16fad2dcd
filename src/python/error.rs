//! How a run ends badly: the last line of Python's traceback and its line.
//!
//! Three kinds, kept apart because a learner acts on them differently: a
//! Python exception (what CPython would print), a syntax error (the program
//! never ran), and "not supported in the playground" (the program is valid
//! Python this interpreter will not run; it never gives a wrong answer
//! instead).

use std::fmt;

/// Why a program stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// An uncaught exception: its type as the traceback names it
    /// (`KeyError`, `articles.models.Article.DoesNotExist`) and its `str()`.
    Exception { type_name: String, message: String },
    /// The program does not parse: `SyntaxError` or `IndentationError`.
    Syntax { type_name: String, message: String },
    /// Valid Python outside the playground's subset, or past its limits.
    Unsupported(String),
}

/// What the lexer, parser and compiler return: the error boxed, so that
/// their results stay small (a pointer to move, not the whole error; 16 KB
/// less raw wasm, 4.3 KB gzip).
pub(crate) type Parsed<T> = Result<T, Box<PyError>>;

/// An error with the 1-based line it happened on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyError {
    pub kind: ErrorKind,
    pub line: u32,
}

impl PyError {
    /// Boxed, as the lexer, parser and compiler return it: their results
    /// stay small (a pointer to move instead of the whole error).
    pub(crate) fn syntax(type_name: &str, message: &str, line: u32) -> Box<Self> {
        Box::new(PyError {
            kind: ErrorKind::Syntax {
                type_name: type_name.into(),
                message: message.into(),
            },
            line,
        })
    }

    pub(crate) fn unsupported(what: &str, line: u32) -> Box<Self> {
        Box::new(PyError {
            kind: ErrorKind::Unsupported(what.into()),
            line,
        })
    }

    /// The line Python's traceback would end with:
    /// `NameError: name 'x' is not defined`, or
    /// `not supported in the playground: …`.
    pub fn last_line(&self) -> String {
        match &self.kind {
            ErrorKind::Exception { type_name, message }
            | ErrorKind::Syntax { type_name, message } => {
                if message.is_empty() {
                    type_name.clone()
                } else {
                    format!("{type_name}: {message}")
                }
            }
            ErrorKind::Unsupported(what) => format!("not supported in the playground: {what}"),
        }
    }

    /// The exception's type name (`ZeroDivisionError`), or `None` for a
    /// "not supported" error.
    pub fn type_name(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Exception { type_name, .. } | ErrorKind::Syntax { type_name, .. } => {
                Some(type_name)
            }
            ErrorKind::Unsupported(_) => None,
        }
    }
}

impl fmt::Display for PyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.last_line())
    }
}

impl std::error::Error for PyError {}
