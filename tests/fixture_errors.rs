//! Bad fixtures get one clear message naming the file, object, model, pk
//! and field, and change nothing: every table's checksum is the same after
//! the failed load. The inputs are the corpus under `tests/fixtures_errors/`
//! (with Django's own reaction to each in `tests/golden/fixtures/errors.json`).

// Native only: these tests read files from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use orm_playground::db::Database;
use orm_playground::fixtures::{loaddata, FixtureFile, LoadOptions};
use orm_playground::schema;
use rusqlite::types::Value;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    preload: Vec<String>,
    files: Vec<String>,
    args: Vec<String>,
    django_exit_code: i32,
    django_message: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<Case> {
    let text =
        std::fs::read(root().join("tests/golden/fixtures/errors.json")).expect("errors.json");
    serde_json::from_slice(&text).expect("errors JSON")
}

fn read(dir: &Path, name: &str) -> FixtureFile {
    let bytes = std::fs::read(dir.join(name)).unwrap_or_default();
    // Name the file as the learner would see it: its own name.
    let short = Path::new(name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    FixtureFile::new(short, bytes)
}

fn options(args: &[String]) -> LoadOptions {
    let mut options = LoadOptions::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-i" | "--ignorenonexistent" => options.ignore_nonexistent = true,
            "-e" | "--exclude" => options.exclude.extend(args.next().cloned()),
            "--app" => options.app = args.next().cloned(),
            other => panic!("unexpected loaddata argument {other}"),
        }
    }
    options
}

