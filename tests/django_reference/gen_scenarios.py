"""Runs every lesson scenario with real Django and records the SQL it sends.

The playground replays the lessons under lessons/<scenario>/<variant>/ (a
views.py and its templates) and must send exactly the queries Django sends
and show the same page text. This module produces that reference:

- ``generate(golden)`` (called by generate.py, no Django needed) makes a
  migrated database per dataset and runs this file as a child process that
  is configured for the reference project; the child seeds the data, runs
  each variant's real view functions through ``render``/``redirect`` and
  returns, per step, every ``connection.queries`` entry together with the
  SQL and parameters Django's compiler handed to the cursor.
- The goldens go to golden/scenarios/<dataset>/<scenario>.json (``large``
  ones gzipped with mtime 0, so the bytes are reproducible).

A child process keeps Django's settings (REFERENCE_DB, the lesson apps) out
of the generator process, which other generators share.
"""
import collections
import gzip
import html
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
LESSONS = HERE.parent.parent / "lessons"

DATASETS = ["lesson", "large"]
COMPRESSED = {"large"}

PAGE, FOLLOW, LIKES = "page", "follow", "likes"

# scenario -> (kind, app package the views load into, variants in order)
SCENARIOS = {
    "annotate": (PAGE, "articles", ["naive", "optimized"]),
    "select_related": (PAGE, "articles", ["naive", "optimized"]),
    "prefetch_related": (PAGE, "articles", ["naive", "optimized"]),
    "select_and_prefetch": (PAGE, "articles", ["naive", "prefetch_only", "optimized"]),
    "exists": (FOLLOW, "accounts", ["naive_in", "naive_filter", "optimized"]),
    "likes": (LIKES, "articles", ["naive_in", "naive_filter", "optimized"]),
}

README = """\
# Scenario goldens

What real Django (tests/django_reference/requirements.txt) sends and shows for
every lesson scenario in `lessons/<scenario>/<variant>/` (views.py + templates).
Written by `tests/django_reference/gen_scenarios.py`; regenerate with
`tests/django_reference/regenerate.sh scenarios` (never edit by hand).

- `lesson/<scenario>.json`: the lesson dataset (`seed.lesson()`).
- `large/<scenario>.json.gz`: `seed.generated(100, 1000, 10000, seed=42)`,
  gzipped with mtime 0.

Each file: `scenario`, `dataset`, `acting_user` / `target` (pks, toggle
scenarios only) and `variants.<variant>`: `query_count` (every
`connection.queries` entry of all steps) and `steps[]` with `name`,
`queries[]` and `result_text`. Each query has `sql` (as
`connection.queries` shows it), `raw_sql` (what the compiler produced, with
`%s` placeholders) and `params` (JSON values as passed to the cursor);
`raw_sql % QUOTE(params)` equals `sql`. `COMMIT` never reaches the cursor,
so it has `raw_sql` = `sql` and no params. Every variant starts from the
same freshly seeded database; steps run in order on it.

Page scenarios have one step, `index`. `exists`: `follow_1` (acting user
follows/unfollows target), `profile_1`, `follow_2`, `profile_2`,
`follow_self`; target = the user with most followers (ties: lowest pk),
acting user = its lowest-pk follower. `likes`: `likes_1`, `likes_2` on the
most-liked article (ties: lowest pk) by its lowest-pk liker. `request.user`
is fetched before capturing (the auth middleware's query is not counted);
pages are anonymous.

`result_text` is the response's visible text: tags (`<[^>]+>`) removed,
HTML entities unescaped, split on newlines, each line stripped, blank lines
dropped. A redirect has no page: `[]`.
"""


# ---------------------------------------------------------------- parent side


def generate(golden):
    """Captures every scenario on every dataset and writes the goldens."""
    from generate import fresh_db

    out = Path(golden) / "scenarios"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "README.md").write_text(README, encoding="utf-8")
    for dataset in DATASETS:
        with tempfile.TemporaryDirectory() as tmp:
            db = fresh_db(tmp)
            result = Path(tmp) / "scenarios.json"
            run_child(dataset, db, result)
            docs = json.loads(result.read_text(encoding="utf-8"))
        for doc in docs:
            write_golden(out / dataset, doc, compress=dataset in COMPRESSED)


