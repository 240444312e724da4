#!/bin/sh
# bench_findings.sh - a scan that finds a lot: N small order exports, each with
# one card number in clear text (the brands' public test number), so that every
# file gives a finding and card events.  What it measures is the report side:
# the matchers' finish() steps (the card totals group the files), the timeline
# and the JSON writer, which must stay near linear in the number of findings.
#
#   sh tests/bench/bench_findings.sh build/breachscan [N]     (default N = 20000)
#
# Prints wall time, peak RSS and the report's size; exit 1 when the scan fails or
# takes more than BENCH_FINDINGS_MAX_S seconds (default 10; it was 11.8 s at
# N = 20000 while the card totals compared every file with every other).
set -eu
BIN=${1:?usage: bench_findings.sh BIN [N]}
N=${2:-20000}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=$REPO/build/bench
DIR=$OUT/findings-$N
mkdir -p "$OUT"
[ -d "$DIR" ] || python3 - "$DIR" "$N" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    sub = os.path.join(d, "exports", "%03d" % (i // 100))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "order_%06d.csv" % i), "w") as f:
        f.write("order_id,name,card_number,exp\n%d,Test User,4111111111111111,12/25\n" % i)
PY
rc=0
/usr/bin/time -f "%e %M" -o "$OUT/findings.time" "$BIN" scan -q -j "${BENCH_THREADS:-2}" \
    -o "$OUT/findings.json" "$DIR" >/dev/null 2>"$OUT/findings.err" || rc=$?
[ "$rc" -eq 1 ] || { echo "bench_findings: scan exited $rc" >&2; tail -n 5 "$OUT/findings.err" >&2; exit 1; }
read -r wall rss <<EOT
$(tail -n 1 "$OUT/findings.time")
EOT
size=$(wc -c <"$OUT/findings.json")
echo "bench_findings: $N files, $N findings: ${wall} s, peak RSS $((rss / 1024)) MiB, report $((size / 1048576)) MiB"
awk -v w="$wall" -v m="${BENCH_FINDINGS_MAX_S:-10}" 'BEGIN { exit !(w <= m) }' || {
    echo "bench_findings: ${wall} s > ${BENCH_FINDINGS_MAX_S:-10} s  MISSED"
    exit 1
}
