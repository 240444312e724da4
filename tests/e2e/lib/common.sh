# common.sh - helpers for the e2e case files (tests/e2e/t_*.sh), bash.
#
# The runner (tests/e2e/run.sh) sources this file and one case file, then
# calls one test_* function in a subshell whose working directory is a fresh
# temporary directory.  Available there:
#
#   $BIN        absolute path of the breachscan binary under test
#   $REPO       repository root;  $E2E_LIB  this directory
#   bs ARGS...              run the binary (with a time limit)
#   assert_exit N CMD...    run CMD, fail the test unless it exits N
#   scan_ok N OUT ARGS...   `bs scan -o OUT ARGS...`, expect exit N, validate OUT
#   fail MSG / skip MSG     end the test as failed / skipped
#   assert_eq A B [MSG], assert_file F, assert_no_file F, assert_grep RE FILE
#   jget FILE EXPR          print a Python expression over the JSON document r
#   jcheck FILE EXPR [MSG]  fail unless the expression is true (F/S/E = findings,
#                           skipped, errors; see lib/jq.py)
#   validate_report FILE    schema check (tests/validate-report.py) + strict UTF-8
#   write_rule FILE NAME SEVERITY MARKER   a one-string YARA rule with meta severity
#   std_rules FILE         the standard synthetic rule set (markers below)
#
# Markers matched by std_rules:
#   BREACHSCAN_TEST_MARKER_HIGH    -> rule bs_test_high    (severity high)
#   BREACHSCAN_TEST_MARKER_MEDIUM  -> rule bs_test_medium  (severity medium)
#   BREACHSCAN_TEST_MARKER_LOW     -> rule bs_test_low     (severity low)

E2E_TIMEOUT=${E2E_TIMEOUT:-60}   # seconds one binary run may take
PYTHON=${PYTHON:-python3}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

skip() {
    echo "SKIP: $*" >&2
    exit 77
}

bs() {
    timeout -k 5 "$E2E_TIMEOUT" "$BIN" "$@"
}

assert_exit() {
    local want=$1 got=0
    shift
    "$@" || got=$?
    [ "$got" -eq 124 ] && fail "timed out after ${E2E_TIMEOUT}s: $*"
    [ "$got" -eq "$want" ] || fail "exit $got, expected $want: $*"
}

# scan_ok N OUT ARGS... : scan with -o OUT, expect exit N, validate the report.
scan_ok() {
    local want=$1 out=$2
    shift 2
    assert_exit "$want" bs scan -o "$out" "$@"
    assert_file "$out"
    validate_report "$out"
}

assert_eq() {
    [ "$1" = "$2" ] || fail "${3:-values differ}: got '$1', expected '$2'"
}

assert_file() {
    [ -f "$1" ] || fail "missing file $1"
}

assert_no_file() {
    [ ! -e "$1" ] || fail "unexpected file $1"
}

assert_grep() {
    grep -Eq -- "$1" "$2" || fail "no match for /$1/ in $2: $(head -c 400 "$2")"
}

jget() {
    "$PYTHON" "$E2E_LIB/jq.py" get "$1" "$2"
}

jcheck() {
    "$PYTHON" "$E2E_LIB/jq.py" check "$1" "$2" || fail "${3:-check failed}: $2"
}

# validate_report FILE: strict UTF-8 JSON, breachscan-report/1, and the JSON
# Schema via tests/validate-report.py when that script is present.
validate_report() {
    "$PYTHON" "$E2E_LIB/jq.py" report "$1" || fail "report $1 is not a valid breachscan-report/1 document (above)"
}

write_rule() {
    local file=$1 name=$2 sev=$3 marker=$4
    cat >>"$file" <<RULE
rule $name
{
    meta:
        severity = "$sev"
        description = "e2e synthetic rule $name"
    strings:
        \$m = "$marker"
    condition:
        \$m
}

RULE
}

std_rules() {
    : >"$1"
    write_rule "$1" bs_test_high high BREACHSCAN_TEST_MARKER_HIGH
    write_rule "$1" bs_test_medium medium BREACHSCAN_TEST_MARKER_MEDIUM
    write_rule "$1" bs_test_low low BREACHSCAN_TEST_MARKER_LOW
}

# findings FILE: "basename<TAB>rule" per finding, sorted.
findings() {
    "$PYTHON" "$E2E_LIB/jq.py" findings "$1"
}