def run_child(dataset, db, result):
    """Runs the capture in a process configured for the reference project."""
    env = dict(
        os.environ,
        REFERENCE_DB=str(db),
        DJANGO_SETTINGS_MODULE="playground.settings",
        PYTHONHASHSEED="0",
        # Importing the lessons' views.py must not leave __pycache__ in lessons/.
        PYTHONDONTWRITEBYTECODE="1",
    )
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "capture", dataset, str(result)],
        cwd=PROJECT,
        env=env,
        check=True,
    )


def write_golden(directory, doc, compress):
    """One scenario file; gzip without a timestamp or name keeps it reproducible."""
    directory.mkdir(parents=True, exist_ok=True)
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    path = directory / f"{doc['scenario']}.json"
    if compress:
        path = path.with_name(path.name + ".gz")
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(data)
    print(f"wrote {path}")


# ----------------------------------------------------------------- child side


def child_main(dataset, result):
    """Seeds the dataset, runs every scenario and writes their documents."""
    sys.path[:0] = [str(PROJECT), str(HERE)]
    import django

    django.setup()
    import seed
    from django.db import connection

    db = Path(connection.settings_dict["NAME"])
    if dataset == "lesson":
        seed.lesson()
    else:
        seed.generated(100, 1000, 10000, seed=42)
    # The debug log is a bounded deque (9,000 by default); the N+1 pages of
    # the large dataset send more than that in one step.
    connection.queries_limit = 1_000_000
    connection.queries_log = collections.deque(maxlen=connection.queries_limit)
    connection.close()
    pristine = db.with_name("pristine.sqlite3")
    shutil.copyfile(db, pristine)

    docs = []
    for scenario, (kind, app, variants) in SCENARIOS.items():
        docs.append(run_scenario(dataset, scenario, kind, app, variants, db, pristine))
    Path(result).write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")


def restore(db, pristine):
    """Every variant starts from the same freshly seeded data."""
    from django.db import connection

    connection.close()
    shutil.copyfile(pristine, db)


def run_scenario(dataset, scenario, kind, app, variants, db, pristine):
    restore(db, pristine)
    acting, target = DEFAULTS[kind]()
    doc = {
        "scenario": scenario,
        "dataset": dataset,
        "acting_user": acting,
        "target": target,
        "variants": {},
    }
    for variant in variants:
        restore(db, pristine)
        views = load_views(scenario, variant, app)
        with lesson_templates(LESSONS / scenario / variant):
            steps = RUNNERS[kind](views, acting, target)
        doc["variants"][variant] = {
            "query_count": sum(len(step["queries"]) for step in steps),
            "steps": steps,
        }
    return doc


def load_views(scenario, variant, app):
    """Imports a variant's views.py as a module of its app (so ``.models`` works)."""
    name = f"{app}.lesson_{scenario}_{variant}"
    spec = importlib.util.spec_from_file_location(name, LESSONS / scenario / variant / "views.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def lesson_templates(variant_dir):
    """The variant's templates, with the ``request`` and ``auth`` context
    processors a new project has (the profile template reads request.user)."""
    from django.test.utils import override_settings

    return override_settings(
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [variant_dir / "templates"],
                "APP_DIRS": False,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                    ]
                },
            }
        ]
    )


# Scenario defaults: computed before any capture.


def page_defaults():
    return None, None


def follow_defaults():
    """The most-followed user (ties: lowest pk) and its lowest-pk follower."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    target = get_user_model().objects.annotate(n=Count("followers")).order_by("-n", "pk")[0]
    return target.followers.order_by("pk")[0].pk, target.pk


def likes_defaults():
    """The most-liked article (ties: lowest pk) and its lowest-pk liker."""
    from articles.models import Article
    from django.db.models import Count

    article = Article.objects.annotate(n=Count("like_users")).order_by("-n", "pk")[0]
    return article.like_users.order_by("pk")[0].pk, article.pk


DEFAULTS = {PAGE: page_defaults, FOLLOW: follow_defaults, LIKES: likes_defaults}


# Step runners: each returns the list of captured steps.


def run_page(views, acting, target):
    from django.contrib.auth.models import AnonymousUser
    from django.urls import reverse

    return [step("index", views.index, "get", reverse("articles:index"), AnonymousUser())]


def run_follow(views, acting, target):
    """Unfollow, see the profile, follow again, see it, then try to follow oneself."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    User = get_user_model()
    username = User.objects.get(pk=target).username

    def follow(name, pk):
        url = reverse("accounts:follow", args=[pk])
        return step(name, views.follow, "post", url, User.objects.get(pk=acting), user_pk=pk)

    def profile(name):
        url = reverse("accounts:profile", args=[username])
        return step(name, views.profile, "get", url, User.objects.get(pk=acting), username=username)

    steps = [
        follow("follow_1", target),
        profile("profile_1"),
        follow("follow_2", target),
        profile("profile_2"),
        follow("follow_self", acting),
    ]
    expect(steps[1]["result_text"][-1] == "Follow", "profile_1 should offer Follow")
    expect(steps[3]["result_text"][-1] == "Unfollow", "profile_2 should offer Unfollow")
    expect(User.objects.get(pk=target).followers.filter(pk=acting).exists(), "follow_2 re-follows")
    return steps


