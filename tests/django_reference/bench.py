"""Django's side of the benchmarks: the same generated data, timed in Django.

    bench.py OUT_DIR

Writes into OUT_DIR (created if missing, reused if already there):
- bench.json: `dumpdata --indent 4 accounts articles` of
  `seed.generated(1000, 10000, 100000, seed=7)` (about 31 MB): the fixture
  both sides load;
- django.json: Django's timings, in seconds, measured in-process (Django
  set up once, before the clock starts):
  - loaddata: `call_command("loaddata", "bench.json")` into a fresh migrated
    database;
  - dumpdata: `call_command("dumpdata", "--indent", "4")` of that database;
  - select_and_prefetch_naive: the lesson's naive view and template
    (lessons/select_and_prefetch/naive) rendered once, DEBUG query logging
    on as in the goldens (110,001 queries);
  plus the versions.

Run through `make bench`, which also runs the Rust side and prints ratios.
"""
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
LESSONS = HERE.parent.parent / "lessons"
SIZES = (1000, 10000, 100000)
SEED = 7


def child_env(db):
    return dict(
        os.environ,
        REFERENCE_DB=str(db),
        DJANGO_SETTINGS_MODULE="playground.settings",
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONUTF8="1",
    )


def run_child(db, *args):
    """Runs this script's child side in the reference project's settings."""
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        cwd=PROJECT,
        env=child_env(db),
        check=True,
    )


def migrated(path):
    if path.exists():
        path.unlink()
    subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), "migrate", "-v", "0"],
        cwd=PROJECT,
        env=child_env(path),
        check=True,
    )
    return path


def main(out):
    out.mkdir(parents=True, exist_ok=True)
    fixture = out / "bench.json"
    if not fixture.exists():
        print(f"generating {fixture} (seed.generated{SIZES})", flush=True)
        run_child(migrated(out / "seed.sqlite3"), "seed", str(fixture))
    results = out / "django.json"
    db = migrated(out / "django.sqlite3")
    print("timing Django (loaddata, dumpdata, the naive select_and_prefetch page)", flush=True)
    run_child(db, "time", str(fixture), str(results))
    print(results.read_text(encoding="utf-8"))


# ----------------------------------------------------------------- child side


def setup():
    sys.path[:0] = [str(PROJECT), str(HERE)]
    import django

    django.setup()


def child_seed(fixture):
    setup()
    import seed
    from django.core.management import call_command

    seed.generated(*SIZES, seed=SEED)
    with open(fixture, "w", encoding="utf-8") as stream:
        call_command("dumpdata", "accounts", "articles", indent=4, stdout=stream)


def child_time(fixture, results):
    setup()
    import collections
    import importlib.util

    import django
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import RequestFactory
    from django.test.utils import override_settings

    timings = {}
    started = time.perf_counter()
    call_command("loaddata", fixture, verbosity=0)
    timings["loaddata"] = time.perf_counter() - started

    sink = open(os.devnull, "w", encoding="utf-8")
    started = time.perf_counter()
    call_command("dumpdata", indent=4, stdout=sink)
    timings["dumpdata"] = time.perf_counter() - started

    variant = LESSONS / "select_and_prefetch" / "naive"
    spec = importlib.util.spec_from_file_location("articles.bench_naive", variant / "views.py")
    views = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(views)
    templates = [dict(settings.TEMPLATES[0], DIRS=[str(variant / "templates")], APP_DIRS=False)]
    connection.queries_limit = 1_000_000
    connection.queries_log = collections.deque(maxlen=connection.queries_limit)
    with override_settings(TEMPLATES=templates, DEBUG=True):
        request = RequestFactory().get("/articles/")
        request.user = AnonymousUser()
        reset_queries()
        connection.force_debug_cursor = True
        started = time.perf_counter()
        response = views.index(request)
        timings["select_and_prefetch_naive"] = time.perf_counter() - started
        timings["select_and_prefetch_naive_queries"] = len(connection.queries)
    assert response.status_code == 200
    timings["versions"] = {
        "django": django.get_version(),
        "python": platform.python_version(),
        "sqlite": __import__("sqlite3").sqlite_version,
    }
    Path(results).write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "seed":
        child_seed(sys.argv[2])
    elif len(sys.argv) >= 2 and sys.argv[1] == "time":
        child_time(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2:
        main(Path(sys.argv[1]).resolve())
    else:
        sys.exit(__doc__)
