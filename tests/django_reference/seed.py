"""Deterministic lesson data, created through Django's ORM.

Two shapes:

- ``lesson()``: the small hand-written dataset the playground ships
  (fixtures/users.json, articles.json, comments.json): 5 users, 10 articles,
  30 comments, follows, likes, Korean text, emoji and a comment-less article:
  teaching data, free of test strings.
- ``escaping()``: the lesson's shape with HTML-looking strings, quotes,
  backslashes and tabs that must stay text (tests only).
- ``generated(users, articles, comments, seed)``: a seeded random dataset of
  any size (the 1,000-article test set, the 10,000-article benchmark set).

Both set every timestamp explicitly (auto_now/auto_now_add are switched off
while creating) and share one precomputed password hash, so the same
call always produces the same rows and the same ``dumpdata`` bytes.

Call these inside a configured Django project on an empty, migrated database.
"""
import datetime
import random

from django.contrib.auth.hashers import make_password
from django.db import transaction

UTC = datetime.timezone.utc
KST = datetime.timezone(datetime.timedelta(hours=9))

# One hash for everybody: PBKDF2 with Django's default iterations is slow on
# purpose, and a fixed salt keeps it deterministic.
_PASSWORD = None


def password_hash():
    global _PASSWORD
    if _PASSWORD is None:
        _PASSWORD = make_password("ssafy1234", salt="ormplayground")
    return _PASSWORD


LESSON_USERS = [
    # username, first_name, last_name, email, is_staff/superuser
    ("admin", "", "", "admin@example.com", True),
    ("김싸피", "싸피", "김", "kim@ssafy.com", False),
    ("이싸피", "싸피", "이", "lee@ssafy.com", False),
    ("박싸피", "싸피", "박", "", False),
    ("윤싸피", "싸피", "윤", "yoon@ssafy.com", False),
]

# (follower, followed) by username
LESSON_FOLLOWS = [
    ("김싸피", "admin"),
    ("이싸피", "admin"),
    ("박싸피", "admin"),
    ("이싸피", "김싸피"),
    ("admin", "김싸피"),
    ("윤싸피", "이싸피"),
    ("박싸피", "이싸피"),
]

# author, title (max_length=10), content
LESSON_ARTICLES = [
    ("admin", "첫 글", "Django ORM 놀이터에 오신 것을 환영합니다."),
    ("김싸피", "N+1 문제", "댓글 수를 세면 글마다 쿼리가 하나씩 더 나갑니다.\n왜 그럴까요?"),
    ("이싸피", "annotate", "Count('comment')로 한 번에 셉니다."),
    ("admin", "select_rel", "작성자를 JOIN으로 함께 가져옵니다."),
    ("박싸피", "prefetch", "댓글 목록을 IN 쿼리 하나로 미리 가져옵니다."),
    ("김싸피", "팔로우 🎉", "팔로우 기능을 만들어 봅시다 🎉"),
    ("윤싸피", "좋아요", "좋아요는 like_users로 이어진 ManyToManyField입니다."),
    ("이싸피", "exists()", "if 문에서는 .exists()가 가볍습니다."),
    ("박싸피", "fixtures", "dumpdata로 내보내고 loaddata로 불러옵니다."),
    ("admin", "댓글 없는 글", "아직 댓글이 없습니다."),
]

# article index (0-based) -> list of (author, content)
LESSON_COMMENTS = [
    (0, "admin", "첫 댓글입니다"),
    (0, "김싸피", "반가워요!"),
    (0, "이싸피", "잘 부탁드립니다 🙂"),
    (1, "이싸피", "저도 궁금했어요"),
    (1, "박싸피", "annotate로 해결할 수 있어요"),
    (1, "admin", "다음 시간에 다룹니다"),
    (1, "윤싸피", "쿼리 수를 직접 세어 볼게요"),
    (2, "김싸피", "COUNT 하나면 끝!"),
    (2, "admin", "GROUP BY를 잊지 마세요"),
    (2, "박싸피", "LEFT OUTER JOIN이네요"),
    (3, "박싸피", "INNER JOIN으로 가져오는군요"),
    (3, "이싸피", "쿼리가 1개가 됐어요"),
    (3, "김싸피", "작성자 이름까지 한 번에"),
    (4, "admin", "IN (...) 쿼리 확인!"),
    (4, "김싸피", "두 번이면 충분합니다"),
    (4, "이싸피", "prefetch_related 최고"),
    (5, "admin", "팔로우 했어요"),
    (5, "이싸피", "맞팔 부탁해요 🙏"),
    (5, "박싸피", "symmetrical=False 기억하기"),
    (6, "admin", "related_name='like_articles'도 써 보세요"),
    (6, "김싸피", "좋아요 취소는 remove()로"),
    (6, "이싸피", "add()와 remove()만 알면 돼요"),
    (7, "박싸피", "exists()는 LIMIT 1"),
    (7, "admin", "in 연산자는 전부 가져와요"),
    (7, "김싸피", "filter만 쓰면 전체 평가"),
    (8, "이싸피", "--indent 4로 보기 좋게"),
    (8, "박싸피", "loaddata는 순서 상관없어요"),
    (8, "admin", "인코딩은 UTF-8로!"),
    (2, "윤싸피", "annotate 이름은 comment__count"),
    (0, "박싸피", "마지막 댓글 ✨"),
]

