//! The exercises themselves, in lecture order: what each asks in Korean and
//! English, the naive program it starts from, the reference solution, the
//! query budget and the hints.
//!
//! The texts live here with their programs rather than in `crate::i18n`:
//! an exercise's task, hints, starting code and solution are written and
//! reviewed together (a hint names the solution's own attribute, a task
//! names the starting code's line), and they are content, not interface.
//! `i18n` keeps the words around them (Check, Hint, the verdicts). The
//! programs are files under `exercises/<id>/` at the repository's root, so
//! they can be read, highlighted and run with `manage shell` as they are.

use crate::i18n::Lang;

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    pub ko: &'static str,
    pub en: &'static str,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

const fn t(ko: &'static str, en: &'static str) -> Localized {
    Localized { ko, en }
}

/// The lesson section an exercise practises, for its label in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Annotate,
    SelectRelated,
    PrefetchRelated,
    SelectAndPrefetch,
    Exists,
    /// The follow and like features: many-to-many relations.
    ManyToMany,
    /// Past the lecture: `Prefetch(to_attr=)`, `Exists(OuterRef())`,
    /// aggregates across several relations.
    Challenge,
}

/// How much a solution may send. Rows matter where the lesson's point is
/// what a query reads rather than how many are sent (`exists()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// Statements sent (as `connection.queries` counts them), on each
    /// dataset.
    pub queries: usize,
    /// Rows all SELECTs returned together, on each dataset, when limited.
    pub rows: Option<usize>,
}

const fn queries(n: usize) -> Budget {
    Budget {
        queries: n,
        rows: None,
    }
}

const fn queries_and_rows(n: usize, rows: usize) -> Budget {
    Budget {
        queries: n,
        rows: Some(rows),
    }
}

/// One exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Stable across versions: progress is saved under it.
    pub id: &'static str,
    pub topic: Topic,
    pub title: Localized,
    pub task: Localized,
    /// The naive program the learner starts from: the right output with
    /// too many queries (or rows).
    pub start: &'static str,
    /// The reference solution: its output on each dataset is the expected
    /// one.
    pub solution: &'static str,
    pub budget: Budget,
    /// In the order they are revealed.
    pub hints: &'static [Localized],
    /// Whether the programs write (follow and like toggles). Checks run on
    /// copies of the data either way; this marks the exercises that need
    /// the shell's writes.
    pub writes: bool,
}

macro_rules! program {
    ($id:literal, $file:literal) => {
        include_str!(concat!("../../exercises/", $id, "/", $file, ".py"))
    };
}

