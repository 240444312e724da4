# t_interrupt.sh - SIGINT/SIGTERM stop a scan cleanly: the report is still
# written (atomically with -o), valid, marked "complete": false, with an
# errors[] entry naming the signal; the verdict never says "clean".

# A tree large enough that the scan is still running when the signal comes.
big_tree() {
    python3 - <<'PY'
import os
for d in range(200):
    os.makedirs('ev/d%03d' % d, exist_ok=True)
    for i in range(200):
        with open('ev/d%03d/f%03d.jsp' % (d, i), 'w') as f:
            f.write('<%@ page %> ' + str(i) * 2000)
PY
}

# interrupted SIG OUT: scan ev, send SIG once the scan runs (its progress line
# shows: the handlers are in place by then), check the report.
interrupted() {
    local sig=$1 out=$2 rc=0 i=0
    "$BIN" scan -j1 --progress always -r r.yar -o "$out" ev 2>progress.txt &
    local pid=$!
    while [ ! -s progress.txt ] && [ $i -lt 200 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    kill -"$sig" "$pid" 2>/dev/null || fail "the scan ended before the signal: grow the tree"
    wait "$pid" || rc=$?
    [ "$rc" -eq 2 ] || fail "exit $rc after SIG$sig, expected 2 (nothing found, incomplete)"
    assert_file "$out"
    validate_report "$out"
    jcheck "$out" 'r["summary"]["complete"] is False' "complete: false"
    jcheck "$out" 'r["summary"]["verdict"] == "incomplete"' "verdict incomplete"
    jcheck "$out" 'any_(e["stage"] == "interrupt" for e in E)' "interrupt entry in errors[]"
    jcheck "$out" 'r["targets"][0]["stats"]["objects"] < 40000' "stopped before the end"
    [ -z "$(ls -A . | grep -v -e '^ev$' -e '^r.yar$' -e '\.json$' -e '^progress.txt$')" ] ||
        fail "temp files left: $(ls -A)"
}

test_sigint_writes_partial_report() {
    std_rules r.yar
    big_tree
    interrupted INT int.json
}

test_sigterm_writes_partial_report() {
    std_rules r.yar
    big_tree
    interrupted TERM term.json
}

# A finished scan says complete: true.
test_complete_scan_says_so() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a.jsp
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'r["summary"]["complete"] is True' "complete: true"
}
