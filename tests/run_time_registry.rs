//! Models as data at run time: a registry built here, not the lesson's,
//! goes through `migrate`, `loaddata` and `dumpdata` on the database that
//! carries it (issue 12 §1).

use std::sync::Arc;

use orm_playground::db::Database;
use orm_playground::fixtures::{dumpdata, loaddata, DumpOptions, FixtureFile, LoadOptions};
use orm_playground::models::{
    AutoKind, Field, FieldDefault, FieldKind, ManyToMany, Model, ModelId, Registry, StrMethod,
};
use orm_playground::schema;

fn field(name: &str, column: &str, kind: FieldKind) -> Field {
    Field {
        name: name.into(),
        column: column.into(),
        kind,
        null: false,
        unique: matches!(kind, FieldKind::AutoField(_)),
        primary_key: matches!(kind, FieldKind::AutoField(_)),
        db_index: matches!(kind, FieldKind::ForeignKey { .. }),
        default: FieldDefault::Null,
        auto_now: None,
        on_delete: orm_playground::models::OnDelete::Cascade,
    }
}

fn model(app: &str, object_name: &str, fields: Vec<Field>, m2m: Vec<ManyToMany>) -> Model {
    let model_name = object_name.to_lowercase();
    Model {
        // Registry::new numbers the models.
        id: ModelId::from_index(0),
        app_label: app.into(),
        object_name: object_name.into(),
        db_table: format!("{app}_{model_name}"),
        verbose_name: model_name.clone(),
        model_name,
        fields,
        many_to_many: m2m,
        natural_key: None,
        natural_key_dependencies: Vec::new(),
        unique_together: Vec::new(),
        indexes: Vec::new(),
        unique_constraints: Vec::new(),
        column_order: None,
        reverse_relations: Vec::new(),
        ordering: Vec::new(),
        str_method: StrMethod::Default,
    }
}

/// `blog.Author(name)` and `blog.Post(author FK, title, fans M2M Author)`.
fn blog() -> Registry {
    let pk = || field("id", "id", FieldKind::AutoField(AutoKind::BigAuto));
    let author = ModelId::from_index(0);
    let author_model = model(
        "blog",
        "Author",
        vec![
            pk(),
            field(
                "name",
                "name",
                FieldKind::Char {
                    max_length: Some(50),
                    file: None,
                },
            ),
        ],
        Vec::new(),
    );
    let post_model = model(
        "blog",
        "Post",
        vec![
            pk(),
            field("author", "author_id", FieldKind::ForeignKey { to: author }),
            field(
                "title",
                "title",
                FieldKind::Char {
                    max_length: Some(100),
                    file: None,
                },
            ),
        ],
        vec![ManyToMany {
            name: "fans".into(),
            to: author,
            through: None,
            related_name: "liked_posts".into(),
            related_query_name: "liked_posts".into(),
            through_table: "blog_post_fans".into(),
            source_column: "post_id".into(),
            target_column: "author_id".into(),
            through_auto: AutoKind::BigAuto,
            symmetrical: false,
        }],
    );
    Registry::new(vec!["blog".into()], vec![author_model, post_model])
}

const FIXTURE: &str = r#"[{"model": "blog.author", "pk": 1, "fields": {"name": "Ada"}}, {"model": "blog.author", "pk": 2, "fields": {"name": "Lin"}}, {"model": "blog.post", "pk": 1, "fields": {"author": 1, "title": "Hello", "fans": [2]}}]"#;

#[test]
fn a_registry_built_at_run_time_migrates_loads_and_dumps() {
    let registry = Arc::new(blog());
    assert_eq!(
        registry.get_model("blog.Post"),
        Some(ModelId::from_index(1))
    );
    assert_eq!(registry.get_model("articles.article"), None);

    let db = Database::open_in_memory_with(Arc::clone(&registry)).expect("open");
    schema::migrate(&db, "2024-01-01 00:00:00.000000").expect("migrate");
    let tables: Vec<String> = schema::read_sqlite_master(&db)
        .expect("sqlite_master")
        .into_iter()
        .filter(|object| object.kind == "table")
        .map(|object| object.name)
        .collect();
    assert_eq!(
        tables,
        [
            "django_migrations",
            "sqlite_sequence",
            "blog_author",
            "blog_post",
            "blog_post_fans"
        ]
    );

    let files = [FixtureFile::new("blog.json", FIXTURE.as_bytes().to_vec())];
    let report = loaddata(&db, &files, &LoadOptions::default()).expect("loaddata");
    assert_eq!(report.message(), "Installed 3 object(s) from 1 fixture(s)");

    let dumped = dumpdata(&db, &DumpOptions::default()).expect("dumpdata");
    assert_eq!(dumped, FIXTURE);

    let lesson_label = DumpOptions {
        labels: vec!["articles".into()],
        ..DumpOptions::default()
    };
    assert_eq!(
        dumpdata(&db, &lesson_label).map_err(|e| e.to_string()),
        Err("No installed app with label 'articles'.".into())
    );
}
