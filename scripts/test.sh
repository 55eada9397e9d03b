#!/usr/bin/env bash
# Marsad's whole test suite, as README and CI run it: builds, starts what the tests need, runs them.
# Works on a fresh Debian 12 machine with the Swift toolchain; installs anything else it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

# System libraries the package links (zlib for gzip/WARC, SQLite for the embedded store).
missing=()
for pkg in zlib1g-dev libsqlite3-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}"
fi

if [ -x scripts/postgres-test-server.sh ]; then
  # A throwaway PostgreSQL on a local port for the store's tests; stopped whatever happens.
  eval "$(scripts/postgres-test-server.sh start)"
  trap 'scripts/postgres-test-server.sh stop >/dev/null 2>&1 || true' EXIT
fi

swift build --build-tests
swift test --skip-build --disable-swift-testing
