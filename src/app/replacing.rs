//! Replacing the data on show: share links and playground files, the
//! saved state and its image, "Reset to the lesson data" and the one undo.
//! What asks the learner first and what is kept to undo is said in
//! `replace`; here the reducer acts on it.

use std::rc::Rc;
use std::sync::Arc;

use super::effect::Effect;
use super::model::*;
use super::replace::{LinkFrom, OwnData, Pending, Replacement, Undo, UndoData};
use super::state::{AppState, Replaced, SavedImage, ViewLang};
use super::work::{LoadWork, Purpose};
use crate::db::Database;
use crate::fixtures::{LoadJob, LoadOptions};
use crate::i18n::Text;
use crate::lesson_data::{empty_database, lesson_database};
use crate::share::{self, ShareData, ShareState};

impl AppState {
    /// The saved state's share text (the lesson with toggles), at start.
    pub(super) fn open_saved(&mut self, text: &str) {
        let opened = share::decode(text)
            .map_err(|e| e.to_string())
            .map(|shared| self.open_shared(&shared, ViewLang::Take, false));
        if let Err(err) = opened {
            self.set_status(DataStatus::SavedRefused(err));
        }
    }

    /// A share link or playground file: refused at once when damaged,
    /// else a replacement of the data (asked about when it is the
    /// learner's own).
    pub(super) fn open_link(&mut self, from: LinkFrom, text: &str) {
        match share::decode(text) {
            Ok(shared) => self.request_replace(Replacement::Link(from, Rc::new(shared))),
            Err(err) => self.set_status(DataStatus::LinkRefused(err.to_string())),
        }
    }

    /// Opens a decoded share state: a new database first; on any error the
    /// current data stays and the status line says why. `announce` says
    /// so in the status line when it is opened.
    pub(super) fn open_shared(
        &mut self,
        shared: &ShareState,
        lang: ViewLang,
        announce: bool,
    ) -> Replaced {
        let refused = |message: String| {
            if announce {
                DataStatus::LinkRefused(message)
            } else {
                DataStatus::SavedRefused(message)
            }
        };
        match &shared.data {
            ShareData::Lesson(_) => match share::restore(&shared.data, &self.now()) {
                Ok(db) => {
                    self.cancel_job();
                    self.use_database(db, DataOrigin::Lesson);
                    self.snapshot_is(shared.data.clone());
                    self.apply_view(&shared.view, lang);
                    if announce {
                        self.set_status(DataStatus::LinkOpened);
                    }
                    Replaced::Now
                }
                Err(err) => {
                    self.set_status(refused(err.to_string()));
                    Replaced::Not
                }
            },
            ShareData::Fixture(_) | ShareData::Project { .. } => {
                let view = shared.view.clone();
                let now = self.now();
                let fresh = match &shared.data {
                    ShareData::Project { sources, .. } => {
                        share::project_database(sources, &now).map_err(|e| self.share_error(&e))
                    }
                    _ => empty_database(&now).map_err(|e| e.to_string()),
                };
                let jsonl = match &shared.data {
                    ShareData::Fixture(jsonl) | ShareData::Project { jsonl, .. } => jsonl.as_str(),
                    ShareData::Lesson(_) => "",
                };
                let fresh = match (fresh, share::shared_file(jsonl)) {
                    // A project without a row: nothing to load.
                    (Ok(fresh), None) => {
                        self.cancel_job();
                        self.use_database(fresh, DataOrigin::Custom);
                        self.load_message = Rc::from("");
                        self.apply_view(&shared.view, lang);
                        if announce {
                            self.set_status(DataStatus::LinkOpened);
                        }
                        return Replaced::Now;
                    }
                    (fresh, file) => fresh.map(|fresh| (fresh, file)),
                };
                let started = fresh.and_then(|(fresh, file)| {
                    let job = LoadJob::new(
                        fresh.registry_handle(),
                        file.into_iter().collect(),
                        LoadOptions::default(),
                    )
                    .map_err(|e| e.to_string())?;
                    Ok(LoadWork::fresh(job, fresh, Purpose::Link(view)))
                });
                match started {
                    Ok(work) => {
                        self.start_job(JobKind::Restore, Box::new(work));
                        Replaced::Later
                    }
                    Err(err) => {
                        self.set_status(refused(err));
                        Replaced::Not
                    }
                }
            }
        }
    }

    /// A refused link in the page's language (a project's error worded as
    /// the project errors are).
    fn share_error(&self, error: &share::ShareError) -> String {
        match error {
            share::ShareError::Project(error) => format!(
                "{} {}",
                Text::LinkProjectRefused.get(self.lang),
                error.render(self.lang)
            ),
            other => other.to_string(),
        }
    }

    /// The learner's own data on show, which a replacement would lose
    /// (`None`: the untouched lesson, or no data at all).
    pub(super) fn own_data(&self) -> Option<OwnData> {
        self.db.as_ref()?;
        if !self.lesson_models {
            let rows = self
                .with_db(|db| crate::dataset::table_counts(db).map_err(|e| e.to_string()))
                .map_or(0, |counts| counts.iter().map(|(_, n)| n).sum());
            return Some(OwnData::Project { rows });
        }
        match self.origin {
            DataOrigin::Custom => Some(OwnData::Loaded(self.data.summary)),
            DataOrigin::Lesson => match self.share_data().as_deref() {
                Ok(ShareData::Lesson(changes)) => OwnData::of_changes(changes),
                _ => Some(OwnData::Loaded(self.data.summary)),
            },
        }
    }

