"""`manage.py loaddata` and `manage.py shell -c` on an own project: what
real Django prints for a program run on a project's models.

Each case names a project, one of tests/golden/projects (``project``,
written by gen_projects.py) or a learner's project written by hand under
learner_projects/ (``source``), a fixture and a program. On a copy of the project, real
Django 5.2 runs ``makemigrations`` and ``migrate``, then ``loaddata`` on
the fixture and ``shell -c`` on the program, as separate commands the way
a learner types them; the golden records both commands' stdout. Programs
end by printing ``connection.queries``, so the SQL Django sent is part of
what is compared. Everything goes under ``<golden>/project_shell/``, one
JSON file per case. Run through generate.py (``project_shell``); it needs
the projects written first.
"""
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import gen_projects

README = """\
# Own-project shell goldens

What Django 5.2 prints for `manage.py loaddata FIXTURE` and
`manage.py shell -c PROGRAM` on a generated project of ../projects
(tests/django_reference/gen_project_shell.py). Each file holds the
project's name, the fixture, the program, and each command's stdout; the
programs print `connection.queries` last, so the SQL is compared too.
Regenerate with `tests/django_reference/regenerate.sh project_shell`.
"""

# p39's `library.Event`: Meta.ordering = ['-homepage'], db_column on both
# fields, a nullable self foreign key (reverse accessor `event_set`), no
# `__str__` of its own.
def decimal_arithmetic(seed=7, count=400):
    """shop: DecimalField, JSONField. A program of ``count`` random
    ``decimal.Decimal`` operations (+ - * / // %, comparisons with decimals,
    ints and floats, hashing, round, int, float, quantize, %-formatting,
    sorting), one printed repr per line: CPython's default context is the
    reference for the shell's own decimals."""
    rng = random.Random(seed)

    def number():
        pick = rng.random()
        if pick < 0.1:
            return "'%d'" % rng.randint(-1000, 1000)
        if pick < 0.15:
            return rng.choice(["'0'", "'-0'", "'0.00'", "'0E+3'", "'-0E-2'"])
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, rng.choice([3, 10, 30, 40]))))
        sign = rng.choice(["", "-"])
        if rng.random() < 0.5 and len(digits) > 1:
            at = rng.randint(1, len(digits) - 1)
            return "'%s%s.%s'" % (sign, digits[:at], digits[at:])
        return "'%s%sE%d'" % (sign, digits, rng.choice([0, 0, -2, -5, 3, -30, 25]))

    def floating():
        return repr(rng.choice([0.1, 0.5, -2.25, 3.0, 1e20, 1e-7, 123.456, -0.0, 100.0]))

    forms = {
        "add": lambda a, b: f"D({a}) + D({b}), {rng.randint(-50, 50)} - D({a})",
        "mul": lambda a, b: f"D({a}) * D({b}), D({a}) * {rng.randint(-5, 5)}",
        "div": lambda a, b: f"D({a}) / D({b}) if D({b}) else 'zero'",
        "divmod": lambda a, b: f"(D({a}) // D({b}), D({a}) % D({b}), divmod(D({a}), {rng.randint(1, 9)})) if D({b}) and abs(D({a}) / D({b})) < D('1E+27') and abs(D({a})) < D('1E+26') else 'skip'",
        "order": lambda a, b: f"D({a}) < D({b}), D({a}) == D({b}), D({a}) >= {floating()}",
        "float": lambda a, b: f"D({a}) == {floating()}, float(D({a})), D({floating()})",
        "hash": lambda a, b: f"len({{D({a}), D({a}) + 0, float(D({a})), D({b})}})",
        "round": lambda a, b: f"(round(D({a}), 2), round(D({a})), int(D({a}))) if abs(D({a})) < D('1E+17') else 'big'",
        "quantize": lambda a, b: f"D({a}).quantize(D('0.001')) if abs(D({a})) < D('1E+20') else 'big'",
        "sign": lambda a, b: f"-D({a}), abs(D({a})), bool(D({a}))",
        "text": lambda a, b: f"str(D({a})), '%s %r %.3f' % (D({a}), D({b}), D({a}))",
        "sort": lambda a, b: f"sorted([D({a}), D({b}), 1, 0.5, -3])",
    }
    lines = ["from decimal import Decimal as D"]
    for _ in range(count):
        form = forms[rng.choice(sorted(forms))]
        lines.append(f"print(repr(({form(number(), number())},)))")
    return "\n".join(lines) + "\n"


def json_values(seed=5, count=60):
    """shop: DecimalField, JSONField. A program saving ``count`` random
    nested values (dicts with str, int, float, bool and None keys, lists,
    tuples, escapes and non-ASCII text, floats at the ends of their range)
    to the shop's JSONField, reading each back and looking it up with
    ``exact``; the queries are printed too."""
    rng = random.Random(seed)
    texts = ["'a'", "'é\"\\\\\\n\\t'", "'녹차'", "'\\x7f'", "'😀'", "''"]

    def value(depth=0):
        pick = rng.random()
        if depth > 3 or pick < 0.5:
            return rng.choice([
                repr(rng.randint(-10**12, 10**12)),
                repr(rng.random() * 10 ** rng.randint(-5, 20)),
                rng.choice(texts), "None", "True", "False", "1.0", "-0.0", "1e300",
            ])
        if pick < 0.75:
            return "[" + ", ".join(value(depth + 1) for _ in range(rng.randint(0, 4))) + "]"
        if pick < 0.85:
            return "(" + "".join(value(depth + 1) + ", " for _ in range(rng.randint(0, 3))) + ")"
        keys = [rng.choice(["'k'", "'ключ'", "1", "2.5", "None", "True", "'x y'"]) for _ in range(rng.randint(0, 4))]
        return "{" + ", ".join(f"{k}: {value(depth + 1)}" for k in keys) + "}"

    lines = ["from django.db import connection"]
    for _ in range(count):
        lines.append(f"p = Product.objects.create(category_id=1, name='n', price=1, specs=[{value()}])")
        lines.append("print(repr(Product.objects.get(pk=p.pk).specs), Product.objects.filter(specs=p.specs).count())")
    lines.append("for q in connection.queries:\n    print(q['sql'])")
    return "\n".join(lines) + "\n"


# The learner's shop (learner_projects/shop): two categories, four products
# whose prices and discounts come as text, integers and floats.
SHOP_FIXTURE = [
    {"model": "products.category", "pk": 1, "fields": {"name": "food"}},
    {"model": "products.category", "pk": 2, "fields": {"name": "tools"}},
    {"model": "products.product", "pk": 1, "fields": {
        "category": 1, "name": "apple", "price": "3.5", "discount": "0.15"}},
    {"model": "products.product", "pk": 2, "fields": {
        "category": 1, "name": "bread", "price": 12, "discount": None}},
    {"model": "products.product", "pk": 3, "fields": {
        "category": 2, "name": "hammer", "price": "1000.125", "discount": 0.1}},
    {"model": "products.product", "pk": 4, "fields": {
        "category": 2, "name": "nail", "price": 0.3, "discount": None}},
]

