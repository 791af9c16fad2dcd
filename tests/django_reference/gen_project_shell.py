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
import shutil
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
timezone.now = lambda: fixed
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
    """Writes every case under golden/project_shell."""
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
