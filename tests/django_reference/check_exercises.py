"""Runs every exercise's starting program and reference solution
(exercises/<id>/{start,solution}.py) through real `python manage.py shell -c`
on the lesson fixtures, each on its own copy of the database, and compares
stdout and the number of statements with the playground's
`manage shell --json` (build it first: `cargo build --bin manage`).

    tests/django_reference/.venv/bin/python tests/django_reference/check_exercises.py

Exits 1 if a program the playground runs gives other output or another
query count than Django; programs the playground refuses (`not supported
in the playground`) are listed with Django's count, which the exercise's
budget must allow. (Django logs the COMMIT of a write with
`force_debug_cursor`, one statement more than `connection.queries` under
DEBUG shows.)
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generate import fresh_db, manage

ROOT = Path(__file__).resolve().parents[2]
NOW = "2024-03-08T12:34:56.789012Z"
COUNT = "from django.db import connection as _c; _c.force_debug_cursor = True\n"


def main():
    fixtures = [str(ROOT / "fixtures" / f) for f in ("users.json", "articles.json", "comments.json")]
    playground = ROOT / "target" / "debug" / "manage"
    different = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = fresh_db(tmp)
        manage(base, "loaddata", *fixtures)
        run = Path(tmp) / "run.sqlite3"
        for exercise in sorted((ROOT / "exercises").iterdir()):
            for part in ("start", "solution"):
                code = (exercise / f"{part}.py").read_text()
                shutil.copy(base, run)
                django = manage(run, "shell", "-c", COUNT + code + "\nprint('#Q', len(_c.queries))\n", check=False)
                stdout, _, count = django.stdout.decode().rpartition("#Q")
                shutil.copy(base, run)
                ours = json.loads(subprocess.run(
                    [str(playground), "--db", str(run), "shell", "--json", "--now", NOW],
                    input=code.encode(), capture_output=True,
                ).stdout)
                name = f"{exercise.name}/{part}"
                if ours["error"]:
                    print(f"{name}: Django {count.strip()} statements; playground: {ours['error']['message']}")
                elif stdout == ours["stdout"] and int(count) == len(ours["queries"]):
                    print(f"{name}: same output, {len(ours['queries'])} statements")
                else:
                    different += 1
                    print(f"{name}: DIFFERENT\n--- Django ({count.strip()})\n{stdout}--- playground ({len(ours['queries'])})\n{ours['stdout']}")
    sys.exit(1 if different else 0)


if __name__ == "__main__":
    main()