/// A checksum of every table's full contents (sqlite_sequence included).
pub fn checksum(db: &Database) -> Vec<(String, String)> {
    let tables = db
        .select_unlogged(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            &[],
        )
        .expect("tables");
    tables
        .into_iter()
        .map(|row| {
            let Value::Text(table) = &row[0] else {
                panic!("table name")
            };
            let rows = db
                .select_unlogged(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"), &[])
                .expect("rows");
            (table.clone(), format!("{rows:?}"))
        })
        .collect()
}

fn loaded(preload: &[String]) -> Database {
    let db = Database::open_in_memory().expect("open");
    schema::migrate(&db, "2024-01-01 00:00:00").expect("migrate");
    let golden = root().join("tests/golden/fixtures");
    let files: Vec<FixtureFile> = preload.iter().map(|f| read(&golden, f)).collect();
    if !files.is_empty() {
        loaddata(&db, &files, &LoadOptions::default()).expect("preload");
    }
    db
}

/// Our message for each case, and whether the load succeeds. Where Django
/// fails too, ours says more; where Django succeeds (`title-too-long`:
/// SQLite does not enforce `max_length`; `empty-list`), so do we; where
/// Django fails only because of file order (`natural-forward-reference`:
/// natural keys pointing at objects in later files), we load, because the
/// files are valid in any order; where Django fails only because the file
/// is in a Korean code page (`not-utf8`, `cp949-korean`), we load it with
/// a notice that Django refuses it (see `LOADED_DJANGO_REFUSES`).
/// The cases Django refuses and the playground loads.
const LOADED_DJANGO_REFUSES: &[&str] = &["natural-forward-reference", "not-utf8", "cp949-korean"];

const EXPECTED: &[(&str, bool, &str)] = &[
    ("invalid-json-syntax", false, "users.json: invalid JSON at line 20, column 1: expected `,` or `]`"),
    ("top-level-object", false, "users.json: the top level must be a JSON list of objects, found an object"),
    ("entry-is-number", false, "users.json, object #2: each entry must be an object like {\"model\": ..., \"pk\": ..., \"fields\": {...}}, found a number"),
    ("missing-model", false, "users.json, object #1 (pk=6): the object has no \"model\" key"),
    ("unknown-model", false, "posts.json, object #1 (pk=1): Invalid model identifier: 'articles.post'; the playground's models are accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype (Django: DeserializationError: Invalid model identifier: articles.post)"),
    ("model-without-dot", false, "articles.json, object #1 (pk=11): Invalid model identifier: 'article'; the playground's models are accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype (Django: DeserializationError: Invalid model identifier: article)"),
    ("model-wrong-case", false, "articles.json, object #1 (pk=11): Invalid model identifier: 'Articles.Article'; the playground's models are accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype (Django: DeserializationError: Invalid model identifier: Articles.Article)"),
    ("missing-fields", false, "users.json, object #1 (accounts.user pk=6): the object has no \"fields\" key"),
    ("fields-is-list", false, "users.json, object #1 (accounts.user pk=6): \"fields\" must be an object, found a list"),
    ("pk-not-integer", false, "users.json, object #1 (accounts.user pk=abc): “abc” value must be an integer"),
    ("unknown-field", false, "users.json, object #1 (accounts.user pk=6), field \"nickname\": User has no field named 'nickname': your object has it, the playground's User does not. Did your project name a field differently? (its fields: password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, groups, user_permissions, followings; use --ignorenonexistent to skip unknown fields) (Django: FieldDoesNotExist: User has no field named 'nickname')"),
    ("boolean-maybe", false, "users.json, object #1 (accounts.user pk=6), field \"is_staff\": “maybe” value must be either True or False (or true/false, 1/0, \"t\"/\"f\")"),
    ("datetime-integer", false, "users.json, object #1 (accounts.user pk=6), field \"date_joined\": expected a datetime string such as \"2024-03-04T14:44:00Z\", found a number 1709510400"),
    ("datetime-yesterday", false, "users.json, object #1 (accounts.user pk=6), field \"date_joined\": “yesterday” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."),
    ("date-invalid", false, "articles.json, object #1 (articles.article pk=11), field \"created_at\": “2024-02-30 10:00” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time."),
    ("m2m-not-list", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": a many-to-many value must be a list of pks or natural keys, found a number 5"),
    ("m2m-list-with-x", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": “x” value must be an integer"),
    ("fk-dangling", false, "articles.json, object #1 (articles.article pk=11), field \"user\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: Problem installing fixtures: The row in table 'articles_article' with primary key '11' has an invalid foreign key: articles_article.user_id contains a value '99' that does not have a corresponding value in accounts_user.id.)"),
    ("fk-null", false, "comments.json, object #1 (articles.comment pk=31), field \"user\": the fixture sets it to null, but the playground's Comment does not allow NULL there (Django: Could not load articles.Comment(pk=31): NOT NULL constraint failed: articles_comment.user_id)"),
    ("fk-list-without-natural-key", false, "comments.json, object #1 (articles.comment pk=31), field \"article\": articles.article has no natural key; refer to it by pk"),
    ("m2m-dangling", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: FOREIGN KEY constraint failed)"),
    ("m2m-dangling-like", false, "articles.json, object #1 (articles.article pk=11), field \"like_users\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: FOREIGN KEY constraint failed)"),
    ("natural-fk-missing", false, "comments.json, object #1 (articles.comment pk=31), field \"user\": the natural key [\"nobody\"] matches no accounts.user in the database or in any of the files (Django: DoesNotExist: User matching query does not exist.)"),
    ("natural-m2m-missing", false, "users.json, object #1 (accounts.user pk=6), field \"followings\": the natural key [\"nobody\"] matches no accounts.user in the database or in any of the files (Django: DoesNotExist: User matching query does not exist.)"),
    ("natural-key-arity", false, "comments.json, object #1 (articles.comment pk=31), field \"user\": a natural key of accounts.user has 1 part(s) (username), this one has 2"),
    ("empty-file", false, "users.json: the file is empty; a fixture is a JSON list of objects, at least `[]`"),
    ("whitespace-file", false, "users.json: the file is empty; a fixture is a JSON list of objects, at least `[]`"),
    ("empty-list", true, "Installed 0 object(s) from 1 fixture(s)"),
    ("utf8-bom", false, "users.json: the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM (Django: Unexpected UTF-8 BOM (decode using utf-8-sig))"),
    ("not-utf8", true, "Installed 1 object(s) from 1 fixture(s)"),
    ("utf16-le-bom", false, "users.json: the file is UTF-16 (little-endian, with BOM), not UTF-8: this is what Windows PowerShell's > redirection writes. Django's loaddata reads fixtures as UTF-8 and refuses this file too. Write it again with `python -X utf8 manage.py dumpdata … -o users.json` (in PowerShell, use -o instead of >) (Django: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte)"),
    ("utf16-no-bom", false, "users.json: the file is UTF-16 (little-endian, without BOM), not UTF-8: this is what Windows PowerShell's > redirection writes. Django's loaddata reads fixtures as UTF-8 and refuses this file too. Write it again with `python -X utf8 manage.py dumpdata … -o users.json` (in PowerShell, use -o instead of >) (Django: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc8 in position 217: invalid continuation byte)"),
    ("cp949-korean", true, "Installed 1 object(s) from 1 fixture(s)"),
    ("article-missing-user", false, "articles.json, object #1 (articles.article pk=11), field \"user\": your Article has no 'user' field, and the playground's Article needs one (it cannot be NULL and has no default): give each object a 'user', or check whether your project names it differently (Django: Could not load articles.Article(pk=11): NOT NULL constraint failed: articles_article.user_id)"),
    ("article-author-not-user", false, "articles.json, object #1 (articles.article pk=11), field \"author\": Article has no field named 'author': your object has it, the playground's Article does not, and your object lacks 'user', which the playground's Article needs. Did your project name 'user' 'author'? Rename it to 'user' as in the lesson's model (its fields: user, title, content, created_at, updated_at, like_users) (Django: FieldDoesNotExist: Article has no field named 'author')"),
    ("truncated-gz", false, "users.json.gz: cannot decompress the gzip data: incomplete deflate stream"),
    ("zip-two-files", false, "all.json.zip: a .zip fixture must contain exactly one file, this one contains 2"),
    ("unknown-extension", false, "users.csv: csv is not a known serialization format; the playground reads .json and .jsonl fixtures (optionally .gz, .zip, .bz2, .xz or .lzma compressed)"),
    ("exclude-unknown-model", false, "loaddata: Unknown model: articles.post"),
    ("duplicate-username", false, "users.json, object #1 (accounts.user pk=6), field \"username\": another object already has this value, and the playground's User needs it to be unique (Django: Could not load accounts.User(pk=6): UNIQUE constraint failed: accounts_user.username)"),
    ("duplicate-username-in-file", false, "users.json, object #2 (accounts.user pk=7), field \"username\": another object already has this value, and the playground's User needs it to be unique (Django: Could not load accounts.User(pk=7): UNIQUE constraint failed: accounts_user.username)"),
    ("article-missing-created-at", false, "articles.json, object #1 (articles.article pk=11), field \"created_at\": your Article has no 'created_at' field, and the playground's Article needs one: loaddata saves raw values, so auto_now_add and auto_now are not filled in. Give each object a 'created_at' (dumpdata writes it) (Django: Could not load articles.Article(pk=11): NOT NULL constraint failed: articles_article.created_at)"),
    ("title-null", false, "articles.json, object #1 (articles.article pk=11), field \"title\": the fixture sets it to null, but the playground's Article does not allow NULL there (Django: Could not load articles.Article(pk=11): NOT NULL constraint failed: articles_article.title)"),
    ("title-too-long", true, "Installed 1 object(s) from 1 fixture(s)"),
    ("jsonl-bad-third-line", false, "all.jsonl: invalid JSON at line 3, column 62: EOF while parsing a value"),
    ("dangling-fk-second-file", false, "articles.json, object #1 (articles.article pk=11), field \"user\": points to accounts.user pk=99, which does not exist in the database or in any of the files (Django: IntegrityError: Problem installing fixtures: The row in table 'articles_article' with primary key '11' has an invalid foreign key: articles_article.user_id contains a value '99' that does not have a corresponding value in accounts_user.id.)"),
    ("natural-forward-reference", true, "Installed 45 object(s) from 3 fixture(s)"),
];

#[test]
fn every_bad_fixture_gets_its_message_and_changes_nothing() {
    let corpus = root().join("tests/fixtures_errors");
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|c| c.name != "missing-file")
        .collect();
    assert_eq!(
        cases.len(),
        EXPECTED.len(),
        "one expectation per corpus case"
    );
    for case in cases {
        let Some((_, succeeds, expected)) = EXPECTED.iter().find(|(name, _, _)| *name == case.name)
        else {
            panic!("no expectation for {}", case.name)
        };
        let db = loaded(&case.preload);
        let before = checksum(&db);
        let files: Vec<FixtureFile> = case.files.iter().map(|f| read(&corpus, f)).collect();
        let result = loaddata(&db, &files, &options(&case.args));
        match result {
            Ok(report) => {
                assert!(*succeeds, "{}: loaded, expected: {expected}", case.name);
                assert_eq!(report.message(), *expected, "{}", case.name);
                assert_eq!(
                    case.django_exit_code == 0,
                    !LOADED_DJANGO_REFUSES.contains(&case.name.as_str()),
                    "{}",
                    case.name
                );
            }
            Err(err) => {
                assert!(!succeeds, "{}: failed with {err}", case.name);
                assert_eq!(err.to_string(), *expected, "{}", case.name);
                assert_eq!(
                    checksum(&db),
                    before,
                    "{}: a failed load changed the tables",
                    case.name
                );
                assert_ne!(
                    case.django_exit_code, 0,
                    "{}: Django loads it; so should we",
                    case.name
                );
                assert!(!case.django_message.is_empty());
            }
        }
    }
}

