//! The UI's words in Korean and English.
//!
//! Every piece of interface text is a [`Text`] variant, so a missing
//! translation is a compile error rather than a blank on screen. The
//! lesson's own page text (what Django templates render) is not here: it
//! stays as the templates render it.

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
        "팔로우 토글과 프로필 페이지. 쿼리 개수는 같아도 `in qs.all()`과 `if qs.filter(...)`는 행을 통째로 가져오고, `.exists()`와 `.count`는 필요한 만큼만 묻습니다. 행 수를 비교해 보세요.",
        "The follow toggle and the profile page. The query counts are equal, but `in qs.all()` and `if qs.filter(...)` fetch whole rows while `.exists()` and `.count` ask only for what they need: compare the rows."
    ),
    ExistsLikesTitle => ("exists: 좋아요", "exists: likes"),
    IntroLikes => (
        "좋아요 토글을 두 번 누릅니다. 차이는 좋아요 여부를 확인하는 방법뿐입니다.",
        "The like toggle, pressed twice. The variants differ only in how they test whether the user already likes the article."
    ),
    ActingOnTarget => ("사용자 pk {acting}이(가) pk {target}에 대해 실행", "Run as user pk {acting} on pk {target}"),
    QueryLog => ("쿼리 로그", "Query log"),
    LogSummary => ("쿼리 {queries}개 · {ms} ms · {rows}행", "{queries} queries · {ms} ms · {rows} rows"),
    ExportJson => ("JSON 내보내기", "Export JSON"),
    NoQueries => ("아직 쿼리가 없습니다.", "No queries yet."),
    SimilarQueries => ("비슷한 쿼리 {n}개", "{n} similar queries"),
    DuplicatedTimes => ("{n}번 중복", "Duplicated {n} times"),
    RowCount => ("{n}행", "{n} rows"),
    OneRow => ("1행", "1 row"),
    Time => ("시간", "Time"),
    Query => ("쿼리", "Query"),
    OriginView => ("뷰 줄", "view line"),
    OriginTemplate => ("템플릿 줄", "template line"),
    ColumnCount => ("열 {n}개 펼치기", "show {n} columns"),
    Collapse => ("접기", "fold"),
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
    NQueries => ("쿼리 {n}개", "{n} queries"),
    NRows => ("{n}행", "{n} rows"),
    SameCount => ("개수 같음", "same count"),
    TimesFewer => ("{x}배 적음", "{x}× fewer"),
    TimesMore => ("{x}배 많음", "{x}× more"),
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
    ModeMerge => ("지금 데이터에 더하기", "Load into the current data"),
    DropToReplace => ("놓으면 지금 데이터를 이 fixture로 바꿉니다", "Drop to replace the data with these fixtures"),
    DropToMerge => ("놓으면 지금 데이터에 loaddata로 더합니다", "Drop to loaddata them into the current data"),
    LoadFailed => ("불러오지 못했습니다. 데이터는 그대로입니다.", "Nothing was loaded; the data is as it was."),
    LoadCancelled => ("불러오기를 취소했습니다. 데이터는 그대로입니다.", "Loading was cancelled; the data is as it was."),
    LinkOpened => ("공유된 상태를 열었습니다.", "Opened the shared state."),
    LinkRefused => ("링크를 열지 못했습니다. 지금 데이터는 그대로입니다.", "The link could not be opened; your data is unchanged."),
    SavedRefused => (
        "저장해 둔 상태를 복원하지 못해 강의 데이터로 시작합니다.",
        "The saved state could not be restored; starting from the lesson data."
    ),
    DataReset => ("강의 데이터로 되돌렸습니다.", "Back to the lesson data."),
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
    // Scale lab
    NavScale => ("규모 실험", "Scale lab"),
    IntroScale => (
        "게시글 수 N을 키워 가며 만든 데이터에서 모든 패턴을 실행합니다 (사용자는 게시글 10개당 1명, 게시글마다 댓글 10개). 고치기 전 방식은 N에 비례해 쿼리가 늘고, 고친 방식은 그대로입니다. 두 축 모두 로그 눈금입니다.",
        "Runs every pattern on generated data of growing size N (one user per ten articles, ten comments per article). The naive variants' queries grow with N; the optimized ones stay flat. Both axes are logarithmic."
    ),
    ScaleSizes => ("게시글 수 N", "Articles N"),
    RunScale => ("실험 실행", "Run the lab"),
    ScaleQueries => ("쿼리 수", "Queries"),
    ScaleTime => ("SQLite 시간 (ms)", "Time in SQLite (ms)"),
    AxisArticles => ("게시글 수 N", "Articles N"),
    ScalePattern => ("패턴 · 방식", "Pattern · variant"),
    ScaleCell => ("쿼리 {queries}개 · {ms} ms", "{queries} queries · {ms} ms"),
    ScaleCellOne => ("쿼리 1개 · {ms} ms", "1 query · {ms} ms"),
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

#[cfg(test)]
mod tests {
    use super::*;

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
