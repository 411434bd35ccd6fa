#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs the test dependencies and the services
# the tests use (PostgreSQL, Debian's Chromium), then lint, type check and pytest.
# `.ci/run` runs exactly this.
source "$(dirname "$0")/_env.sh" test

if [ -z "${SIDEDOOR_TEST_PG_URL:-}" ]; then
    SIDEDOOR_TEST_PG_URL="$(bash "$ROOT/scripts/start_postgres.sh")"
    export SIDEDOOR_TEST_PG_URL
fi

if [ -z "${SIDEDOOR_TEST_CHROMIUM:-}" ]; then
    SIDEDOOR_TEST_CHROMIUM="$(bash "$ROOT/scripts/install_chromium.sh")"
    export SIDEDOOR_TEST_CHROMIUM
fi

echo "== ruff" && ruff check src tests benchmarks scripts
echo "== mypy" && mypy
echo "== pytest" && pytest "$@"
