#!/bin/sh
# bench.sh - breachscan against the yara command-line tool on one corpus.
#
#   sh tests/bench/bench.sh build/breachscan        (what `make bench` runs)
#   BENCH_ROUNDS=7 BENCH_THREADS=2 sh tests/bench/bench.sh BIN
#   BENCH_IMAGE=0 sh tests/bench/bench.sh BIN      (skip the disk-image part)
#
# Generates (or reuses) build/bench/corpus with gen_corpus.py, warms the page
# cache, then runs BENCH_ROUNDS rounds, alternating which tool goes first, of
#   yara -p N -r rules/bench.yar CORPUS >/dev/null
#   breachscan scan -j N -r rules/bench.yar -o OUT.json CORPUS
# and prints the median wall times, the ratio breachscan/yara and the peak RSS
# of breachscan (GNU time).  Runs tests/bench/bench_image.sh BIN at the end
# when that script exists, after tests/bench/bench_logs.sh (log parser and
# card-number finder MB/s).  Exit status 1 when a tool fails; the targets
# (ratio <= 1.0, RSS <= 256 MiB) are reported, and enforced with BENCH_STRICT=1.
set -eu
BIN=${1:?usage: bench.sh BIN}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ROUNDS=${BENCH_ROUNDS:-5}
THREADS=${BENCH_THREADS:-2}
OUT=$REPO/build/bench
CORPUS=$OUT/corpus
RULES=$HERE/rules/bench.yar
GNU_TIME=/usr/bin/time

[ -x "$GNU_TIME" ] || { echo "bench: $GNU_TIME missing (Debian package 'time')" >&2; exit 1; }
command -v yara >/dev/null || { echo "bench: yara CLI missing" >&2; exit 1; }
mkdir -p "$OUT"
python3 "$HERE/gen_corpus.py" "$CORPUS"

files=$(find "$CORPUS" -type f | wc -l)
mb=$(du -sm "$CORPUS" | cut -f1)
echo "bench: corpus $CORPUS: $files files, $mb MB; rules $(grep -c '^rule' "$RULES"); $ROUNDS rounds, $THREADS threads"

# warm the page cache (and check both tools work) before measuring
find "$CORPUS" -type f -exec cat {} + >/dev/null
yara -p "$THREADS" -r "$RULES" "$CORPUS" >"$OUT/yara.out"
rc=0
"$BIN" scan -j "$THREADS" -r "$RULES" -o "$OUT/out.json" "$CORPUS" 2>"$OUT/bs.err" || rc=$?
if [ "$rc" -gt 1 ]; then
    echo "bench: breachscan failed (exit $rc):" >&2
    tail -n 20 "$OUT/bs.err" >&2
    exit 1
fi

# timed NAME CMD...: run CMD under GNU time, append "NAME SECONDS MAXRSS_KB".
timed() {
    name=$1
    shift
    rc=0
    "$GNU_TIME" -f "%e %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/$name.err" || rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "bench: $name failed (exit $rc)" >&2
        tail -n 5 "$OUT/$name.err" >&2
        exit 1
    fi
    echo "$name $(tail -n 1 "$OUT/time.txt")" >>"$OUT/times.txt"
    echo "  $name: $(tail -n 1 "$OUT/time.txt" | awk '{ printf "%.2f s, peak RSS %.0f MiB", $1, $2 / 1024 }')"
}

: >"$OUT/times.txt"
i=1
while [ "$i" -le "$ROUNDS" ]; do
    echo "round $i"
    if [ $((i % 2)) -eq 1 ]; then
        timed yara yara -p "$THREADS" -r "$RULES" "$CORPUS"
        timed breachscan "$BIN" scan -j "$THREADS" -r "$RULES" -o "$OUT/out.json" "$CORPUS"
    else
        timed breachscan "$BIN" scan -j "$THREADS" -r "$RULES" -o "$OUT/out.json" "$CORPUS"
        timed yara yara -p "$THREADS" -r "$RULES" "$CORPUS"
    fi
    i=$((i + 1))
done

status=0
python3 - "$OUT/times.txt" "$OUT/yara.out" "$OUT/out.json" "${BENCH_STRICT:-0}" <<'PY' || status=1
import json, statistics, sys
times, yara_out, report, strict = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
rows = [line.split() for line in open(times)]
t = {n: statistics.median(float(r[1]) for r in rows if r[0] == n) for n in ("yara", "breachscan")}
rss = max(int(r[2]) for r in rows if r[0] == "breachscan") / 1024
ratio = t["breachscan"] / t["yara"] if t["yara"] > 0 else float("inf")
n_yara = sum(1 for _ in open(yara_out))
doc = json.load(open(report))
n_bs = sum(1 for f in doc.get("findings", []) if f.get("source") == "yara")
print("yara -p N median:          %6.2f s   (%d matches)" % (t["yara"], n_yara))
print("breachscan -j N median:    %6.2f s   (%d yara findings, %d findings in all)"
      % (t["breachscan"], n_bs, len(doc.get("findings", []))))
print("ratio breachscan/yara:     %6.2f     (target <= 1.00)%s" % (ratio, "" if ratio <= 1.0 else "  MISSED"))
print("breachscan peak RSS:       %6.0f MiB (target <= 256 MiB)%s" % (rss, "" if rss <= 256 else "  MISSED"))
if n_bs != n_yara:
    print("note: breachscan and yara disagree on the number of rule matches")
sys.exit(1 if strict and (ratio > 1.0 or rss > 256) else 0)
PY

sh "$HERE/bench_logs.sh" || status=1
if [ "${BENCH_IMAGE:-1}" != 0 ] && [ -f "$HERE/bench_image.sh" ]; then
    sh "$HERE/bench_image.sh" "$BIN" || status=1
fi
exit $status
