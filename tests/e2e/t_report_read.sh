# t_report_read.sh - saved reports read back into the model (report/json_read.c):
# `report convert` from JSON and JSONL gives the same document, `merge`
# combines runs with targets and findings renumbered, and bad input is refused
# with a message naming the problem, exit 2 and no output file.

two_reports() {
    std_rules r.yar
    mkdir -p a b
    echo BREACHSCAN_TEST_MARKER_HIGH >a/shell.jsp
    echo BREACHSCAN_TEST_MARKER_MEDIUM >a/odd.php
    printf 'x\377y\n' >"a/bad-$(printf '\377')name.jsp"
    echo BREACHSCAN_TEST_MARKER_LOW >b/low.js
    scan_ok 1 a.json -r r.yar a
    scan_ok 0 b.json -r r.yar --fail-on high b
}

test_convert_round_trip_is_identical() {
    two_reports
    assert_exit 0 bs report convert a.json --to json -o a2.json
    cmp a.json a2.json || { diff a.json a2.json | head -20; fail "json -> json changed the report"; }
    assert_exit 0 bs report convert a.json --to jsonl -o a.jsonl
    assert_exit 0 bs report convert a.jsonl --to json -o a3.json
    cmp a.json a3.json || fail "json -> jsonl -> json changed the report"
}

# every option recorded in scan.options survives the round trip, not only the defaults
test_convert_keeps_non_default_options() {
    std_rules r.yar
    mkdir -p a
    echo BREACHSCAN_TEST_MARKER_HIGH >a/shell.jsp
    scan_ok 1 a.json -r r.yar --max-depth 7 --memory-limit 64M --hash-max-size 2M \
        --max-file-size 1M --archive-depth 2 --timeout 9 a
    assert_exit 0 bs report convert a.json --to json -o a2.json
    cmp a.json a2.json || { diff a.json a2.json | head -20; fail "json -> json changed the options"; }
    jcheck a2.json 'r["scan"]["options"]["max_depth"] == 7 and r["scan"]["options"]["memory_limit"] == 64 << 20'
}

test_merge_renumbers_and_recomputes() {
    two_reports
    assert_exit 0 bs merge a.json b.json -o m.json
    validate_report m.json
    jcheck m.json '[t["id"] for t in r["targets"]] == ["t1", "t2"]'
    jcheck m.json '[t["path"] for t in r["targets"]] == ["a", "b"]'
    jcheck m.json 'len(F) == 3 and [f["id"] for f in F] == ["F1", "F2", "F3"]'
    jcheck m.json 'F[-1]["target"] == "t2" and F[-1]["rule"] == "bs_test_low"'
    jcheck m.json 'r["summary"]["verdict"] == "compromised" and r["summary"]["findings"] == 3'
    jcheck m.json 'r["summary"]["by_severity"]["low"] == 1'
    # the order does not matter: the model sorts by target, then location
    assert_exit 0 bs merge a.json b.json -f jsonl -o m.jsonl
    jcheck m.jsonl 'r[-1]["type"] == "summary" and r[-1]["findings"] == 3'
}

# refused: exit 2, a message naming the problem, no output file
refused() {
    local file=$1 want=$2
    assert_exit 2 bs report convert "$file" --to json -o out.json 2>err.txt
    assert_grep "$want" err.txt
    assert_no_file out.json
    assert_exit 2 bs merge a.json "$file" -o m.json 2>err.txt
    assert_no_file m.json
}

test_bad_reports_are_refused() {
    two_reports
    head -c 300 a.json >truncated.json
    refused truncated.json 'not JSON'
    echo 'hello world' >text.json
    refused text.json 'not JSON'
    echo '{"schema": "breachscan-report/9"}' >schema.json
    refused schema.json 'is not breachscan-report/1'
    echo '{"foo": 1}' >noschema.json
    refused noschema.json 'not a breachscan report'
    sed 's/"verdict"/"verd\xff"/' a.json >utf8.json
    refused utf8.json 'not UTF-8'
    python3 -c 'print("[" * 5000 + "]" * 5000)' >deep.json
    refused deep.json 'nested too deeply'
    python3 - <<'PY'
import json
r = json.load(open("a.json"))
r["findings"][0]["object"]["size"] = "big"
json.dump(r, open("type.json", "w"))
r = json.load(open("a.json"))
r["findings"][1]["target"] = "t9"
json.dump(r, open("ref.json", "w"))
PY
    refused type.json 'findings\[0\].object.size: expected a number'
    refused ref.json 'findings\[1\].target: "t9" names no entry'
    printf '{"type":"finding"}\n' >nosummary.jsonl
    refused nosummary.jsonl 'no summary line'
    assert_exit 2 bs report convert a.json --to nosuch -o out.json 2>err.txt
    assert_grep 'formats: json' err.txt
}

