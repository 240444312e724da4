#!/bin/bash
# run.sh - the end-to-end test runner.
#
#   sh tests/e2e/run.sh BIN            run every tests/e2e/t_*.sh case file
#   E2E_FILTER=REGEX sh tests/e2e/run.sh BIN   only tests whose name matches
#   E2E_JOBS=N   case files run in parallel [2];  E2E_TIMES=1  show seconds per test
#
# Each case file defines test_* functions.  Every function runs in its own bash
# process, in a fresh temporary directory, with lib/common.sh loaded and $BIN
# set to the absolute path of the binary.  A test passes when it exits 0, is
# skipped when it exits 77 (`skip`), and fails otherwise -- or when a sanitizer
# (ASan/UBSan/LSan) reported anything during it, wherever its stderr went:
# reports are also routed to per-test files with ASAN_OPTIONS/UBSAN_OPTIONS
# log_path and checked after the test.
#
# Output: "PASS name", "FAIL name (reason)" (+ the tail of its log),
# "SKIP name (reason)", and last "N passed, N failed[, N skipped]".
# Exit status 1 when anything failed.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -u
export LC_ALL=C

if [ $# -ne 1 ]; then
    echo "usage: $0 BIN" >&2
    exit 2
fi
case $1 in
/*) BIN=$1 ;;
*) BIN=$PWD/$1 ;;
esac
if [ ! -x "$BIN" ]; then
    echo "run.sh: $BIN: not an executable" >&2
    exit 2
fi
REPO=$(cd "$(dirname "$0")/../.." && pwd)
E2E_LIB=$REPO/tests/e2e/lib
CASE_TIMEOUT=${E2E_CASE_TIMEOUT:-240}
FILTER=${E2E_FILTER:-}
# resolve python3 once (a pyenv shim costs most of a second per call)
PYTHON=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || echo python3)}
export BIN REPO E2E_LIB PYTHON

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bs-e2e.XXXXXX") || exit 2
chmod 755 "$WORK" # tests may run the binary as another user
trap 'rm -rf "$WORK"' EXIT INT TERM

SAN_RE='ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|SUMMARY: [A-Za-z]*Sanitizer'

# list_tests CASEFILE: the names of its test_* functions, in definition order.
list_tests() {
    local out
    local base out
    base=$(bash -c '. "$1"; declare -F' _ "$E2E_LIB/common.sh") || return 1
    out=$(bash -c 'set -e; . "$1"; . "$2"; declare -F' _ "$E2E_LIB/common.sh" "$1") || return 1
    # functions of the case file only, not the helpers of common.sh
    echo "$out" | grep -vxF -- "$base" | awk '$3 ~ /^test_/ { print $3 }'
}

# sanitizer_report DIR LOG: print the first lines of any sanitizer report.
sanitizer_report() {
    local f
    for f in "$1"/*; do
        [ -s "$f" ] && { head -n 20 "$f"; return 0; }
    done
    grep -E -A 15 "$SAN_RE" "$2" | head -n 20 | grep . && return 0
    return 1
}

# reason LOG RC: one-line reason for a failure.
reason() {
    local msg
    msg=$(grep -E '^(FAIL|SKIP): ' "$1" | tail -n 1 | sed -E 's/^(FAIL|SKIP): //')
    [ -n "$msg" ] && { echo "$msg"; return; }
    case $2 in
    124 | 137) echo "timed out after ${CASE_TIMEOUT}s" ;;
    *) echo "exit $2: $(grep . "$1" | tail -n 1 | cut -c1-200)" ;;
    esac
}

# run_one FILE NAME: run one test, print its PASS/FAIL/SKIP line (+ details).
run_one() {
    local file=$1 name=$2 dir rc=0 report t0=$SECONDS took=""
    dir=$(mktemp -d "$WORK/$name.XXXXXX")
    local log=$dir.log san=$dir.san
    mkdir -p "$san"
    chmod 755 "$dir"
    chmod 1777 "$san"
    (
        cd "$dir" || exit 1
        export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$san/asan"
        export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$san/ubsan"
        export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}log_path=$san/lsan"
        exec timeout -k 10 "$CASE_TIMEOUT" bash -c \
            'set -eE; trap '"'"'echo "FAIL: command failed (exit $?): $BASH_COMMAND" >&2'"'"' ERR
             . "$1"; . "$2"; "$3"' _ "$E2E_LIB/common.sh" "$file" "$name"
    ) </dev/null >"$log" 2>&1 || rc=$?
    [ -n "${E2E_TIMES:-}" ] && took=" [$((SECONDS - t0))s]"

    if report=$(sanitizer_report "$san" "$log"); then
        echo "FAIL $name (sanitizer report)$took"
        echo "$report" | sed 's/^/    | /'
    elif [ "$rc" -eq 0 ]; then
        echo "PASS $name$took"
    elif [ "$rc" -eq 77 ]; then
        echo "SKIP $name ($(reason "$log" "$rc"))$took"
    else
        echo "FAIL $name ($(reason "$log" "$rc"))$took"
        tail -n 15 "$log" | sed 's/^/    | /'
    fi
    rm -rf "$dir" "$san" "$log"
}

# run_file FILE: every selected test of one case file, one after the other.
run_file() {
    local file=$1 tests name
    if ! tests=$(list_tests "$file" 2>"$WORK/load-$(basename "$file").err"); then
        echo "FAIL $(basename "$file") (cannot load: $(head -n 1 "$WORK/load-$(basename "$file").err"))"
        return
    fi
    for name in $tests; do
        if [ -n "$FILTER" ] && ! echo "$name" | grep -Eq -- "$FILTER"; then
            continue
        fi
        run_one "$file" "$name"
    done
}

# Case files run E2E_JOBS at a time (tests inside one file stay sequential, so
# they may share state); their output is printed in file order.
JOBS=${E2E_JOBS:-2}
mkdir -p "$WORK/res"
files=()
for file in "$REPO"/tests/e2e/t_*.sh; do
    [ -f "$file" ] && files+=("$file")
done
next=0

flush() {
    while [ "$next" -lt "${#files[@]}" ] && [ -e "$WORK/res/$next.done" ]; do
        cat "$WORK/res/$next.out"
        next=$((next + 1))
    done
}

running=0
for i in "${!files[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
        flush
    fi
    (run_file "${files[$i]}" >"$WORK/res/$i.out"; : >"$WORK/res/$i.done") &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n
    running=$((running - 1))
    flush
done
wait
flush

n_pass=$(cat "$WORK"/res/*.out 2>/dev/null | grep -c '^PASS ')
n_fail=$(cat "$WORK"/res/*.out 2>/dev/null | grep -c '^FAIL ')
n_skip=$(cat "$WORK"/res/*.out 2>/dev/null | grep -c '^SKIP ')
line="$n_pass passed, $n_fail failed"
[ "$n_skip" -gt 0 ] && line="$line, $n_skip skipped"
echo "$line"
[ "$n_fail" -eq 0 ]
