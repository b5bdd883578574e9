#!/usr/bin/env bash
# wp-test.sh - the WordPress sync tests end to end: bring up a real WordPress on 127.0.0.1,
# run tests/integration/wordpress against it, optionally the 200-article bench, tear down.
#   bash tests/support/wordpress/wp-test.sh            # bring-up + integration tests + teardown
#   WP_BENCH=1 bash tests/support/wordpress/wp-test.sh # ... plus the WordPress bench
#   WP_KEEP_UP=1 ...                                   # leave WordPress running afterwards
set -euo pipefail
cd "$(dirname "$0")/../../.."
here=tests/support/wordpress
now() { date +%s%N; }
secs() { local ms=$(( ($2 - $1) / 1000000 )); printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100)); }

t0=$(now)
eval "$(bash "$here/wp-up.sh")"
t1=$(now)
if [ "${WP_KEEP_UP:-0}" != 1 ]; then trap 'bash "$here/wp-down.sh" >&2' EXIT; fi

npx vitest run --config tests/integration/wordpress/vitest.config.ts
t2=$(now)
if [ "${WP_BENCH:-0}" = 1 ]; then BENCH_ONLY=wordpress npx tsx tests/bench/run.ts; fi
t3=$(now)
echo "[wp-test] bring-up $(secs "$t0" "$t1")s, integration tests $(secs "$t1" "$t2")s, bench $(secs "$t2" "$t3")s, total $(secs "$t0" "$t3")s" >&2
