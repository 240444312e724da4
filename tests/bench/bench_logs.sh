#!/bin/sh
# bench_logs.sh - access-log parser and card-number finder throughput, one core.
#
#   sh tests/bench/bench_logs.sh            (bench.sh runs it; `make bench`)
#   BENCH_LOG_MB=200 sh tests/bench/bench_logs.sh
#
# Generates build/bench/access.log (NCSA combined, BENCH_LOG_MB MB [200]) with
# gen_access_log.py, builds logparse_bench against matchers/logparse.c and
# matchers/pan_find.c, and prints MB/s of each (best of 3 rounds, file mapped
# and in the page cache).  Target: log parsing >= 100 MB/s per core
# (docs/PERFORMANCE.md); exit 1 when missed with BENCH_STRICT=1.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=$REPO/build/bench
MB=${BENCH_LOG_MB:-200}
mkdir -p "$OUT"
LOG=$OUT/access-$MB.log
[ -f "$LOG" ] || python3 "$HERE/gen_access_log.py" "$LOG" "$MB"
cc -O2 -std=gnu11 -D_GNU_SOURCE -I"$REPO" -o "$OUT/logparse_bench" "$HERE/logparse_bench.c" \
    "$REPO/matchers/logparse.c" "$REPO/matchers/pan_find.c" "$REPO/core/pan_mask.c" "$REPO/core/vec.c" "$REPO/core/timeparse.c"
"$OUT/logparse_bench" "$LOG" 3 | tee "$OUT/logparse.txt"
rate=$(sed -n 's/^logparse:.* = \([0-9]*\) MB\/s$/\1/p' "$OUT/logparse.txt")
if [ "${rate:-0}" -lt 100 ]; then
    echo "logparse: ${rate:-?} MB/s, target >= 100 MB/s  MISSED"
    [ "${BENCH_STRICT:-0}" = 1 ] && exit 1
fi
exit 0