# article index -> usernames who like it
LESSON_LIKES = [
    (0, ["김싸피", "이싸피"]),
    (1, ["admin", "이싸피", "박싸피", "윤싸피"]),
    (2, ["김싸피"]),
    (4, ["admin", "김싸피", "이싸피"]),
    (5, ["박싸피"]),
    (6, ["윤싸피"]),
]

# The escaping tests that used to live in the lesson data: the same shape as
# the lesson, with HTML-looking strings, quotes, backslashes and tabs in every
# kind of field. Tests upload it (e2e/tests/language-safety.test.mjs); the
# teaching data stays free of them.
ESCAPING_USERS = [
    ("admin", "", "", "admin@example.com", True),
    ("김싸피", "싸피", "김", "kim@ssafy.com", False),
    ("이싸피", "싸피", "이", "lee@ssafy.com", False),
    ("박싸피", "싸피", "박", "", False),
    ("<b>해커</b>", "<script>alert(1)</script>", "", "hacker@example.com", False),
]
ESCAPING_FOLLOWS = [(a.replace("윤싸피", "<b>해커</b>"), b) for a, b in LESSON_FOLLOWS]
ESCAPING_ARTICLES = [
    *LESSON_ARTICLES[:6],
    ("<b>해커</b>", "<script>", "<script>alert(1)</script> & <img src=x onerror=alert(2)>"),
    LESSON_ARTICLES[7],
    ("박싸피", "\"따옴표\"", "'작은따옴표'와 \"큰따옴표\", 역슬래시 \\ 도 그대로."),
    LESSON_ARTICLES[9],
]
ESCAPING_COMMENTS = [
    *(
        (i, a.replace("윤싸피", "<b>해커</b>"), c)
        for i, a, c in LESSON_COMMENTS[:19]
    ),
    (6, "admin", "&lt;b&gt; 는 글자로 보여야 합니다"),
    (6, "김싸피", "<img src=x onerror=alert(3)>"),
    (6, "이싸피", "javascript:alert(4)"),
    *LESSON_COMMENTS[22:25],
    (8, "이싸피", "'따옴표' \"테스트\""),
    (8, "박싸피", "역슬래시 \\ 확인"),
    (8, "admin", "탭\t문자"),
    (2, "<b>해커</b>", "안녕하세요 <hr>"),
    LESSON_COMMENTS[29],
]
ESCAPING_LIKES = [(i, [n.replace("윤싸피", "<b>해커</b>") for n in names]) for i, names in LESSON_LIKES]

# Timestamps: whole seconds, milliseconds and microseconds all occur, so the
# storage and dumpdata forms are exercised.
LESSON_START = datetime.datetime(2024, 3, 4, 9, 0, 0, tzinfo=KST)


def _stamp(minutes, micro=0):
    return LESSON_START + datetime.timedelta(minutes=minutes, microseconds=micro)


def lesson():
    """Creates the lesson dataset."""
    _create(LESSON_USERS, LESSON_FOLLOWS, LESSON_ARTICLES, LESSON_COMMENTS, LESSON_LIKES)


def escaping():
    """Creates the lesson's shape with HTML-looking strings (tests only)."""
    _create(ESCAPING_USERS, ESCAPING_FOLLOWS, ESCAPING_ARTICLES, ESCAPING_COMMENTS, ESCAPING_LIKES)


