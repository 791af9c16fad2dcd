"""Fixture goldens: what Django's loaddata and dumpdata do, byte for byte.

The Rust playground reimplements ``manage.py loaddata`` and ``dumpdata``.
This module records the reference behaviour with real Django so the Rust
tests can compare against it. Everything goes under ``<golden>/fixtures/``:

- input fixture sets written by Django's own dumpdata from databases seeded
  by seed.py, compressed copies of them, and hand-written inputs (edits on
  top of the lesson, every datetime form, unknown fields); the manifest's
  "inputs" says how each was made;
- ``manifest.json``: cases. Each case starts from a freshly migrated
  database, runs ``loaddata`` steps (recording the exact message), snapshots
  the stored rows (``tables``) and records ``dumpdata`` output for several
  argument lists (exact stdout bytes, or the file ``-o`` wrote);
- ``errors.json``: loads of the bad inputs in ``tests/fixtures_errors/`` with
  Django's exit code and message, and whether the database was left exactly
  as before (loaddata runs in one transaction, so a failure changes nothing).

Django runs as ``manage.py`` subprocesses, exactly as a learner types the
commands (``dumpdata --indent 4 accounts.user > users.json``); the ORM is
used only to build the seed data. Output is deterministic (fixed seeds, gzip
mtime 0, fixed zip timestamps, no absolute paths) because
scripts/check-goldens regenerates into a scratch directory and diffs. The
bundled copies (``<repo>/fixtures/*.json``) and the error corpus are inputs
outside the golden directory, so they are written only when generating into
the repository's own tests/golden.
"""
import bz2
import gzip
import io
import json
import lzma
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

import django

from generate import HERE, fresh_db, manage

REPO = HERE.parent.parent
ERRORS_DIR = REPO / "tests" / "fixtures_errors"
BUNDLED_DIR = REPO / "fixtures"

NORMALIZATION = (
    "Absolute paths in Django's messages (the fixture's temporary directory, "
    "Django's own source files in warnings) are reduced to their last component: "
    "'/tmp/x/users.json' becomes 'users.json'. Nothing else is changed."
)


def generate(golden):
    """Writes every fixture golden under golden/fixtures (see module docstring)."""
    out = Path(golden) / "fixtures"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with utf8_mode(), tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "template").mkdir()
        template = fresh_db(tmp / "template")
        inputs = write_inputs(out, template, tmp)
        write_json(out / "manifest.json", run_cases(out, template, tmp, inputs))
        errors_dir = tmp / "fixtures_errors"
        write_error_corpus(errors_dir, out)
        write_json(out / "errors.json", run_errors(out, errors_dir, template, tmp))
        if is_repo_golden(golden):
            publish_inputs(out, errors_dir)
    print(f"wrote {out}")


@contextmanager
def utf8_mode():
    """Runs Django in Python's UTF-8 mode.

    dumpdata writes stdout and ``-o`` files in the locale's encoding; the
    goldens are UTF-8 whatever the machine's locale is.
    """
    saved = os.environ.get("PYTHONUTF8")
    os.environ["PYTHONUTF8"] = "1"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["PYTHONUTF8"]
        else:
            os.environ["PYTHONUTF8"] = saved


def is_repo_golden(golden):
    return Path(golden).resolve() == (REPO / "tests" / "golden").resolve()


