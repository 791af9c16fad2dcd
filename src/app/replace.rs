//! Replacing the data: what asks the learner first, and the one undo.
//!
//! A share link (opened at start or pasted into the page), a playground
//! file, "Reset to the lesson data" and a "Replace the data" upload each
//! throw the data on show away. When that data is the learner's own work
//! (uploaded homework, or the lesson with their follow and like toggles)
//! the reducer first holds the replacement as a [`Pending`] and the page
//! asks; the untouched lesson data is replaced without a question, since
//! nothing of the learner's is lost. Whatever replaced the data, one
//! [`Undo`] snapshot of what was there before is kept until the next
//! replacement or until it is used.
//!
//! These are plain data; the decisions are made in the reducer (`replacing`).

use std::rc::Rc;
use std::sync::Arc;

use crate::dataset::DatasetSummary;
use crate::fixtures::FixtureFile;
use crate::i18n::{Lang, Text};
use crate::models::Registry;
use crate::share::{Changes, ShareState, ViewState};

/// Where a share text came from (the question names it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkFrom {
    /// The address bar: at start, or pasted into the open page.
    Address,
    /// A `.playground` file opened with "Load fixtures".
    File,
}

/// Something that would replace the data on show.
#[derive(Clone, Debug, PartialEq)]
pub enum Replacement {
    /// A decoded share link or playground file.
    Link(LinkFrom, Rc<ShareState>),
    /// Back to the bundled lesson.
    Reset,
    /// Fixtures to load into a fresh database.
    Upload(Rc<Vec<FixtureFile>>),
    /// A learner's Django project: its models, then its fixtures.
    Project(Rc<crate::project::upload::Input>),
}

impl Replacement {
    /// What the data would be replaced with, in the question.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Replacement::Link(LinkFrom::Address, _) => Text::ReplaceWithLink.get(lang).to_owned(),
            Replacement::Link(LinkFrom::File, _) => Text::ReplaceWithFile.get(lang).to_owned(),
            Replacement::Reset => Text::ReplaceWithLesson.get(lang).to_owned(),
            Replacement::Upload(files) => {
                let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
                Text::ReplaceWithUpload
                    .get(lang)
                    .replace("{files}", &names.join(", "))
            }
            Replacement::Project(input) => Text::ReplaceWithUpload
                .get(lang)
                .replace("{files}", &input.name()),
        }
    }
}

/// The learner's data that a replacement would throw away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnData {
    /// The lesson data with this many follow and like toggles.
    LessonToggled(usize),
    /// Data the learner loaded (or opened from a link), with its counts.
    Loaded(DatasetSummary),
    /// A learner's own project (its models are not the lesson's, so the
    /// lesson's counts say nothing): its rows in every table.
    Project { rows: i64 },
}

impl OwnData {
    /// The learner's data of a lesson with `changes`, if any.
    pub fn of_changes(changes: &Changes) -> Option<OwnData> {
        let n = changes.follows_added.len()
            + changes.follows_removed.len()
            + changes.likes_added.len()
            + changes.likes_removed.len();
        (n > 0).then_some(OwnData::LessonToggled(n))
    }

    /// What would be lost, in the question and on the undo button.
    pub fn describe(self, lang: Lang) -> String {
        match self {
            OwnData::LessonToggled(n) => Text::OwnToggles
                .get(lang)
                .replace("{n}", &crate::report::thousands(n)),
            OwnData::Loaded(s) => Text::OwnLoaded
                .get(lang)
                .replace("{users}", &s.users.to_string())
                .replace("{articles}", &s.articles.to_string())
                .replace("{comments}", &s.comments.to_string()),
            OwnData::Project { rows } => Text::OwnProject
                .get(lang)
                .replace("{rows}", &crate::report::thousands(rows.max(0) as usize)),
        }
    }
}

/// A replacement waiting for the learner's yes or no.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub replacement: Replacement,
    /// What it would replace.
    pub own: OwnData,
}

/// The data before the last replacement, as it can be brought back.
#[derive(Clone, Debug, PartialEq)]
pub enum UndoData {
    /// The lesson with toggles: its share text (view and toggles).
    Lesson(String),
    /// Any other data: its SQLite file image and what was shown of it.
    Image {
        bytes: Rc<Vec<u8>>,
        view: ViewState,
        /// The models it is of (a learner's project's, or the lesson's).
        registry: Arc<Registry>,
    },
}

/// The one undo snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub data: UndoData,
    /// What it holds, for the button (`None`: the untouched lesson).
    pub own: Option<OwnData>,
    /// What `loaddata` said for it (the fixtures page shows it).
    pub load_message: Rc<str>,
}

impl Undo {
    /// The undo button's label.
    pub fn label(&self, lang: Lang) -> String {
        match self.own {
            Some(own) => Text::UndoReplaceOwn
                .get(lang)
                .replace("{what}", &own.describe(lang)),
            None => Text::UndoReplaceLesson.get(lang).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn untouched_lesson_is_not_the_learners_data() {
        assert_eq!(OwnData::of_changes(&Changes::default()), None);
        let changes = Changes {
            follows_added: vec![(1, 2)],
            likes_removed: vec![(3, 1), (4, 1)],
            ..Changes::default()
        };
        assert_eq!(
            OwnData::of_changes(&changes),
            Some(OwnData::LessonToggled(3))
        );
    }

    #[test]
    fn the_question_names_both_sides_in_both_languages() {
        let own = OwnData::Loaded(DatasetSummary {
            users: 6,
            articles: 30,
            comments: 90,
            ..DatasetSummary::default()
        });
        assert!(own.describe(Lang::Ko).contains("게시글 30개"));
        assert!(own.describe(Lang::En).contains("articles 30"));
        let upload = Replacement::Upload(Rc::new(vec![FixtureFile::new("hw.json", "[]")]));
        assert!(upload.describe(Lang::Ko).contains("hw.json"));
        assert!(upload.describe(Lang::En).contains("hw.json"));
    }
}
