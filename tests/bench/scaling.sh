#!/bin/sh
# scaling.sh - how breachscan scales with worker threads, on the bench corpus.
#
#   sh tests/bench/scaling.sh build/breachscan [THREADS...]   (default: 1 2 4 8 16)
#   SCALING_ROUNDS=3 SCALING_RULES=bundled|bench SCALING_CORPUS=big|web sh tests/bench/scaling.sh BIN 1 2
#
# Generates (or reuses) the corpus of bench.sh (big: gen_corpus.py, 560 MB;
# web: gen_webroot.py, 6,000 small scripts), warms the page cache, runs
# `breachscan scan -j N` SCALING_ROUNDS times (default 3) for each N, and
# prints a table: median wall, speed-up over -j1 (over the first N given),
# efficiency (speed-up / N), peak RSS.  Meant for many-core machines too:
# N above the number of cores is still run, and says so.
set -eu
BIN=${1:?usage: scaling.sh BIN [THREADS...]}
shift
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
[ $# -gt 0 ] || set -- 1 2 4 8 16
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=$REPO/build/bench
ROUNDS=${SCALING_ROUNDS:-3}
mkdir -p "$OUT"
case ${SCALING_CORPUS:-big} in
big) CORPUS=$OUT/corpus; python3 "$HERE/gen_corpus.py" "$CORPUS" ;;
web) CORPUS=$OUT/webroot; python3 "$HERE/gen_webroot.py" "$CORPUS" ;;
*) echo "scaling: SCALING_CORPUS is big or web" >&2; exit 2 ;;
esac
RULES=
[ "${SCALING_RULES:-bundled}" = bench ] && RULES="-r $HERE/rules/bench.yar"
find "$CORPUS" -type f -exec cat {} + >/dev/null
cores=$(nproc)
echo "scaling: $CORPUS, ${SCALING_RULES:-bundled} rules, $ROUNDS rounds, $cores cores"
: >"$OUT/scaling.txt"
for n in "$@"; do
    i=1
    while [ "$i" -le "$ROUNDS" ]; do
        # shellcheck disable=SC2086
        /usr/bin/time -f "%e %M" -o "$OUT/scaling.time" "$BIN" scan -q -j "$n" $RULES \
            -o "$OUT/scaling.json" "$CORPUS" >/dev/null 2>"$OUT/scaling.err" || [ $? -eq 1 ] || {
            echo "scaling: -j $n failed" >&2; tail -n 5 "$OUT/scaling.err" >&2; exit 1; }
        echo "$n $(tail -n 1 "$OUT/scaling.time")" >>"$OUT/scaling.txt"
        i=$((i + 1))
    done
done
python3 - "$OUT/scaling.txt" "$cores" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
cores = int(sys.argv[2])
order = []
for r in rows:
    if r[0] not in order:
        order.append(r[0])
t = {n: statistics.median(float(r[1]) for r in rows if r[0] == n) for n in order}
m = {n: max(int(r[2]) for r in rows if r[0] == n) / 1024 for n in order}
base_n, base = int(order[0]), t[order[0]]
print("%4s %9s %9s %11s %9s" % ("-j", "wall s", "speed-up", "efficiency", "RSS MiB"))
for n in order:
    s = base / t[n] * base_n
    print("%4s %9.2f %9.2f %10.0f%% %9.0f%s" % (n, t[n], s, 100 * s / int(n), m[n],
                                               "  (more threads than cores)" if int(n) > cores else ""))
PY
