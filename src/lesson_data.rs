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

/// A fresh in-memory database with the lesson data loaded: from the
/// prebuilt [`LESSON_IMAGE`], or (should SQLite ever refuse it) by
/// [`lesson_from_fixtures`].
pub fn lesson_database(applied: &str) -> Result<(Database, LoadReport), LessonError> {
    lesson_from_image(applied).or_else(|_| lesson_from_fixtures(applied))
}

/// The lesson database the long way: Django's migrations, then `loaddata`
/// of the bundled fixtures. What [`LESSON_IMAGE`] is checked against.
pub fn lesson_from_fixtures(applied: &str) -> Result<(Database, LoadReport), LessonError> {
    let db = empty_database(applied)?;
    let report = loaddata(&db, &bundled_files(), &LoadOptions::default())?;
    Ok((db, report))
}

/// When [`LESSON_IMAGE`]'s migrations were applied; [`lesson_from_image`]
/// stamps the real time over it.
pub const IMAGE_APPLIED: &str = "2000-01-01 00:00:00";

/// [`lesson_from_fixtures`]`(IMAGE_APPLIED)` as a SQLite file image, built
/// ahead of time (`fixtures/lesson.sqlite3`; a test checks it is what the
/// fixtures give and writes it with `BLESS=1`). The page starts from it: a
/// first visit then skips running the migrations and `loaddata`, whose
/// code the browser would otherwise compile and run before the first paint
/// (BENCHMARKS.md, "Cold start").
pub const LESSON_IMAGE: &[u8] = include_bytes!("../fixtures/lesson.sqlite3");

/// What `loaddata` said when it built [`LESSON_IMAGE`].
pub fn image_report() -> LoadReport {
    LoadReport {
        loaded: 45,
        found: 45,
        fixtures: 3,
        new: 45,
        ..LoadReport::default()
    }
}

/// The lesson database from the prebuilt [`LESSON_IMAGE`], migrations
/// applied at `applied`: what [`lesson_from_fixtures`] makes, faster (the
/// page builds it at start and again for the share link's baseline).
pub fn lesson_from_image(applied: &str) -> Result<(Database, LoadReport), LessonError> {
    image_into(Database::open_in_memory()?, applied)
}

/// [`lesson_from_image`] into a connection already open (an empty
/// in-memory database of the lesson's models): the page's start opens the
/// connection in one task and this in the next. Should SQLite refuse the
/// image, the lesson is built from its fixtures, as [`lesson_database`]
/// does.
pub fn lesson_into(db: Database, applied: &str) -> Result<(Database, LoadReport), LessonError> {
    image_into(db, applied).or_else(|_| lesson_from_fixtures(applied))
}

fn image_into(mut db: Database, applied: &str) -> Result<(Database, LoadReport), LessonError> {
    db.read_image(LESSON_IMAGE)?;
    db.execute_unlogged(
        "UPDATE \"django_migrations\" SET \"applied\" = %s",
        &[rusqlite::types::Value::Text(applied.to_owned())],
    )?;
    Ok((db, image_report()))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_prebuilt_image_is_what_the_fixtures_give() {
        let (mut built, report) = lesson_from_fixtures(IMAGE_APPLIED).expect("lesson");
        assert_eq!(report, image_report());
        let bytes = built.to_file_bytes().expect("image");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write("fixtures/lesson.sqlite3", &bytes).expect("write the image");
        }
        assert!(
            bytes == LESSON_IMAGE,
            "fixtures/lesson.sqlite3 is stale: `BLESS=1 cargo test --lib lesson_data` rewrites it"
        );
    }

    #[test]
    fn the_image_holds_the_lesson_with_the_time_of_the_visit() {
        let applied = "2024-01-01 00:00:00";
        let (loaded, _) = lesson_from_fixtures(applied).expect("lesson");
        let (image, report) = lesson_from_image(applied).expect("image");
        assert_eq!(report.message(), "Installed 45 object(s) from 3 fixture(s)");
        let everything = |db: &Database| {
            let tables = db
                .select_unlogged(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    &[],
                )
                .expect("tables");
            tables
                .iter()
                .map(|row| {
                    let rusqlite::types::Value::Text(name) = &row[0] else {
                        panic!("a table name is text")
                    };
                    let rows = db
                        .select_unlogged(&format!("SELECT * FROM \"{name}\" ORDER BY 1"), &[])
                        .expect("rows");
                    format!("{name}: {rows:?}")
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(everything(&image), everything(&loaded));
    }

    #[test]
    fn the_lesson_loads_like_django_says() {
        let (_, report) = lesson_from_fixtures("2024-01-01 00:00:00").expect("lesson");
        assert_eq!(report.message(), "Installed 45 object(s) from 3 fixture(s)");
    }
}
