//! A dumpdata download as the learner set it up: the core's options, the
//! file name, and the `manage.py` command that writes the same bytes.

use crate::fixtures::{DumpOptions, Format};

/// What to dump and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DumpRequest {
    /// `accounts`, `articles.comment`, ...; everything when `None`.
    pub label: Option<String>,
    pub indent: Option<usize>,
    pub natural_foreign: bool,
    pub natural_primary: bool,
    pub format: Format,
    /// Compress as `dumpdata -o FILE.gz` does.
    pub gzip: bool,
}

impl Default for DumpRequest {
    fn default() -> Self {
        DumpRequest {
            label: None,
            indent: Some(4),
            natural_foreign: false,
            natural_primary: false,
            format: Format::Json,
            gzip: false,
        }
    }
}

impl DumpRequest {
    /// The core's options.
    pub fn options(&self) -> DumpOptions {
        DumpOptions {
            labels: self.label.iter().cloned().collect(),
            indent: self.indent,
            natural_foreign: self.natural_foreign,
            natural_primary: self.natural_primary,
            format: self.format,
            ..DumpOptions::default()
        }
    }

    /// `data.json`, `articles.comment.jsonl.gz`, ...
    pub fn file_name(&self) -> String {
        let ext = match self.format {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
        };
        let gz = if self.gzip { ".gz" } else { "" };
        format!("{}.{ext}{gz}", self.label.as_deref().unwrap_or("data"))
    }

    /// The command that writes the same bytes.
    pub fn command(&self) -> String {
        let mut parts = vec!["python manage.py dumpdata".to_owned()];
        parts.extend(self.label.clone());
        if let Some(indent) = self.indent {
            parts.push(format!("--indent {indent}"));
        }
        if self.format == Format::Jsonl {
            parts.push("--format jsonl".to_owned());
        }
        if self.natural_foreign {
            parts.push("--natural-foreign".to_owned());
        }
        if self.natural_primary {
            parts.push("--natural-primary".to_owned());
        }
        if self.gzip {
            parts.push(format!("-o {}", self.file_name()));
        } else {
            parts.push(format!("> {}", self.file_name()));
        }
        parts.join(" ")
    }
}
