"""Django's `loaddata` of one fixture, timed: the reference for the page's
drop-to-message figures (e2e/dropstart.mjs, issue 15).

    tests/django_reference/python tests/django_reference/loadtime.py FIXTURE [RUNS]

Each run loads FIXTURE into a freshly migrated SQLite file of the reference
project (as bench.py does for the 31 MB fixture) and prints one JSON line:
the seconds of every run.
"""
import json
import sys
import tempfile
import time
from pathlib import Path

import bench


def child(fixture):
    bench.setup()
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("loaddata", fixture, verbosity=0)
    print(json.dumps(time.perf_counter() - started))


def main(fixture, runs):
    import subprocess

    seconds = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            db = bench.migrated(Path(tmp) / f"load{i}.sqlite3")
            out = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "child", fixture],
                cwd=bench.PROJECT,
                env=bench.child_env(db),
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            seconds.append(json.loads(out.strip().splitlines()[-1]))
    print(json.dumps({"loaddata": seconds}))


if __name__ == "__main__":
    if sys.argv[1] == "child":
        child(sys.argv[2])
    else:
        main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