def run_likes(views, acting, target):
    """Unlike the article, then like it again."""
    from articles.models import Article
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    User = get_user_model()
    url = reverse("articles:likes", args=[target])
    likers = Article.objects.get(pk=target).like_users
    first = step("likes_1", views.likes, "post", url, User.objects.get(pk=acting), article_pk=target)
    expect(not likers.filter(pk=acting).exists(), "likes_1 should unlike")
    second = step("likes_2", views.likes, "post", url, User.objects.get(pk=acting), article_pk=target)
    expect(likers.filter(pk=acting).exists(), "likes_2 should like again")
    return [first, second]


RUNNERS = {PAGE: run_page, FOLLOW: run_follow, LIKES: run_likes}


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def step(name, view, method, path, user, **kwargs):
    """Calls one view as the given user and records its queries and page text."""
    from django.test import RequestFactory

    request = getattr(RequestFactory(), method)(path)
    request.user = user
    queries, response = capture(lambda: view(request, **kwargs))
    expect(response.status_code in (200, 302), f"{name}: status {response.status_code}")
    return {"name": name, "queries": queries, "result_text": visible_text(response)}


def capture(call):
    """The queries of one call: connection.queries paired with what reached the cursor."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    executed = []

    def record(execute, sql, params, many, context):
        expect(not many, "executemany is not expected in a lesson scenario")
        executed.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record), CaptureQueriesContext(connection) as ctx:
        response = call()
    return pair(ctx.captured_queries, executed), response


def pair(logged, executed):
    """Lines the logged statements up with the executed ones.

    COMMIT (and ROLLBACK) are logged by Django's transaction code without
    going through the cursor, so they have no raw form of their own.
    """
    queries = []
    pending = list(executed)
    for entry in logged:
        sql = entry["sql"]
        if pending and inline(*pending[0]) == sql:
            raw_sql, params = pending.pop(0)
            queries.append({"sql": sql, "raw_sql": raw_sql, "params": json_params(params)})
        elif sql in ("COMMIT", "ROLLBACK"):
            queries.append({"sql": sql, "raw_sql": sql, "params": []})
        else:
            raise AssertionError(f"logged query has no executed counterpart: {sql!r}")
    expect(not pending, f"executed but not logged: {pending!r}")
    return queries


_QUOTER = sqlite3.connect(":memory:")


def inline(raw_sql, params):
    """raw_sql with its params quoted by SQLite's QUOTE(), as Django logs it."""
    if not params:
        return raw_sql
    params = list(params)
    quoted = []
    for start in range(0, len(params), 999):
        chunk = params[start : start + 999]
        select = "SELECT " + ", ".join(["QUOTE(?)"] * len(chunk))
        quoted.extend(_QUOTER.execute(select, chunk).fetchone())
    return raw_sql % tuple(quoted)


def json_params(params):
    """The parameters exactly as passed; anything not plain JSON is a surprise."""
    params = [] if params is None else list(params)
    for value in params:
        expect(
            value is None or isinstance(value, (bool, int, float, str)),
            f"parameter {value!r} is not a JSON value",
        )
    return params


TAG = re.compile(r"<[^>]+>")


def visible_text(response):
    """What a reader sees: no tags, entities decoded, one stripped line each."""
    if response.status_code in (301, 302):
        return []
    text = html.unescape(TAG.sub("", response.content.decode(response.charset)))
    return [line.strip() for line in text.split("\n") if line.strip()]


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "capture":
        sys.exit("usage: gen_scenarios.py capture DATASET RESULT_JSON (run through generate.py)")
    child_main(sys.argv[2], sys.argv[3])