CASES = {
    "p39_events": {
        "project": "p39",
        "fixture": [
            {"model": "library.event", "pk": 1,
             "fields": {"opens": 10, "homepage": "alpha", "parent": None}},
            {"model": "library.event", "pk": 2,
             "fields": {"opens": 20, "homepage": "beta", "parent": 1}},
            {"model": "library.event", "pk": 3,
             "fields": {"opens": 5, "homepage": "gamma", "parent": 1}},
            {"model": "library.event", "pk": 4,
             "fields": {"opens": 7, "homepage": "delta", "parent": 2}},
        ],
        "program": """\
from django.db import connection
from django.db.models import Count
print(Event.objects.count())
for e in Event.objects.all():
    print(e.pk, e.homepage, e.opens, e.parent_id)
print(list(Event.objects.filter(parent__homepage='alpha').values_list('homepage', flat=True)))
print(Event.objects.filter(opens__gte=10).order_by('opens').first())
for e in Event.objects.select_related('parent').filter(parent__isnull=False):
    print(e.homepage, e.parent.homepage)
print(Event.objects.get(pk=1).event_set.count())
print(list(Event.objects.annotate(n=Count('event')).values_list('homepage', 'n')))
print(Event.objects.filter(opens__lt=15).exists())
print(Event.objects.values('homepage', 'opens')[:2])
e = Event.objects.create(opens=1, homepage='epsilon', parent_id=3)
print(e.pk, e.parent_id)
print(Event.objects.filter(opens__lt=6).update(opens=6))
e.homepage = 'zeta'
e.save()
print(list(Event.objects.values_list('pk', 'homepage', 'opens')))
print(Event.objects.get(pk=3).event_set.all())
from django.core.exceptions import FieldError
try:
    Event.objects.get(pk=99)
except Event.DoesNotExist as e:
    print(type(e), e)
try:
    Event.objects.get(parent_id=1)
except Event.MultipleObjectsReturned as e:
    print(type(e), e)
try:
    Event.objects.filter(titel='x').count()
except FieldError as e:
    print(e)
for q in connection.queries:
    print(q['sql'])
""",
    },
    # p08's `blog.Profile`: two positive integers, a foreign key and a
    # many-to-many to Django's own `auth.User`, no ordering. The shell does
    # not load `auth.User` itself (its datetimes depend on `USE_TZ`, here
    # False), so the program reaches it only through lookups.
    "p08_profiles": {
        "project": "p08",
        "fixture": [
            {"model": "auth.user", "pk": 1, "fields": {
                "password": "", "last_login": None, "is_superuser": False,
                "username": "kim", "first_name": "", "last_name": "",
                "email": "", "is_staff": False, "is_active": True,
                "date_joined": "2024-03-08T12:00:00", "groups": [],
                "user_permissions": []}},
            {"model": "auth.user", "pk": 2, "fields": {
                "password": "", "last_login": None, "is_superuser": False,
                "username": "lee", "first_name": "", "last_name": "",
                "email": "", "is_staff": False, "is_active": True,
                "date_joined": "2024-03-08T12:00:00", "groups": [],
                "user_permissions": []}},
            {"model": "blog.profile", "pk": 1,
             "fields": {"published": 3, "points": 10, "owner": 1, "members": [2]}},
            {"model": "blog.profile", "pk": 2,
             "fields": {"published": None, "points": 30, "owner": 2, "members": []}},
            {"model": "blog.profile", "pk": 3,
             "fields": {"published": 5, "points": 20, "owner": 1, "members": [1, 2]}},
        ],
        "program": """\
from django.db import connection
p = Profile.objects.get(pk=1)
print(p.points, p.published, p.owner_id)
print(Profile.objects.filter(owner__username='kim').count())
print(list(Profile.objects.filter(members__username='lee').values_list('pk', flat=True)))
for pr in Profile.objects.order_by('-points'):
    print(pr.pk, pr.owner_id, pr.published)
print(list(Profile.objects.values_list('owner__username', 'points')))
print(Profile.objects.filter(published__isnull=True).first())
print(Profile.objects.order_by('points').last().pk)
for q in connection.queries:
    print(q['sql'])
""",
    },
    # A learner's homework, as 14 of 27 public repositories of the course
    # have it: the lecture's models plus fields (`nickname`, an
    # `ImageField`, whose attribute is an `ImageFieldFile`), datetimes
    # with auto_now(_add), a `__str__` returning a field and one returning
    # an f-string through a foreign key (one query per comment unless
    # select_related), under the lecture's settings (ko-kr, Asia/Seoul,
    # USE_TZ = True). Dates are chosen so that Seoul's day differs from
    # UTC's.
    "homework_lecture": {
        "source": "learner_projects/homework",
        "fixture": [
            {"model": "accounts.user", "pk": 1, "fields": {
                "password": "", "last_login": None, "is_superuser": False,
                "username": "kim", "first_name": "", "last_name": "",
                "email": "", "is_staff": False, "is_active": True,
                "date_joined": "2024-03-08T03:00:00Z", "nickname": "킴",
                "profile_image": "profile/kim.png", "birthday": "2000-02-29",
                "groups": [], "user_permissions": [], "followings": [2]}},
            {"model": "accounts.user", "pk": 2, "fields": {
                "password": "", "last_login": "2024-03-09T15:30:00.250000Z",
                "is_superuser": False, "username": "lee", "first_name": "",
                "last_name": "", "email": "", "is_staff": False,
                "is_active": True, "date_joined": "2024-03-08T16:00:00Z",
                "nickname": "", "profile_image": "", "birthday": "1999-12-31",
                "groups": [], "user_permissions": [], "followings": [1]}},
            {"model": "articles.article", "pk": 1, "fields": {
                "user": 1, "like_users": [2], "title": "첫 글", "content": "안녕",
                "created_at": "2024-03-08T16:30:00Z",
                "updated_at": "2024-03-08T16:30:00Z"}},
            {"model": "articles.article", "pk": 2, "fields": {
                "user": 2, "like_users": [1, 2], "title": "second",
                "content": "hi", "created_at": "2024-03-08T09:15:00.5Z",
                "updated_at": "2024-03-10T01:00:00Z"}},
            {"model": "articles.article", "pk": 3, "fields": {
                "user": 1, "like_users": [], "title": "old", "content": "",
                "created_at": "2023-12-31T15:30:00Z",
                "updated_at": "2023-12-31T15:30:00Z"}},
            {"model": "articles.comment", "pk": 1, "fields": {
                "article": 1, "user": 2, "content": "좋아요",
                "created_at": "2024-03-09T00:00:00Z", "written_on": "2024-03-09"}},
            {"model": "articles.comment", "pk": 2, "fields": {
                "article": 1, "user": 1, "content": "thanks",
                "created_at": "2024-03-09T01:00:00Z", "written_on": "2024-03-09"}},
            {"model": "articles.comment", "pk": 3, "fields": {
                "article": 2, "user": 1, "content": "nice",
                "created_at": "2024-03-09T02:00:00Z", "written_on": "2024-03-10"}},
        ],
        "program": """\
import datetime
from django.db import connection
from django.db.models import Count
from django.contrib.auth import get_user_model
User = get_user_model()
print(User)
print(User.objects.all())
u = User.objects.get(username='kim')
print(u, u.nickname, u.date_joined)
print(repr(u.date_joined), u.last_login)
print(User.objects.get(pk=2).last_login)
print(Article.objects.all())
for a in Article.objects.all():
    print(a.pk, a, a.user, a.created_at)
print(Article.objects.filter(created_at__year=2024).count())
print(Article.objects.filter(created_at__year=2023).count())
print(Article.objects.filter(created_at__date=datetime.date(2024, 3, 9)))
print(list(Article.objects.values_list('title', 'created_at__date')))
print(list(Article.objects.filter(created_at__hour=1).values_list('pk', flat=True)))
print(list(Article.objects.filter(created_at__month=3, created_at__day=8).values_list('pk', flat=True)))
for c in Comment.objects.all():
    print(c)
for c in Comment.objects.select_related('user'):
    print(c)
print(u.followings.all(), u.followers.count())
print(list(User.objects.annotate(n=Count('article')).order_by('pk').values_list('username', 'n')))
print(Article.objects.latest('created_at'))
print(Article.objects.order_by('created_at').values('title', 'created_at')[:2])
print(Article.objects.filter(created_at__gte=datetime.datetime(2024, 3, 8, 12, 0, tzinfo=datetime.timezone.utc)).count())
print(u.like_articles.all())
print(str(Comment.objects.get(pk=3)))
print(u.profile_image, repr(u.profile_image), bool(u.profile_image), u.profile_image.name)
v = User.objects.get(pk=2)
print(repr(v.profile_image), bool(v.profile_image), v.profile_image == '', u.profile_image == 'profile/kim.png')
print([repr(x.profile_image) for x in User.objects.order_by('pk')])
print(list(User.objects.values_list('profile_image', flat=True)))
from django.db.models import Max, Min
print(u.birthday, repr(u.birthday), User.objects.get(pk=2).birthday)
print(User.objects.filter(birthday__year=2000).count(), User.objects.filter(birthday__month=12).count())
print(list(User.objects.filter(birthday__lt=datetime.date(2000, 1, 1)).values_list('username', 'birthday')))
print(User.objects.aggregate(m=Max('birthday'), n=Min('birthday')))
print(list(User.objects.values_list('birthday__year', 'birthday__week_day')))
print(User.objects.filter(birthday='2000-2-29').count(), User.objects.filter(birthday__day=29).exists())
print(list(Comment.objects.filter(written_on__gt=datetime.date(2024, 3, 9)).values_list('pk', flat=True)))
for q in connection.queries:
    print(q['sql'])
""",
    },
    # Writes on the homework: auto_now_add and auto_now fields set on
    # save(), at a fixed now; deletes with the cascade collector over the
    # project's relations (admin's LogEntry included).
    "homework_writes": {
        "source": "learner_projects/homework",
        "now": "2024-03-08T15:34:56.789012Z",
        "fixture": [
            {"model": "accounts.user", "pk": 1, "fields": {
                "password": "", "last_login": None, "is_superuser": False,
                "username": "kim", "first_name": "", "last_name": "",
                "email": "", "is_staff": False, "is_active": True,
                "date_joined": "2024-03-08T03:00:00Z", "nickname": "",
                "profile_image": "", "birthday": None, "groups": [],
                "user_permissions": [], "followings": []}},
        ],
        "program": """\
import datetime
from django.db import connection
from django.contrib.auth import get_user_model
a = Article.objects.create(user_id=1, title='new', content='x')
print(a.pk, a.created_at, a.updated_at)
a.title = 'newer'
a.save()
print(Article.objects.get(pk=a.pk).updated_at)
c = Comment.objects.create(article=a, user_id=1, content='hey')
print(c, repr(c.created_at), repr(c.written_on))
print(Comment.objects.get(pk=c.pk).written_on)
u = get_user_model().objects.get(pk=1)
u.birthday = datetime.date(2001, 2, 3)
u.save()
print(get_user_model().objects.filter(birthday='2001-2-3').count())
Article.objects.filter(pk=a.pk).update(content='y')
print(Article.objects.values_list('title', 'content', 'created_at')[0])
print(Comment.objects.filter(pk=c.pk).delete())
b = Article.objects.create(user_id=1, title='second', content='')
Comment.objects.create(article=b, user_id=1, content='c')
b.like_users.add(1)
print(a.delete())
print(get_user_model().objects.get(pk=1).delete())
print(Article.objects.count(), Comment.objects.count())
for q in connection.queries:
    print(q['sql'])
""",
    },
    # A whole project's `dumpdata` as learners make it after trying their
    # site: a session (a text primary key) and the admin's log entries
    # come along with their own rows; `dumpdata` of those labels after the
    # load is compared too.
    "homework_full_dump": {
        "source": "learner_projects/homework",
        "dumpdata": ["sessions", "admin", "accounts"],
        "fixture": [
            {"model": "accounts.user", "pk": 1, "fields": {
                "password": "pbkdf2_sha256$1000000$x$y=", "last_login": "2024-03-08T03:00:00Z",
                "is_superuser": True, "username": "admin", "first_name": "",
                "last_name": "", "email": "a@b.c", "is_staff": True,
                "is_active": True, "date_joined": "2024-03-08T02:00:00Z",
                "nickname": "", "profile_image": "", "birthday": None,
                "groups": [], "user_permissions": [], "followings": []}},
            {"model": "admin.logentry", "pk": 1, "fields": {
                "action_time": "2024-03-08T03:05:00.123Z", "user": 1,
                "content_type": None, "object_id": "1", "object_repr": "첫 글",
                "action_flag": 1, "change_message": "[{\"added\": {}}]"}},
            {"model": "sessions.session", "pk": "k7x2fq9w0b1m3n5p8r4t6y8u0i2o4a6s",
             "fields": {"session_data": ".eJxVjEEOgjAQRe_SdUNKa0vL0r1nIDPtjKKGJhRWxrsLCRvd_vfef4sB1uU-rIXmYUyiF0ac_jeE-KRpB-kB0y3XMU_LPGK9K_VBS33JiV7nw_07uEO5b7XRSZGBYJMlG5zWUQcgRtNZx4adZYe-Y6V9I9l51XlqJYaINiXXANL2ms_MSk7g9RK-IAW-3WQw:1rtH0J:abc",
                        "expire_date": "2024-03-22T03:00:00.5Z"}},
            {"model": "sessions.session", "pk": "0000",
             "fields": {"session_data": "e30:1rtH0J:def",
                        "expire_date": "2024-03-22T04:00:00Z"}},
        ],
        "program": """\
print(User.objects.count(), User.objects.get(pk=1).last_login)
""",
    },
    # Floats as Python writes them (the shortest repr, often 17 digits):
    # the FloatField keeps the float Django keeps, and dumpdata writes the
    # same repr back. The lookups use floats of 15 digits: a 17-digit one
    # is logged by SQLite's QUOTE(), whose text for it changed between
    # SQLite 3.40 (the reference's: `4.75797245000000039016e+04`) and the
    # playground's (`47579.724500000004`).
    "startproject_floats": {
        "source": "learner_projects/startproject",
        "dumpdata": ["posts"],
        "fixture": [
            {"model": "auth.user", "pk": 1, "fields": {
                "password": "", "last_login": None, "is_superuser": True,
                "username": "admin", "first_name": "", "last_name": "",
                "email": "", "is_staff": True, "is_active": True,
                "date_joined": "2024-03-08T23:59:59Z", "groups": [],
                "user_permissions": []}},
            {"model": "posts.post", "pk": 1, "fields": {
                "author": 1, "title": "p1", "published": False,
                "rating": 47579.724500000004, "created_at": "2024-03-08T23:30:00Z"}},
            {"model": "posts.post", "pk": 2, "fields": {
                "author": 1, "title": "p2", "published": False,
                "rating": 0.30000000000000004, "created_at": "2024-03-08T23:30:00Z"}},
            {"model": "posts.post", "pk": 3, "fields": {
                "author": 1, "title": "p3", "published": False,
                "rating": 2.2104859145879813e-48, "created_at": "2024-03-08T23:30:00Z"}},
            {"model": "posts.post", "pk": 4, "fields": {
                "author": 1, "title": "p4", "published": False,
                "rating": 102875.63110000001, "created_at": "2024-03-08T23:30:00Z"}},
            {"model": "posts.post", "pk": 5, "fields": {
                "author": 1, "title": "p5", "published": False,
                "rating": 1e-07, "created_at": "2024-03-08T23:30:00Z"}},
            {"model": "posts.post", "pk": 6, "fields": {
                "author": 1, "title": "p6", "published": False,
                "rating": 4.75797245e+20, "created_at": "2024-03-08T23:30:00Z"}},
        ],
        "program": """\
from django.db import connection
for p in Post.objects.order_by('pk'):
    print(p.pk, repr(p.rating), p.rating * 3)
print(Post.objects.filter(rating=102875.6311).count(), Post.objects.filter(rating__gt=47579.7245).count())
for q in connection.queries:
    print(q['sql'])
""",
    },
    # `django-admin startproject`'s settings (en-us, UTC, USE_TZ = True)
    # and Django's own `auth.User`: the user model is auth's, its
    # datetimes print in UTC, a `__str__` uses `!r` and a foreign key.
    "startproject_posts": {
        "source": "learner_projects/startproject",
        "fixture": [
            {"model": "auth.user", "pk": 1, "fields": {
                "password": "", "last_login": None, "is_superuser": True,
                "username": "admin", "first_name": "Ada", "last_name": "Kim",
                "email": "", "is_staff": True, "is_active": True,
                "date_joined": "2024-03-08T23:59:59Z", "groups": [],
                "user_permissions": []}},
            {"model": "auth.user", "pk": 2, "fields": {
                "password": "", "last_login": None, "is_superuser": False,
                "username": "kim", "first_name": "", "last_name": "",
                "email": "", "is_staff": False, "is_active": True,
                "date_joined": "2024-03-09T00:00:00Z", "groups": [],
                "user_permissions": []}},
            {"model": "posts.post", "pk": 1, "fields": {
                "author": 1, "title": "Hello", "published": True,
                "rating": 4.5, "code": "12345678-1234-5678-1234-567812345678",
                "created_at": "2024-03-08T23:30:00Z"}},
            {"model": "posts.post", "pk": 2, "fields": {
                "author": 2, "title": "It's mine", "published": False,
                "rating": 3, "created_at": "2024-03-09T00:30:00Z"}},
            {"model": "posts.post", "pk": 3, "fields": {
                "author": 2, "title": "Later", "published": True,
                "rating": 0.1, "code": "{A0000000-0000-4000-8000-00000000000B}",
                "created_at": "2025-01-01T00:00:00Z"}},
        ],
        "now": "2024-03-08T12:34:56.789012Z",
        "program": """\
import datetime
from django.db import connection
from django.contrib.auth import get_user_model
User = get_user_model()
print(User)
print(User.objects.all())
print(User.objects.get(pk=1).date_joined)
print(Post.objects.all())
print(Post.objects.filter(created_at__year=2024, author__username='kim').count())
print(Post.objects.filter(created_at__date=datetime.date(2024, 3, 8)).count())
for p in Post.objects.select_related('author'):
    print(p, p.created_at)
print(User.objects.get(pk=2).posts.count())
print(list(Post.objects.filter(published=True).values_list('title', 'author__username')))
print(Post.objects.first(), Post.objects.last())
from django.db.models import Avg, F, Sum
print(list(Post.objects.order_by('rating').values_list('rating', flat=True)))
print(Post.objects.filter(rating__gte=3).count(), Post.objects.filter(rating=3).exists())
print(Post.objects.aggregate(Avg('rating'), Sum('rating')))
p = Post.objects.create(author_id=1, title='new', rating=2)
print(p.rating, Post.objects.get(pk=p.pk).rating)
print(Post.objects.filter(pk=p.pk).update(rating=F('rating') + 1), Post.objects.get(pk=p.pk).rating)
hello = Post.objects.get(pk=1)
print(hello.code, repr(hello.code), hello.code.hex, Post.objects.get(pk=2).code)
print(Post.objects.filter(code='{12345678-1234-5678-1234-567812345678}').count())
print(Post.objects.filter(code=hello.code).exists(), list(Post.objects.order_by('pk').values_list('code', flat=True)))
hello.code = 'a0000000000040008000000000000000'
hello.save()
print(Post.objects.get(pk=1).code == hello.code, Post.objects.get(pk=1).code)
print(Post.objects.filter(published=False).delete())
from django.contrib.auth.models import User as AuthUser
print(AuthUser is User, AuthUser.objects.filter(is_staff=True).count())
print(User.objects.get(pk=2).delete())
print(Post.objects.count())
for q in connection.queries:
    print(q['sql'])
""",
    },
    # schedule: TimeField, DurationField, USE_TZ = False
    # A timetable app under startproject's settings with USE_TZ = False and
    # TIME_ZONE = 'Asia/Seoul': times (`datetime.time`, `__hour` as
    # django_time_extract, one auto_now), durations (`datetime.timedelta`
    # from bigint microseconds, their aggregates and F() arithmetic), and
    # naive local datetimes (date lookups with no zone, auto_now_add and
    # `timezone.now()` in Seoul's wall time, F() plus a duration as
    # django_format_dtdelta); ordering by a foreign key orders by the
    # teacher's Meta.ordering.
    "schedule_lessons": {
        "source": "learner_projects/schedule",
        "now": "2024-03-09T15:04:05.000123Z",
        "fixture": [
            {"model": "lessons.teacher", "pk": 1, "fields": {
                "name": "Kim", "joined_at": "2024-03-01T09:00:00"}},
            {"model": "lessons.teacher", "pk": 2, "fields": {
                "name": "Lee", "joined_at": None}},
            {"model": "lessons.lesson", "pk": 1, "fields": {
                "teacher": 1, "title": "Django", "starts_at": "09:30:00",
                "length": "01:30:00", "break_time": "00:10:00",
                "checked_at": "09:31:00.5", "created_at": "2024-03-09T08:00:00"}},
            {"model": "lessons.lesson", "pk": 2, "fields": {
                "teacher": 1, "title": "ORM", "starts_at": "14:05:00.000001",
                "length": "1 02:00:00", "break_time": None,
                "checked_at": "14:00:00", "created_at": "2024-03-09T23:59:59.999999"}},
            {"model": "lessons.lesson", "pk": 3, "fields": {
                "teacher": 2, "title": "SQL", "starts_at": "10:00:00",
                "length": "00:45:00", "break_time": "-00:00:01",
                "checked_at": "10:00:00", "created_at": "2023-12-31T23:00:00"}},
        ],
        "program": """\
import datetime
from datetime import time, timedelta
from django.db import connection
from django.db.models import Avg, F, Max, Min, Sum
from django.utils import timezone
print(Lesson.objects.all())
l = Lesson.objects.get(pk=1)
print(l, l.starts_at, repr(l.starts_at), l.length, repr(l.length))
print(l.break_time, repr(l.break_time), Lesson.objects.get(pk=2).break_time, Lesson.objects.get(pk=3).break_time)
print(repr(Lesson.objects.get(pk=3).break_time), repr(Lesson.objects.get(pk=2).length), Lesson.objects.get(pk=2).length)
print(l.created_at, repr(l.created_at), l.teacher.joined_at, repr(l.checked_at), l.checked_at)
print(l.starts_at.hour, l.starts_at.minute, l.starts_at.second, l.starts_at.microsecond)
print(l.length.days, l.length.seconds, l.length.microseconds, l.length.total_seconds())
print(l.length + timedelta(minutes=30), l.length - timedelta(days=2), -l.length, l.length * 2)
print(l.length > timedelta(hours=1), l.starts_at < time(10), l.starts_at == time(9, 30), l.length == timedelta(seconds=5400))
print(repr(time(7)), time(7, 5, 3, 20), repr(timedelta(weeks=1, hours=-1, milliseconds=1)), timedelta(microseconds=-1))
print(list(Lesson.objects.filter(starts_at__gte=time(10)).values_list('title', flat=True)))
print(Lesson.objects.filter(starts_at='9:30').count(), Lesson.objects.filter(starts_at__lt='14:05:00.5').count())
print(list(Lesson.objects.filter(starts_at__hour=14).values_list('pk', flat=True)))
print(list(Lesson.objects.values_list('starts_at__hour', 'starts_at__minute')))
print(list(Lesson.objects.filter(length__gt=timedelta(hours=1)).values_list('title', 'length')))
print(Lesson.objects.filter(break_time__isnull=True).count(), Lesson.objects.filter(break_time__lt=timedelta(0)).count())
print(list(Lesson.objects.order_by('-length').values('title', 'length')))
print(Lesson.objects.aggregate(Sum('length'), Avg('length'), Max('length'), Min('length')))
print(Lesson.objects.aggregate(first=Min('starts_at'), last=Max('starts_at'), at=Max('created_at')))
print(list(Teacher.objects.annotate(total=Sum('lessons__length')).order_by('pk').values_list('name', 'total')))
print(Lesson.objects.filter(created_at__year=2024).count(), Lesson.objects.filter(created_at__date=datetime.date(2024, 3, 9)).count())
print(list(Lesson.objects.filter(created_at__hour=23).values_list('pk', flat=True)))
print(list(Lesson.objects.values_list('created_at__date', 'created_at__day')))
print(Lesson.objects.filter(created_at__lt=datetime.datetime(2024, 3, 9, 9, 0)).count())
print(Teacher.objects.filter(joined_at__month=3).count(), Teacher.objects.get(pk=2).joined_at)
print(timezone.now(), repr(timezone.now()))
n = Lesson.objects.create(teacher_id=1, title='new', starts_at=time(18, 0, 0, 250000), length=timedelta(minutes=45))
print(n.pk, n.created_at, repr(n.checked_at), n.starts_at, n.length)
m = Lesson.objects.get(pk=n.pk)
print(m, m.created_at, m.checked_at, m.starts_at, m.length)
m.starts_at = '7:05'
m.break_time = timedelta(seconds=-1)
m.save()
print(Lesson.objects.get(pk=n.pk).break_time, repr(Lesson.objects.get(pk=n.pk).starts_at))
print(Lesson.objects.filter(pk=n.pk).update(length=F('length') + timedelta(minutes=15)))
print(Lesson.objects.get(pk=n.pk).length)
t = Teacher.objects.create(name='Park', joined_at=datetime.datetime(2024, 3, 9, 23, 59))
print(repr(Teacher.objects.get(pk=t.pk).joined_at))
from django.core.exceptions import FieldError
from django.db.models import Count
for name in ['starts_at__year', 'length__hour', 'starts_at__date']:
    try:
        Lesson.objects.filter(**{name: 1}).count()
    except FieldError as e:
        print(e)
print({timedelta(1): 1}, [time(1)], bool(timedelta(0)), timedelta(days=2, hours=3) - timedelta(days=3), 2 * timedelta(minutes=30))
print(l.created_at + timedelta(hours=16, microseconds=1), timezone.now() - l.created_at, l.created_at - timedelta(days=70))
print(datetime.date(2024, 3, 1) - timedelta(hours=1), datetime.date(2024, 2, 28) + timedelta(hours=25), datetime.date(2024, 3, 1) - datetime.date(2023, 3, 1))
print(repr(timedelta(1) + datetime.datetime(2024, 12, 31, 12, tzinfo=datetime.timezone.utc)), timezone.now() > l.created_at)
for a, b in [(time(9), datetime.datetime(2024, 1, 1)), (timedelta(1), 3), (l.created_at, datetime.date(2024, 1, 1))]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
for a, b in [(time(9), timedelta(1)), (datetime.date(2024, 1, 1), 1), (timedelta(1), 1), (l.created_at, datetime.date(2024, 1, 1))]:
    try:
        print(a + b)
    except TypeError as e:
        print(e)
print(list(Lesson.objects.values('starts_at__hour').annotate(n=Count('id'))))
print(list(Lesson.objects.values('created_at__date').annotate(n=Count('id')).order_by('created_at__date')))
print(Lesson.objects.filter(pk=1).values())
print(list(Lesson.objects.filter(starts_at__gt='9:30:00.1234567').values_list('pk', flat=True)))
print(list(Lesson.objects.annotate(longer=F('length') + F('break_time')).values_list('longer', flat=True)))
print(list(Teacher.objects.annotate(avg=Avg('lessons__length'), n=Count('lessons')).order_by('pk').values_list('name', 'avg', 'n')))
print(l.created_at.date(), l.created_at.time(), repr(Lesson.objects.get(pk=2).created_at.time()))
print(Lesson.objects.filter(created_at__gte=datetime.date(2024, 3, 9)).count(), Lesson.objects.filter(created_at__week_day=7).count())
print(Lesson.objects.filter(length=timedelta(hours=1, minutes=30)).update(length=F('length') - timedelta(minutes=5)))
print(Lesson.objects.filter(pk=1).update(starts_at='8:00', checked_at=time(1, 2)), Lesson.objects.get(pk=1).starts_at)
print(Lesson.objects.latest('starts_at'), Lesson.objects.earliest('length'))
print(Lesson.objects.filter(length__range=(timedelta(0), timedelta(hours=1))).count())
print(list(Lesson.objects.values('teacher__name').annotate(latest=Max('starts_at'), total=Sum('length')).order_by('teacher__name')))
print(list(Lesson.objects.annotate(end=F('created_at') + F('length')).values_list('pk', 'end')))
print(list(Lesson.objects.annotate(end=F('created_at') - timedelta(hours=9), at=F('starts_at') + F('length')).values_list('end', 'at')))
print(Lesson.objects.filter(created_at__lt=F('teacher__joined_at') + timedelta(days=8)).count())
print(Lesson.objects.filter(pk=1).update(created_at=F('created_at') + timedelta(microseconds=1)), Lesson.objects.get(pk=1).created_at)
print(Teacher.objects.filter(pk=1).update(joined_at=F('joined_at') - timedelta(days=1, hours=1)), Teacher.objects.get(pk=1).joined_at)
print(list(Lesson.objects.order_by('-teacher', 'pk').values_list('pk', 'teacher__name')), Lesson.objects.order_by('teacher', '-pk').first())
print(list(Lesson.objects.order_by('teacher_id', 'pk').values_list('pk', flat=True)), list(Teacher.objects.values_list('name', flat=True)))
from django.contrib.auth.models import User
u = User.objects.create(username='kim')
print(repr(u.date_joined), u.last_login, User.objects.filter(date_joined__lte=timezone.now()).count())
for teacher in Teacher.objects.prefetch_related('lessons').order_by('pk'):
    print(teacher, [str(x.length) for x in teacher.lessons.all()])
for q in connection.queries:
    print(q['sql'])
""",
    },
    # shop: DecimalField, JSONField
    # A learner's shop (startproject's settings): prices as DecimalFields
    # (max_digits=8, decimal_places=2) and a nullable discount, read back
    # through SQLite's REAL as Django's converter quantizes them, sent as
    # str(Decimal), summed and averaged as Django's CAST(... AS NUMERIC).
    "shop_products": {
        "source": "learner_projects/shop",
        "fixture": SHOP_FIXTURE,
        "program": """\
from decimal import Decimal
from django.db import connection
from django.db.models import Avg, Count, F, Max, Min, Sum
print(Product.objects.all())
p = Product.objects.get(pk=1)
print(p.price, repr(p.price), p.discount, repr(p.discount), type(p.price))
print(Product.objects.get(pk=2).discount, repr(Product.objects.get(pk=3).price))
print(p.price == Decimal('3.5'), p.price == 3.5, p.price != 3, Decimal('1.0') == 1, p.price > 3)
print(p.price + 1, p.price * 2, p.price - Decimal('0.75'), p.price * p.discount, -p.price)
print(Decimal(3), Decimal('1.50'), Decimal('-0.00'), Decimal('1E+2'), Decimal('0.0000001'))
print(repr(Decimal('12.345') * Decimal('3')), repr(Decimal('1') - Decimal('1.00')))
print(bool(Decimal('0.00')), bool(p.price), {Decimal('1.0'): 'a', 1: 'b'}, sorted([Decimal('2'), Decimal('1.5'), 1]))
print(sum(Product.objects.values_list('price', flat=True)))
try:
    p.price + 0.5
except TypeError as e:
    print(e)
print(Product.objects.filter(price=Decimal('3.5')).count(), Product.objects.filter(price=12).count())
print(Product.objects.filter(price__gt=10).order_by('-price'))
print(Product.objects.filter(price__range=(Decimal('0.30'), 5)).count(), Product.objects.filter(price__in=[Decimal('3.50'), 12]).count())
print(Product.objects.filter(discount__isnull=True).count(), Product.objects.filter(price='0.3').exists(), Product.objects.filter(price=3.5).exists())
print(list(Product.objects.order_by('price').values_list('name', 'price')))
print(Product.objects.values('price', 'discount')[:2])
print(list(Product.objects.values_list('discount', flat=True)))
print(Product.objects.aggregate(Sum('price'), Avg('price'), Max('price'), Min('discount')))
print(Product.objects.aggregate(total=Sum('discount'), n=Count('discount')))
print(list(Category.objects.annotate(total=Sum('products__price')).values_list('name', 'total')))
q = Product.objects.create(category_id=1, name='milk', price=Decimal('2.345'))
print(q.price, Product.objects.get(pk=q.pk).price)
r = Product.objects.create(category_id=2, name='saw', price=7, discount='0.5')
print(repr(r.price), repr(r.discount), Product.objects.get(pk=r.pk))
r.price = Decimal('19.99')
r.save()
print(Product.objects.get(pk=r.pk).price)
print(Product.objects.filter(pk=1).update(price=F('price') + 1), Product.objects.get(pk=1).price)
print(Product.objects.filter(category_id=2).update(price=F('price') * Decimal('1.1')))
print(list(Product.objects.filter(category_id=2).values_list('price', flat=True)))
print(Product.objects.filter(pk=2).update(discount=Decimal('0.05')), Product.objects.get(pk=2).discount)
for q in connection.queries:
    print(q['sql'])
""",
    },
    # The shop's decimals in Python's own operations (conversions,
    # comparisons with floats, containers) and in expressions Django
    # builds with them (F() arithmetic, Value(), filters against F()).
    "shop_expressions": {
        "source": "learner_projects/shop",
        "fixture": [
            {"model": "products.category", "pk": 1, "fields": {"name": "food"}},
            {"model": "products.product", "pk": 1, "fields": {
                "category": 1, "name": "apple", "price": "3.5", "discount": "0.15"}},
            {"model": "products.product", "pk": 2, "fields": {
                "category": 1, "name": "bread", "price": "-2.5", "discount": None}},
            {"model": "products.product", "pk": 3, "fields": {
                "category": 1, "name": "cake", "price": "20.1", "discount": "0.5"}},
        ],
        "program": """\
import decimal
from decimal import Decimal
from django.db import connection
from django.db.models import Avg, F, Min, Value
p = Product.objects.get(pk=1)
b = Product.objects.get(pk=2)
print(int(p.price), int(b.price), float(p.price), abs(b.price), isinstance(p.price, Decimal), isinstance(3, decimal.Decimal))
print(p.price < 3.6, b.price >= -2.5, Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, Decimal('0.1') < 0.1, p.price in [Decimal('3.5')])
print(Decimal(100.0), Decimal(1e20), Product.objects.filter(price=20.0).count(), Product.objects.filter(price__lt=1e3).count())
print(repr(Decimal(0.1)), Decimal(True), Decimal('  1_000.50 '), repr(Decimal('-0')), max(p.price, b.price, 3))
print(len({Decimal('1.50'), Decimal('1.5'), 1.5, Decimal('2'), 2}), sum([p.price, b.price], Decimal('0.00')))
print(p.price / 3, p.price / 2, 1 / Decimal('8'), b.price / Decimal('0.3'), sum(Product.objects.values_list('price', flat=True)) / Product.objects.count())
print(p.price.quantize(Decimal('0.1')), repr(Decimal('2.675').quantize(Decimal('0.01'))), repr(Decimal('-0.004').quantize(Decimal('1.00'))), Decimal('7').quantize(1))
print(repr(round(Decimal('2.675'), 2)), round(Decimal('2.5')), round(p.price), round(Decimal('-0.5')), repr(round(Decimal('-1.005'), 2)), repr(round(Decimal('1.23'), 5)))
print(f'{p.price} / {b.price!r}', str(b.price * -1), p.price * 0, b.price - b.price)
print('%s %r %d %.1f %5.2f' % (p.price, p.price, b.price, p.price, b.price), '%s' % p.price, type(p.price).__name__)
print(list(Product.objects.annotate(twice=F('price') * 2).values_list('name', 'twice')))
print(list(Product.objects.annotate(bonus=Value(Decimal('1.5'))).values_list('bonus', flat=True)))
print(list(Product.objects.filter(price__gt=F('discount') * 10).values_list('pk', flat=True)))
print(Product.objects.exclude(discount=None).order_by('-discount').first(), Product.objects.filter(price__lte='3.50').count())
print(Product.objects.aggregate(Avg('discount'), Min('price')))
c = Product.objects.get(pk=3)
c.price = 0.1
c.save()
print(c.price, Product.objects.get(pk=3).price, Product.objects.filter(price=Decimal('0.10')).count())
for q in connection.queries:
    print(q['sql'])
""",
    },
    # The shell's decimals against CPython's on random operands.
    # A price raised by a float (`F('price') * 1.1`): Django cannot infer
    # the output field of a decimal with a float, yet an update() never
    # asks for it, so the SQL goes without its CAST and the column's
    # converter reads the REAL back. Reading such an expression
    # (annotate, filter) raises Django's FieldError, which the playground
    # says it does not support.
    "shop_float_update": {
        "source": "learner_projects/shop",
        # The shop's categories and its first three products.
        "fixture": SHOP_FIXTURE[:5],
        "program": """\
from django.db import connection
from django.db.models import F
print(Product.objects.filter(category_id=1).update(price=F('price') * 1.1))
print(list(Product.objects.values_list('price', flat=True)))
print(Product.objects.filter(pk=2).update(price=F('price') * 1.1 + 1), Product.objects.get(pk=2).price)
print(Product.objects.update(discount=F('discount') + 0.05))
print(list(Product.objects.values_list('discount', flat=True)))
print(Product.objects.filter(pk=3).update(price=0.5 * F('price') - 0.25), Product.objects.get(pk=3))
for q in connection.queries:
    print(q['sql'])
""",
    },
    "shop_decimal_arithmetic": {
        "source": "learner_projects/shop",
        "fixture": [],
        "program": decimal_arithmetic(),
    },
    # The shell's json.dumps and json.loads against Django's on random
    # values.
    "shop_json_values": {
        "source": "learner_projects/shop",
        "fixture": [{"model": "products.category", "pk": 1, "fields": {"name": "food"}}],
        "program": json_values(),
    },
    # The shop's JSONField: values read with json.loads, saved with
    # json.dumps (ensure_ascii, Python's separators, int keys as text), and
    # `exact` on the whole value as Django's SQL compares the dumped text.
    "shop_json": {
        "source": "learner_projects/shop",
        "fixture": [
            {"model": "products.category", "pk": 1, "fields": {"name": "food"}},
            {"model": "products.product", "pk": 1, "fields": {
                "category": 1, "name": "apple", "price": "3.5",
                "specs": {"color": "red", "size": [1, 2], "organic": True}}},
            {"model": "products.product", "pk": 2, "fields": {
                "category": 1, "name": "bread", "price": "2", "specs": "text"}},
            {"model": "products.product", "pk": 3, "fields": {
                "category": 1, "name": "cake", "price": "4", "specs": [1, "a", None, 2.5]}},
            {"model": "products.product", "pk": 4, "fields": {
                "category": 1, "name": "donut", "price": "1"}},
        ],
        "program": """\
from django.db import connection
p = Product.objects.get(pk=1)
print(p.specs, type(p.specs), p.specs['size'][1], p.specs.get('organic'))
print(repr(Product.objects.get(pk=2).specs), Product.objects.get(pk=3).specs, Product.objects.get(pk=4).specs)
print(list(Product.objects.values_list('name', 'specs')))
print(Product.objects.values('specs')[0])
print(Product.objects.filter(specs={'color': 'red', 'size': [1, 2], 'organic': True}).count())
print(Product.objects.filter(specs={'size': [1, 2], 'color': 'red', 'organic': True}).count())
print(Product.objects.filter(specs={}).count(), Product.objects.filter(specs__isnull=True).count(), Product.objects.filter(specs=None).count())
print(Product.objects.filter(specs='text').count(), Product.objects.filter(specs__exact=[1, 'a', None, 2.5]).exists())
q = Product.objects.create(category_id=1, name='jam', price=1)
print(q.specs, Product.objects.get(pk=q.pk).specs)
r = Product.objects.create(category_id=1, name='tea', price=2, specs={'name': '녹차', 'n': 1.5, 't': True, 'none': None, 2: 'two', 'pair': (1, 2)})
print(r.specs, Product.objects.get(pk=r.pk).specs)
r.specs['added'] = [1.0, 'a"b']
r.save()
print(Product.objects.get(pk=r.pk).specs)
print(Product.objects.filter(pk=r.pk).update(specs=['x', {'y': None}]), Product.objects.get(pk=r.pk).specs)
print(Product.objects.filter(pk=q.pk).update(specs=7), Product.objects.get(pk=q.pk).specs)
for q in connection.queries:
    print(q['sql'])
""",
    },
}

