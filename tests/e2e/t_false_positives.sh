# t_false_positives.sh - the bundled rules, IOCs, the decoder and the card-number
# finder stay quiet on real, legitimate code: WordPress, phpMyAdmin, Roundcube,
# Adminer, Postfix Admin, phpLDAPadmin, DokuWiki, Tiny Tiny RSS, NagVis, Tomcat's JSP
# examples and manager, common JavaScript libraries, unpacked from Debian packages
# at test time (tests/e2e/fp-corpus.sh, cached under build/fp-cache).  Any finding
# of severity medium or higher fails.
# A failed download fails the test loudly; it never passes on an empty corpus.

test_false_positives_debian_packages() {
    sh "$REPO/tests/e2e/fp-corpus.sh" "$PWD/fp" || fail "could not build the false-positive corpus"
    local jsp php js
    jsp=$(find fp -name '*.jsp' | wc -l)
    php=$(find fp -name '*.php' | wc -l)
    js=$(find fp -name '*.js' | wc -l)
    echo "corpus: $jsp JSP, $php PHP, $js JS files"
    [ "$jsp" -ge 50 ] && [ "$php" -ge 3500 ] && [ "$js" -ge 1000 ] ||
        fail "corpus too small ($jsp JSP, $php PHP, $js JS): download or unpack went wrong"
    # no -r: the bundled rules and bundled IOCs; all matchers on (decoded layers and
    # card numbers too: the brands' test numbers in source code are sample data)
    local rc=0
    E2E_TIMEOUT=${FP_TIMEOUT:-200} bs scan --fail-on medium -o out.json fp || rc=$?
    [ "$rc" -eq 124 ] && fail "scan of the corpus timed out"
    assert_file out.json
    validate_report out.json
    python3 - out.json <<'PY' || fail "false positives in legitimate code (listed above)"
import json, sys
r = json.load(open(sys.argv[1]))
order = ["info", "low", "medium", "high", "critical"]
bad = [f for f in r["findings"] if order.index(f["severity"]) >= order.index("medium")]
for f in bad:
    print("FALSE POSITIVE %s %s %s" % (f["severity"], f["rule"], f["object"]["location"]))
st = r["targets"][0]["stats"]
print("scanned %d objects, %d bytes; %d findings, %d at medium or above"
      % (st["objects"], st["bytes"], len(r["findings"]), len(bad)))
sys.exit(1 if bad else 0)
PY
    [ "$rc" -eq 0 ] || fail "scan exit $rc, expected 0"
}

# The corpus helper must fail, not pass silently, when a package cannot be fetched.
test_false_positives_download_failure_is_loud() {
    local rc=0
    FP_CACHE=$PWD/cache FP_PACKAGES=breachscan-no-such-package-xyz \
        sh "$REPO/tests/e2e/fp-corpus.sh" "$PWD/fp" 2>err.txt || rc=$?
    [ "$rc" -ne 0 ] || fail "fp-corpus.sh succeeded without its package"
    assert_grep 'FAILED to download' err.txt
}
