#!/usr/bin/env bash
# Stops a cluster started by pg-up.sh and deletes its directory.
#   tests/support/postgres/pg-down.sh [DIR]   (DIR defaults to $COPYDESK_PG_DIR)
set -euo pipefail
DIR="${1:-${COPYDESK_PG_DIR:-}}"
if [[ -z "$DIR" || ! -d "$DIR/data" ]]; then
  echo "pg-down: give the cluster directory (or set COPYDESK_PG_DIR)" >&2
  exit 1
fi
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)}"
RUN_AS=()
if [[ "$(id -u)" == "0" ]]; then RUN_AS=(runuser -u postgres --); fi
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
rm -rf "$DIR"
