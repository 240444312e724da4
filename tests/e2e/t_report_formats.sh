# t_report_formats.sh - the report writers (docs/REPORT.md, "Formats"): every
# format from `scan -f` and `report convert --to`, SARIF validated by the
# SARIF multitool, HTML rendered in headless Chromium (no request, no script
# from evidence: an XSS probe file name), CSV quoting and the formula guard,
# the mactime body parsed by `mactime`, the text summary on stderr, and no
# full card number in any output.

FORMATS="json jsonl sarif html csv body text"
XSS='<img src=x onerror=alert(1)>.jsp'
PANS="4111111111111111 5555555555554444 378282246310005 6011111111111117"

# evidence: a JSP shell, the XSS-named file, a card-data log, a shell in a zip,
# and rules.yar with a rule whose description starts like a spreadsheet formula.
mk_evidence() {
    mkdir -p ev/web/sub ev/logs war
    cp "$REPO/tests/data/samples/sjavawebmanage/ok.jsp" ev/web/sub/ok.jsp
    printf '<%% BREACHSCAN_TEST_MARKER_HIGH %%>\n' >"ev/web/$XSS"
    cp "$REPO/tests/data/samples/card_data/app-debug.log" ev/logs/app-debug.log
    cp "$REPO/tests/data/samples/sjavawebmanage/ok.jsp" war/shell.jsp
    (cd war && zip -q ../ev/web/app.war shell.jsp)
    touch -d "2018-08-14 03:12:09 UTC" ev/web/sub/ok.jsp
    cat >rules.yar <<'RULE'
rule bs_test_formula
{
    meta:
        severity = "high"
        description = "=HYPERLINK(\"x\",\"click\"), a description that starts like a formula"
    strings:
        $m = "BREACHSCAN_TEST_MARKER_HIGH"
    condition:
        $m
}
RULE
}

scan_evidence() {
    mk_evidence
    scan_ok 1 out.json --add-rules -r rules.yar ev 2>scan.err
}

test_every_format_from_scan_and_convert() {
    scan_evidence
    for f in $FORMATS; do
        assert_exit 1 bs scan -q --add-rules -r rules.yar -f "$f" -o "scan.$f" ev
        [ -s "scan.$f" ] || fail "scan -f $f wrote nothing"
        assert_exit 0 bs report convert out.json --to "$f" -o "conv.$f"
        [ -s "conv.$f" ] || fail "convert --to $f wrote nothing"
    done
    # the same document gives the same bytes, whichever way it is written
    assert_exit 0 bs report convert out.json --to json -o again.json
    cmp -s out.json again.json || fail "convert --to json changed the document"
    bs report convert out.json --to csv >stdout.csv || fail "convert to stdout failed"
    cmp -s stdout.csv conv.csv || fail "stdout and -o differ"
}

test_unknown_format_names_the_formats() {
    scan_evidence
    assert_exit 2 bs scan -f pdf -o x.pdf ev 2>err1
    assert_grep "unknown --format 'pdf'.*json, jsonl, sarif, html, csv, body, text" err1
    assert_no_file x.pdf
    assert_exit 2 bs report convert out.json --to pdf -o x.pdf 2>err2
    assert_grep 'unknown format "pdf".*sarif, html, csv, body, text' err2
    assert_no_file x.pdf
    bs scan --help | grep -q -- "report format: json, jsonl, sarif, html, csv, body, text" ||
        fail "scan --help does not list the formats"
}

test_sarif_valid_for_the_multitool() {
    scan_evidence
    assert_exit 1 bs scan -q --add-rules -r rules.yar -f sarif -o out.sarif ev
    "$PYTHON" "$E2E_LIB/enrich-report.py" out.json rich.json
    assert_exit 0 bs report convert rich.json --to sarif -o rich.sarif
    sh "$REPO/tests/sarif/validate.sh" out.sarif rich.sarif 2>validate.err
    rc=$?
    [ $rc -eq 2 ] && fail "the SARIF multitool cannot run here: $(tail -n 3 validate.err)"
    [ $rc -eq 0 ] || { cat validate.err >&2; fail "the SARIF multitool found errors"; }
}