# through=: explicit intermediate models
# w03-through: Band.members goes through groups.Membership, Course.students
# (to the user) through courses.Enrollment. Reads from either side,
# lookups, prefetch and Count go through the intermediate tables; a
# delete cascades through the intermediate model's foreign keys.
CASES["w03_through"] = {
    "project": "w03-through",
    "fixture": [
        {"model": "auth.user", "pk": 1, "fields": {"username": "kim", "password": "x"}},
        {"model": "auth.user", "pk": 2, "fields": {"username": "lee", "password": "x"}},
        {"model": "groups.person", "pk": 1, "fields": {"name": "Ringo"}},
        {"model": "groups.person", "pk": 2, "fields": {"name": "Paul"}},
        {"model": "groups.person", "pk": 3, "fields": {"name": "John"}},
        {"model": "groups.band", "pk": 1, "fields": {"name": "Beatles"}},
        {"model": "groups.band", "pk": 2, "fields": {"name": "Wings"}},
        {"model": "groups.membership", "pk": 1,
         "fields": {"person": 1, "band": 1, "date_joined": "1962-08-16", "invite_reason": ""}},
        {"model": "groups.membership", "pk": 2,
         "fields": {"person": 2, "band": 1, "date_joined": "1960-08-01", "invite_reason": "bass"}},
        {"model": "groups.membership", "pk": 3,
         "fields": {"person": 2, "band": 2, "date_joined": "1971-08-01", "invite_reason": ""}},
        {"model": "courses.course", "pk": 1, "fields": {"title": "Django"}},
        {"model": "courses.course", "pk": 2, "fields": {"title": "SQL"}},
        {"model": "courses.enrollment", "pk": 1, "fields": {"student": 1, "course": 1, "grade": 90}},
        {"model": "courses.enrollment", "pk": 2, "fields": {"student": 2, "course": 1, "grade": None}},
    ],
    "dumpdata": ["groups", "courses"],
    "program": """\
from django.db import connection
from django.db.models import Count
beatles = Band.objects.get(pk=1)
print(beatles.members.all())
print(beatles.members.count(), beatles.members.exists())
print(Person.objects.get(pk=2).bands.all())
print(list(Band.objects.filter(members__name='Paul').values_list('name', flat=True)))
print(list(Person.objects.filter(bands__name='Wings').values_list('name', flat=True)))
print(list(Band.objects.annotate(n=Count('members')).values_list('name', 'n')))
for g in Band.objects.prefetch_related('members'):
    print(g.name, [p.name for p in g.members.all()])
for m in Membership.objects.select_related('person', 'band').order_by('date_joined'):
    print(m.person.name, m.band.name, m.date_joined, repr(m.invite_reason))
print(list(Course.objects.filter(students__username='lee').values_list('title', flat=True)))
print(User.objects.get(pk=1).courses.all())
print(list(Course.objects.annotate(n=Count('students')).order_by('pk').values_list('title', 'n')))
Membership.objects.create(person=Person.objects.get(pk=3), band=beatles, date_joined='1957-07-06')
print(beatles.members.count())
print(Band.objects.filter(pk=2).delete())
print(Membership.objects.count())
beatles.members.remove(Person.objects.get(pk=2))
print(beatles.members.count())
Person.objects.get(pk=1).bands.clear()
print(Membership.objects.count(), list(Membership.objects.values_list('person__name', flat=True)))
from datetime import date
ringo, john = Person.objects.get(pk=1), Person.objects.get(pk=3)
beatles.members.add(ringo, through_defaults={'date_joined': '1962-08-18', 'invite_reason': 'drums'})
beatles.members.add(john, 3, through_defaults={'date_joined': date(2000, 1, 1)})
Person.objects.get(pk=2).bands.add(beatles, through_defaults={'date_joined': date(1960, 8, 1)})
try:
    beatles.members.add(Person.objects.create(name='George'))
except Exception as e:
    print(type(e).__name__, e)
george = beatles.members.create(name='George', through_defaults={'date_joined': date(1958, 2, 6)})
print(george.pk, george, beatles.members.count())
beatles.members.set([john, ringo])
beatles.members.set([john, 2], through_defaults={'date_joined': '2001-01-01'})
print(list(beatles.members.order_by('pk').values_list('name', flat=True)))
wings = Band.objects.create(name='Wings 2')
wings.members.add(9 - 4, 1, john, 2, through_defaults={'invite_reason': 'reunion', 'date_joined': '1999-12-31'})
print(list(wings.members.order_by('pk').values_list('name', flat=True)))
print(list(Membership.objects.order_by('pk').values_list('person__name', 'date_joined', 'invite_reason')))
for q in connection.queries:
    print(q['sql'])
""",
}


