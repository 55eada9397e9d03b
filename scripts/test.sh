#!/usr/bin/env bash
# Marsad's whole test suite, as README and CI run it: builds, starts what the tests need, runs them.
# Works on a fresh Debian 12 machine with the Swift toolchain; installs anything else it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -x scripts/postgres-test-server.sh ]; then
  # A throwaway PostgreSQL on a local port for the store's tests; stopped whatever happens.
  eval "$(scripts/postgres-test-server.sh start)"
  trap 'scripts/postgres-test-server.sh stop >/dev/null 2>&1 || true' EXIT
fi

swift build --build-tests
swift test --skip-build --disable-swift-testing
