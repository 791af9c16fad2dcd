//! Writes seed links for the `link_decode` fuzz target (scripts/fuzz): a
//! toggles link and a whole-data link made by the real encoder.

use orm_playground::i18n::Lang;
use orm_playground::lesson_data::lesson_database;
use orm_playground::share::{encode, snapshot, Changes, ShareData, ShareState, ViewState};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: share_seeds DIR")?;
    std::fs::create_dir_all(&dir)?;
    let view = ViewState {
        section: "follow".into(),
        variant: Some("optimized".into()),
        acting_user: Some(2),
        lang: Lang::Ko,
        program: None,
    };
    let changes = ShareData::Lesson(Changes {
        follows_added: vec![(4, 2)],
        likes_removed: vec![(2, 1)],
        ..Changes::default()
    });
    let (db, _) = lesson_database("2024-01-01 00:00:00")?;
    db.execute_batch_unlogged("UPDATE articles_article SET title = 'x' WHERE id = 1")?;
    let whole = snapshot(&db, "2024-01-01 00:00:00")?;
    for (name, data) in [("changes", changes), ("whole", whole)] {
        let link = encode(&ShareState {
            view: view.clone(),
            data,
        });
        std::fs::write(format!("{dir}/{name}"), link)?;
    }
    Ok(())
}
