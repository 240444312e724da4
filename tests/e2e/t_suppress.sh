# t_suppress.sh - suppressions (docs/SUPPRESSIONS.md): --allow entries by
# sha256, path glob and rule, a .breachscan-allow at a directory target's root
# (read automatically and listed in scan.suppressions), a bad line refused
# with file:line and exit 2 before the scan, --baseline against an earlier
# report; suppressed findings move to suppressed[] (with file, line, reason)
# and leave the verdict and the exit status alone.

evidence() {
    std_rules r.yar
    mkdir -p www/vendor www/app
    echo BREACHSCAN_TEST_MARKER_HIGH >www/vendor/known.jsp
    echo BREACHSCAN_TEST_MARKER_MEDIUM >www/app/odd.php
    echo BREACHSCAN_TEST_MARKER_LOW >www/app/tool.js
}

sha_of() {
    sha256sum "$1" | cut -d' ' -f1
}

test_allow_by_sha256() {
    evidence
    printf '# known-good vendor file\nsha256 %s -- vendor build, ticket 42\n' \
        "$(sha_of www/vendor/known.jsp)" >allow.txt
    scan_ok 1 r.json -r r.yar --allow allow.txt www
    jcheck r.json 'sorted(f["rule"] for f in F) == ["bs_test_low", "bs_test_medium"]'
    jcheck r.json 'r["summary"]["verdict"] == "suspicious"'
    jcheck r.json 'len(r["suppressed"]) == 1'
    jcheck r.json 'r["suppressed"][0]["finding"]["rule"] == "bs_test_high" and r["suppressed"][0]["finding"]["id"] == "S1"'
    jcheck r.json 'r["suppressed"][0]["suppressed_by"] == {"kind": "sha256", "file": "allow.txt", "line": 2, "reason": "vendor build, ticket 42"}'
    jcheck r.json 'r["scan"]["suppressions"]["allow"] == [{"file": "allow.txt", "target": None, "automatic": False, "entries": 1}]'
}

