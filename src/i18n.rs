//! The UI's words in Korean and English.
//!
//! Every piece of interface text is a [`Text`] variant, so a missing
//! translation is a compile error rather than a blank on screen. The
//! lesson's own page text (what Django templates render) is not here: it
//! stays as the templates render it.

use crate::analysis::{annotated_expression, Finding, NamedFindingKind};
use crate::models::Registry;

/// The interface language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    Ko,
    #[default]
    En,
}

impl Lang {
    /// Korean when the browser's preferred languages start with Korean,
    /// English otherwise.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        match preferred.into_iter().next() {
            Some(tag) if tag.to_ascii_lowercase().starts_with("ko") => Lang::Ko,
            _ => Lang::En,
        }
    }

    /// The other language, for the switch button.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// The language's own name, shown on the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Ko => "한국어",
            Lang::En => "English",
        }
    }
}

/// Declares [`Text`], its `ALL` list and its Korean and English words in
/// one table, so a text without both languages cannot exist.
macro_rules! texts {
    ($($name:ident => ($ko:expr, $en:expr),)+) => {
        /// A piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text {
            $($name,)+
        }

        impl Text {
            /// Every variant, for the completeness tests.
            pub const ALL: &'static [Text] = &[$(Text::$name,)+];

            /// The text in `lang`. Texts with `{name}` placeholders are
            /// filled in by the caller.
            pub fn get(self, lang: Lang) -> &'static str {
                let (ko, en) = match self {
                    $(Text::$name => ($ko, $en),)+
                };
                match lang {
                    Lang::Ko => ko,
                    Lang::En => en,
                }
            }
        }
    };
}