/// The Korean page's words for the cases a Korean learner meets most:
/// files saved by Windows tools in UTF-16 or CP949, and a model whose
/// fields differ from the lesson's. Reviewed sentences, asserted whole.
const KOREAN: &[(&str, &str)] = &[
    ("utf16-le-bom", "users.json: 파일이 UTF-8이 아니라 UTF-16 (리틀 엔디언, BOM 있음) 인코딩입니다. Windows PowerShell의 > 리디렉션이 이렇게 저장합니다. Django의 loaddata도 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다. 다음 명령으로 다시 만드세요: `python -X utf8 manage.py dumpdata … -o users.json` (PowerShell에서는 > 대신 -o를 쓰세요). (Django의 메시지: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte)"),
    ("utf16-no-bom", "users.json: 파일이 UTF-8이 아니라 UTF-16 (리틀 엔디언, BOM 없음) 인코딩입니다. Windows PowerShell의 > 리디렉션이 이렇게 저장합니다. Django의 loaddata도 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다. 다음 명령으로 다시 만드세요: `python -X utf8 manage.py dumpdata … -o users.json` (PowerShell에서는 > 대신 -o를 쓰세요). (Django의 메시지: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc8 in position 217: invalid continuation byte)"),
    ("article-missing-user", "articles.json, 1번째 객체 (articles.article pk=11), 필드 \"user\": 여러분의 Article 객체에는 'user' 필드가 없는데 놀이터의 Article 모델에는 이 필드가 꼭 있어야 합니다 (NULL일 수 없고 기본값도 없습니다). fixture의 각 객체에 'user' 값을 넣거나, 여러분의 프로젝트에서 이 필드를 다른 이름으로 부르는지 확인하세요. (Django의 메시지: Could not load articles.Article(pk=11): NOT NULL constraint failed: articles_article.user_id)"),
    ("article-author-not-user", "articles.json, 1번째 객체 (articles.article pk=11), 필드 \"author\": 여러분의 객체에는 'author' 필드가 있는데 놀이터의 Article 모델에는 이 필드가 없습니다. 그리고 이 객체에는 놀이터의 Article 모델에 꼭 필요한 'user' 필드가 없습니다. 여러분의 프로젝트에서 'user' 필드에 다른 이름('author')을 붙였나요? 강의의 모델처럼 'user' 이름으로 바꾸세요. (놀이터 Article 모델의 필드: user, title, content, created_at, updated_at, like_users) (Django의 메시지: FieldDoesNotExist: Article has no field named 'author')"),
    ("unknown-field", "users.json, 1번째 객체 (accounts.user pk=6), 필드 \"nickname\": 여러분의 객체에는 'nickname' 필드가 있는데 놀이터의 User 모델에는 이 필드가 없습니다. 여러분의 프로젝트에서 필드 이름을 다르게 지었나요? (놀이터 User 모델의 필드: password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, groups, user_permissions, followings. 없는 필드를 건너뛰는 loaddata 옵션: --ignorenonexistent) (Django의 메시지: FieldDoesNotExist: User has no field named 'nickname')"),
    ("article-missing-created-at", "articles.json, 1번째 객체 (articles.article pk=11), 필드 \"created_at\": 여러분의 Article 객체에는 'created_at' 필드가 없는데 놀이터의 Article 모델에는 이 필드가 꼭 있어야 합니다. loaddata는 값을 그대로 저장하므로 auto_now_add와 auto_now도 채워 주지 않습니다. fixture의 각 객체에 'created_at' 값을 넣으세요 (dumpdata로 만든 fixture에는 들어 있습니다). (Django의 메시지: Could not load articles.Article(pk=11): NOT NULL constraint failed: articles_article.created_at)"),
];

