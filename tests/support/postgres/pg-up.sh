#!/usr/bin/env bash
# Starts a private, throw-away PostgreSQL cluster for the site's tests and prints its DATABASE_URL.
# The cluster listens only on a unix socket in a fresh temp directory (no TCP port, no clash with
# another cluster). Stop it with pg-down.sh, passing the same directory or the URL's host.
#   eval "$(tests/support/postgres/pg-up.sh)"   # exports DATABASE_URL and COPYDESK_PG_DIR
set -euo pipefail

PG_BIN="${PG_BIN:-}"
if [[ -z "$PG_BIN" ]]; then
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
fi
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "pg-up: installing postgresql" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  else
    echo "pg-up: no PostgreSQL binaries found; install the postgresql package" >&2
    exit 1
  fi
fi

# initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
RUN_AS=()
if [[ "$(id -u)" == "0" ]]; then RUN_AS=(runuser -u postgres --); fi

DIR="$(mktemp -d /tmp/copydesk-pg.XXXXXX)"
chmod 755 "$DIR"
[[ "$(id -u)" == "0" ]] && chown postgres "$DIR"

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-c listen_addresses='' -c unix_socket_directories='$DIR' -c fsync=off -c max_connections=50" start >&2 \
  || { cat "$DIR/server.log" >&2; exit 1; }
"${RUN_AS[@]}" "$PG_BIN/createdb" -h "$DIR" -U postgres copydesk_test >&2

echo "export COPYDESK_PG_DIR='$DIR'"
echo "export DATABASE_URL='postgresql://postgres@localhost/copydesk_test?host=$DIR'"
