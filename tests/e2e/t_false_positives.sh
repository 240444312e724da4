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

# An editor's PHP completion list (synthetic, in the shape of vim's
# phpcomplete.vim) names every capability a web shell combines - listing,
# upload, write, delete, exec, sockets, request input - and runs none: no
# finding.  The same list without the names from unrelated extensions (no
# longer a catalogue) is flagged, so the exclusion is what keeps it quiet.
write_completion_list() {
    {
        echo '" completion data for PHP buffers: matches <?php and <?= blocks'
        echo 'let g:php_builtin_functions = {'
        for f in scandir opendir readdir move_uploaded_file file_put_contents fwrite fputs unlink \
            rmdir rename chmod php_uname disk_free_space get_current_user getmyuid phpversion \
            shell_exec passthru proc_open popen system exec fsockopen stream_socket_client \
            getallheaders "$@"; do
            echo "    \\ '$f(': '...',"
        done
        echo "    \\ }"
        echo '" $_POST $_GET $_REQUEST $_FILES $_SERVER["SERVER_SOFTWARE"] CONNECT safe_mode open_basedir'
    } >"$1"
}

test_php_function_catalogue_is_quiet() {
    mkdir ev
    write_completion_list ev/phpcomplete.vim easter_date jdtogregorian gregoriantojd date_sunrise \
        cal_days_in_month iconv_mime_decode mb_convert_kana xmlwriter_start_element \
        imagecolorallocatealpha iterator_apply log1p expm1 levenshtein metaphone soundex
    scan_ok 0 out.json --fail-on info ev
    jcheck out.json 'len(F) == 0' "a completion list is no shell"
    write_completion_list ev/phpcomplete.vim
    scan_ok 1 out2.json ev
}

# A closure called on a server variable the client does not write
# ($_SERVER['DOCUMENT_ROOT'], as in App Engine's PHP runtime setup) is no
# variable-function shell; on a request header it is.
test_closure_on_server_variable() {
    mkdir ev
    cat >ev/setup.php <<'PHP'
<?php
$unixPath = function($path) { return str_replace(DIRECTORY_SEPARATOR, "/", $path); };
$_SERVER['DOCUMENT_ROOT'] = $unixPath($_SERVER['APPLICATION_ROOT']);
$_SERVER['SCRIPT_NAME'] = $unixPath($_SERVER['SCRIPT_FILENAME']);
PHP
    scan_ok 0 out.json ev
    jcheck out.json 'len(F) == 0' "a path helper is no shell"
    cat >ev/h.php <<'PHP'
<?php
$f = 'sys' . 'tem';
$f($_SERVER['HTTP_X_CMD']);
PHP
    scan_ok 1 out2.json ev
    jcheck out2.json 'any_(f["object"]["location"].endswith("h.php") for f in F)' "a header fed to a variable function is"
}