def publish_inputs(out, errors_dir):
    """Copies the inputs that live outside the golden directory into the repo."""
    BUNDLED_DIR.mkdir(exist_ok=True)
    for name in ("users.json", "articles.json", "comments.json"):
        shutil.copyfile(out / "lesson" / name, BUNDLED_DIR / name)
    if ERRORS_DIR.exists():
        shutil.rmtree(ERRORS_DIR)
    shutil.copytree(errors_dir, ERRORS_DIR)


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def write_json(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def as_fixture(entries):
    """Fixture bytes laid out exactly like ``dumpdata --indent 4``."""
    objects = ",\n".join(
        json.dumps(e, ensure_ascii=False, indent=4, separators=(",", ": ")) for e in entries
    )
    return f"[\n{objects}\n]\n".encode("utf-8")


def gzip_bytes(data):
    """gzip without a file name and with mtime 0, so equal input gives equal bytes."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def zip_bytes(members):
    """A zip archive of (name, bytes) members with fixed timestamps and permissions."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buf.getvalue()


def copy_db(template, directory):
    """A fresh migrated database: a copy of the one migrate built once.

    migrate always writes the same rows (only django_migrations.applied
    differs, and no fixture command reads it), so copying is equivalent to
    migrating again, and much faster.
    """
    directory.mkdir(parents=True, exist_ok=True)
    db = directory / "db.sqlite3"
    shutil.copyfile(template, db)
    return db


# An absolute path's directory part: starts at a '/' that follows the start,
# whitespace, a quote or a bracket (so '</b>' in data is left alone).
PATH_RE = re.compile(r"""(?<![^\s'"(\[])/(?:[^/\s'"]+/)+(?=[^/\s'"]+)""")


def normalize(text):
    """Reduces absolute paths to their last component (see NORMALIZATION)."""
    return PATH_RE.sub("", text)


def loaddata(db, paths, args):
    """``manage.py loaddata PATHS ARGS``; returns the finished process."""
    return manage(db, "loaddata", *map(str, paths), *args, check=False)


def dumpdata_to(db, path, args):
    """``manage.py dumpdata ARGS > path``: stdout goes straight into the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        return manage(db, "dumpdata", *args, stdout=f)


def new_user(pk=6, username="정싸피", **fields):
    """A user entry that loads cleanly on top of the lesson data."""
    return {
        "model": "accounts.user",
        "pk": pk,
        "fields": {
            "password": "",
            "username": username,
            "date_joined": "2024-03-08T00:00:00Z",
            **fields,
        },
    }


def new_article(pk=11, **fields):
    return {
        "model": "articles.article",
        "pk": pk,
        "fields": {
            "user": 1,
            "title": "새 글",
            "content": "내용",
            "created_at": "2024-03-08T00:00:00Z",
            "updated_at": "2024-03-08T00:00:00Z",
            **fields,
        },
    }


def new_comment(pk=31, **fields):
    return {
        "model": "articles.comment",
        "pk": pk,
        "fields": {
            "article": 1,
            "user": 1,
            "content": "새 댓글",
            "created_at": "2024-03-08T00:00:00Z",
            "updated_at": "2024-03-08T00:00:00Z",
            **fields,
        },
    }


def without(entry, *fields):
    """The entry with some fields left out (they fall back to model defaults)."""
    return {**entry, "fields": {k: v for k, v in entry["fields"].items() if k not in fields}}


def renamed(entry, field, name):
    """The entry with one field under another name, in the same place."""
    fields = {(name if k == field else k): v for k, v in entry["fields"].items()}
    return {**entry, "fields": fields}


def no_pk(entry):
    return {k: v for k, v in entry.items() if k != "pk"}


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------

SEEDS = {
    "lesson": "lesson()",
    # The lesson's shape with HTML-looking strings (tests only).
    "escaping": "escaping()",
    # The same "large" dataset gen_scenarios.py uses.
    "large": "generated(100, 1000, 10000, seed=42)",
}

# (file, seed, dumpdata args). A ".gz" file is the dump gzipped by Python.
DUMPED_INPUTS = [
    ("lesson/users.json", "lesson", ["--indent", "4", "accounts.user"]),
    ("lesson/articles.json", "lesson", ["--indent", "4", "articles.article"]),
    ("lesson/comments.json", "lesson", ["--indent", "4", "articles.comment"]),
    ("lesson/all.json", "lesson", ["--indent", "4", "accounts", "articles"]),
    ("lesson/all.jsonl", "lesson", ["--format", "jsonl", "accounts", "articles"]),
    *(
        (
            f"lesson-natural/{name}.json",
            "lesson",
            ["--natural-foreign", "--natural-primary", "--indent", "4", label],
        )
        for name, label in (
            ("users", "accounts.user"),
            ("articles", "articles.article"),
            ("comments", "articles.comment"),
        )
    ),
    (
        "lesson-natural-foreign/all.json",
        "lesson",
        ["--natural-foreign", "--indent", "4", "accounts", "articles"],
    ),
    ("large/all.json.gz", "large", ["--indent", "4", "accounts", "articles"]),
    ("escaping/all.json", "escaping", ["--indent", "4", "accounts", "articles"]),
]

LESSON_FILES = ["lesson/users.json", "lesson/articles.json", "lesson/comments.json"]
LESSON_NATURAL_FILES = [f"lesson-natural/{n}.json" for n in ("users", "articles", "comments")]

# compressed/<name>: (source, how Python compresses it)
COMPRESSED_INPUTS = {
    "all.json.gz": ("lesson/all.json", "gzip, mtime 0, no file name"),
    "all.json.zip": ("lesson/all.json", "zip, one deflated member 'all.json'"),
    "all.json.bz2": ("lesson/all.json", "bz2, level 9"),
    "all.json.xz": ("lesson/all.json", "xz (lzma.FORMAT_XZ)"),
    "all.json.lzma": ("lesson/all.json", "lzma.FORMAT_ALONE"),
    "all.jsonl.gz": ("lesson/all.jsonl", "gzip, mtime 0, no file name"),
}


def compress(name, data):
    if name.endswith(".zip"):
        return zip_bytes([(name.removesuffix(".zip"), data)])
    if name.endswith(".gz"):
        return gzip_bytes(data)
    if name.endswith(".bz2"):
        return bz2.compress(data, 9)
    fmt = lzma.FORMAT_XZ if name.endswith(".xz") else lzma.FORMAT_ALONE
    return lzma.compress(data, format=fmt)


def write_inputs(out, template, tmp):
    """Writes every input fixture; returns how each was made (for the manifest)."""
    dbs = {seed: seeded_db(template, tmp / f"seed-{seed}", call) for seed, call in SEEDS.items()}
    inputs = []
    for file, seed, args in DUMPED_INPUTS:
        path = out / file
        dumpdata_to(dbs[seed], path.with_suffix("") if file.endswith(".gz") else path, args)
        if file.endswith(".gz"):
            path.write_bytes(gzip_bytes(path.with_suffix("").read_bytes()))
            path.with_suffix("").unlink()
        inputs.append({"file": file, "seed": f"seed.{SEEDS[seed]}", "dumpdata": args})
    for name, (source, how) in COMPRESSED_INPUTS.items():
        path = out / "compressed" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(compress(name, (out / source).read_bytes()))
        inputs.append({"file": f"compressed/{name}", "from": source, "compression": how})
    for file, entries in HAND_WRITTEN.items():
        (out / file).parent.mkdir(exist_ok=True)
        (out / file).write_bytes(as_fixture(entries))
        inputs.append({"file": file, "written_by": "gen_fixtures.py"})
    return inputs


def seeded_db(template, directory, call):
    """A migrated database filled by seed.py's ``call`` (e.g. ``lesson()``)."""
    db = copy_db(template, directory)
    code = f"import sys; sys.path.insert(0, {str(HERE)!r}); import seed; seed.{call}"
    manage(db, "shell", "-v", "0", "-c", code)
    return db


# Applied on top of the lesson data (users 1-5, articles 1-10, comments 1-30).
# loaddata saves whole rows: a field left out of "fields" takes the model
# default ('' for CharFields, False/True for booleans, NULL), except M2M
# fields, which are left alone when absent. date_joined is always given
# because its default is the current time.
EDITS = [
    # pk as a string, booleans as "t"/"1", CharFields given a number and a
    # boolean; password, email, last_login, is_superuser omitted; followings
    # as string pks; user_permissions by natural key.
    without(
        new_user(
            "2",
            "김싸피",
            first_name=2024,
            last_name=True,
            is_staff="t",
            is_active="1",
            date_joined="2024-03-04T00:01:00.123Z",
            followings=["3", "1"],
            user_permissions=[["view_article", "articles", "article"]],
        ),
        "password",
    ),
    # followings emptied; booleans as 1 / 0 / "False"; explicit null last_login.
    new_user(
        3,
        "이싸피",
        password="!",
        email="lee@ssafy.com",
        is_superuser=1,
        is_staff=0,
        is_active="False",
        last_login=None,
        date_joined="2024-03-04T00:02:00.246Z",
        followings=[],
    ),
    # followings grown from [1, 3] to four users.
    without(
        new_user(4, "박싸피", date_joined="2024-03-04T00:03:00Z", followings=[1, 2, 3, 5]),
        "password",
    ),
    # No pk, but the username is admin's natural key: updates user 1.
    no_pk(
        new_user(
            1,
            "admin",
            email="root@example.com",
            is_staff=True,
            is_superuser="True",
            date_joined="2024-03-04T00:00:00Z",
            last_login="2024-03-05T10:00:00+09:00",
        )
    ),
    # No pk and a new username: inserted with the next id (6); follows by
    # natural key and by string pk.
    no_pk(
        without(
            new_user(
                6,
                "최싸피",
                first_name="싸피",
                last_name="최",
                is_active="f",
                date_joined="2024-03-06T12:00:00+09:00",
                followings=[["admin"], "2"],
            ),
            "password",
        )
    ),
    # pk and FK as strings, a numeric title, likes grown (user 6 is new above).
    new_article(
        "7",
        user="1",
        title=12345,
        content="수정된 글",
        created_at="2024-03-04T01:42:00.222Z",
        updated_at="2024-03-07T00:00:00Z",
        like_users=["2", "3", 6],
    ),
    # likes shrunk from four users to one.
    new_article(
        2,
        user=2,
        title="N+1 문제",
        content="내용 수정",
        created_at="2024-03-04T01:07:00.037Z",
        updated_at="2024-03-04T01:08:00.037Z",
        like_users=["3"],
    ),
    # likes emptied.
    new_article(
        1,
        title="첫 글",
        content="Django ORM 놀이터에 오신 것을 환영합니다.",
        created_at="2024-03-04T01:00:00Z",
        updated_at="2024-03-04T01:00:00Z",
        like_users=[],
    ),
    # like_users absent: article 5's three likes stay. Title a boolean.
    new_article(
        5,
        user=4,
        title=False,
        content="",
        created_at="2024-03-04T01:28:00.148Z",
        updated_at="2024-03-04T01:29:00.150Z",
    ),
    # No pk and no natural key: inserted with the next id (31); the user is
    # the one created above, found by natural key.
    no_pk(
        new_comment(
            article="10",
            user=["최싸피"],
            created_at="2024-03-07T09:00:00+09:00",
            updated_at="2024-03-07T09:00:00+09:00",
        )
    ),
    # A comment moved to another article, content a boolean.
    new_comment(
        "1",
        article=2,
        user="1",
        content=True,
        created_at="2024-03-04T02:20:00Z",
        updated_at="2024-03-04T02:20:00Z",
    ),
    # pk and keys in the digits of other scripts, which Python's int()
    # reads: full-width (as a Korean keyboard's full-width mode types them)
    # and Arabic-Indic.
    new_comment(
        "\uff12",
        article="\u0663",
        user=" \uff12 ",
        content="전각 숫자",
        created_at="2024-03-04T02:21:00Z",
        updated_at="2024-03-04T02:21:00Z",
    ),
]


def dt_user(pk, username, date_joined, last_login):
    return new_user(pk, username, date_joined=date_joined, last_login=last_login)


def dt_article(pk, title, created_at, updated_at):
    return new_article(
        pk,
        title=title,
        content=f"{created_at} / {updated_at}",
        created_at=created_at,
        updated_at=updated_at,
    )


# Every string form DateTimeField.to_python accepts (datetime.fromisoformat,
# then Django's parse_datetime regex, then a bare date), on an empty
# database. Naive values are taken in TIME_ZONE, Asia/Seoul, whose history
# has local mean time (+08:27:52) until 1908-04-01, +08:30 (1908-1911 and
# 1954-1961), summer times (+10 in 1950 and 1987-88) and gaps/folds at each
# change: 1987-05-10 02:30 does not exist, 1987-10-11 02:30 happens twice,
# 1908-04-01 00:00 and 1961-08-10 00:00 fall at the start of a gap.
DATETIMES = [
    dt_user(1, "utc-z", "2024-03-04T09:05:06Z", "2024-03-04T09:05:06.120Z"),
    dt_user(2, "plus-0900", "2024-03-04T09:05:06+09:00", "2024-03-04T09:05:06.123456+09:00"),
    dt_user(3, "minus-0530", "2024-03-04T09:05:06-05:30", "2024-03-04T23:59:59.999999-05:30"),
    dt_user(4, "plus-0930-nocolon", "2024-03-04T09:05:06+0930", "2024-03-04T09:05:06+09"),
    dt_user(5, "naive", "2024-03-04T09:05:06", "2024-03-04T09:05"),
    dt_user(6, "naive-kdt-1987", "1987-07-01T12:00:00", "1987-05-10T02:30:00"),
    dt_user(7, "naive-fold-1987", "1987-10-11T02:30:00", "1987-10-11T03:30:00"),
    dt_user(8, "naive-lmt-1900", "1900-01-01T12:00:00", "1908-04-01T00:00:00"),
    dt_user(9, "date-only", "2024-03-04", "2024-12-31"),
    dt_user(10, "single-digits", "2024-3-4 9:05", "2024-3-4 9:5:6"),
    dt_user(11, "comma-fraction", "2024-03-04T09:05:06,5", "2024-03-04T09:05:06,123456Z"),
    dt_user(12, "long-fraction", "2024-03-04T09:05:06.1234567", "2024-03-04T09:05:06.123456789+09:00"),
    dt_user(13, "space-before-zone", "2024-03-04T09:05:06 +09:00", "2024-03-04 09:05:06 Z"),
    dt_user(14, "space-separator", "2024-03-04 09:05:06", "2024-03-04 09:05:06+00:00"),
    dt_user(15, "milliseconds", "2024-03-04T09:05:06.123", "2024-03-04T09:05:06.100000Z"),
    dt_user(16, "microseconds", "2024-03-04T09:05:06.000001", "2024-03-04T09:05:06.123456"),
    dt_article(1, "utc", "2024-03-04T00:00:00Z", "2024-03-04T00:00:00.5Z"),
    dt_article(2, "naive", "2024-03-04T00:00:00", "2024-03-04 00:00"),
    dt_article(3, "offsets", "2024-03-04T00:00:00+14:00", "2024-03-04T00:00:00-12:00"),
    dt_article(4, "date-only", "2024-02-29", "2000-01-01"),
    dt_article(5, "old", "1950-06-25T04:00:00", "1961-08-10T00:00:00"),
]

# Loaded with --ignorenonexistent on top of the lesson data: unknown fields
# are dropped and entries for unknown models are skipped (not counted).
EXTRA = [
    new_user(6, nickname="jeong", followings=[1]),
    {"model": "articles.post", "pk": 1, "fields": {"title": "없는 모델"}},
    new_article(11, user=6, title="무시", content="views와 tags는 없는 필드", views=3, tags=["a"]),
    {"model": "accounts.profile", "fields": {}},
]

HAND_WRITTEN = {
    "edits/edits.json": EDITS,
    "datetimes/datetimes.json": DATETIMES,
    "ignore/extra.json": EXTRA,
}


# --------------------------------------------------------------------------
# Cases: load, snapshot, dump
# --------------------------------------------------------------------------


def dump(name, *args):
    """A dumpdata run whose stdout is the golden ``<case>/dump-<name>.json(l)``."""
    ext = "jsonl" if "jsonl" in args else "json"
    return {"args": list(args), "name": f"dump-{name}.{ext}"}


def dump_o(name, target, *args):
    """A ``dumpdata -o target`` run: the golden is the (decompressed) file written."""
    return {"args": ["-o", target, *args], "name": f"dump-{name}", "o": target}


def step(*files, args=()):
    return {"files": list(files), "args": list(args)}


def case(name, about, *steps, dumps=None, gzipped=False):
    return {"name": name, "about": about, "steps": list(steps), "dumps": dumps or [INDENT4],
            "gzipped": gzipped}


INDENT4 = dump("indent4", "--indent", "4")

LESSON_SPLIT_DUMPS = [
    INDENT4,
    dump("noindent"),
    dump("indent2", "--indent", "2"),
    dump("user-indent4", "accounts.user", "--indent", "4"),
    dump("user-capitalized-indent4", "accounts.User", "--indent", "4"),
    dump("articles-indent4", "articles", "--indent", "4"),
    dump("comment-user-indent4", "articles.comment", "accounts.user", "--indent", "4"),
    dump("natural-foreign-indent4", "--natural-foreign", "--indent", "4"),
    dump("natural-indent4", "--natural-foreign", "--natural-primary", "--indent", "4"),
    dump("jsonl", "--format", "jsonl"),
    dump("jsonl-natural-foreign", "--format", "jsonl", "--natural-foreign"),
    dump("exclude-auth-contenttypes-indent4", "-e", "auth", "-e", "contenttypes", "--indent", "4"),
    dump("exclude-comment", "-e", "articles.comment"),
    dump("pks-article-indent4", "--pks", "1,3,10", "articles.article", "--indent", "4"),
    dump("pks-user", "--pks", "2", "accounts.user"),
    dump_o("o-json", "out.json", "--indent", "4"),
    dump_o("o-gz", "out.json.gz", "--indent", "4"),
    dump_o("o-bz2", "out.json.bz2", "--indent", "4"),
    dump_o("o-xz", "out.json.xz", "--indent", "4"),
    dump_o("o-lzma", "out.json.lzma", "--indent", "4"),
    dump_o("o-zip", "out.json.zip", "--indent", "4"),
    dump_o("o-jsonl", "out.jsonl", "--format", "jsonl"),
]

CASES = [
    case(
        "empty",
        "Nothing loaded: migrate's contenttypes and permissions only.",
        dumps=[
            INDENT4,
            dump("noindent"),
            dump("jsonl", "--format", "jsonl"),
            dump("user-indent4", "accounts.user", "--indent", "4"),
            dump("comment-indent4", "articles.comment", "--indent", "4"),
            dump("comment-noindent", "articles.comment"),
            dump("comment-jsonl", "articles.comment", "--format", "jsonl"),
        ],
    ),
    case(
        "lesson-split",
        "The bundled fixtures in one command.",
        step(*LESSON_FILES),
        dumps=LESSON_SPLIT_DUMPS,
    ),
    case(
        "escaping",
        "HTML-looking strings, quotes, backslashes and tabs in every kind of field.",
        step("escaping/all.json"),
        dumps=[INDENT4],
    ),
    case(
        "lesson-reversed",
        "Comments before articles before users: forward pk references are fine.",
        step(*reversed(LESSON_FILES)),
    ),
    case(
        "lesson-separate-steps",
        "One loaddata command per file.",
        *(step(f) for f in LESSON_FILES),
    ),
    case(
        "lesson-twice",
        "The same files twice: the second load updates rows to equal values.",
        step(*LESSON_FILES),
        step(*LESSON_FILES),
    ),
    case("lesson-combined", "One file with both apps.", step("lesson/all.json")),
    case("lesson-jsonl", "JSON Lines.", step("lesson/all.jsonl")),
    case(
        "lesson-natural",
        "Natural keys, loaded users, articles, comments (the reverse order fails: "
        "errors.json natural-forward-reference).",
        step(*LESSON_NATURAL_FILES),
        dumps=[
            INDENT4,
            dump("natural-indent4", "--natural-foreign", "--natural-primary", "--indent", "4"),
        ],
    ),
    case(
        "lesson-natural-foreign",
        "Natural foreign keys, numeric primary keys.",
        step("lesson-natural-foreign/all.json"),
    ),
    *(
        case(f"compressed-{name.replace('.', '-')}", f"compressed/{name}", step(f"compressed/{name}"))
        for name in COMPRESSED_INPUTS
    ),
    case(
        "update",
        "Lesson, then edits.json (see EDITS in gen_fixtures.py).",
        step(*LESSON_FILES),
        step("edits/edits.json"),
        dumps=[INDENT4, dump("natural-foreign-indent4", "--natural-foreign", "--indent", "4")],
    ),
    case(
        "exclude-comments",
        "-e app.model",
        step("lesson/all.json", args=["-e", "articles.comment"]),
    ),
    case("exclude-app", "-e app", step("lesson/all.json", args=["-e", "articles"])),
    case(
        "exclude-split",
        "-e twice, over three files",
        step(*LESSON_FILES, args=["-e", "articles.article", "-e", "articles.comment"]),
    ),
    case(
        "ignorenonexistent",
        "Lesson, then extra.json with -i (unknown fields and models).",
        step(*LESSON_FILES),
        step("ignore/extra.json", args=["-i"]),
    ),
    case(
        "datetimes",
        "Every datetime form on an empty database (naive ones warn on stderr).",
        step("datetimes/datetimes.json"),
    ),
    case(
        "large",
        "seed.generated(100, 1000, 10000, seed=42); outputs gzipped.",
        step("large/all.json.gz"),
        gzipped=True,
    ),
]


def run_cases(out, template, tmp, inputs):
    """Runs every case and writes its goldens; returns the manifest."""
    cases = [run_case(out, template, tmp / "cases" / c["name"], c) for c in CASES]
    return {
        "django": django.get_version(),
        "python": "%d.%d.%d" % sys.version_info[:3],
        "settings": "TIME_ZONE='Asia/Seoul', USE_TZ=True, LANGUAGE_CODE='ko-kr', SQLite",
        "normalization": NORMALIZATION,
        "notes": [
            "Each case starts from a freshly migrated database (contenttypes and "
            "permissions rows exist, so a full dump is never empty).",
            "A step is one loaddata command with its files as paths, in the order listed; "
            "'message' is its stdout without the trailing newline, 'stderr' what it "
            "printed there, if anything.",
            "A dump's 'output' is dumpdata's exact stdout. For -o runs it is the content "
            "of 'output_file', the file Django actually wrote (decompressed when "
            "'decompressed'); 'stdout' is what was printed meanwhile.",
            "'gzipped' outputs and .gz tables are stored gzipped; compare decompressed.",
            "tables: every column as SQLite stores it, rows in id order; M2M through "
            "tables as sorted id pairs without their own id; sqlite_sequence rows of "
            "the three row tables.",
        ],
        "inputs": inputs,
        "cases": cases,
    }


def run_case(out, template, work, c):
    """One case: fresh database, loaddata steps, tables snapshot, dumps."""
    db = copy_db(template, work)
    steps = [run_step(out, db, s) for s in c["steps"]]
    tables = f"{c['name']}/tables.json" + (".gz" if c["gzipped"] else "")
    write_golden(out / tables, snapshot_text(db), c["gzipped"])
    dumps = [
        run_dump_o(out, db, work / d["name"], c["name"], d)
        if "o" in d
        else run_dump(out, db, work, c["name"], d, c["gzipped"])
        for d in c["dumps"]
    ]
    return {"name": c["name"], "about": c["about"], "steps": steps, "tables": tables, "dumps": dumps}


def run_step(out, db, s):
    proc = loaddata(db, [out / f for f in s["files"]], s["args"])
    if proc.returncode != 0:
        sys.exit(f"loaddata {s} failed:\n{proc.stderr.decode()}")
    return {**s, "message": proc.stdout.decode().rstrip("\n")} | stderr_entry(proc)


def run_dump(out, db, work, case_name, d, gzipped):
    """``dumpdata ARGS > file``, stored as the golden output."""
    scratch = work / d["name"]
    proc = dumpdata_to(db, scratch, d["args"])
    output = f"{case_name}/{d['name']}" + (".gz" if gzipped else "")
    write_golden(out / output, scratch.read_bytes(), gzipped)
    entry = {"args": d["args"], "output": output}
    if gzipped:
        entry["gzipped"] = True
    return entry | stderr_entry(proc)


def run_dump_o(out, db, directory, case_name, d):
    """``dumpdata -o FILE``: records which file Django wrote and its content.

    Django picks the file from the extension: .gz/.bz2/.xz/.lzma are
    compressed, and .zip (which it cannot write) becomes an uncompressed
    file without the .zip, with a RuntimeWarning.
    """
    directory.mkdir(parents=True)
    args = [str(directory / a) if a == d["o"] else a for a in d["args"]]
    proc = manage(db, "dumpdata", *args)
    (written,) = sorted(directory.iterdir())
    ext = "jsonl" if "jsonl" in d["args"] else "json"
    output = f"{case_name}/{d['name']}.{ext}"
    (out / output).write_bytes(decompress(written))
    entry = {
        "args": d["args"],
        "output": output,
        "output_file": written.name,
        "decompressed": written.suffix in DECOMPRESSORS,
        "stdout": proc.stdout.decode(),
    }
    return entry | stderr_entry(proc)


def stderr_entry(proc):
    stderr = normalize(proc.stderr.decode())
    return {"stderr": stderr} if stderr else {}


DECOMPRESSORS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open, ".lzma": lzma.open}


