"""`manage.py loaddata` and `manage.py shell -c` on a generated own project:
what real Django prints for a program run on a project's models.

Each case names a project of tests/golden/projects (written by
gen_projects.py), a fixture and a program. On a copy of the project, real
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
}


def django(env, work, *args):
    """`python -m django ARGS` in the project copy; its stdout."""
    return gen_projects.python(work, env, ["-m", "django", *args], f"django {args[0]}")


def capture(golden, case):
    """Runs one case on a fresh copy of its project."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / case["project"]
        env = gen_projects.prepare(Path(golden) / "projects" / case["project"], work)
        django(env, work, "makemigrations", "-v", "0")
        django(env, work, "migrate", "-v", "0")
        fixture = work / "fixture.json"
        fixture.write_text(json.dumps(case["fixture"], indent=2), encoding="utf-8")
        loaddata = django(env, work, "loaddata", str(fixture))
        shell = django(env, work, "shell", "-c", case["program"])
    return {**case, "loaddata": loaddata, "stdout": shell}


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
