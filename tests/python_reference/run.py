"""Runs each program with this CPython and records what it printed and the
last line of its traceback (with the line it points at) as one JSON file:
`python3 run.py OUT.json PROGRAM.py...`."""
import contextlib
import io
import json
import sys
import traceback


def run(src):
    out = io.StringIO()
    error = None
    try:
        code = compile(src, "<prog>", "exec")
    except SyntaxError as e:
        return {"stdout": "", "error": {"type": type(e).__name__, "message": e.msg, "line": e.lineno, "syntax": True}}
    try:
        with contextlib.redirect_stdout(out):
            exec(code, {"__name__": "__main__"})
    except Exception as e:  # noqa: BLE001 - every exception is recorded
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == "<prog>"]
        last = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
        error = {"type": type(e).__name__, "last_line": last, "line": frames[-1].lineno if frames else 0, "syntax": False}
    return {"stdout": out.getvalue(), "error": error}


def main():
    target, *paths = sys.argv[1:]
    cases = []
    for p in sorted(paths):
        with open(p, encoding="utf-8") as f:
            src = f.read()
        case = {"name": p.split("/")[-1], "source": src}
        case.update(run(src))
        cases.append(case)
    with open(target, "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