def decompress(path):
    """The content of a file dumpdata wrote, whichever compression it chose."""
    with DECOMPRESSORS.get(path.suffix, open)(path, "rb") as f:
        return f.read()


def write_golden(path, data, gzipped):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip_bytes(data) if gzipped else data)


# The rows a tables snapshot records. M2M through tables are compared as
# sorted (left, right) pairs: their own ids are an implementation detail.
ROW_TABLES = ["accounts_user", "articles_article", "articles_comment"]
M2M_TABLES = {
    "accounts_user_followings": ("from_user_id", "to_user_id"),
    "accounts_user_groups": ("user_id", "group_id"),
    "accounts_user_user_permissions": ("user_id", "permission_id"),
    "articles_article_like_users": ("article_id", "user_id"),
}


def snapshot(db_path):
    """The stored rows: {table: {"columns": [...], "rows": [[...], ...]}}."""
    db = sqlite3.connect(db_path)
    tables = {}
    for table in ROW_TABLES:
        cursor = db.execute(f'SELECT * FROM "{table}" ORDER BY id')
        tables[table] = {"columns": [c[0] for c in cursor.description], "rows": cursor.fetchall()}
    for table, (left, right) in M2M_TABLES.items():
        rows = db.execute(f'SELECT "{left}", "{right}" FROM "{table}" ORDER BY 1, 2').fetchall()
        tables[table] = {"columns": [left, right], "rows": rows}
    marks = ", ".join("?" * len(ROW_TABLES))
    sequence = f"SELECT name, seq FROM sqlite_sequence WHERE name IN ({marks}) ORDER BY name"
    rows = db.execute(sequence, ROW_TABLES).fetchall()
    tables["sqlite_sequence"] = {"columns": ["name", "seq"], "rows": rows}
    db.close()
    return tables


