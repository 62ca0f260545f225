#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the API test suite (design/toolchain.md §7).
#
#   tools/ci/postgres.sh start        initdb + start; prints TEST_DATABASE_URL=… (state in $OGI_PG_DIR)
#   tools/ci/postgres.sh stop         stop the cluster started by `start` and delete its files
#   tools/ci/postgres.sh url          print the URL of the running cluster
#   tools/ci/postgres.sh run -- CMD   start a private cluster, run CMD with TEST_DATABASE_URL set,
#                                     stop it on exit (used by `npm test`)
#
# Installs the Debian `postgresql` package when initdb is missing (needs root). fsync is off: the
# data is thrown away. With `run`, a cluster that cannot be started fails the run when CI=true and
# otherwise only prints a warning (the PostgreSQL tests then skip with a visible message).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="${OGI_PG_DIR:-$ROOT/tmp/postgres}"
FIRST_PORT="${OGI_PG_PORT:-55432}"

log() { echo "postgres.sh: $*" >&2; }

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

ensure_postgres() {
  if pg_bin >/dev/null; then return 0; fi
  if [[ "$(id -u)" != 0 ]]; then
    log "initdb not found and not root: install PostgreSQL (apt-get install postgresql) first"
    return 1
  fi
  log "initdb not found: installing postgresql from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  pg_bin >/dev/null
}

# Runs a PostgreSQL binary as the postgres user when we are root (the server refuses root).
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

port_in_use() { (echo >"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1; }

free_port() {
  local port="$FIRST_PORT"
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

# start_cluster DIR: initdb + start in DIR, writes DIR/url, prints the URL.
start_cluster() {
  local dir="$1" bin port url
  ensure_postgres
  bin="$(pg_bin)"
  mkdir -p "$dir/data"
  if [[ "$(id -u)" == 0 ]]; then chown -R postgres:postgres "$dir"; fi
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  port="$(free_port)"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  url="postgres://postgres@127.0.0.1:$port/postgres"
  echo "$url" >"$dir/url"
  echo "$url"
}

stop_cluster() {
  local dir="$1" bin
  if [[ -d "$dir/data" ]] && bin="$(pg_bin)"; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

cmd="${1:-}"
case "$cmd" in
  start)
    if [[ -f "$STATE_DIR/url" ]] && bin="$(pg_bin)" && as_pg "$bin/pg_ctl" -D "$STATE_DIR/data" status >/dev/null 2>&1; then
      echo "TEST_DATABASE_URL=$(cat "$STATE_DIR/url")"
      exit 0
    fi
    rm -rf "$STATE_DIR"
    started=$(date +%s.%N)
    url="$(start_cluster "$STATE_DIR")"
    log "started in $(echo "$(date +%s.%N) - $started" | bc 2>/dev/null || echo '?') s; stop with: tools/ci/postgres.sh stop"
    echo "TEST_DATABASE_URL=$url"
    ;;
  stop)
    stop_cluster "$STATE_DIR"
    ;;
  url)
    cat "$STATE_DIR/url"
    ;;
  run)
    shift
    [[ "${1:-}" == "--" ]] && shift
    if [[ $# -eq 0 ]]; then log "run: name a command"; exit 2; fi
    if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
      log "using TEST_DATABASE_URL from the environment"
      exec "$@"
    fi
    dir="$(mktemp -d /tmp/ogi-pg.XXXXXX)"
    trap 'stop_cluster "$dir"' EXIT
    trap 'exit 130' INT TERM
    if url="$(start_cluster "$dir")"; then
      log "PostgreSQL on $url (stopped when the run ends)"
      export TEST_DATABASE_URL="$url"
    elif [[ "${CI:-}" == "true" ]]; then
      log "could not start PostgreSQL (see above); CI needs it"
      exit 1
    else
      log "WARNING: could not start PostgreSQL; the PostgreSQL tests will be skipped"
    fi
    set +e
    "$@"
    status=$?
    set -e
    exit "$status"
    ;;
  *)
    echo "usage: tools/ci/postgres.sh start | stop | url | run -- <command>" >&2
    exit 2
    ;;
esac