def _create(users_spec, follows, articles_spec, comments, likes):
    from accounts.models import User
    from articles.models import Article, Comment

    with transaction.atomic(), manual_timestamps():
        users = {}
        for i, (username, first, last, email, staff) in enumerate(users_spec):
            users[username] = User.objects.create(
                username=username,
                password=password_hash(),
                first_name=first,
                last_name=last,
                email=email,
                is_staff=staff,
                is_superuser=staff,
                date_joined=_stamp(i, 0 if i % 2 == 0 else 123456 * i),
                last_login=_stamp(600) if username == "admin" else None,
            )
        for follower, followed in follows:
            users[follower].followings.add(users[followed])
        articles = []
        for i, (author, title, content) in enumerate(articles_spec):
            created = _stamp(60 + i * 7, (i * 37_000) % 1_000_000)
            article = Article.objects.create(
                user=users[author],
                title=title,
                content=content,
                created_at=created,
                updated_at=created + datetime.timedelta(minutes=i % 3, microseconds=500 * i),
            )
            articles.append(article)
        for i, (index, author, content) in enumerate(comments):
            created = _stamp(200 + i * 3, (i * 1_001) % 1_000_000)
            Comment.objects.create(
                article=articles[index],
                user=users[author],
                content=content,
                created_at=created,
                updated_at=created,
            )
        for index, likers in likes:
            articles[index].like_users.add(*(users[name] for name in likers))


SYLLABLES = "김이박최정강조윤장임한오서신권황안송류홍가나다라마바사아자차카타파하싸피"
TITLES = ["오늘의 글", "질문있어요", "공부 기록", "ORM 정리", "쿼리 분석", "N+1", "회고", "TIL", "팁 공유", "잡담"]
WORDS = ["좋아요", "감사합니다", "쿼리", "최적화", "댓글", "Django", "SQL", "JOIN", "🎉", "확인했어요", "<b>굵게</b>", "&amp;"]


class manual_timestamps:
    """Lets explicit created_at/updated_at values through (auto_now and
    auto_now_add would replace them with the current time on save)."""

    def __enter__(self):
        from articles.models import Article, Comment

        self.fields = [
            Model._meta.get_field(name)
            for Model in (Article, Comment)
            for name in ("created_at", "updated_at")
        ]
        self.saved = [(f.auto_now, f.auto_now_add) for f in self.fields]
        for f in self.fields:
            f.auto_now = f.auto_now_add = False
        return self

    def __exit__(self, *exc):
        for f, (now, now_add) in zip(self.fields, self.saved):
            f.auto_now, f.auto_now_add = now, now_add


def generated(n_users, n_articles, n_comments, seed=42, follows_per_user=3, likes_per_article=2):
    """Creates a seeded random dataset with bulk inserts (fast at any size)."""
    from accounts.models import User
    from articles.models import Article, Comment

    rng = random.Random(seed)
    start = datetime.datetime(2024, 1, 1, tzinfo=UTC)
    pw = password_hash()
    with transaction.atomic(), manual_timestamps():
        users = User.objects.bulk_create(
            User(
                username=f"user{i:05d}",
                password=pw,
                first_name="".join(rng.choice(SYLLABLES) for _ in range(2)),
                last_name=rng.choice(SYLLABLES),
                email=f"user{i:05d}@example.com" if i % 3 else "",
                is_staff=i == 1,
                is_superuser=i == 1,
                date_joined=start + datetime.timedelta(seconds=i * 61, microseconds=(i * 7919) % 1_000_000),
            )
            for i in range(1, n_users + 1)
        )
        user_ids = [u.pk for u in users]
        Follow = User.followings.through
        follows = set()
        for uid in user_ids:
            for target in rng.sample(user_ids, min(follows_per_user, len(user_ids))):
                if target != uid:
                    follows.add((uid, target))
        Follow.objects.bulk_create(
            Follow(from_user_id=a, to_user_id=b) for a, b in sorted(follows)
        )
        articles = []
        for i in range(n_articles):
            created = start + datetime.timedelta(minutes=i * 5, microseconds=(i * 104_729) % 1_000_000)
            articles.append(
                Article(
                    user_id=rng.choice(user_ids),
                    title=rng.choice(TITLES),
                    content=" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))),
                    created_at=created,
                    updated_at=created,
                )
            )
        articles = Article.objects.bulk_create(articles, batch_size=2000)
        article_ids = [a.pk for a in articles]
        Like = Article.like_users.through
        likes = set()
        for aid in article_ids:
            for uid in rng.sample(user_ids, min(likes_per_article, len(user_ids))):
                likes.add((aid, uid))
        Like.objects.bulk_create(
            (Like(article_id=a, user_id=u) for a, u in sorted(likes)), batch_size=5000
        )
        comments = []
        for i in range(n_comments):
            created = start + datetime.timedelta(minutes=i, microseconds=(i * 15_485_863) % 1_000_000)
            comments.append(
                Comment(
                    article_id=rng.choice(article_ids),
                    user_id=rng.choice(user_ids),
                    content=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6))),
                    created_at=created,
                    updated_at=created,
                )
            )
        Comment.objects.bulk_create(comments, batch_size=5000)
