//! The lesson's bundled fixtures: `fixtures/users.json`, `articles.json` and
//! `comments.json`, written by real Django's `dumpdata --indent 4` from the
//! reference script's seeded lesson data, compiled into the build.

use crate::db::{Database, DbError};
use crate::fixtures::{loaddata, FixtureError, FixtureFile, LoadOptions, LoadReport};
use crate::schema;

/// The three files, as a learner's `loaddata users.json articles.json
/// comments.json` reads them.
pub fn bundled_files() -> Vec<FixtureFile> {
    vec![
        FixtureFile::new(
            "users.json",
            include_bytes!("../fixtures/users.json").as_slice(),
        ),
        FixtureFile::new(
            "articles.json",
            include_bytes!("../fixtures/articles.json").as_slice(),
        ),
        FixtureFile::new(
            "comments.json",
            include_bytes!("../fixtures/comments.json").as_slice(),
        ),
    ]
}

/// Why the lesson database could not be built (never, short of a broken
/// build).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LessonError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error(transparent)]
    Fixture(#[from] FixtureError),
}

/// A fresh in-memory database with Django's schema, migrated at `applied`.
pub fn empty_database(applied: &str) -> Result<Database, DbError> {
    let db = Database::open_in_memory()?;
    schema::migrate(&db, applied)?;
    Ok(db)
}

/// A fresh in-memory database with the lesson data loaded.
pub fn lesson_database(applied: &str) -> Result<(Database, LoadReport), LessonError> {
    let db = empty_database(applied)?;
    let report = loaddata(&db, &bundled_files(), &LoadOptions::default())?;
    Ok((db, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn the_lesson_loads_like_django_says() {
        let (_, report) = lesson_database("2024-01-01 00:00:00").expect("lesson");
        assert_eq!(report.message(), "Installed 45 object(s) from 3 fixture(s)");
    }
}