texts! {
    AppTitle => ("Django ORM 쿼리 놀이터", "Django ORM Query Playground"),
    AppTagline => (
        "브라우저 안의 SQLite에서 N+1 쿼리가 왜 생기는지 직접 확인하세요.",
        "See why a page sends 41 queries instead of 2, on SQLite running in your browser."
    ),
    SwitchLanguage => ("English로 보기", "한국어로 보기"),
    DatasetSummary => ("불러온 데이터", "Loaded data"),
    LessonOutline => ("강의 개요", "Lesson outline"),
    // The lecture's outline (ui/outline.rs): "heading — summary"
    OutlineLead => (
        "강의 \"Many-to-Many relationships 04_1\"의 순서입니다. 제목을 누르면 그 내용을 직접 해 보는 단원으로 갑니다.",
        "The order of the lecture \"Many-to-Many relationships 04_1\". Choose a heading to go to the section where you try it."
    ),
    OutlineFollow => ("모델 관계 설정 — 팔로우 기능 구현", "Model relationships — building the follow feature"),
    OutlineFixtures => ("Fixtures — 초기 데이터 제공을 목적으로 함", "Fixtures — for providing initial data"),
    OutlineDumpdata => ("dumpdata — 데이터베이스의 모든 데이터를 추출", "dumpdata — exporting every row of the database"),
    OutlineLoaddata => ("loaddata — Fixtures 데이터를 데이터베이스로 불러오기", "loaddata — loading fixtures into the database"),
    OutlineImprove => (
        "Improve query — 같은 결과를 얻으면서 DB에 보내는 쿼리 수를 줄이기",
        "Improve query — the same result with fewer queries sent to the database"
    ),
    OutlineAnnotate => ("Annotate — 댓글 수를 JOIN과 GROUP BY로 한 번에 세기", "Annotate — counting comments at once with JOIN and GROUP BY"),
    OutlineSelectRelated => ("select_related — 작성자를 INNER JOIN으로 함께 가져오기", "select_related — fetching authors in the same query with INNER JOIN"),
    OutlinePrefetchRelated => ("prefetch_related — 댓글을 IN 쿼리 하나로 미리 가져오기", "prefetch_related — fetching comments ahead with one IN query"),
    OutlineBoth => (
        "select_related & prefetch_related — 댓글과 댓글 작성자를 쿼리 2개로",
        "select_related & prefetch_related — comments and their authors in 2 queries"
    ),
    OutlineExists => ("exists method — 있는지만 묻기", "exists method — asking only whether there is one"),
    LessonSections => ("강의 단원", "Lesson sections"),
    // Keyboard and narrow screens
    SkipToContent => ("본문으로 건너뛰기", "Skip to content"),
    VariantTabs => ("보여 줄 방식", "Variant to show"),
    Users => ("사용자", "Users"),
    Articles => ("게시글", "Articles"),
    Comments => ("댓글", "Comments"),
    Follows => ("팔로우", "Follows"),
    Likes => ("좋아요", "Likes"),
    Username => ("사용자 이름", "Username"),
    Followings => ("팔로잉", "Following"),
    Followers => ("팔로워", "Followers"),
    Loading => ("데이터를 불러오는 중…", "Loading the data…"),
    NoUsers => ("사용자가 없습니다.", "There are no users."),
    DatabaseError => ("데이터베이스 오류", "Database error"),
    NavFollow => ("팔로우", "Follow"),
    NavFixtures => ("Fixtures", "Fixtures"),
    NavAnnotate => ("annotate", "annotate"),
    NavSelectRelated => ("select_related", "select_related"),
    NavPrefetchRelated => ("prefetch_related", "prefetch_related"),
    NavSelectAndPrefetch => ("select_related & prefetch_related", "select_related & prefetch_related"),
    NavExists => ("exists", "exists"),
    IntroAnnotate => (
        "게시글마다 `article.comment_set.count`를 부르면 게시글 수만큼 COUNT 쿼리가 더 나갑니다. `annotate(Count('comment'))`는 JOIN과 GROUP BY로 한 번에 셉니다.",
        "Calling `article.comment_set.count` for each article sends one COUNT query per article. `annotate(Count('comment'))` counts them all at once with a JOIN and GROUP BY."
    ),
    IntroSelectRelated => (
        "게시글마다 `article.user.username`을 읽으면 작성자 조회 쿼리가 게시글 수만큼 나갑니다. `select_related('user')`는 INNER JOIN으로 함께 가져옵니다.",
        "Reading `article.user.username` for each article sends one query per article. `select_related('user')` fetches the authors in the same query with an INNER JOIN."
    ),
    IntroPrefetchRelated => (
        "게시글마다 `article.comment_set.all`을 읽으면 게시글 수만큼 쿼리가 나갑니다. `prefetch_related('comment_set')`는 `IN (...)` 쿼리 하나로 모두 가져옵니다.",
        "Reading `article.comment_set.all` for each article sends one query per article. `prefetch_related('comment_set')` fetches all of them with one `IN (...)` query."
    ),
    IntroSelectAndPrefetch => (
        "댓글 목록과 댓글 작성자를 함께 읽는 페이지입니다. prefetch만 하면 작성자 N+1이 남고, `Prefetch('comment_set', queryset=Comment.objects.select_related('user'))`로 쿼리 2개가 됩니다.",
        "This page reads every article's comments and each comment's author. Prefetching alone leaves an N+1 on the authors; `Prefetch('comment_set', queryset=Comment.objects.select_related('user'))` gets it down to 2 queries."
    ),
    ExistsFollowTitle => ("exists: 팔로우", "exists: follow"),
    IntroExists => (
        "팔로우 토글과 프로필 페이지입니다. 세 방식 모두 쿼리 수는 같고, 차이는 가져오는 행 수에 있습니다. `request.user in person.followers.all()`과 `if person.followers.filter(...)`는 팔로워 행을 모두 가져와 모델 객체로 만들지만, `.exists()`는 `LIMIT 1`로 있는지만 묻습니다. 팔로워가 몇 명뿐인 작은 데이터에서는 차이가 거의 없고 `.exists()` 쪽이 오히려 행을 더 읽기도 합니다. 팔로워가 수천 명이면 수천 행과 한 행의 차이가 됩니다. 가져온 행을 어차피 화면에 쓸 거라면 `.exists()`로 한 번 더 묻기보다 쿼리셋을 한 번 평가해 쓰는 편이 낫습니다.",
        "The follow toggle and the profile page. All three variants send the same number of queries; they differ in the rows they fetch. `request.user in person.followers.all()` and `if person.followers.filter(...)` fetch every follower row and build a model object from each, while `.exists()` asks with `LIMIT 1` whether there is one. With a handful of followers the difference is tiny, and `.exists()` can even read more rows; with thousands of followers it is thousands of rows against one. If the page uses the rows anyway, evaluate the queryset once instead of asking `.exists()` first."
    ),
    StartHint => (
        "처음이라면 여기부터 보세요. 왼쪽 naive 열은 쿼리를 몇 개 보내나요? 바로 아래 식이 그 수가 어느 줄에서 나왔는지 풀어 줍니다 (게시글 목록 1개, 게시글마다 댓글 목록, 댓글마다 작성자). 그다음 optimized 열에서 표시된 줄을 보세요. 같은 페이지를 쿼리 2개로 만듭니다. 로그의 행을 누르면 그 쿼리를 보낸 줄이 강조됩니다.",
        "New here? Start with the naive column on the left: how many queries does it send? The sum right below says which line sent each of them (1 for the article list, 1 per article for its comments, 1 per comment for its author). Then look at the marked lines of the optimized column: the same page with 2 queries. Select a row of a log to see the line that sent it."
    ),
    Breakdown => ("{variant}: {queries} = {sum}", "{variant}: {queries} = {sum}"),
    BreakdownLine => ("{file} {line}행", "{file} line {line}"),
    ExistsLikesTitle => ("exists: 좋아요", "exists: likes"),
    IntroLikes => (
        "좋아요 토글을 두 번 누릅니다. 차이는 좋아요 여부를 확인하는 방법뿐입니다.",
        "The like toggle, pressed twice. The variants differ only in how they test whether the user already likes the article."
    ),
    ExistsCast => (
        "{acting}(pk {acting_pk})로 로그인해 {target}(pk {target_pk})의 프로필에서 팔로우하고(요청 1), 프로필을 보고(2), 팔로우를 취소하고(3), 프로필을 다시 본 뒤(4), 자기 자신을 팔로우해 봅니다(5).",
        "Logged in as {acting} (pk {acting_pk}), on {target} (pk {target_pk})'s profile: follow (request 1), view the profile (2), unfollow (3), view it again (4), then try to follow yourself (5)."
    ),
    LikesCast => (
        "{acting}(pk {acting_pk})로 로그인해 게시글 “{target}”(pk {target_pk})의 좋아요를 두 번 누릅니다 (좋아요, 좋아요 취소).",
        "Logged in as {acting} (pk {acting_pk}), press Like twice on the article “{target}” (pk {target_pk}): like, then unlike."
    ),
    QueryLog => ("쿼리 로그", "Query log"),
    LogSummary => ("쿼리 {queries}개 · {ms} ms · {rows}행", "{queries} queries · {ms} ms · {rows} rows"),
    ExportJson => ("JSON 내보내기", "Export JSON"),
    NoQueries => ("아직 쿼리가 없습니다.", "No queries yet."),
    SimilarQueries => ("비슷한 쿼리 {n}개", "{n} similar queries"),
    DuplicatedTimes => ("같은 쿼리 {n}번 반복", "Duplicated {n} times"),
    RowCount => ("{n}행", "{n} rows"),
    OneRow => ("1행", "1 row"),
    Time => ("시간", "Time"),
    Query => ("쿼리", "Query"),
    OriginView => ("뷰 줄", "view line"),
    OriginTemplate => ("템플릿 줄", "template line"),
    // Console: where a query came from
    OriginProgram => ("프로그램 줄", "program line"),
    ColumnCount => ("열 {n}개 펼치기", "show {n} columns"),
    Collapse => ("접기", "fold"),
    // query log: folds, colours, keys, changed lines
    FoldedColumns => ("열 {n}개를 접었습니다", "{n} columns folded"),
    ElidedValues => ("값 {n}개를 줄였습니다 ('SQL 복사'는 전체를 복사합니다)", "{n} more values (Copy SQL copies them all)"),
    LogLegendColour => ("색: 쿼리가 읽는 관계 (모든 열에서 같은 관계는 같은 색)", "Colour: the relation a query reads (the same in every column)"),
    LogLegendSimilar => ("비슷한 쿼리: SQL은 같고 인자만 다름", "similar: same SQL, other parameters"),
    LogLegendDuplicated => ("같은 쿼리 반복: SQL도 인자도 같음", "duplicated: same SQL and same parameters"),
    LogLegendKeys => ("↑ ↓ 키로 쿼리를 옮겨 다니고 Enter 키로 자세히 봅니다", "↑ ↓ move between queries, Enter opens one"),
    ChangedFrom => ("{base} 변형에서 바뀐 줄", "changed from {base}"),
    Params => ("인자", "Parameters"),
    Rows => ("행", "Rows"),
    Origin => ("출처", "Origin"),
    Groups => ("묶음", "Groups"),
    CopySql => ("SQL 복사", "Copy SQL"),
    Copied => ("복사했습니다.", "Copied."),
    CopyFailed => (
        "복사하지 못했습니다. 위 SQL을 선택해 Ctrl+C로 복사하세요.",
        "Could not copy. Select the SQL above and press Ctrl+C."
    ),
    QueryPlan => ("쿼리 실행 계획", "Query plan"),
    NoFindings => ("N+1이나 낭비되는 쿼리가 없습니다.", "No N+1 or wasteful queries."),
    Findings => ("발견한 문제", "Findings"),
    ShowQuery => ("쿼리 보기", "show query"),
    // Modelled time (cost_model)
    SqliteTime => ("SQLite {ms} ms", "SQLite {ms} ms"),
    ModelTime => ("Django 예상 {ms} ms", "Django ≈ {ms} ms"),
    ModelTimeTitle => (
        "실제 Django 페이지가 걸릴 예상 시간입니다. 계산 방법은 아래 설명을 보세요.",
        "What a real Django page would take; see how it is modelled below."
    ),
    RoundTripLabel => ("데이터베이스 왕복 시간", "Database round trip"),
    RoundTripSqlite => ("SQLite, Django와 같은 프로세스 (강의와 같음): 0 ms", "SQLite in Django's process (as in the lecture): 0 ms"),
    RoundTripSameHost => ("같은 서버의 PostgreSQL: 0.1 ms", "PostgreSQL on the same host: 0.1 ms"),
    RoundTripOtherHost => ("다른 서버의 PostgreSQL: 1 ms", "PostgreSQL on another host: 1 ms"),
    RoundTripRemote => ("다른 지역의 관리형 데이터베이스: 5 ms", "A managed database in another region: 5 ms"),
    ModelBasis => (
        "브라우저 안의 SQLite에는 네트워크도 Python도 없어서 측정한 시간만 보면 N+1이 더 빨라 보이기도 합니다. 그래서 실제 Django가 걸릴 시간을 함께 보여 줍니다. 예상 시간은 SQLite에서 잰 시간(여러 번 실행해 가장 빠른 값)에 쿼리마다 Django 자체 비용 {per_query} ms와 왕복 시간, 행마다 {per_row} ms를 더한 값입니다. Django 비용은 이 기계에서 `make bench`로 잰 Django 5.2의 값입니다.",
        "SQLite in the browser has no network and no Python, so its measured time alone can make the N+1 look faster. The page therefore also shows what real Django would take: the time measured in SQLite (the fastest of repeated runs), plus Django's own {per_query} ms and the round trip per query, plus {per_row} ms per row. Django's costs are Django 5.2's, measured by `make bench` on these machines."
    ),
    SamePage => ("같은 페이지 ✓", "same page ✓"),
    DifferentPage => ("다른 페이지 ✗", "different page ✗"),
    PageDiff => ("페이지 차이", "Page difference"),
    LinesUnchanged => ("  … 같은 줄 {n}개", "  … {n} unchanged lines"),
    QueriesLabel => ("쿼리", "queries"),
    RenderedPage => ("렌더링된 페이지", "Rendered page"),
    RedirectOnly => ("리다이렉트만 합니다 (페이지 없음).", "Redirects only (no page)."),
    IntroFollowLab => (
        "사용자로 로그인해 다른 사용자를 팔로우하거나 게시글에 좋아요를 눌러 보세요. 누를 때마다 고른 방식의 뷰가 실제 데이터에서 실행되고, 그 요청의 쿼리가 실시간 로그 맨 위에 나타납니다. 바뀐 데이터는 다른 단원에도 그대로 반영됩니다.",
        "Log in as a user, then follow others or like articles. Each click runs the chosen variant's view on the real data, and that request's queries appear at the top of the live log. The other sections re-run on the changed data."
    ),
    LiveLog => ("실시간 쿼리 로그", "Live query log"),
    Clear => ("비우기", "Clear"),
    // Follow lab: the live log, one group per request
    LiveNewestFirst => (
        "최근 요청이 맨 위에 옵니다. 요청마다 쿼리와 진단을 따로 보여 줍니다.",
        "Newest request first. Each request shows its own queries and findings."
    ),
    LiveEmpty => (
        "아직 요청이 없습니다. 팔로우나 좋아요를 눌러 보세요.",
        "No requests yet. Follow someone or like an article."
    ),
    LiveProfile => ("{user}님의 프로필 보기", "Viewed {user}'s profile"),
    LiveFollowed => ("{user}님 팔로우", "Followed {user}"),
    LiveUnfollowed => ("{user}님 언팔로우", "Unfollowed {user}"),
    LiveFollowSelf => ("{user}님 팔로우 시도 (자기 자신이라 바뀐 것 없음)", "Tried to follow {user} (yourself, nothing changed)"),
    LiveLiked => ("게시글 {article} 좋아요", "Liked article {article}"),
    LiveUnliked => ("게시글 {article} 좋아요 취소", "Unliked article {article}"),
    LiveLikeNone => ("게시글 {article} 좋아요 (바뀐 것 없음)", "Like on article {article} (nothing changed)"),
    LiveAs => ("로그인: {user}", "as {user}"),
    LiveQueries => ("쿼리 {n}개", "{n} queries"),
    LiveQueriesOne => ("쿼리 {n}개", "{n} query"),
    LogInAs => ("로그인 사용자", "Log in as"),
    ViewVariant => ("뷰 방식", "View variant"),
    ProfileOf => ("{name}님의 프로필", "{name}'s profile"),
    LastRendered => ("마지막으로 렌더링된 프로필 페이지", "Last rendered profile page"),
    Follow => ("팔로우", "Follow"),
    Unfollow => ("언팔로우", "Unfollow"),
    FollowCounts => ("팔로잉 {following} · 팔로워 {followers}", "following {following} · followers {followers}"),
    You => ("나", "you"),
    Like => ("좋아요", "Like"),
    Unlike => ("좋아요 취소", "Unlike"),
    ArticleMeta => ("{author} · 댓글 {comments} · 좋아요 {likes}", "{author} · {comments} comments · {likes} likes"),
    IntroFixtures => (
        "이 페이지는 실제 Django의 dumpdata로 만든 fixture 세 개를 loaddata로 불러와 시작합니다.",
        "The page starts by loading three fixtures written by real Django's dumpdata, as loaddata does."
    ),
    WhatIsLoaded => ("불러온 데이터", "What is loaded"),
    Model => ("모델 / 테이블", "Model / table"),
    Commands => ("대응하는 명령", "The corresponding commands"),
    CmdLoaddata => ("세 fixture를 한 트랜잭션으로 불러옵니다.", "Loads the three fixtures in one transaction."),
    CmdDumpUsers => ("사용자(팔로우 포함)를 내보냅니다.", "Dumps the users (with their follows)."),
    CmdDumpArticles => ("게시글(좋아요 포함)을 내보냅니다.", "Dumps the articles (with their likes)."),
    CmdDumpComments => ("댓글을 내보냅니다.", "Dumps the comments."),
    CmdDumpAll => ("모든 앱의 데이터를 내보냅니다 (크게 권장하지 않음).", "Dumps every app's data (not much recommended)."),
    // Data in and out
    DataBar => ("데이터", "Data"),
    UploadFixtures => ("Fixture 불러오기…", "Load fixtures…"),
    UploadHint => (
        ".json · .jsonl · .gz · .zip · .playground, 여러 개 한 번에, 페이지 어디에나 끌어다 놓아도 됩니다",
        ".json · .jsonl · .gz · .zip · .playground, several at once, or drop them anywhere on the page"
    ),
    LoadModeLabel => ("불러오는 방식", "How to load"),
    ModeReplace => ("데이터 바꾸기", "Replace the data"),
    // Merging into the current data (loaddata overwrites rows with the same pk)
    ModeMerge => (
        "지금 데이터에 불러오기 (같은 pk의 행은 덮어씀)",
        "Load into the current data (rows with the same pk are replaced)"
    ),
    DropToReplace => ("놓으면 지금 데이터를 이 fixture로 바꿉니다", "Drop to replace the data with these fixtures"),
    DropToMerge => (
        "놓으면 지금 데이터에 loaddata로 불러옵니다. 같은 pk의 행은 fixture의 내용으로 바뀝니다",
        "Drop to loaddata them into the current data: rows with the same pk are replaced by the fixture's"
    ),
    LoadCounts => ("새로 {new}개, 같은 pk라 바뀐 {replaced}개", "{new} new, {replaced} replaced (same pk)"),
    LoadFailed => ("불러오지 못했습니다. 데이터는 그대로입니다.", "Nothing was loaded; the data is as it was."),
    LoadCancelled => ("불러오기를 취소했습니다. 데이터는 그대로입니다.", "Loading was cancelled; the data is as it was."),
    LinkOpened => ("공유된 상태를 열었습니다.", "Opened the shared state."),
    LinkRefused => ("링크를 열지 못했습니다. 지금 데이터는 그대로입니다.", "The link could not be opened; your data is unchanged."),
    SavedRefused => (
        "저장해 둔 상태를 복원하지 못해 강의 데이터로 시작합니다.",
        "The saved state could not be restored; starting from the lesson data."
    ),
    DataReset => ("강의 데이터로 되돌렸습니다.", "Back to the lesson data."),
    // Fixture load errors (fixtures::explain fills them; the command line
    // prints the English ones)
    FxLine => (" {line}번째 줄", ", line {line}"),
    FxObject => (", {object}번째 객체", ", object #{object}"),
    FxField => (", 필드 \"{field}\"", ", field \"{field}\""),
    FxTheDatabase => ("데이터베이스", "the database"),
    FxDjangoSays => (" (Django의 메시지: {django})", " (Django: {django})"),
    FxKindNull => ("null", "null"),
    FxKindBool => ("true/false 값", "a boolean"),
    FxKindNumber => ("숫자", "a number"),
    FxKindStr => ("문자열", "a string"),
    FxKindList => ("리스트", "a list"),
    FxKindObject => ("객체", "an object"),
    FxUnknownFormat => (
        "알 수 없는 직렬화 형식입니다 ({extension}). 놀이터는 .json과 .jsonl fixture를 읽습니다 (.gz, .zip, .bz2, .xz, .lzma 압축도 됩니다).",
        "{extension} is not a known serialization format; the playground reads .json and .jsonl fixtures (optionally .gz, .zip, .bz2, .xz or .lzma compressed)"
    ),
    FxUnsupportedCompression => (
        "브라우저에서는 {extension} 파일을 열 수 없습니다. 먼저 압축을 풀거나 .gz 또는 .zip 파일로 만드세요.",
        "{extension} files cannot be opened in the browser; decompress it first or use .gz or .zip"
    ),
    FxDecompress => (
        "{format} 압축을 풀 수 없습니다. 파일이 손상되었거나 중간에 잘렸습니다 ({message}).",
        "cannot decompress the {format} data: {message}"
    ),
    FxZipMembers => (
        ".zip fixture에는 파일이 정확히 하나 있어야 하는데 이 파일에는 {count}개가 있습니다.",
        "a .zip fixture must contain exactly one file, this one contains {count}"
    ),
    FxFileTooLarge => ("파일이 너무 큽니다. 한도는 {limit}입니다.", "the file is larger than the limit of {limit}"),
    FxDecompressedTooLarge => (
        "압축을 푼 데이터가 너무 큽니다. 한도는 {limit}입니다.",
        "the decompressed data is larger than the limit of {limit}"
    ),
    FxTooManyObjects => (
        "한 번에 불러올 수 있는 객체는 {limit}개까지입니다. 데이터를 나누거나 모델을 줄여서 불러오세요.",
        "more than {limit} objects in one load; split the data or load fewer models"
    ),
    FxEmpty => (
        "파일이 비어 있습니다. fixture는 객체들의 JSON 리스트입니다 (비어 있어도 `[]`는 있어야 합니다).",
        "the file is empty; a fixture is a JSON list of objects, at least `[]`"
    ),
    FxBom => (
        "파일 맨 앞에 UTF-8 BOM(바이트 순서 표시)이 있습니다. BOM 없는 UTF-8로 저장하세요.",
        "the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM"
    ),
    FxNotUtf8 => (
        "파일이 UTF-8이 아닙니다 (바이트 위치 {offset}에 UTF-8로 읽을 수 없는 바이트 0x{byte}). Django의 loaddata도 fixture를 UTF-8로만 읽습니다. UTF-8로 저장하세요.",
        "the file is not UTF-8 (invalid byte 0x{byte} at byte offset {offset}); save it as UTF-8"
    ),
    FxWrongEncoding => (
        "파일이 UTF-8이 아니라 {encoding} 인코딩입니다. {why} Django의 loaddata도 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다. 다음 명령으로 다시 만드세요: `python -X utf8 manage.py dumpdata … -o {file}` (PowerShell에서는 > 대신 -o를 쓰세요).",
        "the file is {encoding}, not UTF-8: {why} Django's loaddata reads fixtures as UTF-8 and refuses this file too. Write it again with `python -X utf8 manage.py dumpdata … -o {file}` (in PowerShell, use -o instead of >)"
    ),
    FxUtf16Why => (
        "Windows PowerShell의 > 리디렉션이 이렇게 저장합니다.",
        "this is what Windows PowerShell's > redirection writes."
    ),
    FxKoreanWhy => (
        "UTF-8 모드가 아닌 Python이 한국어 Windows에서 이렇게 저장합니다.",
        "this is what Python writes on Korean Windows when it is not in UTF-8 mode."
    ),
    // CP949 fixtures: read with a notice, or refused at a character the
    // playground does not read.
    FxKoreanRead => (
        "{file}: 파일이 UTF-8이 아니라 {encoding} 인코딩이지만 놀이터는 이 파일을 읽어서 불러왔습니다. {why} Django의 loaddata는 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다 (Django의 메시지: {django}). 여러분의 프로젝트에서도 불러오려면 다음 명령으로 다시 만드세요: `python -X utf8 manage.py dumpdata … -o {file}` (PowerShell에서는 > 대신 -o를 쓰세요).",
        "{file}: the file is {encoding}, not UTF-8: {why} The playground read it and loaded it, but Django's loaddata reads fixtures as UTF-8 and refuses this file ({django}). To load it in your own project, write it again with `python -X utf8 manage.py dumpdata … -o {file}` (in PowerShell, use -o instead of >)"
    ),
    FxKoreanUnreadable => (
        "파일이 UTF-8이 아니라 {encoding} 인코딩입니다. {why} 바이트 위치 {offset}의 문자(바이트 {bytes})는 놀이터가 읽지 못하는 문자(한자나 드문 기호)입니다. Django의 loaddata도 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다. 다음 명령으로 다시 만드세요: `python -X utf8 manage.py dumpdata … -o {file}` (PowerShell에서는 > 대신 -o를 쓰세요).",
        "the file is {encoding}, not UTF-8: {why} The character at byte offset {offset} (bytes {bytes}) is one the playground does not read (a hanja or a rare symbol). Django's loaddata reads fixtures as UTF-8 and refuses this file too. Write it again with `python -X utf8 manage.py dumpdata … -o {file}` (in PowerShell, use -o instead of >)"
    ),
    FxUtf16Le => ("UTF-16 (리틀 엔디언, BOM 있음)", "UTF-16 (little-endian, with BOM)"),
    FxUtf16LeNoBom => ("UTF-16 (리틀 엔디언, BOM 없음)", "UTF-16 (little-endian, without BOM)"),
    FxUtf16Be => ("UTF-16 (빅 엔디언, BOM 있음)", "UTF-16 (big-endian, with BOM)"),
    FxUtf16BeNoBom => ("UTF-16 (빅 엔디언, BOM 없음)", "UTF-16 (big-endian, without BOM)"),
    FxEucKr => ("EUC-KR (CP949)", "EUC-KR (CP949)"),
    FxCp949 => ("CP949", "CP949"),
    FxInvalidJson => (
        "JSON 문법 오류: {line}번째 줄 {column}번째 글자 ({message})",
        "invalid JSON at line {line}, column {column}: {message}"
    ),
    FxTopLevelNotList => (
        "fixture의 맨 바깥은 객체들의 JSON 리스트 [...]여야 하는데 {found}입니다.",
        "the top level must be a JSON list of objects, found {found}"
    ),
    FxEntryNotObject => (
        "리스트의 각 항목은 {\"model\": ..., \"pk\": ..., \"fields\": {...}} 모양의 객체여야 하는데 {found}입니다.",
        "each entry must be an object like {\"model\": ..., \"pk\": ..., \"fields\": {...}}, found {found}"
    ),
    FxMissingModel => ("객체에 \"model\" 키가 없습니다.", "the object has no \"model\" key"),
    FxInvalidModel => (
        "모델 식별자가 올바르지 않습니다: '{identifier}'. 놀이터의 모델은 accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype입니다.",
        "Invalid model identifier: '{identifier}'; the playground's models are accounts.user, articles.article, articles.comment, auth.group, auth.permission, contenttypes.contenttype"
    ),
    FxMissingFields => ("객체에 \"fields\" 키가 없습니다.", "the object has no \"fields\" key"),
    FxFieldsNotObject => ("\"fields\" 값은 객체여야 하는데 {found}입니다.", "\"fields\" must be an object, found {found}"),
    // own projects (issue 14)
    OpenProjectFolder => ("내 프로젝트 폴더 열기", "Open my project folder"),
    OpenProjectZip => ("내 프로젝트 .zip 열기", "Open my project .zip"),
    LessonPagesHidden => (
        "강의 페이지(패턴, 팔로우 실험실, 연습 문제)는 숨겼습니다: 이 프로젝트에는 강의의 accounts.User, articles.Article, articles.Comment 모델이 강의와 같은 모양으로 없습니다. 콘솔과 픽스처 페이지에서 여러분의 모델을 다루세요.",
        "The lesson's pages (patterns, follow lab, exercises) are hidden: this project does not have the lecture's accounts.User, articles.Article and articles.Comment as the lecture writes them. Use the console and the fixtures page with your models."
    ),
    ProjectRefused => ("프로젝트를 읽지 못했습니다:", "The project could not be read:"),
    // a pasted models.py (issue 14)
    PasteModels => ("models.py 붙여 넣기", "Paste a models.py"),
    PasteModelsApp => ("앱 이름", "App name"),
    PasteModelsText => ("models.py 내용", "models.py"),
    PasteModelsOpen => ("프로젝트로 열기", "Open as a project"),
    PasteModelsHint => (
        "앱 하나짜리 새 프로젝트를 Django 5.2 startproject 기본 설정으로 만들어 엽니다. 데이터는 비어 있습니다.",
        "Makes a one-app project with Django 5.2's startproject settings and opens it, with no data."
    ),
    PastedOpened => (
        "붙여 넣은 models.py를 새 프로젝트의 앱 '{app}'에 넣어 열고 모델 {models}개를 migrate했습니다. 아직 데이터는 없습니다.",
        "Opened the pasted models.py as the app '{app}' of a new project and migrated its {models} models; there is no data yet."
    ),
    PastedAssumed => (
        "가정한 설정 (Django 5.2 startproject 기본값): INSTALLED_APPS = ['{app}', Django 기본 앱 6개], DEFAULT_AUTO_FIELD = BigAutoField, TIME_ZONE = 'UTC', USE_TZ = True, LANGUAGE_CODE = 'en-us'{user}",
        "Assumed settings (Django 5.2's startproject defaults): INSTALLED_APPS = ['{app}', Django's six default apps], DEFAULT_AUTO_FIELD = BigAutoField, TIME_ZONE = 'UTC', USE_TZ = True, LANGUAGE_CODE = 'en-us'{user}"
    ),
    PastedUser => (
        ", AUTH_USER_MODEL = '{model}' (AbstractUser를 상속한 클래스)",
        ", AUTH_USER_MODEL = '{model}' (its AbstractUser subclass)"
    ),
    // a project's errors, per language (ProjectError::render): the place,
    // then Python's or Django's own message and the construct as printed
    PeAtLine => ("{file} {line}번째 줄: ", "{file}, line {line}: "),
    PeAtFile => ("{file}: ", "{file}: "),
    PeSyntax => ("Python 문법 오류입니다. {message}", "{message}"),
    PeUnsupported => (
        "플레이그라운드에서는 아직 지원하지 않는 코드입니다 (추측해서 읽지 않고 거부합니다): {what}",
        "not supported in the playground: {what}"
    ),
    PeInvalid => ("Django도 이 정의를 거부합니다: {what}", "{what}"),
    PeMissing => ("프로젝트 파일을 찾거나 읽지 못했습니다: {what}", "{what}"),
    PcFieldClass => ("필드 클래스 {class}", "the field class {class}"),
    PcFieldOption => ("{class}의 {option} 옵션", "the option {option} of {class}"),
    PcMetaOption => ("Meta 옵션 {option}", "the Meta option {option}"),
    PcModelBase => (
        "모델의 부모 클래스 '{base}' (models.Model, AbstractUser, 같은 파일의 추상 모델만 읽습니다)",
        "the model base '{base}' (models.Model, AbstractUser and the abstract models of this file are)"
    ),
    PcApp => (
        "앱 '{app}' (프로젝트의 폴더도, Django 기본 앱도 아닙니다)",
        "the app '{app}' (not a folder of the project, nor one of Django's default apps)"
    ),
    LinkProjectRefused => ("링크에 담긴 프로젝트를 읽지 못했습니다:", "the link's project cannot be read:"),
    SavedProjectRefused => ("저장해 둔 프로젝트를 읽지 못했습니다:", "the saved project cannot be read:"),
    ProjectOpened => (
        "프로젝트를 열었습니다: 모델 {models}개를 migrate했고, fixtures 폴더에 불러올 파일이 없었습니다.",
        "Opened the project: migrated its {models} models; its fixtures folders held nothing to load."
    ),
    FxDateTimeAware => (
        "프로젝트 설정이 USE_TZ = False라서 시간대가 붙은 날짜·시간은 저장할 수 없습니다 (받은 값: “{value}”). Django의 SQLite 백엔드도 이 값을 거부합니다.",
        "“{value}”: SQLite backend does not support timezone-aware datetimes when USE_TZ is False."
    ),
    FxDateTimeOtherZone => (
        "플레이그라운드에서는 지원하지 않습니다: “{value}”에는 시간대가 없는데, 플레이그라운드는 UTC와 Asia/Seoul의 규칙만 압니다. dumpdata처럼 Z나 +09:00 같은 오프셋을 붙여 쓰세요.",
        "not supported in the playground: “{value}” has no time zone, and the playground knows only UTC's and Asia/Seoul's rules (write it with Z or an offset, as dumpdata does)"
    ),
    FxNotFloat => ("실수여야 합니다 (받은 값: “{value}”).", "“{value}” value must be a float."),
    FxNotDecimal => ("10진수여야 합니다 (받은 값: “{value}”).", "“{value}” value must be a decimal number."),
    FxDateFormat => (
        "날짜 형식이 아닙니다 (받은 값: “{value}”). YYYY-MM-DD 형식으로 쓰세요.",
        "“{value}” value has an invalid date format. It must be in YYYY-MM-DD format."
    ),
    FxDateInvalid => (
        "형식(YYYY-MM-DD)은 맞지만 없는 날짜입니다 (받은 값: “{value}”).",
        "“{value}” value has the correct format (YYYY-MM-DD) but it is an invalid date."
    ),
    FxTimeFormat => (
        "시각 형식이 아닙니다 (받은 값: “{value}”). HH:MM[:ss[.uuuuuu]] 형식으로 쓰세요.",
        "“{value}” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format."
    ),
    FxTimeInvalid => (
        "형식(HH:MM[:ss[.uuuuuu]])은 맞지만 없는 시각입니다 (받은 값: “{value}”).",
        "“{value}” value has the correct format (HH:MM[:ss[.uuuuuu]]) but it is an invalid time."
    ),
    FxDurationFormat => (
        "기간 형식이 아닙니다 (받은 값: “{value}”). [DD] [[HH:]MM:]ss[.uuuuuu] 형식으로 쓰세요.",
        "“{value}” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format."
    ),
    FxNotUuid => ("올바른 UUID가 아닙니다 (받은 값: “{value}”).", "“{value}” is not a valid UUID."),
    FxNotText => (
        "날짜, 시각, 기간은 \"2024-03-04\"처럼 문자열로 써야 합니다 (받은 값: {value}). Django의 loaddata도 이 값에서 TypeError로 멈춥니다.",
        "dates, times and durations must be strings such as \"2024-03-04\", found {value} (Django's loaddata stops on it with a TypeError too)"
    ),
    FxBadPk => ("pk는 정수여야 합니다 (받은 값: “{value}”).", "“{value}” value must be an integer"),
    FxUnknownField => (
        "여러분의 객체에는 '{field}' 필드가 있는데 놀이터의 {model} 모델에는 이 필드가 없습니다. 여러분의 프로젝트에서 필드 이름을 다르게 지었나요? (놀이터 {model} 모델의 필드: {fields}. 없는 필드를 건너뛰는 loaddata 옵션: --ignorenonexistent)",
        "{model} has no field named '{field}': your object has it, the playground's {model} does not. Did your project name a field differently? (its fields: {fields}; use --ignorenonexistent to skip unknown fields)"
    ),
    FxUnknownFieldRenamed => (
        "여러분의 객체에는 '{field}' 필드가 있는데 놀이터의 {model} 모델에는 이 필드가 없습니다. 그리고 이 객체에는 놀이터의 {model} 모델에 꼭 필요한 '{missing}' 필드가 없습니다. 여러분의 프로젝트에서 '{missing}' 필드에 다른 이름('{field}')을 붙였나요? 강의의 모델처럼 '{missing}' 이름으로 바꾸세요. (놀이터 {model} 모델의 필드: {fields})",
        "{model} has no field named '{field}': your object has it, the playground's {model} does not, and your object lacks '{missing}', which the playground's {model} needs. Did your project name '{missing}' '{field}'? Rename it to '{missing}' as in the lesson's model (its fields: {fields})"
    ),
    FxReverseM2m => (
        "놀이터의 {model} 모델에는 '{field}' 필드가 없습니다. '{field}' 이름은 {owner}.{forward}의 반대쪽에서 부르는 이름입니다. 대신 상대 {label} 객체의 \"{forward}\" 목록에 적으세요.",
        "{model} has no field named '{field}'; \"{field}\" is the reverse side of {owner}.{forward}: list them in \"{forward}\" on the other {label} instead"
    ),
    FxReverseFk => (
        "놀이터의 {model} 모델에는 '{field}' 필드가 없습니다. '{field}' 이름은 {owner}.{forward}의 반대쪽에서 부르는 이름입니다. 대신 각 {label} 객체에서 \"{forward}\" 값을 지정하세요.",
        "{model} has no field named '{field}'; \"{field}\" is the reverse side of {owner}.{forward}: set \"{forward}\" on each {label} instead"
    ),
    // through= many-to-many in a fixture
    FxThroughField => (
        "{model}.{field} 필드는 중간 모델({through})을 거치는 다대다 필드라서 놀이터는 fixture에서 이 값을 읽지 않습니다. Django의 dumpdata도 이 필드를 쓰지 않습니다. 관계는 {through} 객체로 적으세요.",
        "{model}.{field} goes through an intermediate model ({through}): the playground does not load it from a fixture (Django's dumpdata never writes it). Give the relations as {through} objects instead"
    ),
    FxNotInteger => ("정수여야 합니다 (받은 값: “{value}”).", "“{value}” value must be an integer"),
    FxNotBoolean => (
        "True나 False여야 합니다 (true/false, 1/0, \"t\"/\"f\"도 됩니다). 받은 값: “{value}”",
        "“{value}” value must be either True or False (or true/false, 1/0, \"t\"/\"f\")"
    ),
    FxNotDateTimeText => (
        "\"2024-03-04T14:44:00Z\" 같은 날짜·시간 문자열이어야 하는데 {found} {value}입니다.",
        "expected a datetime string such as \"2024-03-04T14:44:00Z\", found {found} {value}"
    ),
    FxDateTimeFormat => (
        "날짜·시간 형식이 아닙니다 (받은 값: “{value}”). YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] 형식으로 쓰세요.",
        "“{value}” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."
    ),
    FxDateTimeInvalid => (
        "형식은 맞지만 없는 날짜나 시각입니다 (받은 값: “{value}”).",
        "“{value}” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time."
    ),
    FxM2mNotList => (
        "다대다 필드의 값은 pk나 natural key의 리스트여야 하는데 {found} {value}입니다.",
        "a many-to-many value must be a list of pks or natural keys, found {found} {value}"
    ),
    FxNaturalKeyArity => (
        "{model}의 natural key는 값 {expected}개({parts})로 되어 있는데 이 값은 {got}개입니다.",
        "a natural key of {model} has {expected} part(s) ({parts}), this one has {got}"
    ),
    FxNoNaturalKey => ("{model}에는 natural key가 없습니다. pk로 가리키세요.", "{model} has no natural key; refer to it by pk"),
    FxUnknownNaturalKey => (
        "natural key {key}에 맞는 {model} 객체가 데이터베이스에도 파일에도 없습니다.",
        "the natural key {key} matches no {model} in the database or in any of the files"
    ),
    FxDangling => (
        "가리키는 {target} pk={pk} 객체가 데이터베이스에도 파일에도 없습니다.",
        "points to {target} pk={pk}, which does not exist in the database or in any of the files"
    ),
    FxMissingField => (
        "여러분의 {model} 객체에는 '{field}' 필드가 없는데 놀이터의 {model} 모델에는 이 필드가 꼭 있어야 합니다 (NULL일 수 없고 기본값도 없습니다). fixture의 각 객체에 '{field}' 값을 넣거나, 여러분의 프로젝트에서 이 필드를 다른 이름으로 부르는지 확인하세요.",
        "your {model} has no '{field}' field, and the playground's {model} needs one (it cannot be NULL and has no default): give each object a '{field}', or check whether your project names it differently"
    ),
    FxMissingAutoNow => (
        "여러분의 {model} 객체에는 '{field}' 필드가 없는데 놀이터의 {model} 모델에는 이 필드가 꼭 있어야 합니다. loaddata는 값을 그대로 저장하므로 auto_now_add와 auto_now도 채워 주지 않습니다. fixture의 각 객체에 '{field}' 값을 넣으세요 (dumpdata로 만든 fixture에는 들어 있습니다).",
        "your {model} has no '{field}' field, and the playground's {model} needs one: loaddata saves raw values, so auto_now_add and auto_now are not filled in. Give each object a '{field}' (dumpdata writes it)"
    ),
    FxNullField => (
        "이 필드를 null로 적었지만 놀이터의 {model} 모델에서는 NULL일 수 없습니다. 값을 넣으세요.",
        "the fixture sets it to null, but the playground's {model} does not allow NULL there"
    ),
    FxDuplicate => (
        "다른 객체가 이미 같은 값을 쓰고 있습니다. 놀이터의 {model} 모델에서는 이 필드 값이 겹치면 안 됩니다.",
        "another object already has this value, and the playground's {model} needs it to be unique"
    ),
    FxConstraint => ("데이터베이스 제약 조건에 걸렸습니다: {constraint}", "{constraint}"),
    FxUnknownModelLabel => ("알 수 없는 모델입니다: {label}", "Unknown model: {label}"),
    FxUnknownAppLabel => ("설치된 앱 중에 레이블이 '{label}'인 앱이 없습니다.", "No installed app with label '{label}'."),
    FxDatabase => ("데이터베이스 오류: {message}", "database error: {message}"),
    // Replacing the data: the question first, then one undo
    ReplaceTitle => ("지금 데이터를 바꿀까요?", "Replace your data?"),
    ReplaceNow => ("지금 데이터", "Your data now"),
    ReplaceNew => ("바꿀 데이터", "Replace it with"),
    ReplaceUndoHint => (
        "바꾼 뒤에도 '되돌리기' 버튼으로 한 번은 되돌릴 수 있습니다.",
        "After replacing, the Undo button brings your data back once."
    ),
    ReplaceWithLink => ("공유 링크에 담긴 데이터", "the data in the shared link"),
    ReplaceWithFile => ("playground 파일에 담긴 데이터", "the data in the playground file"),
    ReplaceWithLesson => ("처음 상태의 강의 데이터", "the lesson data as it started"),
    ReplaceWithUpload => ("올린 fixture ({files})", "the uploaded fixtures ({files})"),
    OwnToggles => (
        "강의 데이터와 내가 바꾼 팔로우·좋아요 {n}건",
        "the lesson data with your follow and like changes ({n})"
    ),
    OwnProject => (
        "내 프로젝트의 데이터 (모든 테이블 합쳐 {rows}행)",
        "your project's data ({rows} rows in all its tables)"
    ),
    OwnLoaded => (
        "직접 불러온 데이터 (사용자 {users}명 · 게시글 {articles}개 · 댓글 {comments}개)",
        "the data you loaded (users {users} · articles {articles} · comments {comments})"
    ),
    ReplaceYes => ("바꾸기", "Replace"),
    ReplaceNo => ("지금 데이터 유지", "Keep my data"),
    UndoReplaceOwn => ("되돌리기: {what}", "Undo: bring back {what}"),
    UndoReplaceLesson => ("되돌리기: 바꾸기 전 강의 데이터", "Undo: bring back the lesson data"),
    DataUndone => ("바꾸기 전 데이터로 되돌렸습니다.", "The data from before is back."),
    PlaygroundAlone => ("playground 파일은 다른 파일 없이 하나만 여세요.", "Open a playground file on its own."),
    NotText => ("{file}: playground 파일은 텍스트여야 합니다.", "{file}: a playground file is text."),
    JobBusy => (
        "fixture를 지금 데이터에 불러오는 중입니다. 끝나거나 취소한 뒤에 다시 하세요.",
        "Fixtures are loading into the current data; wait for them or cancel first."
    ),
    Cancel => ("취소", "Cancel"),
    JobLoad => ("fixture 불러오기", "Loading fixtures"),
    JobRestore => ("공유된 데이터 여는 중", "Opening the shared data"),
    JobRun => ("큰 데이터에서 {scenario} 실행", "Running {scenario} on big data"),
    JobScale => ("규모 실험", "Scale lab"),
    JobDump => ("dumpdata 내려받기 준비", "Preparing the dumpdata download"),
    StageStarting => ("준비하는 중", "starting"),
    StageDecompressing => ("{file} 압축 푸는 중", "decompressing {file}"),
    StageReading => ("{file} 읽는 중", "reading {file}"),
    StageSaving => ("저장하는 중", "saving objects"),
    StageChecking => ("외래 키 확인 중", "checking foreign keys"),
    StageGenerating => ("데이터 만드는 중", "generating data"),
    StageRunning => ("{variant} 실행 중", "running {variant}"),
    StageDumping => ("{model} 쓰는 중", "writing {model}"),
    StageCompressing => ("압축하는 중", "compressing"),
    // Console examples
    ExampleNaive => ("고치기 전", "naive"),
    ExampleFixed => ("고친 뒤", "fixed"),
    ExampleFollowCheck => ("팔로우 버튼: 이미 팔로우했는지 확인하기", "Follow button: do I follow this user?"),
    ExampleFollowNaive => ("고치기 전: 팔로워를 모두 가져와 하나를 찾습니다", "naive: fetches every follower to find one"),
    ExampleFollowFixed => ("고친 뒤: EXISTS 쿼리 하나", "fixed: one EXISTS query"),
    ExampleAggregation => ("집계: aggregate와 annotate로 세기", "Aggregation: counting with aggregate and annotate"),
    ExampleWrite => ("쓰기와 CASCADE: 글을 만들고 지우면 나가는 쿼리", "A write and its cascade: the queries of creating and deleting an article"),
    // Console job
    JobShell => ("콘솔 프로그램 실행", "Running the console program"),
    StageProgram => ("프로그램 실행 중 (지금까지 쿼리 {n}개)", "running the program ({n} queries so far)"),
    LastJob => ("마지막 작업: {job} · {ms} ms", "Last job: {job} · {ms} ms"),
    JobFailedShort => ("마지막 작업 실패: {job}", "Last job failed: {job}"),
    JobCancelledShort => ("마지막 작업 취소: {job}", "Last job cancelled: {job}"),
    DownloadHeading => ("내려받기", "Download"),
    DumpWhat => ("무엇을", "What"),
    Everything => ("전체", "Everything"),
    Indent => ("들여쓰기", "Indent"),
    NoIndent => ("없음", "none"),
    Format => ("형식", "Format"),
    Gzip => ("gzip 압축 (.gz)", "gzip (.gz)"),
    DownloadDumpdata => ("dumpdata 내려받기", "Download dumpdata"),
    SameAs => ("같은 명령:", "Same as:"),
    DownloadSqlite => ("데이터베이스 내려받기 (.sqlite3)", "Download the database (.sqlite3)"),
    SqliteHint => (
        "Django가 그대로 여는 SQLite 파일입니다 (DATABASES의 NAME으로 지정).",
        "A SQLite file Django opens as is (point DATABASES' NAME at it)."
    ),
    ResetData => ("강의 데이터로 되돌리기", "Reset to the lesson data"),
    OriginLesson => ("지금 데이터: 강의 데이터 (팔로우·좋아요 변경 포함)", "Current data: the lesson's (with your follows and likes)"),
    OriginCustom => ("지금 데이터: 직접 불러온 데이터", "Current data: loaded by you"),
    // Share
    Share => ("공유", "Share"),
    ShareTitle => ("이 상태 공유하기", "Share this state"),
    ShareExplain => (
        "링크의 # 뒷부분(서버로 보내지 않음)에 단원, 방식, 로그인 사용자, 언어와 데이터가 들어 있습니다.",
        "Everything after # (never sent to a server) holds the section, variant, logged-in user, language and the data."
    ),
    LinkLength => ("링크 길이: {n}자", "Link length: {n} characters"),
    CopyLink => ("링크 복사", "Copy link"),
    LinkCopied => ("복사했습니다.", "Copied."),
    LinkCopyFailed => ("복사하지 못했습니다. 링크를 선택해 Ctrl+C로 복사하세요.", "Could not copy. Select the link and press Ctrl+C."),
    LinkTooLong => (
        "메신저와 브라우저가 받아 주는 {limit}자를 넘습니다. 대신 playground 파일을 내려받아 보내세요. 받는 사람은 'Fixture 불러오기'로 엽니다.",
        "That is over the {limit} characters chat apps and browsers take. Download a playground file instead; the receiver opens it with Load fixtures."
    ),
    DownloadPlayground => ("playground 파일 내려받기", "Download a playground file"),
    ShareTooBig => (
        "데이터가 너무 커서 링크나 playground 파일로 공유할 수 없습니다. dumpdata를 내려받아 보내세요 ('Fixture 불러오기'로 엽니다).",
        "The data is too big for a link or a playground file. Download dumpdata and send that instead (Load fixtures opens it)."
    ),
    Close => ("닫기", "Close"),
    // Exercises (ui/exercises)
    NavExercises => ("연습 문제", "Exercises"),
    IntroExercises => (
        "강의 순서를 따라 쿼리를 줄여 보는 문제입니다. 모든 문제는 출력은 맞지만 쿼리를 너무 많이 보내는 코드로 시작합니다. 채점을 누르면 여러분의 코드와 정답 코드를 지금 데이터와 여러분이 볼 수 없는 다른 데이터에서 각각 실행해, 두 데이터의 출력이 정답과 같은지, 쿼리가 예산 안인지 봅니다. 채점은 데이터의 사본에서 하므로 지금 데이터는 바뀌지 않습니다.",
        "Exercises that follow the lecture: each starts from a program that prints the right thing with too many queries. Check runs your program and the solution on the current data and on other data you never see, and passes when the output matches the solution's on both and the queries stay within the budget. Checks run on copies: your data stays as it is."
    ),
    ExerciseList => ("문제 목록", "Exercises"),
    ExercisesPassed => ("{passed}/{total}개 통과", "{passed} of {total} passed"),
    ExercisePassedMark => ("통과", "passed"),
    TopicManyToMany => ("팔로우·좋아요", "Follow & like"),
    TopicChallenge => ("도전", "Challenge"),
    ExerciseBudget => ("예산: {queries} 이하", "Budget: at most {queries}"),
    ExerciseBudgetRows => (
        "예산: {queries} 이하, 읽어 오는 행은 {rows} 이하",
        "Budget: at most {queries}, reading at most {rows}"
    ),
    ExerciseEditorNote => (
        "코드는 아래 콘솔 편집기에서 고칩니다. 실행을 누르면 줄마다 보내는 쿼리를 볼 수 있고, 채점은 편집기에 있는 코드를 채점합니다.",
        "Edit the program in the console's editor below: Run shows the queries each line sends, Check judges what the editor holds."
    ),
    ExerciseCheck => ("채점", "Check"),
    ExerciseChecking => ("채점하는 중…", "Checking…"),
    ExerciseReset => ("처음 코드로 되돌리기", "Back to the starting code"),
    ExerciseHint => ("힌트 보기", "Show a hint"),
    ExerciseHints => ("힌트", "Hints"),
    ExerciseSolution => ("정답 보기", "Show the solution"),
    ExerciseSolutionLocked => ("정답은 한 번 채점한 뒤에 볼 수 있습니다.", "The solution opens after your first check."),
    ExerciseUseSolution => ("정답을 편집기에 넣기", "Put the solution in the editor"),
    ExercisePassed => (
        "통과했습니다! 두 데이터 모두에서 출력이 정답과 같고 쿼리도 예산 안입니다.",
        "Passed: the same output as the solution on both datasets, within the budget."
    ),
    ExerciseFailed => ("아직 통과하지 못했습니다. ✗ 표시된 항목을 확인하세요.", "Not yet: see the items marked ✗."),
    CheckOutputCurrent => ("지금 데이터에서의 출력", "Output on your data"),
    CheckOutputHidden => ("숨은 데이터에서의 출력", "Output on the hidden data"),
    CheckQueries => ("쿼리 예산", "Query budget"),
    CheckSame => ("정답과 같습니다", "same as the solution's"),
    CheckDiffers => ("정답과 다릅니다", "differs from the solution's"),
    CheckDiffLegend => ("- 정답의 출력, + 여러분의 출력", "- the solution's output, + yours"),
    CheckDiffMore => ("다른 줄이 {n}개 더 있습니다.", "{n} more lines differ."),
    CheckReferenceFailed => (
        "정답 코드가 이 데이터에서 실행되지 않아 비교할 수 없습니다: {error}",
        "The solution does not run on this data, so there is nothing to compare with: {error}"
    ),
    CheckUsage => (
        "지금 데이터 {current}개, 숨은 데이터 {hidden}개 (예산 {budget}개)",
        "{current} on your data, {hidden} on the hidden data (budget {budget})"
    ),
    CheckRows => (
        "읽은 행: 지금 데이터 {current}개, 숨은 데이터 {hidden}개 (예산 {budget}개)",
        "Rows read: {current} on your data, {hidden} on the hidden data (budget {budget})"
    ),
    CheckYourError => ("{line}행에서 멈췄습니다: {error}", "Stopped on line {line}: {error}"),
    CheckHiddenData => (
        "숨은 데이터: 사용자 7명, 게시글 21개, 댓글 84개를 고정된 시드로 만든 데이터입니다.",
        "The hidden data: 7 users, 21 articles and 84 comments, generated from a fixed seed."
    ),
    CheckCouldNotRun => ("채점하지 못했습니다: {error}", "The check could not run: {error}"),
    // Scale lab
    NavScale => ("규모 실험", "Scale lab"),
    // Console page
    NavConsole => ("콘솔", "Console"),
    IntroConsole => (
        "`python manage.py shell -c`처럼 ORM 코드를 직접 실행해 보세요. 모델 6개(User, Article, Comment, …)는 미리 import되어 있습니다. 줄마다 보낸 쿼리 수가 줄 번호 옆에 나오고, N+1이 생기면 그 줄과 고치는 방법을 알려 줍니다.",
        "Run ORM code as `python manage.py shell -c` does. The six models (User, Article, Comment, …) are imported for you. Each line's query count shows beside its number, and an N+1 is reported with its line and the fix."
    ),
    ConsoleEditorLabel => (
        "프로그램 (Ctrl+Enter로 실행, Tab은 들여쓰기, Esc 다음 Tab으로 편집기에서 나가기)",
        "Program (Ctrl+Enter runs it, Tab indents, Escape then Tab leaves the editor)"
    ),
    ConsoleRun => ("실행", "Run"),
    ConsoleExamples => ("예제", "Examples"),
    ConsoleExamplePick => ("예제 불러오기…", "Load an example…"),
    ConsoleOutput => ("출력", "Output"),
    ConsoleBannerNote => (
        "shell -c가 맨 앞에 찍는 자동 import 안내 두 줄은 생략했습니다.",
        "The two auto-import lines shell -c prints first are left out."
    ),
    ConsoleNotRun => ("아직 실행하지 않았습니다.", "Not run yet."),
    ConsoleNoOutput => ("(출력 없음)", "(no output)"),
    ConsoleErrorLine => ("{line}번째 줄", "line {line}"),
    ConsoleRunning => ("실행 중…", "Running…"),
    ConsoleUnsupported => (
        "플레이그라운드에서 아직 실행하지 않는 기능입니다. 다른 방법으로 써 보세요.",
        "The playground does not run this yet; try writing it another way."
    ),
    ConsoleStepBudget => (
        "무한 루프로 보여 멈췄습니다. 반복문이 끝나는지 확인하세요.",
        "Stopped: this looks like an endless loop. Check that the loop ends."
    ),
    ConsoleQueries => ("이 실행의 쿼리", "Queries of this run"),
    ConsoleLineQueries => ("{line}번째 줄: 쿼리 {n}개", "line {line}: {n} queries"),
    OpenInConsole => ("콘솔에서 열기", "Open in console"),
    OpenInConsoleTitle => (
        "이 방식을 콘솔에서 실행할 수 있는 프로그램으로 엽니다 (같은 쿼리, 같은 화면 글자).",
        "Opens this variant as a program you can run in the console (same queries, same page text)."
    ),
    IntroScale => (
        "게시글 수 N을 키워 가며 만든 데이터에서 모든 패턴을 실행합니다 (사용자는 게시글 10개당 1명, 게시글마다 댓글 10개). 고치기 전 방식은 N에 비례해 쿼리가 늘고, 고친 방식은 그대로입니다. 패턴마다 그래프가 하나씩 있고, 두 축 모두 1, 10, 100처럼 10배마다 같은 간격으로 그립니다.",
        "Runs every pattern on generated data of growing size N (one user per ten articles, ten comments per article). The naive variants' queries grow with N; the optimized ones stay flat. Each pattern has its own plot; both axes are logarithmic (1, 10, 100 equally spaced)."
    ),
    ScaleSizes => ("게시글 수 N", "Articles N"),
    RunScale => ("실험 실행", "Run the lab"),
    ScaleQueries => ("쿼리 수", "Queries"),
    ScaleTime => ("SQLite 시간 (ms)", "Time in SQLite (ms)"),
    AxisArticles => ("게시글 수 N", "Articles N"),
    ScalePattern => ("패턴 · 방식", "Pattern · variant"),
    ScaleModelled => ("Django 예상 시간 (ms)", "Django, modelled (ms)"),
    ScaleMeasure => ("그래프에 보일 값", "Plot"),
    ScaleRuns => ("{n}번 실행한 평균", "mean of {n} runs"),
    ScaleEmpty => ("크기를 고르고 '실험 실행'을 누르세요.", "Pick sizes and press Run the lab."),
    ScaleTable => ("측정값", "Measurements"),
    // Big data on pattern pages
    RunningSliced => (
        "큰 데이터라 페이지가 멈추지 않도록 조금씩 나눠 실행합니다…",
        "Big data: running in slices so the page stays responsive…"
    ),
    WaitingForJob => ("지금 작업이 끝나면 실행합니다.", "Runs when the current job finishes."),
    MoreLines => ("… {n}줄 더 (전체는 JSON 내보내기에 있습니다)", "… {n} more lines (Export JSON has them all)"),
    MoreItems => ("… 외 {n}개", "… and {n} more"),
    MoreChars => (" (… {n}자 더, 'SQL 복사'는 전체를 복사합니다)", " (… {n} more characters; Copy SQL copies them all)"),
}

