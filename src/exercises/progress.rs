//! What a learner has done with the exercises, kept in the browser
//! (localStorage) between visits: each exercise's last program, attempts,
//! whether it passed and how many hints are open.
//!
//! Plain data with its rules (the solution opens after an attempt, hints
//! open one at a time), so they are tested natively; the UI only loads and
//! saves the JSON.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::catalog::{self, Exercise};

/// The localStorage key. The version is in the name: a future format gets
/// a new key instead of misreading this one.
pub const STORAGE_KEY: &str = "orm-playground-exercises-v1";

/// A saved program longer than this is not kept (localStorage holds a few
/// megabytes for the whole page, and no exercise needs a long program).
pub const MAX_SAVED_CODE_CHARS: usize = 20_000;

/// One exercise's progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseProgress {
    /// The learner's program as last checked or edited; `None`: the
    /// starting code.
    pub code: Option<String>,
    /// Checks run.
    pub attempts: u32,
    /// Whether any check passed.
    pub passed: bool,
    /// Hints open, from the first.
    pub hints_shown: usize,
}

/// Every exercise's progress, by exercise id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub exercises: BTreeMap<String, ExerciseProgress>,
    /// The exercise open on the page, by id.
    pub current: Option<String>,
}

impl Progress {
    /// Reads saved progress. Damaged or foreign text gives empty progress
    /// rather than an error: progress is a convenience, never a reason to
    /// stop the page.
    pub fn from_json(text: &str) -> Progress {
        // Read as bytes, as the share link's state is: one instantiation
        // of serde_json's reader for both (same result for any `&str`).
        let mut progress: Progress = serde_json::from_slice(text.as_bytes()).unwrap_or_default();
        progress
            .exercises
            .retain(|id, _| catalog::find(id).is_some());
        if progress
            .current
            .as_deref()
            .and_then(catalog::find)
            .is_none()
        {
            progress.current = None;
        }
        for (id, entry) in &mut progress.exercises {
            let hints = catalog::find(id).map_or(0, |e| e.hints.len());
            entry.hints_shown = entry.hints_shown.min(hints);
            if entry
                .code
                .as_ref()
                .is_some_and(|code| code.chars().count() > MAX_SAVED_CODE_CHARS)
            {
                entry.code = None;
            }
        }
        progress
    }

    /// The text to save.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The exercise open on the page (the first one until another is
    /// chosen).
    pub fn selected(&self) -> &'static Exercise {
        self.current
            .as_deref()
            .and_then(catalog::find)
            .unwrap_or(&catalog::EXERCISES[0])
    }

    /// Opens `exercise`.
    pub fn select(&mut self, exercise: &Exercise) {
        self.current = Some(exercise.id.to_owned());
    }

    /// One exercise's progress (empty if never touched).
    pub fn of(&self, exercise: &Exercise) -> ExerciseProgress {
        self.exercises.get(exercise.id).cloned().unwrap_or_default()
    }

    fn entry(&mut self, exercise: &Exercise) -> &mut ExerciseProgress {
        self.exercises.entry(exercise.id.to_owned()).or_default()
    }

    /// The program to show in the editor: the learner's own, else the
    /// starting code.
    pub fn code(&self, exercise: &'static Exercise) -> String {
        self.exercises
            .get(exercise.id)
            .and_then(|entry| entry.code.clone())
            .unwrap_or_else(|| exercise.start.to_owned())
    }

    /// Keeps the learner's program (or forgets it when it is the starting
    /// code again, or too long to keep).
    pub fn set_code(&mut self, exercise: &Exercise, code: &str) {
        let keep = code != exercise.start && code.chars().count() <= MAX_SAVED_CODE_CHARS;
        self.entry(exercise).code = keep.then(|| code.to_owned());
    }

    /// Records a check of `code` and its verdict. A pass stays a pass.
    pub fn record_check(&mut self, exercise: &Exercise, code: &str, passed: bool) {
        self.set_code(exercise, code);
        let entry = self.entry(exercise);
        entry.attempts = entry.attempts.saturating_add(1);
        entry.passed |= passed;
    }

    /// Opens the next hint; returns how many are open.
    pub fn show_hint(&mut self, exercise: &Exercise) -> usize {
        let hints = exercise.hints.len();
        let entry = self.entry(exercise);
        entry.hints_shown = (entry.hints_shown + 1).min(hints);
        entry.hints_shown
    }

    /// The reference solution is offered once the learner has tried.
    pub fn solution_available(&self, exercise: &Exercise) -> bool {
        self.of(exercise).attempts > 0
    }

    /// How many exercises have passed.
    pub fn passed_count(&self) -> usize {
        self.exercises.values().filter(|entry| entry.passed).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::EXERCISES;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn progress_survives_a_save_and_a_load() {
        let first = &EXERCISES[0];
        let mut progress = Progress::default();
        assert_eq!(progress.code(first), first.start);
        assert!(!progress.solution_available(first));
        progress.record_check(first, "print(1)", false);
        assert!(progress.solution_available(first));
        progress.record_check(first, first.solution, true);
        progress.record_check(first, "print(2)", false);
        assert_eq!(progress.show_hint(first), 1);
        let loaded = Progress::from_json(&progress.to_json());
        assert_eq!(loaded, progress);
        let entry = loaded.of(first);
        assert_eq!(
            (entry.attempts, entry.passed, entry.hints_shown),
            (3, true, 1)
        );
        assert_eq!(loaded.code(first), "print(2)");
        assert_eq!(loaded.passed_count(), 1);
        assert_eq!(loaded.selected().id, first.id);
    }

    #[test]
    fn the_open_exercise_is_kept_and_a_gone_one_forgotten() {
        let mut progress = Progress::default();
        progress.select(&EXERCISES[3]);
        let loaded = Progress::from_json(&progress.to_json());
        assert_eq!(loaded.selected().id, EXERCISES[3].id);
        let gone = Progress::from_json(r#"{"current": "no_such_exercise"}"#);
        assert_eq!(
            (gone.current.as_deref(), gone.selected().id),
            (None, EXERCISES[0].id)
        );
    }

    #[test]
    fn hints_open_one_at_a_time_and_stop_at_the_last() {
        let first = &EXERCISES[0];
        let mut progress = Progress::default();
        let shown: Vec<usize> = (0..5).map(|_| progress.show_hint(first)).collect();
        assert_eq!(shown, vec![1, 2, 2, 2, 2]);
    }

    #[test]
    fn the_starting_code_and_long_programs_are_not_kept() {
        let first = &EXERCISES[0];
        let mut progress = Progress::default();
        progress.set_code(first, "print(1)");
        progress.set_code(first, first.start);
        assert_eq!(progress.of(first).code, None);
        progress.set_code(first, &"x".repeat(MAX_SAVED_CODE_CHARS + 1));
        assert_eq!(progress.of(first).code, None);
    }

    #[test]
    fn damaged_or_foreign_progress_loads_as_empty_or_cleaned() {
        assert_eq!(Progress::from_json("not json"), Progress::default());
        assert_eq!(Progress::from_json("[1, 2]"), Progress::default());
        let loaded = Progress::from_json(
            r#"{"exercises": {"gone": {"attempts": 3}, "annotate_count": {"hints_shown": 99, "passed": true}}}"#,
        );
        assert_eq!(loaded.exercises.len(), 1);
        let entry = loaded.of(&EXERCISES[0]);
        assert_eq!((entry.hints_shown, entry.passed), (2, true));
    }
}
