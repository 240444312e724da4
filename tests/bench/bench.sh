#!/bin/sh
# bench.sh - breachscan against the yara command-line tool, and what each part costs.
#
#   sh tests/bench/bench.sh build/breachscan        (what `make bench` runs)
#   BENCH_ROUNDS=5 BENCH_THREADS=2 sh tests/bench/bench.sh BIN
#   BENCH_IMAGE=0 sh tests/bench/bench.sh BIN       (skip the disk-image part)
#   BENCH_STRICT=1 ...                               (exit 1 when a target is missed)
#
# Two corpora (generated once, seeded, reused):
#   big   build/bench/corpus   gen_corpus.py: 3,304 files, 560 MB, a few 40 MB logs/dumps
#   web   build/bench/webroot  gen_webroot.py: 6,000 PHP/JS/JSP/HTML/CSS files of 1-50 KB
# On each, BENCH_ROUNDS rounds (default 3; the order of the runs rotates from
# round to round), warm page cache, every run under GNU time (wall, peak RSS):
#   yara.bench    yara -p N -r tests/bench/rules/bench.yar CORPUS
#   bs.bench      breachscan scan -j N -r tests/bench/rules/bench.yar CORPUS
#   yara.bundled  yara -p N -d filename=... (the six externals, constants) -r rules/*.yar CORPUS
#   bs.bundled    breachscan scan -j N CORPUS              (bundled rules and IOC lists)
#   bs.j1         breachscan scan -j 1 CORPUS              (scaling)
#   bs.nodecode   breachscan scan -j N --no-decode CORPUS  (decoder cost)
#   bs.nologs     breachscan scan -j N --no-logs --no-pan CORPUS (big corpus only)
# then prints one table per corpus with the targets (docs/PERFORMANCE.md), and
# runs bench_logs.sh (log parser MB/s), bench_findings.sh (20,000 findings) and
# bench_image.sh (raw vs E01 vs TSK).
# breachscan writes its JSON report to build/bench/out-*.json; yara prints rule
# names only and gets the externals as constants: breachscan computes them per
# file, hashes every file and builds the report (that is the point).
set -eu
BIN=${1:?usage: bench.sh BIN}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ROUNDS=${BENCH_ROUNDS:-3}
N=${BENCH_THREADS:-2}
OUT=$REPO/build/bench
BENCH_RULES=$HERE/rules/bench.yar
EXTERNALS="-d filename=index.php -d filepath=/var/www/html -d extension=.php -d filetype=php
 -d owner=www-data -d md5=d41d8cd98f00b204e9800998ecf8427e"
GNU_TIME=/usr/bin/time

[ -x "$GNU_TIME" ] || { echo "bench: $GNU_TIME missing (Debian package 'time')" >&2; exit 1; }
command -v yara >/dev/null || { echo "bench: yara CLI missing" >&2; exit 1; }
mkdir -p "$OUT"
python3 "$HERE/gen_corpus.py" "$OUT/corpus"
python3 "$HERE/gen_webroot.py" "$OUT/webroot"

# variant_cmd CORPUS_NAME CORPUS VARIANT: the command line of one variant.
variant_cmd() {
    c=$2
    case $3 in
    yara.bench) echo "yara -p $N -r $BENCH_RULES $c" ;;
    bs.bench) echo "$BIN scan -j $N -r $BENCH_RULES -o $OUT/out-$1-$3.json $c" ;;
    # shellcheck disable=SC2086
    yara.bundled) echo "yara -p $N $(echo $EXTERNALS) -r $(echo "$REPO"/rules/*.yar) $c" ;;
    bs.bundled) echo "$BIN scan -j $N -o $OUT/out-$1-$3.json $c" ;;
    bs.j1) echo "$BIN scan -j 1 -o $OUT/out-$1-$3.json $c" ;;
    bs.nodecode) echo "$BIN scan -j $N --no-decode -o $OUT/out-$1-$3.json $c" ;;
    bs.nologs) echo "$BIN scan -j $N --no-logs --no-pan -o $OUT/out-$1-$3.json $c" ;;
    esac
}

# timed CORPUS_NAME VARIANT CMD...: run under GNU time, append
# "CORPUS VARIANT WALL_S RSS_KB CPU_S" (CPU = user + sys: steadier than wall on a busy machine).
timed() {
    cn=$1 v=$2
    shift 2
    rc=0
    "$GNU_TIME" -f "%e %M %U %S" -o "$OUT/time.txt" "$@" >"$OUT/$cn-$v.out" 2>"$OUT/$cn-$v.err" || rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "bench: $cn $v failed (exit $rc): $*" >&2
        tail -n 5 "$OUT/$cn-$v.err" >&2
        exit 1
    fi
    set -- $(tail -n 1 "$OUT/time.txt")
    cpu=$(echo "$3 $4" | awk '{ printf "%.2f", $1 + $2 }')
    echo "$cn $v $1 $2 $cpu" >>"$OUT/times.txt"
    printf '  %-12s %6.2f s  %4d MiB  cpu %6.2f s\n' "$v" "$1" $(($2 / 1024)) "$cpu"
}

# bench_corpus NAME DIR VARIANT...
bench_corpus() {
    cn=$1 dir=$2
    shift 2
    files=$(find "$dir" -type f | wc -l)
    mb=$(du -sm "$dir" | cut -f1)
    echo "bench: corpus $cn ($dir): $files files, $mb MB; $ROUNDS rounds, -j/-p $N"
    find "$dir" -type f -exec cat {} + >/dev/null
    for v in "$@"; do
        echo "\$ $(variant_cmd "$cn" "$dir" "$v")" >>"$OUT/commands.txt"
    done
    i=1
    while [ "$i" -le "$ROUNDS" ]; do
        echo " round $i"
        # rotate the order from round to round (no variant always runs first)
        [ "$i" -eq 1 ] || { v=$1; shift; set -- "$@" "$v"; }
        for v in "$@"; do
            # shellcheck disable=SC2046
            timed "$cn" "$v" $(variant_cmd "$cn" "$dir" "$v")
        done
        i=$((i + 1))
    done
}

: >"$OUT/times.txt"
: >"$OUT/commands.txt"
bench_corpus big "$OUT/corpus" yara.bench bs.bench yara.bundled bs.bundled bs.j1 bs.nodecode bs.nologs
bench_corpus web "$OUT/webroot" yara.bench bs.bench yara.bundled bs.bundled bs.j1 bs.nodecode

status=0
python3 "$HERE/bench_table.py" "$OUT" "${BENCH_STRICT:-0}" | tee "$OUT/summary.txt" || status=1

sh "$HERE/bench_logs.sh" || status=1
sh "$HERE/bench_findings.sh" "$BIN" || status=1
if [ "${BENCH_IMAGE:-1}" != 0 ] && [ -f "$HERE/bench_image.sh" ]; then
    BENCH_IMAGE_MB=${BENCH_IMAGE_MB:-512} sh "$HERE/bench_image.sh" "$BIN" || status=1
fi
exit $status
