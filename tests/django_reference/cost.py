"""Django's own cost per query and per row: the basis of the page's modelled time.

    cost.py [OUT.json]

In-page SQLite has no round trip and no Python, so its timings alone can make
an optimized variant look slower than its N+1 (src/cost_model.rs says why).
The page adds what Django itself spends, measured here on the same machine:

- per_query_ms: one lazy foreign-key fetch (`comment.user` on an uncached
  instance, the lesson's N+1), DEBUG query logging on as in the goldens,
  wall time per query (it includes SQLite's own few microseconds);
- per_row_ms: `list(Comment.objects.all())`, wall time per row beyond its one
  query: building one model instance from a row.

Each figure is the median of 5 runs on `seed.generated(100, 1000, 10000)`
in a fresh migrated database. `make bench` runs it and writes the figures
into BENCHMARKS.md; `src/cost_model.rs` cites them.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
RUNS = 5


def measure():
    sys.path[:0] = [str(PROJECT), str(HERE)]
    import django

    django.setup()
    import seed
    from django.db import connection, reset_queries

    from articles.models import Comment

    seed.generated(100, 1000, 10000, seed=7)
    connection.force_debug_cursor = True
    pks = list(Comment.objects.values_list("pk", flat=True)[:2000])

    per_query = []
    for _ in range(RUNS):
        comments = [Comment.objects.get(pk=pk) for pk in pks]
        reset_queries()
        started = time.perf_counter()
        for comment in comments:
            comment.user  # noqa: B018 (the N+1's lazy fetch)
        per_query.append((time.perf_counter() - started) * 1000 / len(comments))
        assert len(connection.queries) == len(comments)

    per_row = []
    one_query = statistics.median(per_query)
    for _ in range(RUNS):
        reset_queries()
        started = time.perf_counter()
        rows = len(list(Comment.objects.all()))
        elapsed = (time.perf_counter() - started) * 1000
        per_row.append((elapsed - one_query) / rows)

    return {
        "per_query_ms": round(statistics.median(per_query), 4),
        "per_query_spread_ms": [round(min(per_query), 4), round(max(per_query), 4)],
        "per_row_ms": round(statistics.median(per_row), 5),
        "per_row_spread_ms": [round(min(per_row), 5), round(max(per_row), 5)],
        "django": django.get_version(),
    }


def main():
    if os.environ.get("REFERENCE_DB"):
        result = measure()
        text = json.dumps(result, indent=2) + "\n"
        out = os.environ.get("COST_OUT")
        if out:
            Path(out).write_text(text, encoding="utf-8")
        sys.stdout.write(text)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "db.sqlite3"
        env = dict(os.environ, REFERENCE_DB=str(db), DJANGO_SETTINGS_MODULE="playground.settings")
        if len(sys.argv) > 1:
            env["COST_OUT"] = str(Path(sys.argv[1]).resolve())
        subprocess.run([sys.executable, str(PROJECT / "manage.py"), "migrate", "-v", "0"],
                       cwd=PROJECT, env=env, check=True)
        subprocess.run([sys.executable, str(Path(__file__).resolve())], cwd=PROJECT, env=env, check=True)


if __name__ == "__main__":
    main()
