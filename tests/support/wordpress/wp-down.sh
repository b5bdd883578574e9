#!/usr/bin/env bash
# wp-down.sh - stop what tests/support/wordpress/wp-up.sh started (idempotent), by PID (never by process name).
#   php -S (started with setsid: PID == PGID; its worker children share the group)
#   mariadbd (its own PID)
# Then removes /etc/wordpress/config-127.0.0.1.php and $WP_STATE (unless WP_KEEP_STATE=1).
set -uo pipefail
STATE=${WP_STATE:-${TMPDIR:-/tmp}/copydesk-wp}
WPCONF=/etc/wordpress/config-127.0.0.1.php

stop_pid() {  # stop_pid <name> <pidfile> <group:0|1>
  local name=$1 pidfile=$2 group=$3 pid
  [ -f "$pidfile" ] || { echo "[wp-down] $name: no pid file"; return 0; }
  pid=$(cat "$pidfile")
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "[wp-down] $name: pid $pid not running"; rm -f "$pidfile"; return 0
  fi
  if [ "$group" = 1 ] && [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ]; then
    kill -TERM -- "-$pid" 2>/dev/null      # whole process group led by $pid
  else
    kill -TERM "$pid" 2>/dev/null
  fi
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "[wp-down] $name: pid $pid ignored TERM for 10s, sending KILL"
    if [ "$group" = 1 ]; then kill -KILL -- "-$pid" 2>/dev/null; else kill -KILL "$pid" 2>/dev/null; fi
  fi
  # worker children of php -S: make sure none of the group is left
  if [ "$group" = 1 ] && pgrep -g "$pid" >/dev/null 2>&1; then
    sleep 0.5; kill -KILL -- "-$pid" 2>/dev/null
  fi
  echo "[wp-down] $name: stopped pid $pid"
  rm -f "$pidfile"
}

stop_pid "php -S" "$STATE/php.pid" 1
# mariadbd: clean shutdown over the socket first, then by PID
if [ -S "$STATE/mysql/mysqld.sock" ]; then
  mariadb-admin --no-defaults -S "$STATE/mysql/mysqld.sock" -uroot shutdown >/dev/null 2>&1 || true
fi
stop_pid "mariadbd" "$STATE/mariadb.pid" 0

rm -f "$WPCONF"
if [ "${WP_KEEP_STATE:-0}" != 1 ]; then
  rm -rf "$STATE"
  echo "[wp-down] removed $STATE and $WPCONF"
else
  echo "[wp-down] removed $WPCONF; kept $STATE"
fi