test_allow_by_path_and_rule() {
    evidence
    cat >allow.txt <<'A'
path vendor/* -- third-party code, reviewed
rule bs_test_low app/*.js -- minified library
A
    # the medium finding is left: exit 1 with --fail-on medium
    scan_ok 1 r.json -r r.yar --allow allow.txt www
    jcheck r.json '[f["rule"] for f in F] == ["bs_test_medium"]'
    jcheck r.json '[s["suppressed_by"]["kind"] for s in r["suppressed"]] == ["path", "rule"] or [s["suppressed_by"]["kind"] for s in r["suppressed"]] == ["rule", "path"]'
    jcheck r.json 'sorted(s["suppressed_by"]["line"] for s in r["suppressed"]) == [1, 2]'
    # everything suppressed: clean, exit 0, nothing disappears
    echo 'rule bs_test_medium -- known' >>allow.txt
    scan_ok 0 r2.json -r r.yar --allow allow.txt www
    jcheck r2.json 'r["summary"]["verdict"] == "clean" and F == [] and len(r["suppressed"]) == 3'
    # a rule entry whose glob does not match suppresses nothing
    echo 'rule bs_test_high app/* -- wrong place' >only.txt
    scan_ok 1 r3.json -r r.yar --allow only.txt www
    jcheck r3.json 'len(F) == 3 and r["suppressed"] == []'
}

test_bad_allow_line_exits_2_before_scan() {
    evidence
    printf '# ok\npath vendor/* -- fine\nrule bs_test_low\n' >allow.txt
    assert_exit 2 bs scan -r r.yar --allow allow.txt -o r.json www 2>err.txt
    assert_grep 'allow.txt:3: no reason' err.txt
    assert_no_file r.json
    printf 'sha256 abc -- short\n' >bad2.txt
    assert_exit 2 bs scan -r r.yar --allow bad2.txt -o r.json www 2>err.txt
    assert_grep 'bad2.txt:1: sha256 entries take one sha256' err.txt
    printf 'file x -- what\n' >bad3.txt
    assert_exit 2 bs scan -r r.yar --allow bad3.txt -o r.json www 2>err.txt
    assert_grep 'bad3.txt:1: unknown entry kind' err.txt
    assert_exit 2 bs scan -r r.yar --allow missing.txt -o r.json www 2>err.txt
    assert_grep 'missing.txt' err.txt
    # a bad .breachscan-allow at the root stops the scan as well
    printf '\n\npath -- no glob\n' >www/.breachscan-allow
    assert_exit 2 bs scan -r r.yar -o r.json www 2>err.txt
    assert_grep 'www/.breachscan-allow:3: path entries take one glob' err.txt
    assert_no_file r.json
}

test_breachscan_allow_at_root_is_read() {
    evidence
    printf 'path vendor/* -- shipped with the CMS\n' >www/.breachscan-allow
    mkdir other
    echo BREACHSCAN_TEST_MARKER_HIGH >other/known.jsp
    mkdir other/vendor
    echo BREACHSCAN_TEST_MARKER_HIGH >other/vendor/known.jsp
    assert_exit 1 bs scan -o r.json -r r.yar www other 2>scan.err
    validate_report r.json
    # applies to its own target only
    jcheck r.json 'sorted((f["target"], f["rule"]) for f in F) == [("t1", "bs_test_low"), ("t1", "bs_test_medium"), ("t2", "bs_test_high"), ("t2", "bs_test_high")]'
    jcheck r.json 'len(r["suppressed"]) == 1 and r["suppressed"][0]["finding"]["target"] == "t1"'
    jcheck r.json 'r["suppressed"][0]["suppressed_by"]["file"] == "www/.breachscan-allow"'
    jcheck r.json 'r["scan"]["suppressions"]["allow"] == [{"file": "www/.breachscan-allow", "target": "www", "automatic": True, "entries": 1}]'
    jcheck r.json '[t["verdict"] for t in r["targets"]] == ["suspicious", "compromised"]'
    assert_grep 'Allow list read automatically: www/.breachscan-allow' scan.err
    # --no-auto-allow: evidence you do not trust
    scan_ok 1 n.json -r r.yar --no-auto-allow www other
    jcheck n.json 'len(F) == 5 and r["suppressed"] == [] and r["scan"]["suppressions"]["allow"] == []'
}

test_baseline_reports_only_new_findings() {
    evidence
    scan_ok 1 old.json -r r.yar www
    # nothing new: every finding is in the baseline, exit 0, clean
    scan_ok 0 same.json -r r.yar --baseline old.json www
    jcheck same.json 'F == [] and len(r["suppressed"]) == 3 and r["summary"]["verdict"] == "clean"'
    jcheck same.json 'all(s["suppressed_by"] == {"kind": "baseline", "file": "old.json", "line": None, "reason": "baseline"} for s in r["suppressed"])'
    jcheck same.json 'r["scan"]["suppressions"]["baseline"] == {"file": "old.json", "findings": 3}'
    # a new file: only its finding counts
    echo BREACHSCAN_TEST_MARKER_HIGH >www/app/new.jsp
    scan_ok 1 new.json -r r.yar --baseline old.json www
    jcheck new.json '[(f["rule"], f["object"]["path"]) for f in F] == [("bs_test_high", "/app/new.jsp")]'
    jcheck new.json 'r["summary"]["verdict"] == "compromised" and len(r["suppressed"]) == 3'
    # a known file whose content changed is new too (the sha256 is in the fingerprint)
    echo BREACHSCAN_TEST_MARKER_LOW >>www/app/tool.js
    scan_ok 1 new2.json -r r.yar --baseline old.json --fail-on high www
    jcheck new2.json 'sorted(f["rule"] for f in F) == ["bs_test_high", "bs_test_low"]'
    # the same tree under another name: fingerprints are relative to the target
    rm www/app/new.jsp
    cp -r www copy
    scan_ok 0 c.json -r r.yar --baseline new2.json copy
    jcheck c.json 'F == [] and len(r["suppressed"]) == 3' "paths inside the target are compared"
    # a baseline that is not a report stops before the scan
    echo nope >bad.json
    assert_exit 2 bs scan -r r.yar --baseline bad.json -o r.json www 2>err.txt
    assert_grep 'baseline' err.txt
    assert_no_file r.json
}

test_suppressed_survive_convert_and_merge() {
    evidence
    printf 'path vendor/* -- reviewed\n' >allow.txt
    scan_ok 1 a.json -r r.yar --allow allow.txt www
    assert_exit 0 bs report convert a.json --to json -o a2.json
    cmp a.json a2.json || fail "json -> json changed a report with suppressed[]"
    assert_exit 0 bs report convert a.json --to jsonl -o a.jsonl
    jcheck a.jsonl 'sum(1 for l in r if l["type"] == "suppressed") == 1'
    assert_exit 0 bs report convert a.jsonl --to json -o a3.json
    cmp a.json a3.json || fail "json -> jsonl -> json changed suppressed[]"
    assert_exit 0 bs merge a.json a.json -o m.json
    validate_report m.json
    jcheck m.json '[s["finding"]["target"] for s in r["suppressed"]] == ["t1", "t2"]'
    jcheck m.json '[s["finding"]["id"] for s in r["suppressed"]] == ["S1", "S2"]'
    jcheck m.json 'len(r["scan"]["suppressions"]["allow"]) == 2'
}

test_sarif_lists_suppressed_results() {
    evidence
    printf 'path vendor/* -- reviewed\n' >allow.txt
    assert_exit 1 bs scan -r r.yar --allow allow.txt -f sarif -o r.sarif www
    "$PYTHON" - r.sarif <<'PY' || fail "sarif suppressions"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
sup = [r for r in run["results"] if r.get("suppressions")]
assert len(run["results"]) == 3, run["results"]
assert len(sup) == 1 and sup[0]["ruleId"] == "bs_test_high", sup
s = sup[0]["suppressions"][0]
assert s["kind"] == "external" and s["status"] == "accepted" and s["justification"] == "reviewed", s
PY
    sh "$REPO/tests/sarif/validate.sh" r.sarif 2>validate.err
    rc=$?
    [ $rc -eq 2 ] && fail "the SARIF multitool cannot run here: $(tail -n 3 validate.err)"
    [ $rc -eq 0 ] || { cat validate.err >&2; fail "the SARIF multitool found errors"; }
}

# Card numbers in an allowed file count in no total: summary.card_exposure
# and the card timeline events come from the files left, as if the allowed
# one had not been there.
test_allowed_card_file_counts_in_no_total() {
    mkdir -p www/test-data www/logs
    printf 'DEBUG charge card 4111111111111111 exp 12/25\nDEBUG charge card 5555555555554444 exp 01/26\n' \
        >www/test-data/fixtures.log
    printf '2019-07-30 14:20:01,001 DEBUG charge card 6011111111111117 exp 03/27\n' >www/logs/app.log
    echo 'path test-data/* -- the vendor test suite, synthetic numbers' >allow.txt
    scan_ok 1 r.json --allow allow.txt www
    jcheck r.json 'len(r["suppressed"]) == 1 and r["suppressed"][0]["finding"]["object"]["location"].endswith("fixtures.log")'
    jcheck r.json 'r["summary"]["card_exposure"]["distinct"] == 1 and r["summary"]["card_exposure"]["objects"] == 1' \
        "only the file left counts"
    jcheck r.json 'r["summary"]["card_exposure"]["issuers"] == {"discover": 1}'
    jcheck r.json 'all_(e["location"].endswith("app.log") for e in r["timeline"] if e["event"].startswith("card."))'
    # without the allow list both count
    scan_ok 1 all.json www
    jcheck all.json 'r["summary"]["card_exposure"]["distinct"] == 3 and r["summary"]["card_exposure"]["objects"] == 2'
}

# Suppressed findings take no place under the findings limits: many allowed
# copies of a rule's match must not hold back the one finding that is not
# allowed (the scan would say "clean" and exit 0 over a real finding). They
# are bounded by limits of their own, counted in a findings-limit entry.
test_suppressed_take_no_place_under_the_limits() {
    std_rules r.yar
    mkdir -p ev/a ev/z
    for i in $(seq -w 1 12); do
        echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/a/s$i.php
    done
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/z/real.php # after all of them in report order
    echo 'path a/* -- vendored, reviewed' >allow.txt
    scan_ok 1 r.json -r r.yar -j 1 --allow allow.txt --max-findings-per-rule 5 ev
    scan_ok 1 r3.json -r r.yar -j 3 --allow allow.txt --max-findings-per-rule 5 ev
    assert_eq "$("$PYTHON" "$E2E_LIB/jq.py" strip r.json)" "$("$PYTHON" "$E2E_LIB/jq.py" strip r3.json)" \
        "kept findings depend on the thread count"
    jcheck r.json '[f["object"]["path"] for f in F] == ["/z/real.php"]' "the real finding is listed"
    jcheck r.json 'r["summary"]["verdict"] != "clean"'
    jcheck r.json '[s["finding"]["object"]["path"] for s in r["suppressed"]] == ["/a/s%02d.php" % i for i in range(1, 6)]'
    jcheck r.json '[s["detail"].split(" finding")[0] for s in S if s["reason"] == "findings-limit"] == ["7 more suppressed"]'
    jcheck r.json 'all_("in suppressed[]" in s["detail"] for s in S if s["reason"] == "findings-limit")'
    # the same with the total limit, and with the baseline
    scan_ok 1 t.json -r r.yar --allow allow.txt --max-findings 3 ev
    jcheck t.json '[f["object"]["path"] for f in F] == ["/z/real.php"] and len(r["suppressed"]) == 3'
    rm ev/z/real.php
    scan_ok 1 old.json -r r.yar --max-findings-per-rule 0 ev
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/z/real.php
    scan_ok 1 b.json -r r.yar --baseline old.json --max-findings-per-rule 5 ev
    jcheck b.json '[f["object"]["path"] for f in F] == ["/z/real.php"] and len(r["suppressed"]) == 5'
}
