# t_limits.sh - the resource limits a user sets on the command line (issue 12:
# each a named option with a safe default): archive bytes, members and ratio,
# location length, matches kept per finding, log events in the timeline.  Each
# is checked where it is hit (the skipped[]/errors[] entry), in scan.options,
# and at its default; values outside the accepted range are refused (exit 2).
# --max-depth, --memory-limit, --max-file-size, --hash-max-size and
# --max-findings-per-rule are covered in t_hostile.sh.

. "$E2E_LIB/mkimages.sh"

# scan_partial OUT ARGS...: exit 0 or 2 (what the limit left unread may make it incomplete).
scan_partial() {
    local out=$1 got=0
    shift
    bs scan -o "$out" "$@" || got=$?
    [ "$got" -eq 0 ] || [ "$got" -eq 2 ] || fail "exit $got, expected 0 or 2: scan $*"
    validate_report "$out"
}

test_limit_archive_members_bytes_ratio() {
    mkimg_need zip
    std_rules r.yar
    mkdir -p ev tmp
    for i in 1 2 3 4 5; do head -c 100000 /dev/urandom >tmp/m$i.bin; done
    # padding that deflates, so the zip does not hold the marker as plain bytes
    { echo BREACHSCAN_TEST_MARKER_HIGH; yes '<p>padding padding</p>' | head -n 200; } >tmp/shell.jsp
    (cd tmp && zip -q ../ev/five.zip m1.bin m2.bin m3.bin m4.bin m5.bin shell.jsp)
    head -c 3000000 /dev/zero >tmp/zeros.bin # about 1000:1 deflated
    (cd tmp && zip -q ../ev/zeros.zip zeros.bin)
    scan_ok 1 def.json -r r.yar ev
    jcheck def.json 'any_(s["reason"] == "zip-bomb" for s in S)' "1000:1 is a bomb at the default 200:1"
    jcheck def.json 'not any_(s["reason"] in ("too-many-members", "too-large") for s in S)'
    jcheck def.json 'r["scan"]["options"]["archive_max_members"] == 100000 and r["scan"]["options"]["archive_max_ratio"] == 200 and r["scan"]["options"]["archive_max_bytes"] == 1073741824'
    scan_ok 0 members.json -r r.yar --archive-max-members 3 --archive-max-ratio 5000 ev
    jcheck members.json 'any_(s["reason"] == "too-many-members" and s["location"] == "ev/five.zip" for s in S)'
    jcheck members.json 'not any_(s["reason"] == "zip-bomb" for s in S)' "--archive-max-ratio 5000 lets 1000:1 through"
    scan_partial bytes.json -r r.yar --archive-max-bytes 250K ev
    jcheck bytes.json 'any_(s["reason"] == "too-large" and s["location"].startswith("ev/five.zip") for s in S)'
    jcheck bytes.json 'r["scan"]["options"]["archive_max_bytes"] == 256000'
    for bad in "--archive-max-members 0" "--archive-max-ratio 0" "--archive-max-bytes 0"; do
        # shellcheck disable=SC2086
        assert_exit 2 bs scan $bad -o x.json ev
    done
    assert_no_file x.json
}

test_limit_path_length() {
    std_rules r.yar
    long=ev/$(python3 -c 'print("/".join(["d" * 60] * 6))')
    mkdir -p "$long"
    echo BREACHSCAN_TEST_MARKER_HIGH >"$long/deep.jsp"
    scan_ok 1 def.json -r r.yar ev
    jcheck def.json 'len(F) == 1 and r["scan"]["options"]["max_path_length"] == 32768'
    scan_ok 0 cut.json -r r.yar --max-path-length 300 ev
    jcheck cut.json 'len(F) == 0 and any_(s["reason"] == "path-length" and "300 bytes" in s["detail"] for s in S)'
    assert_exit 2 bs scan --max-path-length 100 -o x.json ev
    assert_exit 2 bs scan --max-path-length 2G -o x.json ev
    assert_no_file x.json
}

test_limit_matches_per_finding() {
    std_rules r.yar
    mkdir ev
    python3 -c 'print("\n".join(["BREACHSCAN_TEST_MARKER_HIGH %d" % i for i in range(40)]))' >ev/many.jsp
    scan_ok 1 def.json -r r.yar ev
    jcheck def.json 'len(F[0]["matches"]) == 16 and r["scan"]["options"]["max_matches"] == 16'
    scan_ok 1 more.json -r r.yar --max-matches 30 ev
    jcheck more.json 'len(F[0]["matches"]) == 30'
    # read back: a report with more than 16 matches a finding converts as it is
    assert_exit 0 bs report convert more.json --to json -o conv.json
    cmp -s more.json conv.json || fail "report convert changed a report with 30 matches a finding"
    assert_exit 2 bs scan --max-matches 0 -o x.json ev
    assert_exit 2 bs scan --max-matches 1025 -o x.json ev
    assert_no_file x.json
}

test_limit_log_events() {
    std_rules r.yar
    mkdir -p ev/www ev/logs
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/www/x.jsp
    for i in 1 2 3 4 5 6 7 8 9; do
        printf '203.0.113.9 - - [14/Aug/2018:10:0%d:00 +0000] "GET /x.jsp?c=id HTTP/1.1" 200 5\n' "$i"
    done >ev/logs/access.log
    scan_ok 1 def.json -r r.yar ev
    jcheck def.json 'len([e for e in r["timeline"] if e["event"] == "log.request"]) == 9'
    jcheck def.json 'r["scan"]["options"]["max_log_events"] == 100000'
    scan_ok 1 few.json -r r.yar --max-log-events 4 ev
    jcheck few.json 'len([e for e in r["timeline"] if e["event"].startswith("log.")]) == 4'
    jcheck few.json 'any_(e["stage"] == "logs" and "more than 4 log events (--max-log-events)" in e["message"] for e in E)'
}

test_limit_log_line() {
    mkdir -p ev/logs
    python3 - <<'PY'
pad = "A" * 70000
with open("ev/logs/access.log", "w") as f:
    f.write('203.0.113.9 - - [14/Aug/2018:10:00:00 +0000] "GET /index.jsp HTTP/1.1" 200 5\n')
    f.write('203.0.113.9 - - [14/Aug/2018:10:01:00 +0000] "GET /Web/Admin.jsp?x=%s&m=CMDS HTTP/1.1" 200 5\n' % pad)
PY
    # the default 64K cuts the long line before its module parameter: counted, not matched
    scan_ok 0 def.json ev
    jcheck def.json 'r["targets"][0]["stats"]["log_long_lines"] == 1 and not any_(f["rule"] == "sjavawebmanage_module" for f in F)'
    jcheck def.json 'r["scan"]["options"]["max_log_line"] == 65536'
    scan_ok 1 long.json --max-log-line 128K ev
    jcheck long.json 'r["targets"][0]["stats"]["log_long_lines"] == 0 and any_(f["rule"] == "sjavawebmanage_module" for f in F)'
    assert_exit 2 bs scan --max-log-line 100 -o x.json ev
    assert_exit 2 bs scan --max-log-line 1G -o x.json ev
    assert_no_file x.json
}