/// The finding in the learner's language, in the form
/// "N+1 on `Article.user`: 10 similar queries from `...`; use `...`",
/// named by `registry` (the one of the database that sent its queries).
pub fn finding_message(finding: &Finding, registry: &Registry, lang: Lang) -> String {
    let kind = finding.kind.named(registry);
    let from = match &finding.snippet {
        Some(s) => match lang {
            Lang::En => format!(" from `{s}`"),
            Lang::Ko => format!(", `{s}`에서"),
        },
        None => String::new(),
    };
    let n = finding.count;
    let code = match (&finding.snippet, kind) {
        (Some(s), _) => format!("`{s}`"),
        (
            None,
            NamedFindingKind::MembershipFetchesAll { model, manager, .. }
            | NamedFindingKind::TruthinessFetchesRows { model, manager }
            | NamedFindingKind::LengthFetchesAll { model, manager, .. },
        ) => format!("`{model}.{manager}`"),
        (None, _) => String::new(),
    };
    match (kind, lang) {
        (NamedFindingKind::NPlusOneForeignKey { model, field, prefetched_from: None }, Lang::En) => {
            format!("N+1 on `{model}.{field}`: {n} similar queries{from}; use `select_related('{field}')`")
        }
        (NamedFindingKind::NPlusOneForeignKey { model, field, prefetched_from: None }, Lang::Ko) => {
            format!("`{model}.{field}`를 읽을 때마다 쿼리가 하나씩 나갑니다 (비슷한 쿼리 {n}개{from}). `select_related('{field}')`로 함께 가져오세요.")
        }
        (NamedFindingKind::NPlusOneForeignKey { model, field, prefetched_from: Some(acc) }, Lang::En) => format!(
            "N+1 on `{model}.{field}` of the prefetched `{acc}`: {n} similar queries{from}; use `Prefetch('{acc}', queryset={model}.objects.select_related('{field}'))`"
        ),
        (NamedFindingKind::NPlusOneForeignKey { model, field, prefetched_from: Some(acc) }, Lang::Ko) => format!(
            "미리 가져온 `{acc}`에서 `{model}.{field}`를 읽을 때마다 쿼리가 하나씩 나갑니다 (비슷한 쿼리 {n}개{from}). `Prefetch('{acc}', queryset={model}.objects.select_related('{field}'))`로 함께 가져오세요."
        ),
        (NamedFindingKind::NPlusOneReverse { model, accessor }, Lang::En) => {
            format!("N+1 on `{model}.{accessor}`: {n} similar queries{from}; use `prefetch_related('{accessor}')`")
        }
        (NamedFindingKind::NPlusOneReverse { model, accessor }, Lang::Ko) => {
            format!("`{model}.{accessor}`를 읽을 때마다 쿼리가 하나씩 나갑니다 (비슷한 쿼리 {n}개{from}). `prefetch_related('{accessor}')`로 미리 가져오세요.")
        }
        (NamedFindingKind::NPlusOneCount { model, accessor, query_name }, Lang::En) => format!(
            "N+1 on `{model}.{accessor}.count`: {n} similar COUNT queries{from}; use `annotate(Count('{query_name}'))` and `{}`",
            annotated_expression(model, query_name)
        ),
        (NamedFindingKind::NPlusOneCount { model, accessor, query_name }, Lang::Ko) => format!(
            "`{model}.{accessor}.count`를 부를 때마다 COUNT 쿼리가 하나씩 나갑니다 (비슷한 쿼리 {n}개{from}). `annotate(Count('{query_name}'))`로 한 번에 세고 템플릿에서 `{}`를 쓰세요.",
            annotated_expression(model, query_name)
        ),
        (NamedFindingKind::MembershipFetchesAll { rows, .. }, Lang::En) => {
            format!("{code} fetched {rows} row(s) to test one; use `.filter(pk=...).exists()`")
        }
        (NamedFindingKind::MembershipFetchesAll { rows, .. }, Lang::Ko) => {
            format!("하나만 확인하면 되는데 {rows}행을 모두 가져왔습니다: {code}. `.filter(pk=...).exists()`로 물어보세요.")
        }
        (NamedFindingKind::TruthinessFetchesRows { .. }, Lang::En) => {
            format!("{code} fetched whole rows only to see whether there are any; use `.exists()`")
        }
        (NamedFindingKind::TruthinessFetchesRows { .. }, Lang::Ko) => {
            format!("있는지만 보면 되는데 행을 통째로 가져왔습니다: {code}. `.exists()`로 물어보세요.")
        }
        (NamedFindingKind::LengthFetchesAll { rows, .. }, Lang::En) => {
            format!("{code} fetched {rows} row(s) to count them; use `.count`")
        }
        (NamedFindingKind::LengthFetchesAll { rows, .. }, Lang::Ko) => {
            format!("개수만 세면 되는데 {rows}행을 모두 가져왔습니다: {code}. `.count`로 세어 보세요.")
        }
        (NamedFindingKind::Duplicate { distinct }, Lang::En) => format!(
            "Duplicated: {n} queries{from} are only {distinct} distinct one(s) sent again and again (same SQL, same parameters); keep the first result in a variable and reuse it"
        ),
        (NamedFindingKind::Duplicate { distinct }, Lang::Ko) => format!(
            "똑같은 쿼리가 되풀이됩니다: 쿼리 {n}개{from} 가운데 서로 다른 것은 {distinct}개뿐입니다 (SQL도 인자도 같음). 처음 결과를 변수에 담아 다시 쓰세요."
        ),
    }
}