def snapshot_text(db_path):
    """The snapshot as JSON with one row per line, readable in a diff."""
    parts = []
    for table, data in snapshot(db_path).items():
        rows = ",\n".join("      " + json.dumps(list(r), ensure_ascii=False) for r in data["rows"])
        parts.append(
            f"  {json.dumps(table)}: {{\n"
            f'    "columns": {json.dumps(data["columns"])},\n'
            f'    "rows": [' + (f"\n{rows}\n    " if rows else "") + "]\n  }"
        )
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


# --------------------------------------------------------------------------
# Error corpus: loads that fail (or, surprisingly, do not)
# --------------------------------------------------------------------------


class Golden(str):
    """An error-corpus file copied from a golden input (a path relative to fixtures/)."""


def broken_json():
    """Three valid users with the comma between the second and third removed."""
    text = as_fixture([new_user(6, "a"), new_user(7, "b"), new_user(8, "c")]).decode()
    head, _, tail = text.rpartition("},\n{")
    return (head + "}\n{" + tail).encode()


def truncated_gz():
    data = gzip_bytes(as_fixture([new_user(6), new_user(7, "한싸피"), new_user(8, "오싸피")]))
    return data[: len(data) // 2]


def bad_jsonl():
    """Two good lines that change the database, then a line that is not JSON."""
    lines = [
        json.dumps(new_user(1, "admin", email="changed@example.com"), ensure_ascii=False),
        json.dumps(new_article(11), ensure_ascii=False),
        '{"model": "articles.comment", "pk": 31, "fields": {"content": ',
        json.dumps(new_comment(32), ensure_ascii=False),
    ]
    return ("\n".join(lines) + "\n").encode()


def error(name, files, args=(), preload=LESSON_FILES, note=None):
    """An error case. files maps file name to bytes, loaded in that order in
    one command (None: a file that does not exist; Golden: a golden input)."""
    e = {"name": name, "files": files, "args": list(args), "preload": list(preload)}
    if note:
        e["note"] = note
    return e


def one(entry):
    return as_fixture([entry])


ERROR_CASES = [
    error("invalid-json-syntax", {"users.json": broken_json()}),
    error("top-level-object", {"users.json": json.dumps(new_user(), ensure_ascii=False).encode()}),
    error("entry-is-number", {"users.json": as_fixture([new_user(), 42])}),
    error("missing-model", {"users.json": one({k: v for k, v in new_user().items() if k != "model"})}),
    error("unknown-model", {"posts.json": one({**new_article(1), "model": "articles.post"})}),
    error("model-without-dot", {"articles.json": one({**new_article(), "model": "article"})}),
    error("model-wrong-case", {"articles.json": one({**new_article(), "model": "Articles.Article"})}),
    error("missing-fields", {"users.json": one({"model": "accounts.user", "pk": 6})}),
    error("fields-is-list", {"users.json": one({**new_user(), "fields": [["username", "x"]]})}),
    error("pk-not-integer", {"users.json": one({**new_user(), "pk": "abc"})}),
    error("unknown-field", {"users.json": one(new_user(nickname="jeong"))}),
    error("boolean-maybe", {"users.json": one(new_user(is_staff="maybe"))}),
    error("datetime-integer", {"users.json": one(new_user(date_joined=1709510400))}),
    error("datetime-yesterday", {"users.json": one(new_user(date_joined="yesterday"))}),
    error("date-invalid", {"articles.json": one(new_article(created_at="2024-02-30 10:00"))}),
    error("m2m-not-list", {"users.json": one(new_user(followings=5))}),
    error("m2m-list-with-x", {"users.json": one(new_user(followings=[1, "x"]))}),
    error("fk-dangling", {"articles.json": one(new_article(user=99))}),
    error("fk-null", {"comments.json": one(new_comment(user=None))}),
    error("fk-list-without-natural-key", {"comments.json": one(new_comment(article=["첫 글"]))}),
    error("m2m-dangling", {"users.json": one(new_user(followings=[1, 99]))}),
    error("m2m-dangling-like", {"articles.json": one(new_article(like_users=[99]))}),
    error("natural-fk-missing", {"comments.json": one(new_comment(user=["nobody"]))}),
    error("natural-m2m-missing", {"users.json": one(new_user(followings=[["nobody"]]))}),
    error("natural-key-arity", {"comments.json": one(new_comment(user=["a", "b"]))}),
    error("empty-file", {"users.json": b""}),
    error("whitespace-file", {"users.json": b"  \n\t\n"}),
    error("empty-list", {"users.json": b"[]\n"}),
    error("utf8-bom", {"users.json": b"\xef\xbb\xbf" + one(new_user())}),
    error("not-utf8", {"users.json": one(new_user()).decode().encode("euc_kr")}),
    error(
        "utf16-le-bom",
        {"users.json": b"\xff\xfe" + one(new_user()).decode().encode("utf-16-le")},
        note="what Windows PowerShell 5's `>` writes",
    ),
    error("utf16-no-bom", {"users.json": one(new_user()).decode().encode("utf-16-le")}),
    error(
        "cp949-korean",
        {"users.json": one(new_user(username="똠방각하")).decode().encode("cp949")},
        note="똠 is outside EUC-KR (KS X 1001): only CP949 has it",
    ),
    error("article-missing-user", {"articles.json": one(without(new_article(), "user"))}),
    error(
        "article-author-not-user",
        {"articles.json": one(renamed(new_article(), "user", "author"))},
        note="the learner's project calls Article.user 'author'",
    ),
    error("truncated-gz", {"users.json.gz": truncated_gz()}),
    error(
        "zip-two-files",
        {
            "all.json.zip": zip_bytes(
                [("users.json", one(new_user())), ("articles.json", one(new_article()))]
            )
        },
    ),
    error("unknown-extension", {"users.csv": b"id,username\n6,jeong\n"}),
    error("missing-file", {"nothing.json": None}, preload=[]),
    error("exclude-unknown-model", {"users.json": one(new_user())}, args=["-e", "articles.post"]),
    error("duplicate-username", {"users.json": one(new_user(6, "admin"))}),
    error(
        "duplicate-username-in-file",
        {"users.json": as_fixture([new_user(6, "같은이름"), new_user(7, "같은이름")])},
    ),
    error("article-missing-created-at", {"articles.json": one(without(new_article(), "created_at"))}),
    error("title-null", {"articles.json": one(new_article(title=None))}),
    error("title-too-long", {"articles.json": one(new_article(title="열 글자를 넘는 아주 긴 제목"))}),
    error("jsonl-bad-third-line", {"all.jsonl": bad_jsonl()}),
    error(
        "dangling-fk-second-file",
        {
            "users.json": one(new_user()),
            "articles.json": one(new_article(user=99)),
            "comments.json": one(new_comment(article=11, user=6)),
        },
        note="articles.json (the second of three files) has article 11 with user 99",
    ),
    error(
        "natural-forward-reference",
        {f"{n}.json": Golden(f"lesson-natural/{n}.json") for n in ("comments", "articles", "users")},
        preload=[],
        note="lesson-natural in reverse: comments name users by natural key before they exist",
    ),
]


def write_error_corpus(errors_dir, out):
    """The bad inputs, one directory per case (what tests/fixtures_errors holds)."""
    for e in ERROR_CASES:
        for file_name, data in e["files"].items():
            if isinstance(data, Golden):
                data = (out / data).read_bytes()
            if data is not None:
                path = errors_dir / e["name"] / file_name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)