    /// Replaces the data, or first asks when it is the learner's own.
    pub(super) fn request_replace(&mut self, replacement: Replacement) {
        match self.own_data() {
            Some(own) => self.pending = Some(Rc::new(Pending { replacement, own })),
            None => self.replace(replacement),
        }
    }

    /// Replaces the data, keeping what was there as the one undo.
    pub(super) fn replace(&mut self, replacement: Replacement) {
        self.pending = None;
        // A load writing into the live data rolls back first, so the
        // snapshot is of the data on show.
        self.cancel_job();
        let undo = self
            .undo_snapshot()
            // Resetting the untouched lesson changes nothing to undo.
            .filter(|u| u.own.is_some() || replacement != Replacement::Reset);
        let replaced = match replacement {
            Replacement::Link(_, shared) => self.open_shared(&shared, ViewLang::UnlessChosen, true),
            Replacement::Reset => self.reset(),
            Replacement::Upload(files) => {
                self.upload(Rc::unwrap_or_clone(files), LoadMode::Replace)
            }
            Replacement::Project(input) => self.open_project(&input),
        };
        match replaced {
            Replaced::Now => self.undo = undo,
            Replaced::Later => self.replacing = undo,
            Replaced::Not => {}
        }
    }

    /// What the data on show can be brought back from.
    pub(super) fn undo_snapshot(&self) -> Option<Rc<Undo>> {
        let own = self.own_data();
        let data = match (self.origin, own) {
            (DataOrigin::Lesson, None | Some(OwnData::LessonToggled(_))) => {
                UndoData::Lesson(self.share_text().ok()?)
            }
            _ => UndoData::Image {
                bytes: Rc::new(
                    self.with_db(|db| db.to_file_bytes().map_err(|e| e.to_string()))
                        .ok()?,
                ),
                view: self.view_state(),
                registry: self.registry(),
            },
        };
        Some(Rc::new(Undo {
            data,
            own,
            load_message: Rc::clone(&self.load_message),
        }))
    }

    /// Brings back the data from before the last replacement (once).
    pub(super) fn undo_replace(&mut self) {
        let Some(undo) = self.undo.take() else {
            return;
        };
        self.pending = None;
        self.cancel_job();
        let now = self.now();
        let restored = match &undo.data {
            UndoData::Lesson(text) => share::decode(text)
                .and_then(|shared| Ok((share::restore(&shared.data, &now)?, shared.view)))
                .map(|(db, view)| (db, view, DataOrigin::Lesson))
                .map_err(|e| e.to_string()),
            UndoData::Image {
                bytes,
                view,
                registry,
            } => Database::from_file_bytes_with(bytes, Arc::clone(registry))
                .map(|db| (db, view.clone(), DataOrigin::Custom))
                .map_err(|e| e.to_string()),
        };
        match restored {
            Ok((db, view, origin)) => {
                self.use_database(db, origin);
                self.load_message = Rc::clone(&undo.load_message);
                self.apply_view(&view, ViewLang::Keep);
                self.set_status(DataStatus::Undone);
            }
            Err(err) => self.notice = Some(err),
        }
    }

    /// Back to the bundled lesson data.
    pub(super) fn reset(&mut self) -> Replaced {
        match lesson(&self.now()) {
            Ok((db, message)) => {
                self.load_message = Rc::from(message);
                self.use_database(db, DataOrigin::Lesson);
                self.set_status(DataStatus::Reset);
                Replaced::Now
            }
            Err(err) => {
                self.notice = Some(err);
                Replaced::Not
            }
        }
    }
    /// The saved image arrived (or could not be read).
    pub(super) fn saved_image(&mut self, image: Result<Vec<u8>, String>) {
        self.persist_ready = true;
        let Some(SavedImage {
            key,
            view,
            project,
            version,
            then,
        }) = self.saved_image.take()
        else {
            return;
        };
        // The learner changed the data before it arrived: theirs wins.
        if self.version == version && self.job.is_none() {
            // A project's image opens on the models its saved files build.
            let registry = match project.as_deref() {
                Some(sources) => crate::project::registry(sources).map_err(|e| {
                    let lang = self.lang;
                    format!("{} {}", Text::SavedProjectRefused.get(lang), e.render(lang))
                }),
                None => Ok(Arc::clone(crate::models::Registry::lesson_shared())),
            };
            let db = registry.and_then(|registry| {
                image.and_then(|bytes| {
                    Database::from_file_bytes_with(&bytes, registry).map_err(|e| e.to_string())
                })
            });
            match db {
                Ok(db) => {
                    self.use_database(db, DataOrigin::Custom);
                    // The language was taken at start (and may have been
                    // switched since).
                    self.apply_view(&view, ViewLang::Keep);
                    let version = self.version;
                    self.effects.push(Effect::AdoptImage { version, key });
                }
                Err(err) => self.set_status(DataStatus::SavedRefused(err)),
            }
        }
        // The link opened at start, now that the data it would replace is
        // known.
        if let Some(link) = then {
            self.request_replace(link);
        }
    }
}

/// In-browser SQLite with the bundled lesson fixtures.
fn lesson(now: &str) -> Result<(Database, String), String> {
    let (db, report) = lesson_database(now).map_err(|e| e.to_string())?;
    Ok((db, report.message()))
}
