#!/usr/bin/env bash
# Regenerates the golden files under tests/golden/ with real Django.
#
#   tests/django_reference/regenerate.sh            # every golden
#   tests/django_reference/regenerate.sh schema     # only some (see generate.py)
#
# Uses the pinned Django in tests/django_reference/.venv (see ./python).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/python" "$here/generate.py" "$@"
