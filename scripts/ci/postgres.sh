#!/usr/bin/env bash
# A throwaway PostgreSQL server for the database tests: a new cluster in a temporary folder, on a
# free port of 127.0.0.1 only, with trust authentication (nothing off this machine can reach it),
# and fsync off (its data is thrown away).
#
#   eval "$(bash scripts/ci/postgres.sh start)"   # exports TEST_DATABASE_URL and POSTGRES_TEST_DIR
#   bash scripts/ci/postgres.sh stop "$POSTGRES_TEST_DIR"
#
# Needs Debian's PostgreSQL (apt-get install -y postgresql). As root, the server runs as the
# postgres user, because PostgreSQL refuses to run as root.
set -euo pipefail

server_bin() {
  ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1
}

as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port
  bin=$(server_bin)
  dir=$(mktemp -d -t yuedu-postgres.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
  as_server_user "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
  if ! as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null; then
    cat "$dir/server.log" >&2
    return 1
  fi
  as_server_user "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres yuedu_test
  printf 'export POSTGRES_TEST_DIR=%q\nexport TEST_DATABASE_URL=%q\n' "$dir" "postgres://postgres@127.0.0.1:$port/yuedu_test"
}

stop() {
  local dir=$1
  as_server_user "$(server_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?usage: postgres.sh stop DIR}" ;;
  *)
    echo "usage: postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
