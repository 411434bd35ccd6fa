#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/test_web_browser.py drives it with Playwright,
# executable_path=/usr/bin/chromium; no browser download). Idempotent: installs only if missing.
# Prints the browser's path on stdout; progress goes to stderr.
set -euo pipefail

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

if ! command -v chromium >/dev/null 2>&1; then
    echo "install_chromium: installing chromium (apt-get install chromium)" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! as_root apt-get install -y -qq chromium >&2; then
        as_root apt-get update -qq >&2
        as_root apt-get install -y -qq chromium >&2
    fi
fi
command -v chromium