def run_errors(out, errors_dir, template, tmp):
    """Loads each error case on a fresh (optionally lesson-preloaded) database."""
    lesson = copy_db(template, tmp / "errors-lesson")
    run_step(out, lesson, step(*LESSON_FILES))
    return [
        run_error(errors_dir, lesson if e["preload"] else template, tmp / "errors" / e["name"], e)
        for e in ERROR_CASES
    ]


def run_error(errors_dir, start, work, e):
    db = copy_db(start, work)
    before = full_dump(db)
    files = [f"{e['name']}/{name}" for name in e["files"]]
    proc = loaddata(db, [errors_dir / f for f in files], e["args"])
    stderr = normalize(proc.stderr.decode())
    stdout = proc.stdout.decode()
    result = {
        "name": e["name"],
        "preload": e["preload"],
        "files": files,
        "args": e["args"],
        "django_exit_code": proc.returncode,
        "django_message": django_message(stderr) or stdout.rstrip("\n"),
        "django_exceptions": exception_chain(stderr),
        "django_stdout": stdout,
        "django_warnings": warning_lines(stderr),
        "unchanged": full_dump(db) == before,
    }
    if "note" in e:
        result["note"] = e["note"]
    return result


def full_dump(db_path):
    """Every row of every table, to tell whether a failed load changed anything."""
    db = sqlite3.connect(db_path)
    tables = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    names = [r[0] for r in db.execute(tables)]
    rows = {t: db.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in names}
    db.close()
    return rows


TRACEBACK = "Traceback (most recent call last):"


def exception_chain(stderr):
    """The exception line(s) closing each traceback Django printed, root cause first.

    A CommandError is one 'CommandError: ...' line and no traceback; any
    other exception escapes manage.py as a traceback, often chained
    (DeserializationError raised from the JSONDecodeError that caused it),
    and the cause holds the useful detail.
    """
    chain = []
    for block in stderr.split(TRACEBACK + "\n")[1:]:
        body = [line for line in block.splitlines() if not line.startswith(" ")]
        separators = ("The above exception", "During handling")
        end = next((i for i, line in enumerate(body) if line.startswith(separators)), len(body))
        chain.append("\n".join(body[:end]).strip("\n"))
    return chain


def django_message(stderr):
    """The last error Django reports: the final exception, or the CommandError line."""
    chain = exception_chain(stderr)
    if chain:
        return chain[-1]
    return "\n".join(line for line in stderr.splitlines() if line.startswith("CommandError"))


def warning_lines(stderr):
    """Warnings printed before any traceback (e.g. 'No fixture data found'), without source lines."""
    return [line for line in stderr.split(TRACEBACK)[0].splitlines() if "Warning:" in line]