/// Things the page counts, worded with their number as each language
/// says it: `쿼리 41개` and `41행` in Korean, `1 query` and `41 queries` in
/// English. Counts are words, not a `{n}` template, because English
/// changes the noun with the number and Korean puts some nouns first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Query,
    Row,
    Comment,
    Like,
    Article,
    User,
}

impl Noun {
    /// Korean: the noun before the number (if any) and the counter after it.
    fn korean(self) -> (&'static str, &'static str) {
        match self {
            Noun::Query => ("쿼리 ", "개"),
            Noun::Row => ("", "행"),
            Noun::Comment => ("댓글 ", "개"),
            Noun::Like => ("좋아요 ", "개"),
            Noun::Article => ("게시글 ", "개"),
            Noun::User => ("사용자 ", "명"),
        }
    }

    /// English: singular and plural.
    fn english(self) -> (&'static str, &'static str) {
        match self {
            Noun::Query => ("query", "queries"),
            Noun::Row => ("row", "rows"),
            Noun::Comment => ("comment", "comments"),
            Noun::Like => ("like", "likes"),
            Noun::Article => ("article", "articles"),
            Noun::User => ("user", "users"),
        }
    }

    fn english_for(self, n: usize) -> &'static str {
        let (one, many) = self.english();
        if n == 1 {
            one
        } else {
            many
        }
    }

    /// `쿼리 41개` / `41 queries`, `1 query`.
    pub fn count(self, lang: Lang, n: usize) -> String {
        let n_text = thousands(n);
        match lang {
            Lang::Ko => {
                let (noun, counter) = self.korean();
                format!("{noun}{n_text}{counter}")
            }
            Lang::En => format!("{n_text} {}", self.english_for(n)),
        }
    }

    /// A count before and after: `쿼리 41개 → 2개` / `41 → 2 queries`.
    pub fn count_from_to(self, lang: Lang, from: usize, to: usize) -> String {
        let (from_text, to_text) = (thousands(from), thousands(to));
        match lang {
            Lang::Ko => {
                let (noun, counter) = self.korean();
                format!("{noun}{from_text}{counter} → {to_text}{counter}")
            }
            Lang::En => format!("{from_text} → {to_text} {}", self.english_for(to)),
        }
    }

    /// What changed between two counts, said so a learner can check it:
    /// a big cut as a fraction (`1/20`: 41 → 2), a big growth as a factor
    /// (`20배` / `20×`), and a small change as the difference (`9개 줄어듦`
    /// / `9 fewer`: 111 → 102 is not "1× fewer").
    pub fn change(self, lang: Lang, from: usize, to: usize) -> String {
        let counter = self.korean().1;
        if from == to {
            return match lang {
                Lang::Ko => "같음".to_owned(),
                Lang::En => "no change".to_owned(),
            };
        }
        if to < from {
            if to > 0 && from >= 2 * to {
                return format!("1/{}", format_factor(from as f64 / to as f64));
            }
            let d = thousands(from - to);
            return match lang {
                Lang::Ko => format!("{d}{counter} 줄어듦"),
                Lang::En => format!("{d} fewer"),
            };
        }
        if from > 0 && to >= 2 * from {
            let f = format_factor(to as f64 / from as f64);
            return match lang {
                Lang::Ko => format!("{f}배"),
                Lang::En => format!("{f}× as many"),
            };
        }
        let d = thousands(to - from);
        match lang {
            Lang::Ko => format!("{d}{counter} 늘어남"),
            Lang::En => format!("{d} more"),
        }
    }
}