# merge applies the scan's findings limits over all the reports: many reports, each
# within them, list what one scan of all their targets would list (the same findings,
# the same counts held back); report convert copies a report as it is
test_merge_applies_finding_limits() {
    std_rules r.yar
    local t
    for t in a b; do
        mkdir -p $t
        for i in $(seq -w 1 30); do
            echo BREACHSCAN_TEST_MARKER_MEDIUM >$t/s$i.php
        done
        echo BREACHSCAN_TEST_MARKER_HIGH >$t/s17.php
        scan_ok 1 $t.json -r r.yar $t
        jcheck $t.json 'len(F) == 30'
    done
    # the defaults hold back nothing here
    assert_exit 0 bs merge a.json b.json -o m.json
    jcheck m.json 'len(F) == 60 and not any_(s["reason"] == "findings-limit" for s in S)'
    # per rule, and in all: the same as one scan of both targets with the same limits
    for limits in "--max-findings-per-rule 40" "--max-findings 10" \
        "--max-findings-per-rule 40 --max-findings 30"; do
        # shellcheck disable=SC2086
        assert_exit 0 bs merge $limits a.json b.json -o m.json
        validate_report m.json
        # shellcheck disable=SC2086
        scan_ok 1 one.json -r r.yar $limits a b
        "$PYTHON" - m.json one.json <<'PY' || fail "merge $limits kept other findings than one scan"
import json, sys
def kept(path):
    r = json.load(open(path))
    paths = {t["id"]: t["path"] for t in r["targets"]}
    fs = [(paths[f["target"]], f["object"]["location"], f["rule"], f["severity"]) for f in r["findings"]]
    held = sorted((s["detail"].split(" ")[0], s["detail"].split(" rule ")[1].split(" not listed")[0])
                  for s in r["skipped"] if s["reason"] == "findings-limit")
    return fs, held
sys.exit(kept(sys.argv[1]) != kept(sys.argv[2]))
PY
    done
    jcheck m.json 'len(F) == 30 and len([f for f in F if f["rule"] == "bs_test_medium"]) == 28'
    jcheck m.json '[s["detail"].split(" ")[0] for s in S if s["reason"] == "findings-limit"] == ["30"]'
    jcheck m.json 'all_("--max-findings-per-rule 40, --max-findings 30 in all" in s["detail"] for s in S if s["reason"] == "findings-limit")'
    # with an allow list too: the findings are those of one scan (each report's
    # suppressed[] is kept as it was, not limited again)
    echo 'path s1?.php -- reviewed' >allow.txt
    scan_ok 1 sa.json -r r.yar --allow allow.txt --max-findings-per-rule 0 a
    scan_ok 1 sb.json -r r.yar --allow allow.txt --max-findings-per-rule 0 b
    assert_exit 0 bs merge --max-findings-per-rule 5 sa.json sb.json -o sm.json
    scan_ok 1 sone.json -r r.yar --allow allow.txt --max-findings-per-rule 5 a b
    "$PYTHON" - sm.json sone.json <<'PY' || fail "merge with suppressions kept other findings than one scan"
import json, sys
def kept(path):
    r = json.load(open(path))
    paths = {t["id"]: t["path"] for t in r["targets"]}
    fs = [(paths[f["target"]], f["object"]["location"], f["rule"]) for f in r["findings"]]
    held = [s["detail"].split(" ")[0] for s in r["skipped"]
            if s["reason"] == "findings-limit" and "suppressed finding" not in s["detail"]]
    return fs, held
sys.exit(kept(sys.argv[1]) != kept(sys.argv[2]))
PY
    jcheck sm.json 'len(F) == 5 and len(r["suppressed"]) == 20'
    jcheck sone.json 'len(F) == 5 and len(r["suppressed"]) == 7'
    assert_exit 2 bs merge --max-findings -1 a.json b.json -o x.json
    assert_no_file x.json
    # convert keeps every finding of a report made without limits
    scan_ok 1 all.json -r r.yar --max-findings 0 --max-findings-per-rule 0 a b
    assert_exit 0 bs report convert all.json --to json -o all2.json
    cmp all.json all2.json || fail "convert applied a findings limit"
    assert_exit 0 bs merge --max-findings 0 --max-findings-per-rule 0 all.json all.json -o twice.json
    jcheck twice.json 'len(F) == 120'
}
