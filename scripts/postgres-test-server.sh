#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's tests (Debian's packages).
#
#   eval "$(scripts/postgres-test-server.sh start)"   # installs if missing, starts, exports MARSAD_TEST_POSTGRES_URL
#   swift test --filter MarsadStoreTests
#   scripts/postgres-test-server.sh stop              # stops the server and deletes its data
#
# The cluster lives in a temporary directory, listens on a free loopback port only, trusts local
# connections, and is owned by the unprivileged `postgres` user (PostgreSQL refuses to run as root).
# `start` prints shell `export` lines, among them MARSAD_PG_STATE (the server's own state file), so
# `stop` in the same shell stops that server even when other runs started theirs meanwhile.
set -euo pipefail

STATE_FILE="${MARSAD_PG_STATE:-}"

log() { echo "postgres-test-server: $*" >&2; }

pg_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
    done
    return 1
}

ensure_installed() {
    if pg_bin >/dev/null; then return 0; fi
    log "installing PostgreSQL from Debian's packages"
    if [ "$(id -u)" -ne 0 ]; then log "not root: cannot apt-get install postgresql"; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    # Debian's package creates and starts a default cluster; we use our own, so stop that one.
    if command -v pg_ctlcluster >/dev/null; then
        for c in /etc/postgresql/*/main; do
            [ -d "$c" ] && pg_ctlcluster "$(basename "$(dirname "$c")")" main stop >/dev/null 2>&1 || true
        done
    fi
}

# Runs a command as the server's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    ensure_installed
    local bin dir port
    bin="$(pg_bin)"
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
    fi
    dir="$(mktemp -d "${TMPDIR:-/tmp}/marsad-pg.XXXXXX")"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port="$(free_port)"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >&2 \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres marsad_test
    STATE_FILE="$dir/state"
    printf 'PG_DIR=%s\nPG_PORT=%s\nPG_BIN=%s\n' "$dir" "$port" "$bin" >"$STATE_FILE"
    local url="postgres://postgres@127.0.0.1:$port/marsad_test"
    log "running on 127.0.0.1:$port (data in $dir)"
    echo "export MARSAD_TEST_POSTGRES_URL=$url"
    echo "export MARSAD_PG_STATE=$STATE_FILE"
}

stop() {
    if [ -z "$STATE_FILE" ] || [ ! -f "$STATE_FILE" ]; then log "no server to stop (MARSAD_PG_STATE unset or gone)"; return 0; fi
    # shellcheck disable=SC1090
    . "$STATE_FILE"
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >&2 || true
    rm -rf "$PG_DIR"
    log "stopped and removed $PG_DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
