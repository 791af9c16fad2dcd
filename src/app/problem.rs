//! Why an upload was refused, kept as a type until the data bar shows it,
//! so the message follows the page's language (switching languages after a
//! failed upload re-words it) and a fixture error keeps its file, object,
//! model, pk and field.

use crate::fixtures::FixtureError;
use crate::i18n::{Lang, Text};

/// Why nothing was loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum UploadProblem {
    /// `loaddata` refused the files (see `fixtures::explain`).
    Fixture(FixtureError),
    /// A playground file was picked together with other files.
    PlaygroundAlone,
    /// A playground file that is not text.
    NotText { file: String },
    /// The browser could not read a picked file.
    Unreadable { file: String, error: String },
    /// A picked project that could not be read (file, line, construct).
    Project(crate::project::ProjectError),
    /// Anything else (a database that could not be created), as reported.
    Other(String),
}

impl UploadProblem {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            UploadProblem::Fixture(error) => error.render(lang),
            UploadProblem::PlaygroundAlone => Text::PlaygroundAlone.get(lang).to_owned(),
            UploadProblem::NotText { file } => Text::NotText.get(lang).replace("{file}", file),
            UploadProblem::Unreadable { file, error } => format!("{file}: {error}"),
            UploadProblem::Project(error) => {
                format!("{} {}", Text::ProjectRefused.get(lang), error.render(lang))
            }
            UploadProblem::Other(message) => message.clone(),
        }
    }
}