#[test]
fn the_korean_page_names_the_encoding_the_fix_and_the_field() {
    use orm_playground::i18n::Lang;

    let corpus = root().join("tests/fixtures_errors");
    for (name, korean) in KOREAN {
        let case = cases()
            .into_iter()
            .find(|c| c.name == *name)
            .unwrap_or_else(|| panic!("no corpus case {name}"));
        let db = loaded(&case.preload);
        let files: Vec<FixtureFile> = case.files.iter().map(|f| read(&corpus, f)).collect();
        let err = loaddata(&db, &files, &options(&case.args)).expect_err(name);
        assert_eq!(err.render(Lang::Ko), *korean, "{name}");
        // The English page shows what the command line prints.
        assert_eq!(err.render(Lang::En), err.to_string(), "{name}");
        // Django's own words close both, as the learner's terminal shows them.
        let django = case.django_message.rsplit(": ").next().unwrap_or_default();
        assert!(korean.contains(django), "{name}: {django}");
    }
}

/// A fixture Python wrote on Korean Windows (EUC-KR, or CP949 with a
/// syllable only CP949 has) loads, with a notice in both languages naming
/// the file, the encoding, Django's refusal and the `-X utf8` fix.
#[test]
fn korean_code_page_files_load_with_a_notice() {
    use orm_playground::i18n::Lang;

    let corpus = root().join("tests/fixtures_errors");
    let cases = [
        ("not-utf8", "EUC-KR (CP949)", "정싸피", "0xc1"),
        ("cp949-korean", "CP949", "똠방각하", "0x8c"),
    ];
    for (name, encoding, username, byte) in cases {
        let case = cases_named(name);
        let db = loaded(&case.preload);
        let files: Vec<FixtureFile> = case.files.iter().map(|f| read(&corpus, f)).collect();
        let report = loaddata(&db, &files, &options(&case.args)).expect(name);
        assert_eq!(report.message(), "Installed 1 object(s) from 1 fixture(s)");
        let [notice] = report.notices.as_slice() else {
            panic!("{name}: one notice, got {:?}", report.notices)
        };
        let django = format!("UnicodeDecodeError: 'utf-8' codec can't decode byte {byte} in position 108: invalid start byte");
        assert_eq!(case.django_message, django, "{name}: Django refuses it");
        assert_eq!(
            notice.to_string(),
            format!("users.json: the file is {encoding}, not UTF-8: this is what Python writes on Korean Windows when it is not in UTF-8 mode. The playground read it and loaded it, but Django's loaddata reads fixtures as UTF-8 and refuses this file ({django}). To load it in your own project, write it again with `python -X utf8 manage.py dumpdata … -o users.json` (in PowerShell, use -o instead of >)"),
        );
        assert_eq!(
            notice.render(Lang::Ko),
            format!("users.json: 파일이 UTF-8이 아니라 {encoding} 인코딩이지만 놀이터는 이 파일을 읽어서 불러왔습니다. UTF-8 모드가 아닌 Python이 한국어 Windows에서 이렇게 저장합니다. Django의 loaddata는 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다 (Django의 메시지: {django}). 여러분의 프로젝트에서도 불러오려면 다음 명령으로 다시 만드세요: `python -X utf8 manage.py dumpdata … -o users.json` (PowerShell에서는 > 대신 -o를 쓰세요)."),
        );
        let rows = db
            .select_unlogged("SELECT username FROM accounts_user WHERE id = 6", &[])
            .expect("user 6");
        assert_eq!(rows, vec![vec![Value::Text(username.into())]], "{name}");
    }
}