/// `1234567` → `1,234,567`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A ratio for `1/20`: whole numbers from 10 on (rounded down, so 41 → 2
/// says 1/20), one decimal below.
pub fn format_factor(factor: f64) -> String {
    if !factor.is_finite() {
        "∞".into()
    } else if factor >= 10.0 {
        format!("{}", factor.floor() as u64)
    } else {
        let text = format!("{:.1}", (factor * 10.0).floor() / 10.0);
        text.trim_end_matches(".0").to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally_in_both_languages() {
        for (noun, n, ko, en) in [
            (Noun::Query, 41, "쿼리 41개", "41 queries"),
            (Noun::Query, 1, "쿼리 1개", "1 query"),
            (Noun::Row, 1, "1행", "1 row"),
            (Noun::Row, 1_000, "1,000행", "1,000 rows"),
            (Noun::Like, 1, "좋아요 1개", "1 like"),
            (Noun::Comment, 0, "댓글 0개", "0 comments"),
            (Noun::User, 5, "사용자 5명", "5 users"),
        ] {
            assert_eq!(noun.count(Lang::Ko, n), ko);
            assert_eq!(noun.count(Lang::En, n), en);
        }
        assert_eq!(
            Noun::Query.count_from_to(Lang::Ko, 41, 2),
            "쿼리 41개 → 2개"
        );
        assert_eq!(Noun::Query.count_from_to(Lang::En, 41, 2), "41 → 2 queries");
        assert_eq!(Noun::Query.count_from_to(Lang::En, 11, 1), "11 → 1 query");
        assert_eq!(Noun::Row.count_from_to(Lang::Ko, 22, 11), "22행 → 11행");
    }

    /// Issue 16: `쿼리 111개 → 쿼리 102개 (1배 적음)` said nothing.
    #[test]
    fn changes_say_what_changed() {
        for (from, to, ko, en) in [
            (41, 2, "1/20", "1/20"),
            (111, 102, "9개 줄어듦", "9 fewer"),
            (11, 1, "1/11", "1/11"),
            (3, 2, "1개 줄어듦", "1 fewer"),
            (19, 19, "같음", "no change"),
            (2, 41, "20배", "20× as many"),
            (10, 12, "2개 늘어남", "2 more"),
            (10, 0, "10개 줄어듦", "10 fewer"),
        ] {
            assert_eq!(Noun::Query.change(Lang::Ko, from, to), ko, "{from} → {to}");
            assert_eq!(Noun::Query.change(Lang::En, from, to), en, "{from} → {to}");
        }
        assert_eq!(Noun::Row.change(Lang::Ko, 22, 20), "2행 줄어듦");
    }

    #[test]
    fn every_text_exists_in_both_languages() {
        for &text in Text::ALL {
            let (ko, en) = (text.get(Lang::Ko), text.get(Lang::En));
            assert!(!ko.is_empty() && !en.is_empty(), "{text:?}");
        }
    }

    /// `{name}` placeholders, in order of first appearance.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn both_languages_fill_the_same_placeholders() {
        for &text in Text::ALL {
            assert_eq!(
                placeholders(text.get(Lang::Ko)),
                placeholders(text.get(Lang::En)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn korean_only_when_preferred_first() {
        let cases: [(&[&str], Lang); 4] = [
            (&["ko-KR", "en"], Lang::Ko),
            (&["KO"], Lang::Ko),
            (&["en-US", "ko"], Lang::En),
            (&[], Lang::En),
        ];
        for (preferred, expected) in cases {
            assert_eq!(
                Lang::from_preferences(preferred.iter().copied()),
                expected,
                "{preferred:?}"
            );
        }
    }
}
