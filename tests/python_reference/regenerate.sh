#!/usr/bin/env bash
# Regenerates tests/golden/python/corpus.json with CPython 3.11: the
# hand-written programs in programs/ plus the seeded generators' programs
# (generate.py, and gen_sets.py for sets), each with its stdout and last
# traceback line. PYTHONHASHSEED=0: a set of strings prints in the order
# of their hashes, which the seed fixes. GOLDEN_DIR=... writes elsewhere
# (the drift check writes to a scratch directory).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out="${GOLDEN_DIR:-../golden}/python"
mkdir -p "$out"
version="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$version" != "3.11" ]; then
    echo "python_reference: needs CPython 3.11, found $version" >&2
    exit 1
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PYTHONHASHSEED=0
python3 generate.py "$scratch"
python3 gen_sets.py "$scratch"
cp programs/*.py "$scratch/"
python3 -W ignore run.py "$out/corpus.json" "$scratch"/*.py
echo "python_reference: wrote $out/corpus.json"