test_sarif_mapping() {
    scan_evidence
    assert_exit 0 bs report convert out.json --to sarif -o a.sarif
    "$PYTHON" - a.sarif out.json <<'PY' || fail "SARIF mapping"
import json, sys
s = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
assert s["version"] == "2.1.0" and len(s["runs"]) == 1
run = s["runs"][0]
drv = run["tool"]["driver"]
assert drv["name"] == "breachscan" and drv["version"] == r["tool"]["version"]
rules = {x["id"]: x for x in drv["rules"]}
assert set(rules) == {f["rule"] for f in r["findings"]}, "one rule per rule with findings"
sev = {"critical": ("error", "9.5"), "high": ("error", "8.0"), "medium": ("warning", "5.5"),
       "low": ("note", "3.0"), "info": ("note", "0.0")}
assert len(run["results"]) == len(r["findings"])
for res, f in zip(run["results"], r["findings"]):
    assert res["ruleId"] == f["rule"]
    assert drv["rules"][res["ruleIndex"]]["id"] == f["rule"]
    assert res["level"] == sev[f["severity"]][0], (res["level"], f["severity"])
    assert rules[f["rule"]]["properties"]["security-severity"] in [v[1] for v in sev.values()]
    uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    loc = f["object"]["location"]
    if "!" in loc:       # inside an archive: the location, percent-encoded, and its containers
        assert "%21" in uri and ":" not in uri, uri
        names = [l["name"] for l in res["locations"][0]["logicalLocations"]]
        assert any(n.endswith("app.war") for n in names), names
    else:                # a plain file: relative to the scanned root
        assert uri == f["object"]["path"].lstrip("/").replace("<", "%3C").replace(">", "%3E") \
            .replace("(", "%28").replace(")", "%29").replace("=", "%3D").replace(" ", "%20"), uri
    assert len(res["partialFingerprints"]["breachscan/v2"]) == 64
uris = [x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for x in run["results"]]
assert "web/sub/ok.jsp" in uris, uris
PY
    # stable across runs: a second scan gives the same fingerprints
    assert_exit 1 bs scan -q --add-rules -r rules.yar -j 1 -f sarif -o b.sarif ev
    for f in a.sarif b.sarif; do
        "$PYTHON" -c 'import json,sys; print(sorted(r["partialFingerprints"]["breachscan/v2"] for r in json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$f"
    done >prints
    [ "$(sed -n 1p prints)" = "$(sed -n 2p prints)" ] || fail "fingerprints differ between runs"
}

test_html_in_chromium() {
    command -v chromium >/dev/null 2>&1 || skip "chromium is not installed (make deps)"
    scan_evidence
    "$PYTHON" "$E2E_LIB/enrich-report.py" out.json rich.json
    assert_exit 0 bs report convert rich.json --to html -o report.html
    n=$(jget out.json 'len(F)')
    "$PYTHON" "$REPO/tests/html/check-html.py" report.html --expect-findings "$n" \
        --expect-verdict compromised --expect-text "$XSS" --expect-text "Card data exposed" \
        --expect-text "What to do now" || fail "the HTML report failed in Chromium"
}

# The `make demo` report in Chromium; its screenshot is build/report-html.png
# (docs/report-html.png in the README is a copy).
test_html_demo_screenshot() {
    command -v chromium >/dev/null 2>&1 || skip "chromium is not installed (make deps)"
    sh "$REPO/tests/demo/make-demo.sh" "$BIN" demo >demo.log 2>&1 || fail "make-demo.sh: $(tail -n 3 demo.log)"
    assert_file demo/report.html
    assert_file demo/report.sarif
    n=$(jget demo/report.json 'len(F)')
    mkdir -p "$REPO/build"
    "$PYTHON" "$REPO/tests/html/check-html.py" demo/report.html --screenshot "$REPO/build/report-html.png" \
        --expect-findings "$n" --expect-verdict compromised --expect-text "Breach window" ||
        fail "the demo HTML report failed in Chromium"
    [ -s "$REPO/build/report-html.png" ] || fail "no screenshot"
    sh "$REPO/tests/sarif/validate.sh" demo/report.sarif 2>validate.err
    rc=$?
    [ $rc -eq 2 ] && fail "the SARIF multitool cannot run here: $(tail -n 3 validate.err)"
    [ $rc -eq 0 ] || { cat validate.err >&2; fail "the SARIF multitool found errors in the demo"; }
}

test_html_escapes_everything() {
    scan_evidence
    assert_exit 0 bs report convert out.json --to html -o report.html
    grep -q '<img' report.html && fail "a raw <img> tag in the HTML"
    grep -qF '&lt;img src=x onerror=alert(1)&gt;.jsp' report.html || fail "the XSS file name is not shown escaped"
    grep -Eiq '<[a-z][^>]*[[:space:]](src|href|action|srcset|data)=' report.html &&
        fail "a src/href/action attribute in the HTML"
    grep -q "Content-Security-Policy\" content=\"default-src 'none'" report.html || fail "no CSP"
    return 0
}

