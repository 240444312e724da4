# t_jsonl_stream.sh - `-f jsonl` streams findings as they are found: a scan
# killed with SIGKILL leaves a file with the "finding.found" lines made so far
# (no summary line: `report convert` refuses it); a complete stream ends with
# the sorted, numbered lines and converts to the same JSON as `-f json`.

# ev: 150 directories of 200 files, a marker in the first file of each.
marked_tree() {
    python3 - <<'PY'
import os
for d in range(150):
    os.makedirs('ev/d%03d' % d, exist_ok=True)
    for i in range(200):
        with open('ev/d%03d/f%03d.jsp' % (d, i), 'w') as f:
            f.write('<%@ page %> ' + (' BREACHSCAN_TEST_MARKER_HIGH ' if i == 0 else '') + str(i) * 2000)
PY
}

test_jsonl_killed_scan_keeps_findings() {
    std_rules r.yar
    marked_tree
    local i=0
    "$BIN" scan -j1 -q -f jsonl -r r.yar -o out.jsonl ev 2>err.txt &
    local pid=$!
    # kill once the first finding is on disk
    while ! grep -q '"finding.found"' out.jsonl 2>/dev/null && [ $i -lt 300 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    kill -KILL "$pid" 2>/dev/null || fail "the scan ended before SIGKILL: grow the tree"
    wait "$pid" 2>/dev/null || true
    ! grep -q '"type":"summary"' out.jsonl || fail "the scan finished before SIGKILL: grow the tree"
    python3 - out.jsonl <<'PY' || fail "out.jsonl: bad provisional lines"
import json, sys
data = open(sys.argv[1], "rb").read()
lines = data.split(b"\n")
if data and not data.endswith(b"\n"):
    lines = lines[:-1]            # a line cut by the kill
found = [json.loads(l) for l in lines if l]
assert found and all(f["type"] == "finding.found" for f in found), found[:2]
assert all(f["rule"] == "bs_test_high" and f["object"]["path"].endswith("/f000.jsp") for f in found)
assert all(f["object"]["sha256"] for f in found)
assert len(found) < 150, len(found)
print("  %d finding.found lines before SIGKILL" % len(found))
PY
    assert_exit 2 bs report convert out.jsonl --to json -o conv.json
    assert_no_file conv.json
}

test_jsonl_complete_stream_converts_like_json() {
    std_rules r.yar
    mkdir -p ev/a ev/b
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a/x.jsp
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/b/y.php
    echo BREACHSCAN_TEST_MARKER_LOW >ev/b/z.js
    assert_exit 1 bs scan -j2 -q -f jsonl -r r.yar -o out.jsonl ev
    assert_exit 1 bs scan -j2 -q -f json -r r.yar -o out.json ev
    [ "$(grep -c '"type":"finding.found"' out.jsonl)" -eq 3 ] || fail "3 finding.found lines expected"
    [ "$(grep -c '"type":"finding"' out.jsonl)" -eq 3 ] || fail "3 finding lines expected"
    tail -n 1 out.jsonl | grep -q '^{"type":"summary"' || fail "the last line is not the summary"
    assert_exit 0 bs report convert out.jsonl --to json -o conv.json
    validate_report conv.json
    python3 - out.json conv.json <<'PY' || fail "jsonl converted differs from -f json"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for d in (a, b):
    for k in ("started", "finished", "duration_s", "argv"):
        d["scan"].pop(k, None)
    for k in ("format", "argv"):
        d["scan"]["options"].pop(k, None)
assert a == b, [k for k in a if a[k] != b.get(k)]
PY
}

# stdout: the same stream
test_jsonl_stream_to_stdout() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/x.jsp
    bs scan -q -f jsonl -r r.yar ev >out.jsonl 2>/dev/null || true
    head -n 1 out.jsonl | grep -q '^{"type":"finding.found"' || fail "stdout stream does not start with finding.found"
    tail -n 1 out.jsonl | grep -q '^{"type":"summary"' || fail "stdout stream does not end with summary"
}