# What a case's ``now`` fixes the clock to before Django sets up, as the
# playground's ``--now`` does: ``timezone.now()`` (auto_now and
# auto_now_add of datetimes) and ``date.today()`` as the fields module sees
# it (a DateField's auto dates: today in TIME_ZONE, the process's zone),
# the way freezegun fakes it (a date subclass that real dates are still
# instances of). sys.argv[1:] is the command.
FIXED_NOW = """\
import datetime, sys, types
from django.utils import timezone
fixed = datetime.datetime.fromisoformat(sys.argv.pop(1).replace("Z", "+00:00"))
from django.conf import settings
# Under USE_TZ = False Django's now is naive wall time in TIME_ZONE.
timezone.now = lambda: fixed if settings.USE_TZ else timezone.make_naive(fixed)
class FixedDateMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, datetime.date)
class FixedDate(datetime.date, metaclass=FixedDateMeta):
    @classmethod
    def today(cls):
        return timezone.localdate(fixed)
import django.db.models.fields as fields
shim = types.ModuleType("datetime")
shim.__dict__.update(datetime.__dict__)
shim.date = FixedDate
class FixedDateTimeMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, datetime.datetime)
class FixedDateTime(datetime.datetime, metaclass=FixedDateTimeMeta):
    @classmethod
    def now(cls, tz=None):
        return timezone.make_naive(fixed) if tz is None else fixed.astimezone(tz)
shim.datetime = FixedDateTime
fields.datetime = shim
from django.core.management import execute_from_command_line
execute_from_command_line(["manage.py", *sys.argv[1:]])
"""


