#!/bin/sh
# run.sh - run each libFuzzer target briefly; fail on a crash, leak or timeout.
#
#   sh tests/fuzz/run.sh build/fuzz/fuzz_NAME...
#   FUZZ_TIME=60 sh tests/fuzz/run.sh ...       seconds per target [20]
#
# The corpus of target NAME lives in build/fuzz/corpus-NAME (kept between runs)
# and is seeded from tests/fuzz/seeds/NAME when that folder exists.  Crash
# inputs are written to build/fuzz/artifacts-NAME/; once fixed, a crash input
# is copied into tests/fuzz/seeds/NAME/ (named crash-*), so every run (every
# `make check`) replays it first.  One line per target.
FUZZ_TIME=${FUZZ_TIME:-20}
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
OUTDIR=${FUZZ_OUT:-$REPO/build/fuzz}
# library bugs outside breachscan, each explained in the file
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}suppressions=$REPO/tests/fuzz/asan.supp"
export ASAN_OPTIONS

if [ $# -eq 0 ]; then
    echo "fuzz: no targets"
    exit 0
fi

failed=0
for bin in "$@"; do
    name=$(basename "$bin")
    name=${name#fuzz_}
    corpus=$OUTDIR/corpus-$name
    arts=$OUTDIR/artifacts-$name
    log=$OUTDIR/fuzz-$name.log
    mkdir -p "$corpus" "$arts"
    seeds=""
    [ -d "$REPO/tests/fuzz/seeds/$name" ] && seeds=$REPO/tests/fuzz/seeds/$name
    rc=0
    stamp=$OUTDIR/.start-$name
    : >"$stamp" # artifacts newer than this come from this run
    "$bin" -max_total_time="$FUZZ_TIME" -rss_limit_mb="$FUZZ_RSS_MB" -timeout=25 \
        -print_final_stats=1 -artifact_prefix="$arts/" "$corpus" $seeds >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$rc" -eq 0 ]; then
        echo "fuzz $name: ok (${runs:-?} runs in ${FUZZ_TIME}s, corpus $(ls "$corpus" | wc -l) files)"
    else
        what=$(grep -E -m 1 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY:' "$log")
        echo "fuzz $name: FAILED (exit $rc) ${what:-see $log}"
        find "$arts" -type f -newer "$stamp" | sed 's|^|    artifact: |'
        echo "    reproduce: $bin ARTIFACT"
        grep -E -A 12 'ERROR: |runtime error:' "$log" | head -n 20 | sed 's/^/    | /'
        failed=1
    fi
done
exit $failed
