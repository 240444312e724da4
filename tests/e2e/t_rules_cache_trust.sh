# t_rules_cache_trust.sh - the compiled cache of the bundled rules is used
# only when nobody else could have written it: a planted bundle in a cache
# directory that others may write is ignored (and rebuilt from the sources).

test_rules_cache_planted_bundle_ignored() {
    export XDG_CACHE_HOME="$PWD/cache"
    mkdir ev
    echo "nothing to see" >ev/readme.txt
    scan_ok 0 out.json ev # builds the cache entry for the bundled rules
    entry=$(ls cache/breachscan/*.yarc)
    [ -f "$entry" ] || fail "no cache entry written"
    # a planted "bundle" that flags everything, under the bundled rules' name
    printf 'rule planted_everything { condition: true }\n' >planted.yar
    assert_exit 0 bs rules compile -r planted.yar -o planted.yarc
    cp planted.yarc "$entry"
    chmod 777 cache/breachscan # others may write here: not trusted
    scan_ok 0 out2.json ev
    jcheck out2.json 'len(F) == 0' "planted bundle not loaded"
    # the same file in a private directory is this user's own cache: used
    # (the untrusted run above rebuilt the entry: plant it again)
    chmod 700 cache/breachscan
    cp planted.yarc "$entry"
    chmod 600 "$entry"
    scan_ok 1 out3.json ev
    jcheck out3.json 'any_(f["rule"] == "planted_everything" for f in F)' "own cache entry used"
}
