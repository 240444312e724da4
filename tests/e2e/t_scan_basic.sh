# t_scan_basic.sh - command line basics: version, help, exit codes, output
# files and formats (README, docs/REPORT.md).

test_version_and_help() {
    assert_exit 0 bs version >version.out
    assert_grep 'breachscan' version.out
    assert_exit 0 bs --help >help.out
    assert_grep 'scan' help.out
    assert_exit 0 bs scan --help >scanhelp.out
    assert_grep 'fail-on' scanhelp.out
}

test_finding_in_plain_file() {
    std_rules r.yar
    mkdir ev
    printf 'hello\nx BREACHSCAN_TEST_MARKER_HIGH y\n' >ev/shell.jsp
    echo "nothing here" >ev/readme.txt
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1' "exactly one finding"
    jcheck out.json 'F[0]["rule"] == "bs_test_high" and F[0]["severity"] == "high"'
    jcheck out.json 'F[0]["object"]["path"].endswith("shell.jsp")'
    jcheck out.json 'F[0]["object"]["location"].endswith("shell.jsp")'
    jcheck out.json 'F[0]["matches"][0]["offset"] == 8' "match offset"
    jcheck out.json 'len(F[0]["object"]["sha256"]) == 64' "sha256 of the object"
    jcheck out.json 'r["summary"]["verdict"] == "compromised"'
    jcheck out.json 'r["summary"]["by_severity"]["high"] == 1'
}

test_report_on_stdout() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/a.php
    assert_exit 1 bs scan -r r.yar ev >out.json
    validate_report out.json
    jcheck out.json 'len(F) == 1 and F[0]["rule"] == "bs_test_medium"'
}

test_clean_tree_exit_0() {
    std_rules r.yar
    mkdir -p ev/sub
    echo "just text" >ev/a.txt
    printf '<?php echo 1; ?>\n' >ev/sub/index.php
    scan_ok 0 out.json -r r.yar ev
    jcheck out.json 'len(F) == 0'
    jcheck out.json 'r["summary"]["verdict"] == "clean"'
    jcheck out.json 'r["targets"][0]["stats"]["objects"] == 2' "objects counted"
}

test_fail_on_threshold() {
    std_rules r.yar
    mkdir med high
    echo BREACHSCAN_TEST_MARKER_MEDIUM >med/m.jsp
    cp med/m.jsp high/m.jsp
    echo BREACHSCAN_TEST_MARKER_HIGH >high/h.jsp
    # medium only: the default threshold (medium) fails, --fail-on high does not
    scan_ok 1 m1.json -r r.yar med
    scan_ok 0 m2.json -r r.yar --fail-on high med
    jcheck m2.json 'len(F) == 1 and r["summary"]["verdict"] == "suspicious"'
    # a high finding fails --fail-on high
    scan_ok 1 h1.json -r r.yar --fail-on high high
    scan_ok 0 h2.json -r r.yar --fail-on critical high
    jcheck h2.json 'len(F) == 2'
    # low finding, --fail-on low / info
    mkdir low
    echo BREACHSCAN_TEST_MARKER_LOW >low/l.txt
    scan_ok 0 l1.json -r r.yar low
    scan_ok 1 l2.json -r r.yar --fail-on low low
}

test_output_written_atomically() {
    std_rules r.yar
    mkdir ev outdir
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a.jsp
    scan_ok 1 outdir/report.json -r r.yar ev
    assert_eq "$(ls -A outdir)" "report.json" "only the report in the output directory"
    # overwriting an existing report works the same way
    echo stale >outdir/report.json
    scan_ok 1 outdir/report.json -r r.yar ev
    assert_eq "$(ls -A outdir)" "report.json" "only the report in the output directory"
}

test_bad_usage_exit_2_no_report() {
    std_rules r.yar
    mkdir ev
    echo hi >ev/a.txt
    assert_exit 2 bs scan --no-such-option -o out.json -r r.yar ev 2>err.txt
    assert_no_file out.json
    [ -s err.txt ] || fail "no message on stderr for a bad option"
    # an unreadable target is no usage error: exit 2, and a report (when one is
    # written) names the target in errors[]
    assert_exit 2 bs scan -o tgt.json -r r.yar does-not-exist 2>err.txt
    [ -s err.txt ] || fail "no message on stderr for a missing target"
    if [ -e tgt.json ]; then
        validate_report tgt.json
        jcheck tgt.json 'any_("does-not-exist" in e["location"] for e in E)' "errors[] names the target"
    fi
    assert_exit 2 bs scan -o out.json -r r.yar --fail-on severe ev 2>err.txt
    assert_no_file out.json
    assert_exit 2 bs scan -o out.json -r r.yar 2>err.txt
    assert_no_file out.json
    assert_exit 2 bs no-such-command 2>err.txt
}

test_jsonl_format() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a.jsp
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/b.php
    echo BREACHSCAN_TEST_MARKER_LOW >ev/c.txt
    echo clean >ev/d.txt
    assert_exit 1 bs scan -f jsonl -o out.jsonl -r r.yar ev
    validate_report out.jsonl
    # one object per line, each with a type; the provisional finding.found lines
    # streamed during the scan, then the findings, one summary last
    jcheck out.jsonl 'all_(isinstance(x, dict) and "type" in x for x in r)' "typed lines"
    jcheck out.jsonl '[x["type"] for x in r[:3]] == ["finding.found"] * 3' "streamed lines first"
    jcheck out.jsonl '[x["type"] for x in r].count("finding") == 3' "3 finding lines"
    jcheck out.jsonl '[x["type"] for x in r[3:6]] == ["finding"] * 3' "then the findings"
    jcheck out.jsonl '[x["type"] for x in r].count("summary") == 1 and r[-1]["type"] == "summary"' \
        "one summary line, last"
    jcheck out.jsonl 'sorted(x["rule"] for x in r if x["type"] == "finding") == ["bs_test_high", "bs_test_low", "bs_test_medium"]'
    jcheck out.jsonl 'r[-1]["findings"] == 3 and r[-1]["verdict"] == "compromised"' "summary counts"
    assert_eq "$(wc -l <out.jsonl)" "$(grep -c '^{' out.jsonl)" "every line is one object"
}

test_progress_line_on_stderr() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a.jsp
    scan_ok 1 out.json -r r.yar --progress always ev 2>err.txt
    assert_grep 'objects .* MB/s .* findings' err.txt
    # -q: no progress and no summary line, even with --progress auto
    assert_exit 1 bs scan -q -r r.yar -o out2.json ev 2>err2.txt
    [ ! -s err2.txt ] || fail "stderr not empty under -q: $(cat err2.txt)"
    # not a TTY: auto shows no progress line
    assert_exit 1 bs scan -r r.yar -o out3.json ev 2>err3.txt
    if grep -q 'MB/s' err3.txt; then fail "progress shown without a TTY"; fi
}

# -o to a device or FIFO writes into it; it is never replaced by a regular
# file (an atomic rename over /dev/null would destroy the device node).
test_output_to_fifo_written_in_place() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a.jsp
    mkfifo out.fifo
    cat out.fifo >got.json &
    local reader=$!
    assert_exit 1 bs scan -q -r r.yar -o out.fifo ev
    wait "$reader"
    [ -p out.fifo ] || fail "out.fifo is no longer a FIFO"
    validate_report got.json
    jcheck got.json 'len(F) == 1'
}