test_csv_rfc4180_and_formula_guard() {
    scan_evidence
    assert_exit 0 bs report convert out.json --to csv -o out.csv
    "$PYTHON" - out.csv out.json <<'PY' || fail "CSV"
import csv, json, sys
raw = open(sys.argv[1], newline="").read()
assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")
rows = list(csv.reader(open(sys.argv[1], newline="")))
r = json.load(open(sys.argv[2]))
assert rows[0] == ["id", "severity", "rule", "source", "family", "target", "location", "path", "size",
                   "sha256", "mtime", "crtime", "deleted", "log_hits", "description"], rows[0]
assert len(rows) == 1 + len(r["findings"])
for row, f in zip(rows[1:], r["findings"]):
    assert row[0] == f["id"] and row[2] == f["rule"] and row[6] == f["object"]["location"]
    d = f["description"] or ""
    assert row[14] == ("'" + d if d[:1] in "=+-@" and d else d), (row[14], d)
assert any(row[14].startswith("'=HYPERLINK(") for row in rows[1:]), "formula guard"
PY
}

test_body_parses_with_mactime() {
    command -v mactime >/dev/null 2>&1 || skip "mactime (sleuthkit) is not installed"
    scan_evidence
    "$PYTHON" "$E2E_LIB/enrich-report.py" out.json rich.json
    assert_exit 0 bs report convert rich.json --to body -o out.body
    awk -F'|' 'NF != 11 { bad = 1 } END { exit bad }' out.body || fail "a body line without 11 fields"
    mactime -b out.body -d -y >timeline.csv 2>mactime.err || fail "mactime failed: $(cat mactime.err)"
    [ -s mactime.err ] && fail "mactime complained: $(cat mactime.err)"
    grep -q 'sub/ok.jsp' timeline.csv || fail "the shell is not in the mactime output"
    grep -q '2018-08-14T03:12:09Z,.*m...*sub/ok.jsp' timeline.csv || fail "the shell's mtime is not in the mactime output"
    grep -q '2018-08-14T03:15:40Z,.*\.a\.\..*log.request 203.0.113.7 POST' timeline.csv ||
        fail "the log request is not in the mactime output (atime column)"
}

test_text_summary_on_stderr() {
    scan_evidence
    assert_grep '^breachscan: COMPROMISED' scan.err
    assert_grep 'Files with findings \(most severe first\)' scan.err
    assert_grep 'sub/ok.jsp' scan.err
    assert_grep '^Full report: out.json$' scan.err
    assert_grep 'What to do now' scan.err
    assert_grep 'payment processor' scan.err
    # -q: nothing but errors
    assert_exit 1 bs scan -q -o q.json --add-rules -r rules.yar ev 2>q.err
    [ -s q.err ] && fail "-q printed: $(head -c 300 q.err)"
    # -f text writes the same summary (without the report path)
    assert_exit 0 bs report convert out.json --to text -o out.text
    grep -v -e '^Full report: ' -e '^$' -e '^breachscan: [0-9]* finding(s); exit' scan.err >expected
    grep -v '^$' out.text >got
    diff expected got >/dev/null || fail "-f text differs from the stderr summary: $(diff expected got | head -5)"
}

test_text_summary_clean_and_shell_use() {
    mkdir clean && printf 'hello\n' >clean/index.html
    assert_exit 0 bs scan -o c.json clean 2>c.err
    assert_grep '^breachscan: CLEAN' c.err
    assert_grep 'scan again when the rules are updated' c.err
    mk_evidence
    scan_ok 1 out.json ev 2>/dev/null
    "$PYTHON" "$E2E_LIB/enrich-report.py" out.json rich.json
    assert_exit 0 bs report convert rich.json --to text -o rich.text
    assert_grep 'Shell use: requests in the web-server logs' rich.text
    assert_grep 'first request 2018-08-14T03:15:40Z: POST .* from 203.0.113.7' rich.text
    assert_grep 'from 198.51.100.9: 1 request' rich.text
    assert_grep 'Card data exposed: 3 distinct card number' rich.text
}

test_text_summary_escapes_terminal_controls() {
    mkdir -p ev
    printf 'BREACHSCAN_TEST_MARKER_HIGH\n' >"ev/$(printf 'evil\033[2J\033]0;x\007.jsp')"
    std_rules rules.yar
    assert_exit 1 bs scan -r rules.yar -o out.json ev 2>err
    grep -q "$(printf '\033')" err && fail "an escape character reached stderr"
    assert_grep 'evil\\x1b\[2J' err
    assert_exit 0 bs report convert out.json --to text -o out.text
    grep -q "$(printf '\033')" out.text && fail "an escape character in -f text"
    return 0
}

test_no_full_card_number_in_any_output() {
    scan_evidence
    for f in $FORMATS; do
        assert_exit 0 bs report convert out.json --to "$f" -o "out.$f"
    done
    for pan in $PANS; do
        for file in out.* scan.err; do
            if grep -q "$pan" "$file"; then fail "full card number $pan in $file"; fi
        done
    done
    jcheck out.json 'len(F) > 0 and any_("app-debug.log" in f["object"]["location"] for f in F)' "the card-data log has findings"
}
