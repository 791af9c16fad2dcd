"""Writes the golden files the Rust tests compare against, using real Django.

Each generator runs Django against a fresh SQLite file built from the
reference project in ./project (the lesson's models, Django 5.2 settings)
and writes JSON under tests/golden/. Run through regenerate.sh, which pins
Django. Usage: generate.py [NAME ...] (default: all generators).
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
GOLDEN = Path(os.environ.get("GOLDEN_DIR", HERE.parent / "golden"))


def manage(db_path, *args, stdout=None, check=True):
    """Runs the reference project's manage.py against db_path."""
    env = dict(os.environ, REFERENCE_DB=str(db_path), PYTHONHASHSEED="0")
    return subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *args],
        cwd=PROJECT,
        env=env,
        check=check,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def fresh_db(directory):
    """A migrated database in directory, as `python manage.py migrate` leaves it."""
    db_path = Path(directory) / "db.sqlite3"
    manage(db_path, "migrate", "-v", "0")
    return db_path


def capture_groups(golden, name, script, readme):
    """Runs ``script capture OUT FIXTURES`` in the reference project on a fresh
    database and writes each group it returns to golden/NAME/GROUP.json:
    the shared last step of gen_queries.py and gen_shell.py."""
    import shutil

    out = Path(golden) / name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "README.md").write_text(readme, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        db = fresh_db(tmp)
        result = Path(tmp) / f"{name}.json"
        env = dict(
            os.environ,
            REFERENCE_DB=str(db),
            DJANGO_SETTINGS_MODULE="playground.settings",
            PYTHONHASHSEED="0",
            PYTHONDONTWRITEBYTECODE="1",
        )
        subprocess.run(
            [sys.executable, str(Path(script).resolve()), "capture", str(result),
             str(Path(golden) / "fixtures" / "lesson")],
            cwd=PROJECT,
            env=env,
            check=True,
        )
        groups = json.loads(result.read_text(encoding="utf-8"))
    for group, cases in groups.items():
        path = out / f"{group}.json"
        doc = {"group": group, "cases": cases}
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")


def write_json(name, data):
    GOLDEN.mkdir(parents=True, exist_ok=True)
    path = GOLDEN / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def generate_schema():
    """sqlite_master after migrate, plus the rows migrate inserts."""
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(fresh_db(tmp))
        master = [
            {"type": t, "name": n, "tbl_name": tn, "sql": s or ""}
            for t, n, tn, s in db.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
            )
        ]
        rows = {
            "django_content_type": db.execute(
                "SELECT id, app_label, model FROM django_content_type ORDER BY id"
            ).fetchall(),
            "auth_permission": db.execute(
                "SELECT id, name, content_type_id, codename FROM auth_permission ORDER BY id"
            ).fetchall(),
            "django_migrations": db.execute(
                "SELECT id, app, name FROM django_migrations ORDER BY id"
            ).fetchall(),
            "sqlite_sequence": db.execute(
                "SELECT name, seq FROM sqlite_sequence ORDER BY rowid"
            ).fetchall(),
        }
        db.close()
    write_json("schema.json", {"sqlite_master": master, "rows": rows})


def generate_fixtures():
    """Lesson fixtures, fixture sets and Django's dumpdata of each (gen_fixtures.py)."""
    import gen_fixtures

    gen_fixtures.generate(GOLDEN)


def generate_scenarios():
    """Every lesson scenario captured with CaptureQueriesContext (gen_scenarios.py)."""
    import gen_scenarios

    gen_scenarios.generate(GOLDEN)


def generate_queries():
    """Django's SQL and rows for each QuerySet expression (gen_queries.py)."""
    import gen_queries

    gen_queries.generate(GOLDEN)


def generate_shell():
    """`manage.py shell -c` programs: stdout, the error, each query's line (gen_shell.py)."""
    import gen_shell

    gen_shell.generate(GOLDEN)


def generate_projects():
    """Generated learner projects and the schema migrate creates (gen_projects.py)."""
    import gen_projects

    gen_projects.generate(GOLDEN)


def generate_project_shell():
    """loaddata and shell -c on a generated project (gen_project_shell.py)."""
    import gen_project_shell

    gen_project_shell.generate(GOLDEN)


GENERATORS = {
    "schema": generate_schema,
    "fixtures": generate_fixtures,
    "scenarios": generate_scenarios,
    "queries": generate_queries,
    "shell": generate_shell,
    "projects": generate_projects,
    "project_shell": generate_project_shell,
}


def main(names):
    unknown = [n for n in names if n not in GENERATORS]
    if unknown:
        sys.exit(f"unknown generator(s): {', '.join(unknown)}; known: {', '.join(GENERATORS)}")
    for name in names or GENERATORS:
        GENERATORS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
