//! Why a project cannot be read: one typed error naming the file, the line
//! and the construct, so a learner can go straight to it.

use std::fmt;

use super::checks::CheckIssue;
use crate::i18n::{Lang, Text};
use crate::python::{ErrorKind as PyErrorKind, PyError};

/// What is wrong at a place in a project's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectErrorKind {
    /// The file is not valid Python (`SyntaxError: …` as CPython says it).
    Syntax(String),
    /// Valid Python and Django the playground does not model: the project
    /// is refused rather than guessed at.
    Unsupported(Construct),
    /// Something Django itself would refuse (a model that does not exist,
    /// a field without its required option).
    Invalid(String),
    /// A file the project needs is not there.
    Missing(String),
    /// Django's system checks refuse the project: every entry it prints
    /// under `ERRORS:`, each at its place (the error's own place is the
    /// first's).
    Checks(Vec<CheckIssue>),
}

/// What the playground does not model, named so that the page can say it
/// in the learner's language: the constructs learners meet most as
/// variants, any other as the playground words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Construct {
    /// `models.GenericIPAddressField()` and other field classes.
    FieldClass(String),
    /// A field option the playground does not read for that class.
    FieldOption { option: String, class: String },
    /// A `Meta` option it does not read.
    MetaOption(String),
    /// A model class base other than `models.Model` and `AbstractUser`.
    ModelBase(String),
    /// An installed app that is neither a folder of the project nor one of
    /// Django's default apps (a third-party app with models).
    App(String),
    /// Anything else, as the playground words it (English).
    Other(String),
}

impl Construct {
    /// The construct in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let fill = |text: Text, pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .fold(text.get(lang).to_owned(), |out, (k, v)| out.replace(k, v))
        };
        match self {
            Construct::FieldClass(class) => fill(Text::PcFieldClass, &[("{class}", class)]),
            Construct::FieldOption { option, class } => fill(
                Text::PcFieldOption,
                &[("{option}", option), ("{class}", class)],
            ),
            Construct::MetaOption(option) => fill(Text::PcMetaOption, &[("{option}", option)]),
            Construct::ModelBase(base) => fill(Text::PcModelBase, &[("{base}", base)]),
            Construct::App(app) => fill(Text::PcApp, &[("{app}", app)]),
            Construct::Other(what) => what.clone(),
        }
    }
}

impl fmt::Display for Construct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl From<String> for Construct {
    fn from(what: String) -> Self {
        Construct::Other(what)
    }
}

impl From<&str> for Construct {
    fn from(what: &str) -> Self {
        Construct::Other(what.to_owned())
    }
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
    pub(crate) fn unsupported(file: &str, line: u32, what: impl Into<Construct>) -> Self {
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

    /// Django's `SystemCheckError`, placed at the first of `issues`
    /// (which is not empty).
    pub(crate) fn checks(issues: Vec<CheckIssue>) -> Self {
        let (file, line) = issues
            .first()
            .map(|i| (i.file.clone(), i.line))
            .unwrap_or_default();
        ProjectError {
            file,
            line,
            kind: ProjectErrorKind::Checks(issues),
        }
    }

    /// The parser's error, placed in `file`.
    pub(crate) fn from_python(file: &str, error: &PyError) -> Self {
        let kind = match &error.kind {
            PyErrorKind::Unsupported(what) => {
                ProjectErrorKind::Unsupported(Construct::Other(what.clone()))
            }
            _ => ProjectErrorKind::Syntax(error.last_line()),
        };
        ProjectError {
            file: file.into(),
            line: error.line,
            kind,
        }
    }
}

impl ProjectError {
    /// The message in `lang`, as the page shows it: the place (file and
    /// line), then what is wrong. The English is the [`Display`](fmt::Display)
    /// text; the Korean frames the same place and detail (Python's and
    /// Django's own messages and the construct stay as they print, so a
    /// learner can search for them).
    pub fn render(&self, lang: Lang) -> String {
        let (text, key, value) = match &self.kind {
            ProjectErrorKind::Syntax(message) => (Text::PeSyntax, "{message}", message.clone()),
            ProjectErrorKind::Unsupported(what) => {
                (Text::PeUnsupported, "{what}", what.render(lang))
            }
            ProjectErrorKind::Invalid(what) => (Text::PeInvalid, "{what}", what.clone()),
            ProjectErrorKind::Missing(what) => (Text::PeMissing, "{what}", what.clone()),
            ProjectErrorKind::Checks(issues) => {
                let each = issues.iter().map(|i| {
                    place(lang, &i.file, i.line)
                        + &Text::PeInvalid.get(lang).replace("{what}", &i.entry)
                });
                return each.collect::<Vec<_>>().join("\n");
            }
        };
        place(lang, &self.file, self.line) + &text.get(lang).replace(key, &value)
    }
}

/// Where an error is, in `lang`: the file, and the line unless it is 0.
fn place(lang: Lang, file: &str, line: u32) -> String {
    if line > 0 {
        Text::PeAtLine
            .get(lang)
            .replace("{file}", file)
            .replace("{line}", &line.to_string())
    } else {
        Text::PeAtFile.get(lang).replace("{file}", file)
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
            ProjectErrorKind::Checks(issues) => {
                for (n, issue) in issues.iter().enumerate() {
                    if n > 0 {
                        write!(f, "\n{}, line {}: ", issue.file, issue.line)?;
                    }
                    f.write_str(&issue.entry)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ProjectError {}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn each_kind_reads_in_korean_and_the_english_is_the_display() {
        let errors = [
            ProjectError {
                file: "blog/models.py".into(),
                line: 3,
                kind: ProjectErrorKind::Syntax("SyntaxError: invalid syntax".into()),
            },
            ProjectError::unsupported(
                "blog/models.py",
                12,
                Construct::FieldClass("GenericIPAddressField".into()),
            ),
            ProjectError::invalid(
                "blog/models.py",
                4,
                "Field defines a relation with model 'blog.B', which is either not installed, or is abstract.",
            ),
            ProjectError::missing("homework", "no settings.py in the project folder or one folder down"),
        ];
        let korean = [
            "blog/models.py 3번째 줄: Python 문법 오류입니다. SyntaxError: invalid syntax",
            "blog/models.py 12번째 줄: 플레이그라운드에서는 아직 지원하지 않는 코드입니다 (추측해서 읽지 않고 거부합니다): 필드 클래스 GenericIPAddressField",
            "blog/models.py 4번째 줄: Django도 이 정의를 거부합니다: Field defines a relation with model 'blog.B', which is either not installed, or is abstract.",
            "homework: 프로젝트 파일을 찾거나 읽지 못했습니다: no settings.py in the project folder or one folder down",
        ];
        for (error, korean) in errors.iter().zip(korean) {
            assert_eq!(error.render(Lang::En), error.to_string());
            assert_eq!(error.render(Lang::Ko), korean);
        }
        // The typed constructs keep the English the playground wrote.
        let english = [
            (
                Construct::FieldClass("X".into()),
                "the field class X",
                "필드 클래스 X",
            ),
            (
                Construct::FieldOption {
                    option: "through".into(),
                    class: "ManyToManyField".into(),
                },
                "the option through of ManyToManyField",
                "ManyToManyField의 through 옵션",
            ),
            (
                Construct::MetaOption("proxy".into()),
                "the Meta option proxy",
                "Meta 옵션 proxy",
            ),
        ];
        for (construct, en, ko) in english {
            assert_eq!(construct.to_string(), en);
            assert_eq!(construct.render(Lang::Ko), ko);
        }
    }
}
