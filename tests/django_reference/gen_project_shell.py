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
for q in connection.queries:
    print(q['sql'])
""",
    },
}


def django(env, work, *args):
    """`python -m django ARGS` in the project copy; its stdout."""
    run = subprocess.run(
        [sys.executable, "-m", "django", *args],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"django {args[0]} failed:\n{run.stderr}")
    return run.stdout


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