/// A CP949 file with a character the decoder does not read (a hanja) is
/// refused by its line, byte offset and bytes, with the fix, and changes
/// nothing; the rest of the file is not guessed at.
#[test]
fn a_hanja_in_a_cp949_file_is_refused_by_its_place() {
    use orm_playground::i18n::Lang;

    let db = loaded(&[]);
    let before = checksum(&db);
    // "김" (0xB1E8) then the hanja 伽 (0xCAA1: hanja start at lead 0xCA).
    let mut bytes = b"[\n{\"model\": \"accounts.user\", \"pk\": 6, \"fields\": {\"password\": \"\", \"username\": \"\xb1\xe8".to_vec();
    bytes.extend(b"\xca\xa1\", \"date_joined\": \"2024-03-08T00:00:00Z\"}}\n]\n");
    let err = loaddata(
        &db,
        &[FixtureFile::new("users.json", bytes)],
        &LoadOptions::default(),
    )
    .expect_err("a hanja");
    assert_eq!(
        err.to_string(),
        "users.json, line 2: the file is EUC-KR (CP949), not UTF-8: this is what Python writes on Korean Windows when it is not in UTF-8 mode. The character at byte offset 80 (bytes 0xCA 0xA1) is one the playground does not read (a hanja or a rare symbol). Django's loaddata reads fixtures as UTF-8 and refuses this file too. Write it again with `python -X utf8 manage.py dumpdata … -o users.json` (in PowerShell, use -o instead of >) (Django: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb1 in position 78: invalid start byte)"
    );
    assert!(
        err.render(Lang::Ko)
            .starts_with("users.json 2번째 줄: 파일이 UTF-8이 아니라 EUC-KR (CP949) 인코딩입니다."),
        "{}",
        err.render(Lang::Ko)
    );
    assert!(err.render(Lang::Ko).contains("바이트 위치 80의 문자(바이트 0xCA 0xA1)는 놀이터가 읽지 못하는 문자(한자나 드문 기호)입니다."));
    assert_eq!(checksum(&db), before);
}

