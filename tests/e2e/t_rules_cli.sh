# t_rules_cli.sh - `breachscan rules list|check|compile`, the meta contract of
# the bundled rules, IOC syntax errors with file and line, compiled bundles,
# the bundled-rules cache, and third-party rules using all six externals.
. "$E2E_LIB/detect.sh"

# A private copy of the bundled rules that a test may break.
bundled_copy() {
    cp -R "$REPO/rules" "$1"
}

test_rules_check_bundled_ok() {
    bs rules check >out.txt 2>err.txt || fail "bundled rules fail the check: $(cat err.txt)"
    # one compiled file per rules/*.yar (rule areas add files over time)
    local n
    n=$(ls "$REPO"/rules/*.yar | wc -l)
    assert_grep "^ok: $n rule file" out.txt
    # no compiler warnings at all in the bundled set (slow strings etc.)
    assert_grep ' 0 warning' out.txt
}

test_rules_check_missing_meta_fails() {
    bundled_copy r
    cat >>r/extra.yar <<'YAR'
rule Extra_Without_Family
{
    meta:
        severity = "high"
        description = "test"
        reference = "none"
        author = "t"
        date = "2026-01-01"
    strings:
        $a = "EXTRA_MARKER_1234"
    condition:
        $a
}

rule Extra_Bad_Severity
{
    meta:
        severity = "severe"
        description = "test"
        family = "T"
        reference = "none"
        author = "t"
        date = "26-1-1"
    strings:
        $a = "EXTRA_MARKER_5678"
    condition:
        $a
}
YAR
    assert_exit 2 env BREACHSCAN_RULES="$PWD/r" "$BIN" rules check 2>err.txt
    assert_grep "extra\.yar:1: error: rule Extra_Without_Family: missing meta 'family'" err.txt
    assert_grep "extra\.yar:15: error: rule Extra_Bad_Severity: severity 'severe'" err.txt
    assert_grep "extra\.yar:15: error: rule Extra_Bad_Severity: date '26-1-1'" err.txt
}

test_rules_check_bundled_warning_fails() {
    bundled_copy r
    cat >>r/slow.yar <<'YAR'
rule Slow_Rule
{
    meta:
        severity = "low"
        description = "test"
        family = "T"
        reference = "none"
        author = "t"
        date = "2026-01-01"
    strings:
        $a = /[0-9]{2,8}x/
    condition:
        $a
}
YAR
    assert_exit 2 env BREACHSCAN_RULES="$PWD/r" "$BIN" rules check 2>err.txt
    assert_grep 'slow\.yar:[0-9]+: warning: .*slow' err.txt
}

# Third-party rules are never rejected for missing meta; warnings do not fail them.
test_rules_check_third_party_without_meta() {
    cat >tp.yar <<'YAR'
rule tp_plain { strings: $a = "THIRD_PARTY_MARKER" condition: $a }
YAR
    bs rules check -r tp.yar >out.txt 2>err.txt || fail "third-party rule rejected: $(cat err.txt)"
    assert_grep '^ok: 1 rule file' out.txt
}

test_rules_check_compile_error_has_file_line() {
    printf 'rule broken {\n  condition:\n    nope_identifier\n}\n' >bad.yar
    assert_exit 2 bs rules check -r bad.yar 2>err.txt
    assert_grep 'bad\.yar:3: error: ' err.txt
}

test_rules_check_bad_ioc_lines() {
    mkdir iocs
    printf '# comment\n44d88612fea8a8f36de82e1278abb02f;ok\nnot-a-hash;x\n' >iocs/hashes.txt
    printf '(?i)/good/.*;high;fine\n(unclosed;medium;bad regex\n/x;severe;bad severity\n' \
        >iocs/filenames.txt
    printf 'ok_name;high;^POST /x\nbad name;low;x\nnosev;^GET\n' >iocs/logs.txt
    assert_exit 2 bs rules check --ioc iocs 2>err.txt
    assert_grep 'iocs/hashes\.txt:3: error: .*not an md5' err.txt
    assert_grep 'iocs/filenames\.txt:2: error: bad regular expression' err.txt
    assert_grep 'iocs/filenames\.txt:3: error: expected <regex>' err.txt
    assert_grep 'iocs/logs\.txt:2: error: bad pattern name' err.txt
    assert_grep 'iocs/logs\.txt:3: error: ' err.txt
    # a scan with the same lists stops before scanning (exit 2), naming file and line
    mkdir ev && echo x >ev/a
    assert_exit 2 bs scan --ioc iocs -o out.json ev 2>scan_err.txt
    assert_grep 'iocs/filenames\.txt:2' scan_err.txt
}

test_rules_check_bundled_iocs_valid() {
    bs rules check >out.txt
    assert_grep '[1-9][0-9]* hash\(es\), [1-9][0-9]* file-name pattern\(s\), [1-9][0-9]* log pattern\(s\)' out.txt
}

test_rules_list_columns() {
    bs rules list >list.txt
    assert_grep '^rule	namespace	severity	family	file$' list.txt
    assert_grep '^Click2Gov_SJavaWebManage_Modules	click2gov	critical	SJavaWebManage	.*/click2gov\.yar$' list.txt
    assert_grep '^WebLogic_XMLDecoder_Exploit_Payload	click2gov	high	WebLogic-XMLDecoder	' list.txt
    assert_grep '^JS_Skimmer_Form_Hook_Exfil	skimmers_js	critical	Magecart	' list.txt
    # private helper rules are not listed
    if grep -q '^C2G_JspContext' list.txt; then fail "private rule listed"; fi
    # every listed bundled rule has a known severity and a family
    awk -F'\t' 'NR > 1 && ($3 !~ /^(critical|high|medium|low|info)$/ || $4 == "-") { bad = 1; print }
                END { exit bad }' list.txt || fail "rule without severity or family"
}

test_rules_compile_bundle_and_scan_with_it() {
    bs rules compile -o bundle.yarc 2>err.txt
    assert_file bundle.yarc
    copy_samples ev sjavawebmanage
    scan_ok 1 out.json -r bundle.yarc ev
    expect_samples out.json sjavawebmanage/
    # same findings as the bundled sources
    scan_ok 1 src.json ev
    [ "$(findings out.json)" = "$(findings src.json)" ] || fail "bundle and sources differ"
}

test_rules_bundled_cache_written_and_rebuilt() {
    export XDG_CACHE_HOME=$PWD/cache
    unset BREACHSCAN_NO_CACHE
    copy_samples ev sjavawebmanage
    scan_ok 1 a.json ev
    local entry
    entry=$(ls cache/breachscan/*.yarc 2>/dev/null | head -n 1)
    [ -n "$entry" ] || fail "no cache entry written under $XDG_CACHE_HOME/breachscan"
    # second run uses it and gives the same findings
    scan_ok 1 b.json ev
    [ "$(findings a.json)" = "$(findings b.json)" ] || fail "cached rules give other findings"
    # a corrupt entry is ignored and replaced
    echo "garbage" >"$entry"
    scan_ok 1 c.json ev
    [ "$(findings a.json)" = "$(findings c.json)" ] || fail "corrupt cache changed findings"
    [ "$(wc -c <"$entry")" -gt 100 ] || fail "corrupt cache entry not rebuilt"
}

# Loki/THOR-style third-party rule using all six externals compiles and matches with -r.
test_rules_third_party_all_externals() {
    mkdir -p ev/app/web
    printf '<%%@ page %%>THIRD_PARTY_EXT_MARKER\n' >ev/app/web/probe.jsp
    printf 'THIRD_PARTY_EXT_MARKER\n' >ev/app/other.txt
    local md5 uid
    md5=$(md5sum ev/app/web/probe.jsp | cut -d' ' -f1)
    uid=$(id -u)
    cat >tp.yar <<YAR
rule tp_all_externals
{
    meta:
        score = 70
    strings:
        \$m = "THIRD_PARTY_EXT_MARKER"
    condition:
        \$m and filename == "probe.jsp" and filepath endswith "/app/web" and
        extension == ".jsp" and filetype == "JSP" and owner == "$uid" and md5 == "$md5"
}
YAR
    bs rules check -r tp.yar >/dev/null || fail "externals rule does not compile"
    scan_ok 1 out.json -r tp.yar ev
    jcheck out.json 'len(F) == 1 and F[0]["rule"] == "tp_all_externals" and F[0]["severity"] == "medium"' \
        "one finding from the externals rule, severity from score 70"
    jcheck out.json 'F[0]["object"]["path"].endswith("app/web/probe.jsp")'
}

# With no -r the scan uses the bundled rules (and -r replaces them).
test_rules_scan_defaults_to_bundled() {
    copy_samples ev php_webshells
    scan_ok 1 out.json ev
    jcheck out.json 'any_(f["namespace"] == "webshells_php" for f in F)' "bundled rules used"
    printf 'rule only_this { strings: $a = "NOT_IN_ANY_SAMPLE_987" condition: $a }\n' >x.yar
    mkdir no-iocs
    scan_ok 0 out2.json -r x.yar --ioc no-iocs ev
}