/// Every exercise, in lecture order.
pub const EXERCISES: &[Exercise] = &[
    Exercise {
        id: "annotate_count",
        topic: Topic::Annotate,
        title: t("글마다 댓글 개수 세기", "Count the comments of each article"),
        task: t(
            "최신 글부터 글마다 제목과 댓글 개수를 출력하세요. 지금 코드는 글 하나마다 COUNT 쿼리를 한 번씩 더 보냅니다. `annotate`로 댓글 개수를 글과 함께 한 번에 가져와 보세요.",
            "Print each article's title and comment count, newest article first. The code sends one more COUNT query per article. Use `annotate` to fetch the counts together with the articles.",
        ),
        start: program!("annotate_count", "start"),
        solution: program!("annotate_count", "solution"),
        budget: queries(1),
        hints: &[
            t(
                "먼저 `from django.db.models import Count`로 `Count`를 불러오세요.",
                "Import it first: `from django.db.models import Count`.",
            ),
            t(
                "`Article.objects.annotate(Count('comment'))`로 가져온 글에는 `comment__count` 속성이 생깁니다.",
                "Articles from `Article.objects.annotate(Count('comment'))` carry a `comment__count` attribute.",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "select_related_author",
        topic: Topic::SelectRelated,
        title: t("작성자를 JOIN으로 함께 가져오기", "Fetch each author with a JOIN"),
        task: t(
            "최신 글부터 작성자 이름과 글 제목을 출력하세요. `article.user`에 처음 접근할 때마다 쿼리가 한 번씩 더 나갑니다. `select_related`로 작성자를 글과 같은 쿼리에서 가져오세요.",
            "Print each article's author name and title, newest article first. Every first access to `article.user` sends one more query. Use `select_related` to fetch the author in the same query as the article.",
        ),
        start: program!("select_related_author", "start"),
        solution: program!("select_related_author", "solution"),
        budget: queries(1),
        hints: &[
            t(
                "`select_related`는 ForeignKey로 가리키는 객체를 SQL JOIN으로 한 번에 가져옵니다.",
                "`select_related` fetches what a ForeignKey points at in the same query, with an SQL JOIN.",
            ),
            t(
                "`Article.objects.select_related('user').order_by('-pk')`",
                "`Article.objects.select_related('user').order_by('-pk')`",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "comment_chain",
        topic: Topic::SelectRelated,
        title: t("두 단계 관계도 쿼리 하나로", "Two relations deep in one query"),
        task: t(
            "댓글을 pk 순서로 돌면서 댓글 내용, 댓글이 달린 글의 제목, 그 글의 작성자 이름을 출력하세요. 지금은 댓글 하나마다 글을 가져오는 쿼리와 작성자를 가져오는 쿼리가 하나씩 더 나갑니다.",
            "Go through the comments in pk order and print each comment's content, its article's title and that article's author. Now every comment sends two more queries: one for its article and one for the article's author.",
        ),
        start: program!("comment_chain", "start"),
        solution: program!("comment_chain", "solution"),
        budget: queries(1),
        hints: &[
            t(
                "`select_related`에는 관계를 `__`로 이어서 적을 수 있습니다.",
                "`select_related` follows relations joined with `__`.",
            ),
            t(
                "`Comment.objects.select_related('article__user')`",
                "`Comment.objects.select_related('article__user')`",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "prefetch_comments",
        topic: Topic::PrefetchRelated,
        title: t("글마다 댓글 목록 미리 가져오기", "Prefetch each article's comments"),
        task: t(
            "최신 글부터 글 제목과 그 글에 달린 댓글 내용을 모두 출력하세요. `article.comment_set.all()`은 글마다 쿼리를 한 번씩 보냅니다. 역참조는 JOIN 한 번으로 가져올 수 없으니 `prefetch_related`를 써 보세요.",
            "Print each article's title and the content of all its comments, newest article first. `article.comment_set.all()` sends one query per article. A reverse relation does not come with one JOIN, so try `prefetch_related`.",
        ),
        start: program!("prefetch_comments", "start"),
        solution: program!("prefetch_comments", "solution"),
        budget: queries(2),
        hints: &[
            t(
                "`prefetch_related`는 관계마다 `IN (...)` 쿼리를 하나 더 보내고, 글과 댓글은 파이썬에서 짝지어 줍니다.",
                "`prefetch_related` sends one more `IN (...)` query per relation and matches comments to articles in Python.",
            ),
            t(
                "`Article.objects.prefetch_related('comment_set').order_by('-pk')`",
                "`Article.objects.prefetch_related('comment_set').order_by('-pk')`",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "select_and_prefetch",
        topic: Topic::SelectAndPrefetch,
        title: t("댓글과 댓글 작성자까지 쿼리 2개로", "Comments and their authors in 2 queries"),
        task: t(
            "최신 글부터 글 제목을 출력하고, 그 아래에 댓글을 `작성자 : 내용` 꼴로 출력하세요. 지금 코드는 글마다 댓글을, 댓글마다 작성자를 따로 가져옵니다. 강의에서처럼 쿼리 2개로 줄여 보세요.",
            "Print each article's title, newest first, and below it its comments as `author : content`. The code fetches the comments of each article and the author of each comment separately. Bring it down to 2 queries, as the lecture does.",
        ),
        start: program!("select_and_prefetch", "start"),
        solution: program!("select_and_prefetch", "solution"),
        budget: queries(2),
        hints: &[
            t(
                "댓글은 `prefetch_related`로 가져오고, 그 댓글 쿼리에서 작성자를 `select_related('user')`로 함께 가져와야 합니다.",
                "Prefetch the comments, and have that comment query fetch the authors with `select_related('user')`.",
            ),
            t(
                "`from django.db.models import Prefetch`로 불러온 뒤 `Prefetch('comment_set', queryset=Comment.objects.select_related('user'))`를 `prefetch_related`에 넘기세요.",
                "Import `Prefetch` from `django.db.models`, then pass `Prefetch('comment_set', queryset=Comment.objects.select_related('user'))` to `prefetch_related`.",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "exists_follow",
        topic: Topic::Exists,
        title: t("팔로우 여부는 exists()로", "Check a follow with exists()"),
        task: t(
            "2번 사용자가 1번 사용자를 팔로우하고 있는지 출력하세요. 지금 코드는 `in`을 쓰느라 1번 사용자의 팔로워를 전부 불러옵니다. 쿼리 수는 그대로 두고 읽어 오는 행을 줄여 보세요.",
            "Print whether user 2 follows user 1. The code uses `in`, which loads every follower of user 1. Keep the number of queries and read fewer rows.",
        ),
        start: program!("exists_follow", "start"),
        solution: program!("exists_follow", "solution"),
        budget: queries_and_rows(3, 3),
        hints: &[
            t(
                "`exists()`는 `LIMIT 1`을 붙여 행이 있는지만 묻습니다.",
                "`exists()` adds `LIMIT 1` and only asks whether there is a row.",
            ),
            t(
                "`person.followers.filter(pk=me.pk).exists()`",
                "`person.followers.filter(pk=me.pk).exists()`",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "follow_toggle",
        topic: Topic::ManyToMany,
        title: t("팔로우 토글", "Toggle a follow"),
        task: t(
            "강의의 follow 뷰처럼 2번 사용자가 1번 사용자를 이미 팔로우하고 있으면 취소하고, 아니면 팔로우하세요. 그다음 1번 사용자의 이름과 팔로워 수를 출력합니다. 팔로워를 전부 불러오지 말고 `exists()`로 확인하세요. 채점은 데이터의 사본에서 하므로 지금 데이터는 바뀌지 않습니다.",
            "As the lecture's follow view does: if user 2 already follows user 1, unfollow, otherwise follow. Then print user 1's name and follower count. Check with `exists()` instead of loading every follower. Check runs on copies of the data, so your data stays as it is.",
        ),
        start: program!("follow_toggle", "start"),
        solution: program!("follow_toggle", "solution"),
        budget: queries_and_rows(7, 4),
        hints: &[
            t(
                "팔로우 여부는 앞 문제처럼 `exists()`로 확인합니다.",
                "Test the follow with `exists()`, as in the previous exercise.",
            ),
            t(
                "`if person.followers.filter(pk=me.pk).exists():` 아래의 `remove`와 `add`는 그대로 두면 됩니다.",
                "`if person.followers.filter(pk=me.pk).exists():`, and keep `remove` and `add` as they are.",
            ),
        ],
        writes: true,
    },
    Exercise {
        id: "like_toggle",
        topic: Topic::ManyToMany,
        title: t("좋아요 토글", "Toggle a like"),
        task: t(
            "2번 사용자가 1번 글에 이미 좋아요를 눌렀으면 취소하고, 아니면 좋아요를 누르세요. 그다음 1번 글의 제목과 좋아요 수를 출력합니다. 좋아요를 누른 사용자를 전부 불러오지 말고 `exists()`로 확인하세요. 채점은 데이터의 사본에서 합니다.",
            "If user 2 already likes article 1, unlike it, otherwise like it. Then print article 1's title and like count. Check with `exists()` instead of loading everyone who liked it. Check runs on copies of the data.",
        ),
        start: program!("like_toggle", "start"),
        solution: program!("like_toggle", "solution"),
        budget: queries_and_rows(7, 4),
        hints: &[
            t(
                "`article.like_users`도 `person.followers`와 같은 관계 매니저입니다.",
                "`article.like_users` is a related manager just like `person.followers`.",
            ),
            t(
                "`if article.like_users.filter(pk=me.pk).exists():`",
                "`if article.like_users.filter(pk=me.pk).exists():`",
            ),
        ],
        writes: true,
    },
    Exercise {
        id: "follow_counts",
        topic: Topic::ManyToMany,
        title: t("팔로워 수와 팔로잉 수", "Follower and following counts"),
        task: t(
            "사용자를 pk 순서로 돌면서 이름, 팔로워 수, 팔로잉 수를 출력하세요. 두 개수를 쿼리 하나로 함께 구해야 합니다. 두 관계를 한 번에 JOIN하면 개수가 부풀려지니 조심하세요.",
            "Print each user's name, follower count and following count in pk order, both counts from a single query. Joining two relations at once inflates the counts, so watch out.",
        ),
        start: program!("follow_counts", "start"),
        solution: program!("follow_counts", "solution"),
        budget: queries(1),
        hints: &[
            t(
                "`annotate` 하나에 `Count('followers')`와 `Count('followings')`를 함께 넣을 수 있습니다.",
                "One `annotate` can take both `Count('followers')` and `Count('followings')`.",
            ),
            t(
                "두 JOIN의 행이 서로 곱해지므로 `Count('followers', distinct=True)`처럼 `distinct=True`가 필요합니다.",
                "The two JOINs multiply each other's rows, so you need `distinct=True`: `Count('followers', distinct=True)`.",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "latest_comment",
        topic: Topic::Challenge,
        title: t("글마다 가장 최근 댓글", "The latest comment of each article"),
        task: t(
            "최신 글부터 글 제목과 가장 최근 댓글(pk가 가장 큰 댓글)의 내용을 출력하세요. 댓글이 없는 글은 `-`를 출력합니다. `order_by().first()`는 글마다 쿼리를 보내니, 정렬한 댓글을 `Prefetch(..., to_attr=)`로 한 번에 가져와 보세요.",
            "Print each article's title and the content of its latest comment (the one with the highest pk), newest article first, or `-` when it has none. `order_by().first()` sends one query per article: prefetch the sorted comments at once with `Prefetch(..., to_attr=)`.",
        ),
        start: program!("latest_comment", "start"),
        solution: program!("latest_comment", "solution"),
        budget: queries(2),
        hints: &[
            t(
                "`Prefetch('comment_set', queryset=Comment.objects.order_by('-pk'), to_attr='newest_first')`",
                "`Prefetch('comment_set', queryset=Comment.objects.order_by('-pk'), to_attr='newest_first')`",
            ),
            t(
                "`to_attr`로 받은 값은 쿼리셋이 아니라 리스트입니다. `[0]`으로 꺼내고, 비어 있는지는 `if article.newest_first:`로 확인하세요. 여기에 다시 `order_by`를 부르면 쿼리가 또 나갑니다.",
                "A `to_attr` holds a list, not a queryset: take `[0]` and test for an empty list with `if article.newest_first:`. Calling `order_by` on the relation again sends a query again.",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "author_commented",
        topic: Topic::Challenge,
        title: t("작성자가 자기 글에 댓글을 달았을까", "Did the author reply to their own article?"),
        task: t(
            "글을 pk 순서로 돌면서 pk, 제목, 그리고 글쓴이가 그 글에 댓글을 단 적이 있는지(`True`/`False`)를 출력하세요. 글마다 `exists()` 쿼리를 보내지 말고, `Exists(OuterRef(...))`로 바깥의 글을 가리키는 서브쿼리를 만들어 쿼리 1개로 끝내세요.",
            "Go through the articles in pk order and print each one's pk, title and whether its author commented on it (`True`/`False`). Instead of one `exists()` query per article, write a subquery that points at the outer article with `Exists(OuterRef(...))`, and finish in 1 query.",
        ),
        start: program!("author_commented", "start"),
        solution: program!("author_commented", "solution"),
        budget: queries(1),
        hints: &[
            t(
                "서브쿼리 안에서 `OuterRef('pk')`는 바깥 쿼리의 글을, `OuterRef('user')`는 그 글의 작성자를 가리킵니다.",
                "Inside the subquery, `OuterRef('pk')` is the outer article and `OuterRef('user')` its author.",
            ),
            t(
                "`Comment.objects.filter(article=OuterRef('pk'), user=OuterRef('user'))`를 `Exists`로 감싸 `annotate`에 넣으세요.",
                "Wrap `Comment.objects.filter(article=OuterRef('pk'), user=OuterRef('user'))` in `Exists` and pass it to `annotate`.",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "liked_by_me",
        topic: Topic::Challenge,
        title: t("내가 좋아요를 누른 글 표시하기", "Mark the articles I liked"),
        task: t(
            "2번 사용자를 '나'로 두고, 글을 pk 순서로 돌면서 pk, 제목, 내가 좋아요를 눌렀는지를 출력하세요. 글마다 확인하지 말고 `Exists`로 글과 함께 가져오세요. 나를 가져오는 쿼리까지 2개면 됩니다.",
            "Take user 2 as \"me\" and print each article's pk, title and whether I liked it, in pk order. Do not ask once per article: fetch the answer with the articles using `Exists`. Two queries, counting the one that fetches me.",
        ),
        start: program!("liked_by_me", "start"),
        solution: program!("liked_by_me", "solution"),
        budget: queries(2),
        hints: &[
            t(
                "좋아요는 `User` 쪽에서 `like_articles`로도 따라갈 수 있습니다.",
                "Likes can be followed from the `User` side too, through `like_articles`.",
            ),
            t(
                "`Exists(User.objects.filter(pk=me.pk, like_articles=OuterRef('pk')))`",
                "`Exists(User.objects.filter(pk=me.pk, like_articles=OuterRef('pk')))`",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "likes_per_author",
        topic: Topic::Challenge,
        title: t("작성자별로 받은 좋아요 수", "Likes received per author"),
        task: t(
            "사용자를 pk 순서로 돌면서 이름과, 그 사용자가 쓴 모든 글이 받은 좋아요 수의 합을 출력하세요. 지금은 사용자마다 글 목록을, 글마다 좋아요 수를 따로 셉니다. 쿼리 1개로 세어 보세요.",
            "Print each user's name and the total number of likes all their articles received, in pk order. The code fetches each user's articles and counts each article's likes separately. Count them in 1 query.",
        ),
        start: program!("likes_per_author", "start"),
        solution: program!("likes_per_author", "solution"),
        budget: queries(1),
        hints: &[
            t(
                "`Count`에도 관계를 `__`로 이어서 적을 수 있습니다.",
                "`Count` follows relations joined with `__` too.",
            ),
            t(
                "`User.objects.annotate(total=Count('article__like_users'))`. 글이 없는 사용자도 0으로 나옵니다.",
                "`User.objects.annotate(total=Count('article__like_users'))`. Users without articles get 0.",
            ),
        ],
        writes: false,
    },
    Exercise {
        id: "author_pages",
        topic: Topic::Challenge,
        title: t("작성자별 글 목록과 댓글 개수", "Each author's articles with comment counts"),
        task: t(
            "사용자를 pk 순서로 돌면서 이름을 출력하고, 그 아래에 그 사용자의 글을 최신 글부터 제목과 댓글 개수로 출력하세요. 글 목록과 댓글 개수를 쿼리 2개로 가져와야 합니다.",
            "Print each user's name in pk order and, below it, that user's articles, newest first, with title and comment count. Fetch the articles and their counts in 2 queries.",
        ),
        start: program!("author_pages", "start"),
        solution: program!("author_pages", "solution"),
        budget: queries(2),
        hints: &[
            t(
                "`Prefetch`의 `queryset`에는 `annotate`와 `order_by`를 붙인 쿼리셋도 넘길 수 있습니다.",
                "The `queryset` of a `Prefetch` can carry `annotate` and `order_by`.",
            ),
            t(
                "`Prefetch('article_set', queryset=Article.objects.annotate(Count('comment')).order_by('-pk'))`",
                "`Prefetch('article_set', queryset=Article.objects.annotate(Count('comment')).order_by('-pk'))`",
            ),
        ],
        writes: false,
    },
];

/// The exercise with this id.
pub fn find(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|exercise| exercise.id == id)
}