fn cases_named(name: &str) -> Case {
    cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no corpus case {name}"))
}

/// "Load into the current data" overwrites rows with the same pk, as
/// Django does; the report says how many objects were new and how many
/// replaced a row that was there before.
#[test]
fn a_merge_counts_new_and_replaced_objects() {
    let golden = root().join("tests/golden/fixtures");
    let db = loaded(&[
        "lesson/users.json".into(),
        "lesson/articles.json".into(),
        "lesson/comments.json".into(),
    ]);
    let users = std::fs::read(golden.join("lesson/users.json")).expect("users");
    let extra = br#"[
{"model": "accounts.user", "pk": 90, "fields": {"password": "", "username": "new90", "date_joined": "2024-03-08T00:00:00Z"}},
{"model": "accounts.user", "pk": 90, "fields": {"password": "", "username": "new90b", "date_joined": "2024-03-08T00:00:00Z"}},
{"model": "auth.group", "fields": {"name": "teachers"}}
]"#;
    let report = loaddata(
        &db,
        &[
            FixtureFile::new("users.json", users),
            FixtureFile::new("extra.json", extra.to_vec()),
        ],
        &LoadOptions::default(),
    )
    .expect("merge");
    // The lesson's 5 users are there already; pk 90 twice is new (it
    // was not there before the load); the group has no pk and is new.
    assert_eq!(report.message(), "Installed 8 object(s) from 2 fixture(s)");
    assert_eq!((report.new, report.replaced), (3, 5));

    let fresh = loaded(&[]);
    let report = loaddata(
        &fresh,
        &[read(&golden, "lesson/users.json")],
        &LoadOptions::default(),
    )
    .expect("fresh");
    assert_eq!((report.new, report.replaced), (5, 0));
}

