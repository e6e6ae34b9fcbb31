#!/usr/bin/env bash
# A throwaway Redis server for the tests of running several instances: on a free port of 127.0.0.1
# only, without persistence (its data is thrown away).
#
#   eval "$(bash scripts/ci/redis.sh start)"   # exports TEST_REDIS_URL and REDIS_TEST_DIR
#   bash scripts/ci/redis.sh stop "$REDIS_TEST_DIR"
#
# Needs Debian's Redis (apt-get install -y redis-server); Valkey's valkey-server is used when that is
# what the machine has, since it speaks the same protocol.
set -euo pipefail

server() {
  command -v redis-server || command -v valkey-server || {
    echo 'redis.sh: neither redis-server nor valkey-server is installed (apt-get install -y redis-server)' >&2
    return 1
  }
}

start() {
  local bin dir port
  bin=$(server)
  dir=$(mktemp -d -t yuedu-redis.XXXXXX)
  port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
  "$bin" --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/server.log"
  for _ in $(seq 50); do
    if [ -s "$dir/redis.pid" ] && node -e '
      const s = require("net").connect(+process.argv[1], "127.0.0.1", () => s.write("PING\r\n"));
      s.on("data", (d) => process.exit(String(d).startsWith("+PONG") ? 0 : 1));
      s.on("error", () => process.exit(1));' "$port"; then
      printf 'export REDIS_TEST_DIR=%q\nexport TEST_REDIS_URL=%q\n' "$dir" "redis://127.0.0.1:$port"
      return 0
    fi
    sleep 0.1
  done
  cat "$dir/server.log" >&2
  return 1
}

stop() {
  local dir=$1
  local pid
  if [ -s "$dir/redis.pid" ]; then
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?usage: redis.sh stop DIR}" ;;
  *)
    echo "usage: redis.sh start | stop DIR" >&2
    exit 2
    ;;
esac