def django(env, work, *args):
    """`python -m django ARGS` in the project copy; its stdout."""
    return gen_projects.python(work, env, ["-m", "django", *args], f"django {args[0]}")


def source(golden, case):
    """The case's project: a generated one (``project``) or a hand-written
    learner's project under tests/django_reference (``source``)."""
    if "source" in case:
        return Path(__file__).resolve().parent / case["source"]
    return Path(golden) / "projects" / case["project"]


def capture(golden, case):
    """Runs one case on a fresh copy of its project."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "project"
        env = gen_projects.prepare(source(golden, case), work)
        django(env, work, "makemigrations", "-v", "0")
        django(env, work, "migrate", "-v", "0")
        fixture = work / "fixture.json"
        fixture.write_text(json.dumps(case["fixture"], indent=2), encoding="utf-8")
        loaddata = django(env, work, "loaddata", str(fixture))
        dumped = (
            django(env, work, "dumpdata", "--indent", "2", *case["dumpdata"])
            if "dumpdata" in case
            else None
        )
        if "now" in case:
            shell = gen_projects.python(
                work, env, ["-c", FIXED_NOW, case["now"], "shell", "-c", case["program"]],
                "django shell",
            )
        else:
            shell = django(env, work, "shell", "-c", case["program"])
    doc = {**case, "loaddata": loaddata, "stdout": shell}
    if dumped is not None:
        doc["dumped"] = dumped
    return doc


def generate(golden):
    """Writes every case under golden/project_shell, and each system check
    case under golden/project_shell/checks."""
    out = Path(golden) / "project_shell"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "README.md").write_text(README, encoding="utf-8")
    for name, case in CASES.items():
        path = out / f"{name}.json"
        doc = capture(golden, case)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    checks = out / "checks"
    checks.mkdir()
    (checks / "README.md").write_text(CHECKS_README, encoding="utf-8")
    for name, case in CHECK_CASES.items():
        path = checks / f"{name}.json"
        doc = capture_check(case)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")


CHECKS_README = """\
# Own-project system check goldens