#[test]
fn a_missing_fixture_is_named_like_django_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db.sqlite3");
    let db = db.to_string_lossy();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_manage"))
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("manage")
    };
    assert!(run(&["--db", &db, "migrate"]).status.success());
    let output = run(&["--db", &db, "loaddata", "nothing"]);
    assert!(!output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim_end(),
        "CommandError: No fixture named 'nothing' found."
    );
}

/// `manage loaddata` loads a CP949 file as the page does and prints the
/// notice on stderr, Django's message on stdout.
#[test]
fn manage_loads_a_cp949_file_and_prints_the_notice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db.sqlite3");
    let db = db.to_string_lossy();
    let fixture = root().join("tests/fixtures_errors/cp949-korean/users.json");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_manage"))
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("manage")
    };
    assert!(run(&["--db", &db, "migrate"]).status.success());
    let output = run(&["--db", &db, "loaddata", &fixture.to_string_lossy()]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Installed 1 object(s) from 1 fixture(s)\n"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the file is CP949, not UTF-8"), "{stderr}");
    assert!(
        stderr.contains("python -X utf8 manage.py dumpdata … -o "),
        "{stderr}"
    );
}

/// The load job in the smallest slices gives the same result, and a job
/// cancelled half way leaves the tables as they were.
#[test]
fn a_sliced_load_matches_and_a_cancelled_one_changes_nothing() {
    use orm_playground::fixtures::LoadJob;
    use orm_playground::job::{Job, Stage, Step};

    let files = || {
        let golden = root().join("tests/golden/fixtures");
        [
            "lesson/users.json",
            "lesson/articles.json",
            "lesson/comments.json",
            "compressed/all.json.gz",
        ]
        .iter()
        .map(|f| read(&golden, f))
        .collect::<Vec<_>>()
    };
    let mut db = loaded(&[]);
    let mut job = LoadJob::new(db.registry_handle(), files(), LoadOptions::default()).expect("job");
    let mut steps = 0;
    let report = loop {
        steps += 1;
        match job.step(&mut db, web_time::Instant::now()).expect("step") {
            Step::Done(report) => break report,
            Step::Pending(progress) => {
                assert!(progress.total == 0 || progress.done <= progress.total)
            }
        }
    };
    assert!(
        steps > 4,
        "a passed deadline still makes progress, in slices ({steps})"
    );
    assert_eq!(report.message(), "Installed 90 object(s) from 4 fixture(s)");

    let mut db = loaded(&[]);
    let before = checksum(&db);
    let mut job = LoadJob::new(db.registry_handle(), files(), LoadOptions::default()).expect("job");
    // Stop once some objects are saved, inside the job's transaction.
    loop {
        match job.step(&mut db, web_time::Instant::now()).expect("step") {
            Step::Pending(progress) if progress.stage == Stage::Saving && progress.done > 0 => {
                break
            }
            Step::Pending(_) => {}
            Step::Done(_) => panic!("finished before saving was seen"),
        }
    }
    job.cancel(&mut db);
    assert_eq!(checksum(&db), before);
}
