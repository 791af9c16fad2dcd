//! Exercises: tasks that follow the lecture, each starting from a naive
//! program that prints the right thing with too many queries, and
//! **Check**, which says whether a learner's program prints what the
//! reference solution prints, on the current data and on a hidden
//! generated dataset, within the query budget.
//!
//! `catalog` holds the exercises (texts in both languages, programs,
//! budgets, hints), `check` runs and judges a program, `progress` is what
//! the browser keeps between visits. The UI only shows them.

pub mod catalog;
pub mod check;
pub mod progress;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

pub use catalog::{find, Budget, Exercise, Localized, Topic, EXERCISES};
pub use check::{check, CheckError, CheckReport, Dataset, Failure, HiddenData, OutputCheck};
pub use progress::Progress;