What Django 5.2's `manage.py makemigrations`, then `migrate` if it
passed, prints for a learner's project with lines of its `models.py`
changed (tests/django_reference/gen_project_shell.py, `CHECK_CASES`): the
edited file, the lines changed, the command that stopped, the exit status
and stderr (of a traceback, its last line: the rest names this machine's
paths). `migrate` also runs the checks that need a database (the fields
of `Meta.constraints`), which `makemigrations` leaves out. A project Django's
system checks refuse ends with `SystemCheckError` and every entry, sorted
(`app.Model.field: (fields.E320) ...` and its `HINT:`); the playground
refuses it with the same entries, each at its field's line.
Regenerate with `tests/django_reference/regenerate.sh project_shell`.
"""

# System checks: on_delete=SET_NULL without null=True (fields.E320),
# SET_DEFAULT without a default (fields.E321), both also on a
# OneToOneField; SET_DEFAULT with default=None has a default (Django's
# has_default()), so that project passes; several issues at once
# (E120, E130, E132, E160 besides), which Django lists all, sorted. Each
# case changes lines of a learner's models.py (`replace`: pairs of a text
# and what it becomes).
CHECK_CASES = {
    "library_set_null_not_null": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [["on_delete=models.SET_NULL, null=True", "on_delete=models.SET_NULL"]],
    },
    "library_set_default_without_default": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [["on_delete=models.SET_DEFAULT, default=1", "on_delete=models.SET_DEFAULT"]],
    },
    "library_one_to_one_set_null_not_null": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [[
            "models.ForeignKey(Author, on_delete=models.SET_NULL, null=True, related_name='books')",
            "models.OneToOneField(Author, on_delete=models.SET_NULL, related_name='book')",
        ]],
    },
    "library_set_default_none": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [["on_delete=models.SET_DEFAULT, default=1", "on_delete=models.SET_DEFAULT, default=None"]],
    },
    # Meta options naming fields (models.E012, E013): a typo, a many-to-many
    # field, in unique_together, indexes and constraints; a foreign key's
    # attname ('series_id') is a field to Django. (An index without a name
    # that names no field fails earlier, as the class is created: Django
    # names it from the fields' columns.)
    "library_meta_fields": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [
            [
                "    series = models.ForeignKey(Series, on_delete=models.CASCADE, null=True, blank=True)\n",
                "    series = models.ForeignKey(Series, on_delete=models.CASCADE, null=True, blank=True)\n"
                "    readers = models.ManyToManyField(Member)\n\n"
                "    class Meta:\n"
                "        unique_together = [('title', 'autor'), ('title', 'readers')]\n"
                "        indexes = [models.Index(fields=['titel'], name='by_title')]\n"
                "        constraints = [\n"
                "            models.UniqueConstraint(fields=['title', 'series_id'], name='one_title'),\n"
                "            models.UniqueConstraint(fields=['readers', 'nope'], name='two'),\n"
                "            models.UniqueConstraint(fields=['nope'], name='three'),\n"
                "        ]\n",
            ],
        ],
    },
    # Only a constraint names no field: makemigrations passes (it runs no
    # database checks) and migrate stops with models.E012.
    "library_constraint_field": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [
            [
                "    series = models.ForeignKey(Series, on_delete=models.CASCADE, null=True, blank=True)\n",
                "    series = models.ForeignKey(Series, on_delete=models.CASCADE, null=True, blank=True)\n\n"
                "    class Meta:\n"
                "        constraints = [\n"
                "            models.UniqueConstraint(fields=['title', 'series_id'], name='one_title'),\n"
                "            models.UniqueConstraint(fields=['nope', 'title'], name='two'),\n"
                "            models.UniqueConstraint(fields=['nope'], name='three'),\n"
                "        ]\n",
            ],
        ],
    },
    # A relation to a model that is not there (fields.E300, and E307 for
    # the lazy reference), by name, by label, in an app that is not
    # installed and from a many-to-many field (whose intermediary model has
    # a lazy reference too), with another issue.
    "library_missing_model": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [
            ["ForeignKey(Series, on_delete=models.CASCADE, null=True, blank=True)",
             "ForeignKey('Seriez', on_delete=models.CASCADE, null=True, blank=True)"],
            ["book = models.ForeignKey(Book, on_delete=models.PROTECT)",
             "book = models.OneToOneField('books.Bok', on_delete=models.PROTECT)"],
            ["on_delete=models.SET_DEFAULT, default=1", "on_delete=models.SET_DEFAULT"],
            ["series = models.ForeignKey(Series, on_delete=models.CASCADE)",
             "series = models.ForeignKey('shop.Series', on_delete=models.CASCADE)"],
            ["    name = models.CharField(max_length=50)\n\n    def __str__(self):\n        return self.name\n\n\nclass Book(",
             "    name = models.CharField(max_length=50)\n    readers = models.ManyToManyField('Reader')\n\n    def __str__(self):\n        return self.name\n\n\nclass Book("],
        ],
    },
    # A model named as a Python name before its class is defined: the
    # import fails (NameError) before any check runs.
    "library_name_before_class": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [
            ["ForeignKey(Series, on_delete=models.CASCADE, null=True, blank=True)",
             "ForeignKey(Loan, on_delete=models.CASCADE, null=True, blank=True)"],
        ],
    },
    # Several issues at once: Django lists every one, sorted.
    "library_several_issues": {
        "source": "learner_projects/library",
        "file": "books/models.py",
        "replace": [
            ["on_delete=models.SET_NULL, null=True", "on_delete=models.SET_NULL"],
            ["on_delete=models.SET_DEFAULT, default=1", "on_delete=models.SET_DEFAULT"],
            ["due = models.CharField(max_length=10)", "due = models.CharField()"],
            ["title = models.CharField(max_length=100)", "title = models.CharField(max_length=100)\n    price = models.DecimalField()\n    added = models.DateField(auto_now=True, default=None)"],
        ],
    },
}


def capture_check(case):
    """`makemigrations`, then `migrate` if it passed, on a copy of the
    case's project with its lines changed: the edited file, the lines, the
    command that stopped (or `migrate`), its exit status and stderr.
    `migrate` runs the checks that need a database too (a constraint's
    fields), which `makemigrations` leaves out."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "project"
        env = gen_projects.prepare(Path(__file__).resolve().parent / case["source"], work)
        path = work / case["file"]
        text = path.read_text(encoding="utf-8")
        lines = []
        for old, new in case["replace"]:
            assert text.count(old) == 1, (case["file"], old)
            lines.append(text[: text.index(old)].count("\n") + 1)
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
        for command in ["makemigrations", "migrate"]:
            run = subprocess.run(
                [sys.executable, "-m", "django", command, "-v", "0"],
                cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            if run.returncode != 0:
                break
    stderr = run.stderr
    if stderr and not stderr.startswith("SystemCheckError"):
        # A traceback names this machine's paths: its last line only.
        stderr = stderr.rstrip("\n").splitlines()[-1] + "\n"
    return {
        "source": case["source"],
        "file": case["file"],
        "lines": lines,
        "command": command,
        "models": text,
        "returncode": run.returncode,
        "stderr": stderr,
    }

# TextChoices: choices classes as choices= and default=
# w04-choices: Todo.status defaults to Status.TODO ('TD'), priority to
# Priority.LOW (1): create() and a fixture without them store the values.
CASES["w04_choices"] = {
    "project": "w04-choices",
    "fixture": [
        {"model": "todos.todo", "pk": 1, "fields": {"title": "read"}},
        {"model": "todos.todo", "pk": 2, "fields": {"title": "write", "status": "DN", "priority": 3, "state": "DR"}},
    ],
    "dumpdata": ["todos"],
    "program": """\
from django.db import connection
t = Todo.objects.create(title='plan')
print(t.pk)
print(list(Todo.objects.order_by('pk').values_list('title', 'status', 'priority', 'state')))
print(Todo.objects.filter(status='TD').count(), Todo.objects.filter(priority__gte=2).first())
for q in connection.queries:
    print(q['sql'])
""",
}

# on_delete: SET_NULL, SET_DEFAULT, SET, PROTECT, RESTRICT
# A learner's library (startproject's settings): Book.author SET_NULL
# (null=True), Book.series CASCADE (null=True, so no deletion order),
# Loan.book PROTECT, Loan.member SET_DEFAULT (default=1), Review.book
# RESTRICT with a CASCADE path through Review.series that allows it, and
# Review.member SET(1). The program deletes through each: the field
# updates sent before the deletes (SET_DEFAULT's loaded rows by pk in
# CPython's set order: 8 before 1), what loaded instances keep, the
# errors (nested PROTECT named by the outer field), the return values.
CASES["library_on_delete"] = {
    "source": "learner_projects/library",
    "fixture": [
        {"model": "books.author", "pk": 1, "fields": {"name": "Kim"}},
        {"model": "books.author", "pk": 2, "fields": {"name": "Lee"}},
        {"model": "books.author", "pk": 3, "fields": {"name": "Park"}},
        {"model": "books.series", "pk": 1, "fields": {"name": "Saga"}},
        {"model": "books.series", "pk": 2, "fields": {"name": "Tales"}},
        {"model": "books.member", "pk": 1, "fields": {"name": "library"}},
        {"model": "books.member", "pk": 2, "fields": {"name": "Ann"}},
        {"model": "books.member", "pk": 3, "fields": {"name": "Bob"}},
        {"model": "books.book", "pk": 1, "fields": {"title": "A", "author": 1, "series": 1}},
        {"model": "books.book", "pk": 2, "fields": {"title": "B", "author": 1, "series": 2}},
        {"model": "books.book", "pk": 3, "fields": {"title": "C", "author": 2, "series": 2}},
        {"model": "books.book", "pk": 4, "fields": {"title": "D", "author": 2, "series": None}},
        {"model": "books.book", "pk": 9, "fields": {"title": "E", "author": 3, "series": None}},
        {"model": "books.loan", "pk": 1, "fields": {"book": 1, "member": 2, "due": "03-01"}},
        {"model": "books.loan", "pk": 8, "fields": {"book": 1, "member": 2, "due": "03-08"}},
        {"model": "books.loan", "pk": 2, "fields": {"book": 3, "member": 3, "due": "03-02"}},
        {"model": "books.review", "pk": 1, "fields": {"book": 2, "series": 2, "member": 3, "stars": 4}},
        {"model": "books.review", "pk": 2, "fields": {"book": 3, "series": 2, "member": 2, "stars": 5}},
        {"model": "books.review", "pk": 3, "fields": {"book": 4, "series": 1, "member": 2, "stars": 3}},
    ],
    "program": """\
from django.db import connection, IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import ProtectedError as Protected
b = Book.objects.get(pk=4)
a = Author.objects.get(pk=2)
print(a.delete())
print(a.pk, b.author_id, Book.objects.get(pk=4).author_id)
print(list(Book.objects.order_by('pk').values_list('pk', 'author_id')))
print(Member.objects.filter(pk=2).delete())
print(list(Loan.objects.order_by('pk').values_list('pk', 'member_id')))
print(list(Review.objects.order_by('pk').values_list('pk', 'member_id')))
try:
    Book.objects.get(pk=3).delete()
except ProtectedError as e:
    print(e)
    print(repr(e.args[0]))
try:
    Book.objects.get(pk=1).delete()
except Protected as e:
    print(type(e).__name__, e.args[0])
    print([o.pk for o in e.args[1]], [str(o) for o in e.args[1]], len(e.args))
    print(type(e.protected_objects).__name__, [o.due for o in e.protected_objects])
try:
    Series.objects.filter(pk=1).delete()
except IntegrityError as e:
    print(type(e).__name__, e.args[0])
    print([o.pk for o in e.args[1]], isinstance(e, ProtectedError))
try:
    Book.objects.filter(pk=2).delete()
except RestrictedError as e:
    print(e)
    print(isinstance(e, IntegrityError), isinstance(e, ProtectedError))
    print(e.restricted_objects, e.args[1] == e.restricted_objects)
try:
    Book.objects.get(pk=4).delete()
except RestrictedError as e:
    print(type(e).__name__, e.args[0])
print(Loan.objects.filter(book_id=3).delete())
print(Series.objects.get(pk=2).delete())
print(Author.objects.all().delete())
print(Book.objects.filter(pk=9).delete())
print(list(Book.objects.order_by('pk').values_list('pk', 'title', 'author_id', 'series_id')))
print(list(Loan.objects.order_by('pk').values_list('pk', 'book_id', 'member_id')))
print(list(Review.objects.order_by('pk').values_list('pk', 'book_id', 'series_id', 'member_id')))
print(list(Series.objects.values_list('name', flat=True)), list(Member.objects.values_list('name', flat=True)))
for q in connection.queries:
    print(q['sql'])
""",
}

# on_delete: SET_NULL, SET_DEFAULT, PROTECT in batches
# The library with hundreds of rows: a SET_NULL reached by two batches of
# 500 authors (the lazy querysets OR-ed into one UPDATE), SET_DEFAULT's
# 152 loans updated 100 keys a statement in CPython's set order, the
# order of a ProtectedError's 150 objects, deletes 100 keys a statement.
CASES["library_on_delete_batches"] = {
    "source": "learner_projects/library",
    "fixture": CASES["library_on_delete"]["fixture"],
    "program": """\
from django.db import connection
from django.db.models import ProtectedError
Author.objects.bulk_create([Author(name='a%d' % i) for i in range(600)])
Book.objects.create(title='X', author_id=4)
Book.objects.create(title='Y', author_id=603)
Loan.objects.bulk_create([Loan(book_id=2, member_id=2, due='x') for i in range(150)])
try:
    Book.objects.get(pk=2).delete()
except ProtectedError as e:
    print(e.args[0])
    print([o.pk for o in e.protected_objects])
print(Member.objects.get(pk=2).delete())
print(Author.objects.filter(pk__gt=1).delete())
print(Book.objects.filter(author__isnull=True).count(), Loan.objects.filter(member_id=1).count())
for q in connection.queries:
    print(q['sql'][:80] if q['sql'].startswith('INSERT') else q['sql'])
""",
}

# on_delete: SET(value) of constants other than ints
# A learner's shelves (startproject's settings): Slot's keys to Shelf use
# SET('1'), SET(1.9), SET(True), SET('') (null=True) and SET(1); Django
# passes each value through the key's get_db_prep_save, so the AutoField
# target's int() makes them 1 (and '' NULL). Label.tag's SET('none') is
# refused by int() when the delete compiles its update: the SET_NULL
# update of Label.first is sent first, then ValueError rolls back.
CASES["shelves_set_values"] = {
    "source": "learner_projects/shelves",
    "fixture": [
        {"model": "shelves.shelf", "pk": 1, "fields": {"name": "home"}},
        {"model": "shelves.shelf", "pk": 2, "fields": {"name": "left"}},
        {"model": "shelves.shelf", "pk": 3, "fields": {"name": "right"}},
        {"model": "shelves.slot", "pk": 1, "fields": {
            "by_text": 2, "by_float": 2, "by_bool": 2, "by_blank": 2, "by_int": 2}},
        {"model": "shelves.slot", "pk": 2, "fields": {
            "by_text": 3, "by_float": 2, "by_bool": 3, "by_blank": 3, "by_int": 3}},
        {"model": "shelves.tag", "pk": 1, "fields": {"name": "new"}},
        {"model": "shelves.label", "pk": 1, "fields": {"first": 1, "tag": 1}},
    ],
    "program": """\
from django.db import connection
print(Shelf.objects.get(pk=2).delete())
print(list(Slot.objects.order_by('pk').values_list('pk', 'by_text_id', 'by_float_id', 'by_bool_id', 'by_blank_id', 'by_int_id')))
print(Shelf.objects.filter(pk=3).delete())
print(list(Slot.objects.order_by('pk').values_list('pk', 'by_text_id', 'by_float_id', 'by_bool_id', 'by_blank_id', 'by_int_id')))
try:
    Tag.objects.get(pk=1).delete()
except ValueError as e:
    print(type(e).__name__, e)
try:
    Tag.objects.all().delete()
except ValueError as e:
    print(type(e).__name__, e)
print(list(Label.objects.values_list('pk', 'first_id', 'tag_id')), Tag.objects.count())
for q in connection.queries:
    print(q['sql'])
""",
}
