# t_scan_fs.sh - the directory walk: symlinks, special files, odd names, deep
# trees, size limits and unreadable files (docs/ARCHITECTURE.md, collectors/fs).

test_symlink_loops_complete() {
    std_rules r.yar
    mkdir -p ev/a/b
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a/b/shell.jsp
    ln -s . ev/self
    ln -s .. ev/a/up
    ln -s ../.. ev/a/b/top
    ln -s loop2 ev/loop1
    ln -s loop1 ev/loop2
    ln -s /nonexistent/target ev/dangling
    ln -s b/shell.jsp ev/a/link.jsp
    E2E_TIMEOUT=30 scan_ok 1 out.json -r r.yar ev
    # symlinks are never followed: the one real file gives the one finding
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("a/b/shell.jsp")'
}

test_fifo_skipped_with_reason() {
    std_rules r.yar
    mkdir ev
    mkfifo ev/pipe
    echo hi >ev/a.txt
    E2E_TIMEOUT=30 scan_ok 0 out.json -r r.yar ev
    jcheck out.json 'any_(s["location"].endswith("pipe") and s.get("reason") for s in S)' \
        "FIFO listed in skipped[] with a reason"
    # nothing opens it: a writer waiting for a reader is still waiting after the scan
    # (on a live server, opening it would release the writer, a change to the evidence)
    (exec 3>ev/pipe && echo opened >writer.txt) &
    local writer=$!
    E2E_TIMEOUT=30 scan_ok 0 out2.json -r r.yar ev
    sleep 0.2
    kill "$writer" 2>/dev/null || true
    wait "$writer" 2>/dev/null || true
    assert_no_file writer.txt
}

test_non_utf8_name_preserved() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_HIGH >"ev/bad$(printf '\377\376')name.jsp"
    scan_ok 1 out.json -r r.yar ev
    # raw bytes 0xff 0xfe become the text \xff\xfe (either case of hex digits)
    jcheck out.json 'len(F) == 1' "one finding"
    jcheck out.json 're.search(r"bad\\x[fF]{2}\\x[fF][eE]name\.jsp$", F[0]["object"]["path"])' \
        "escaped path"
    jcheck out.json 're.search(r"bad\\x[fF]{2}\\x[fF][eE]name\.jsp$", F[0]["object"]["location"])' \
        "escaped location"
}

test_deep_tree() {
    std_rules r.yar
    local d=ev i
    for i in $(seq 1 100); do d=$d/d$i; done
    mkdir -p "$d"
    echo BREACHSCAN_TEST_MARKER_MEDIUM >"$d/deep.php"
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("/d99/d100/deep.php")'
}

test_too_large_skipped_with_hashes() {
    std_rules r.yar
    mkdir ev
    { echo BREACHSCAN_TEST_MARKER_HIGH; head -c 20000 /dev/zero; } >ev/big.bin
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/small.txt
    local sha
    sha=$(sha256sum ev/big.bin | cut -d' ' -f1)
    scan_ok 1 out.json -r r.yar --max-file-size 10000 ev
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("small.txt")' \
        "only the small file is content-scanned"
    jcheck out.json 'any_(s["location"].endswith("big.bin") and s["reason"] == "too-large" for s in S)' \
        "big.bin skipped as too-large"
    jcheck out.json "'$sha' in json.dumps([s for s in S if s['location'].endswith('big.bin')])" \
        "skipped entry carries the sha256"
}

test_unreadable_file_error() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/ok.txt
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/secret.txt
    chmod 000 ev/secret.txt
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        # root reads everything: run the scan as an unprivileged user instead
        command -v setpriv >/dev/null || skip "root and no setpriv"
        chmod 755 . ev
        chmod 644 r.yar
        mkdir out && chmod 777 out
        run=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
    else
        mkdir out
    fi
    assert_exit 1 "${run[@]}" timeout 60 "$BIN" scan -r r.yar -o out/out.json ev
    validate_report out/out.json
    jcheck out/out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("ok.txt")'
    jcheck out/out.json 'any_(e["location"].endswith("secret.txt") and e.get("message") for e in E)' \
        "errors[] entry for the unreadable file"
}

# A target of which nothing can be read is "could not run": exit 2, with the
# report still written and the other targets scanned (docs/ARCHITECTURE.md, "Errors and exit status").
test_unreadable_target_exit_2() {
    std_rules r.yar
    mkdir ev other
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/a.txt
    echo BREACHSCAN_TEST_MARKER_HIGH >other/b.txt
    chmod 000 ev
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        command -v setpriv >/dev/null || skip "root and no setpriv"
        chmod 755 . other
        chmod 644 r.yar other/b.txt
        mkdir out && chmod 777 out
        run=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
    else
        mkdir out
    fi
    assert_exit 2 "${run[@]}" timeout 60 "$BIN" scan -q -r r.yar -o out/out.json ev other
    validate_report out/out.json
    jcheck out/out.json 'any_(e["location"] == "ev" and e["stage"] == "open" for e in E)'
    jcheck out/out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("b.txt")' "other target scanned"
    # a missing target, and a character device, are not readable evidence either
    assert_exit 2 bs scan -q -r r.yar -o out2.json does-not-exist
    validate_report out2.json
    assert_exit 2 bs scan -q -r r.yar -o out3.json /dev/null
    jcheck out3.json 'any_(e["location"] == "/dev/null" for e in E)'
}
