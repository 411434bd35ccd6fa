# Sourced by scripts/main.sh and scripts/test.sh: make .venv with sidedoor installed, idempotently.
# Usage: source scripts/_env.sh [EXTRAS]   (EXTRAS e.g. "test")
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "sidedoor needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
    exit 1
fi

VENV="$ROOT/.venv"
if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating $VENV" >&2
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi

EXTRAS="${1:-}"
SPEC="."
[ -n "$EXTRAS" ] && SPEC=".[$EXTRAS]"
# Reinstall only when the project's requirements changed (or were never installed).
STAMP="$VENV/.sidedoor-installed-${EXTRAS:-base}"
WANT="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ] || ! "$VENV/bin/python" -c 'import sidedoor' 2>/dev/null; then
    echo "Installing sidedoor $SPEC into $VENV" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$SPEC"
    echo "$WANT" > "$STAMP"
fi
# Byte-compile sidedoor's own modules (pip does the installed libraries; an editable install's
# sources are compiled on first import, and not kept where PYTHONDONTWRITEBYTECODE is set, which
# then costs every command a third of a second). Up-to-date files are skipped.
"$VENV/bin/python" -m compileall -q "$ROOT/src/sidedoor" >/dev/null
export PATH="$VENV/bin:$PATH"
