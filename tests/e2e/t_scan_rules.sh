# t_scan_rules.sh - rule loading for scans: compile errors are fatal (exit 2)
# with file and line; third-party rules without meta still work.

test_broken_rule_file_exit_2() {
    mkdir -p ev rules
    echo hi >ev/a.txt
    write_rule rules/good.yar bs_good high GOOD_MARKER
    cat >rules/broken.yar <<'YAR'
rule bs_broken
{
    strings:
        $a = "x"
    condition:
        $a and and
}
YAR
    assert_exit 2 bs scan -r rules/broken.yar -o out.json ev 2>err.txt
    assert_no_file out.json
    assert_grep 'broken\.yar' err.txt
    assert_grep '(:6|line 6)' err.txt
    # a directory holding the broken file fails the same way
    assert_exit 2 bs scan -r rules -o out.json ev 2>err2.txt
    assert_no_file out.json
    assert_grep 'broken\.yar' err2.txt
}

test_missing_rule_file_exit_2() {
    mkdir ev
    echo hi >ev/a.txt
    assert_exit 2 bs scan -r nope.yar -o out.json ev 2>err.txt
    assert_no_file out.json
    assert_grep 'nope\.yar' err.txt
}

test_rule_without_meta_defaults() {
    mkdir ev
    cat >r.yar <<'YAR'
rule no_meta { strings: $a = "PLAIN_MARKER_ONE" condition: $a }
rule scored { meta: score = 85 strings: $a = "PLAIN_MARKER_TWO" condition: $a }
YAR
    echo PLAIN_MARKER_ONE >ev/a.txt
    echo PLAIN_MARKER_TWO >ev/b.txt
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json '{f["rule"]: f["severity"] for f in F} == {"no_meta": "medium", "scored": "high"}' \
        "severity from score meta, medium by default"
}

test_rules_external_variables() {
    mkdir -p ev/web
    cat >r.yar <<'YAR'
rule ext_vars
{
    meta:
        severity = "low"
    condition:
        filename == "probe.jsp" and extension == ".jsp" and filepath endswith "web"
}
YAR
    echo "x" >ev/web/probe.jsp
    echo "x" >ev/web/other.jsp
    scan_ok 0 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("web/probe.jsp")'
}

# Rules bounded by `filesize < N` are not verified in larger objects
# (matchers/rule_bounds.c): the same findings as YARA's own semantics, at the
# boundary and in any order, bounded and unbounded rules side by side.
test_rules_size_bound_semantics() {
    mkdir -p ev rules
    cat >rules/b.yar <<'YAR'
rule bs_bounded
{
    meta:
        severity = "high"
    strings:
        $a = "SIZE_BOUND_MARKER"
    condition:
        filesize < 1000 and $a
}
rule bs_bounded_le
{
    meta:
        severity = "high"
    strings:
        $a = "SIZE_BOUND_MARKER"
    condition:
        $a and (filesize <= 1000 and #a >= 1)
}
rule bs_unbounded
{
    meta:
        severity = "high"
    strings:
        $a = "SIZE_BOUND_MARKER"
    condition:
        $a and filesize > 10
}
YAR
    for n in 999 1000 1001 5000; do
        for c in a z; do
            python3 -c "import sys; sys.stdout.write(('SIZE_BOUND_MARKER' + ' ' * $n)[:$n])" >"ev/$c$n.txt"
        done
    done
    for j in 1 3; do
        scan_ok 1 out$j.json -r rules/b.yar -j $j ev
        jcheck out$j.json 'sorted(f["object"]["path"] for f in F if f["rule"] == "bs_bounded") == ["/a999.txt", "/z999.txt"]'
        jcheck out$j.json 'sorted(f["object"]["path"] for f in F if f["rule"] == "bs_bounded_le") == ["/a1000.txt", "/a999.txt", "/z1000.txt", "/z999.txt"]'
        jcheck out$j.json 'len([f for f in F if f["rule"] == "bs_unbounded"]) == 8'
    done
}

# The same findings with and without the size bounds on the bundled rules,
# for synthetic samples grown past the bounds the rules have (1, 2 and 5 MB):
# the bounds only ever skip work for rules that cannot match.
test_rules_size_bounds_same_findings() {
    mkdir ev
    python3 - "$REPO/tests/data/samples" <<'PY'
import os, sys
src = sys.argv[1]
picks = ["php_backdoors/c99_like.php", "php_backdoors/b374k_like.php", "jsp_webshells/behinder_like.jsp",
         "js_skimmers/fake_form.js", "js_skimmers/rotated_array.js", "asp_webshells/allinone.asp",
         "php_backdoors/wso_like.php", "js_skimmers/kit_grabber.js"]
filler = b"".join(open(os.path.join(src, p), "rb").read() for p in
                  ("js_skimmers/carousel_ok.js", "js_skimmers/version_dots_ok.js", "php_backdoors/benign_cache.php"))
for size in (600000, 1100000, 2100000, 5300000):
    for p in picks:
        body = open(os.path.join(src, p), "rb").read() + b"\n"
        body += filler * ((size - len(body)) // len(filler) + 1)
        open("ev/%d_%s" % (size, os.path.basename(p)), "wb").write(body[:size])
PY
    scan_ok 1 bounded.json ev
    scan_ok 1 full.json --no-rule-bounds ev
    assert_eq "$("$PYTHON" "$E2E_LIB/jq.py" strip bounded.json)" "$("$PYTHON" "$E2E_LIB/jq.py" strip full.json)" \
        "findings differ with --no-rule-bounds"
    # the comparison means something only if findings remain past some bounds
    jcheck bounded.json 'len({f["object"]["path"].split("_")[0] for f in F}) >= 3'
    jcheck bounded.json 'any_(f["object"]["path"].startswith("/2100000_") for f in F)'
}
