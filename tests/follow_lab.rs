//! The follow lab changes the data for real: counts move and the log shows
//! Django's write statements.

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use orm_playground::dataset::{article_summaries, followings_of, user_summaries};
use orm_playground::db::Database;
use orm_playground::fixtures::{loaddata, FixtureFile, LoadOptions};
use orm_playground::scenarios::toggles::Toggle;
use orm_playground::scenarios::{live_follow, live_like};
use orm_playground::schema;

fn lesson_db() -> Database {
    let db = Database::open_in_memory().expect("open");
    schema::migrate(&db, "2024-01-01 00:00:00").expect("migrate");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/fixtures/lesson/all.json"
    );
    let bytes = std::fs::read(path).expect("lesson fixture");
    loaddata(
        &db,
        &[FixtureFile::new("all.json", bytes)],
        &LoadOptions::default(),
    )
    .expect("load");
    db
}

fn followers_of(db: &Database, pk: i64) -> i64 {
    user_summaries(db)
        .expect("summaries")
        .into_iter()
        .find(|u| u.pk == pk)
        .map(|u| u.followers)
        .expect("user")
}

#[test]
fn follow_and_unfollow_persist_and_log_djangos_writes() {
    let mut db = lesson_db();
    // 박싸피 (4) does not follow 김싸피 (2) in the lesson data.
    assert!(!followings_of(&db, 4).expect("followings").contains(&2));
    let before = followers_of(&db, 2);
    for variant in ["naive_in", "naive_filter", "optimized"] {
        let (toggle, steps) = live_follow(&mut db, variant, 4, 2).expect("follow");
        assert_eq!(toggle, Toggle::Added, "{variant}");
        assert_eq!(followers_of(&db, 2), before + 1, "{variant}");
        let sqls: Vec<String> = steps[0].queries.iter().map(|q| q.sql()).collect();
        assert!(
            sqls.contains(&"INSERT OR IGNORE INTO \"accounts_user_followings\" (\"from_user_id\", \"to_user_id\") VALUES (4, 2)".to_owned()),
            "{variant}: {sqls:#?}"
        );
        assert!(
            steps[1].result_text.contains(&"Unfollow".to_owned()),
            "{variant}"
        );

        let (toggle, steps) = live_follow(&mut db, variant, 4, 2).expect("unfollow");
        assert_eq!(toggle, Toggle::Removed, "{variant}");
        assert_eq!(followers_of(&db, 2), before, "{variant}");
        let sqls: Vec<String> = steps[0].queries.iter().map(|q| q.sql()).collect();
        assert!(sqls.contains(&"DELETE FROM \"accounts_user_followings\" WHERE (\"accounts_user_followings\".\"to_user_id\" = 2 AND \"accounts_user_followings\".\"from_user_id\" IN (4))".to_owned()), "{variant}: {sqls:#?}");
    }
}

#[test]
fn following_oneself_writes_nothing() {
    let mut db = lesson_db();
    let (toggle, steps) = live_follow(&mut db, "optimized", 2, 2).expect("self");
    assert_eq!(toggle, Toggle::Unchanged);
    assert_eq!(steps[0].queries.len(), 1);
}

#[test]
fn likes_toggle() {
    let mut db = lesson_db();
    let liked = |db: &Database| {
        article_summaries(db, 5)
            .expect("articles")
            .iter()
            .find(|a| a.pk == 1)
            .map(|a| a.liked)
    };
    assert_eq!(liked(&db), Some(false));
    let (toggle, _) = live_like(&mut db, "optimized", 5, 1).expect("like");
    assert_eq!(toggle, Toggle::Added);
    assert_eq!(liked(&db), Some(true));
}
