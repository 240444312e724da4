#!/bin/sh
# bench_findings.sh - a scan that finds a lot.  N small order exports with one
# card number each (the brands' public test number), N one-line PHP command
# shells (synthetic: system($_REQUEST[...])) and an access log of 5 N requests
# to those shells: 2 N findings, every shell linked to its requests, about
# 9 N timeline events.  What it measures is the report side - the matchers'
# finish() steps (card totals, log linking), the timeline, the JSON writer and
# `report convert` reading it back - which must stay near linear in the number
# of findings.
#
#   sh tests/bench/bench_findings.sh build/breachscan [N]     (default N = 10000)
#
# Prints wall time and peak RSS of the scan and of the conversion, and the
# report's size; exit 1 when either fails or takes more than
# BENCH_FINDINGS_MAX_S seconds (default 10).  Before the fixes of 2026-11-29
# the scan took 11.8 s for 20,000 card files (pairwise card totals) and the
# conversion of a 20,000-shell report 15 s (findings looked up by walking a list).
set -eu
BIN=${1:?usage: bench_findings.sh BIN [N]}
N=${2:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=$REPO/build/bench
DIR=$OUT/findings-$N
MAX=${BENCH_FINDINGS_MAX_S:-10}
mkdir -p "$OUT"
[ -d "$DIR" ] || python3 - "$DIR" "$N" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    for kind in ("exports", "www"):
        os.makedirs(os.path.join(d, kind, "%03d" % (i // 100)), exist_ok=True)
    with open(os.path.join(d, "exports", "%03d" % (i // 100), "order_%06d.csv" % i), "w") as f:
        f.write("order_id,name,card_number,exp\n%d,Test User,4111111111111111,12/25\n" % i)
    with open(os.path.join(d, "www", "%03d" % (i // 100), "s%06d.php" % i), "w") as f:
        f.write("<?php if(isset($_REQUEST['c'])){ echo '<pre>'; system($_REQUEST['c']); echo '</pre>'; } ?>\n")
os.makedirs(os.path.join(d, "logs"), exist_ok=True)
with open(os.path.join(d, "logs", "access.log"), "w") as f:
    for j in range(5 * n):
        i = j % n
        f.write('203.0.113.%d - - [30/Jul/2019:09:%02d:%02d +0000] "GET /www/%03d/s%06d.php?c=id HTTP/1.1" 200 97 "-" "curl/7.58.0"\n'
                % (j % 250, (j // 60) % 60, j % 60, i // 100, i))
PY

# timed NAME EXPECTED_EXIT CMD...: runs CMD under GNU time; prints "NAME: wall s, peak RSS"
timed() {
    name=$1 want=$2
    shift 2
    rc=0
    /usr/bin/time -f "%e %M" -o "$OUT/findings.time" "$@" >/dev/null 2>"$OUT/findings.err" || rc=$?
    [ "$rc" -eq "$want" ] || { echo "bench_findings: $name exited $rc" >&2; tail -n 5 "$OUT/findings.err" >&2; exit 1; }
    read -r wall rss <<EOT
$(tail -n 1 "$OUT/findings.time")
EOT
    echo "bench_findings: $name ${wall} s, peak RSS $((rss / 1024)) MiB"
    awk -v w="$wall" -v m="$MAX" 'BEGIN { exit !(w <= m) }' || {
        echo "bench_findings: $name ${wall} s > $MAX s  MISSED"
        exit 1
    }
}

timed "scan of $N card files, $N shells, $((5 * N)) requests:" 1 \
    "$BIN" scan -q -j "${BENCH_THREADS:-2}" -o "$OUT/findings.json" "$DIR"
echo "bench_findings: report $(($(wc -c <"$OUT/findings.json") / 1048576)) MiB"
timed "report convert of it:" 0 "$BIN" report convert "$OUT/findings.json" --to json -o "$OUT/findings2.json"
cmp -s "$OUT/findings.json" "$OUT/findings2.json" || { echo "bench_findings: convert changed the report" >&2; exit 1; }
