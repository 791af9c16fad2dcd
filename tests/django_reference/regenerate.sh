#!/usr/bin/env bash
# Regenerates the golden files under tests/golden/ with real Django.
#
#   tests/django_reference/regenerate.sh            # every golden
#   tests/django_reference/regenerate.sh schema     # only some (see generate.py)
#
# Makes (once) a virtualenv in tests/django_reference/.venv with the pinned
# Django from requirements.txt, then runs generate.py inside it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import django' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi
if ! "$venv/bin/pip" freeze --quiet 2>/dev/null | grep -qxF "$(cat "$here/requirements.txt")"; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi
exec "$venv/bin/python" "$here/generate.py" "$@"
