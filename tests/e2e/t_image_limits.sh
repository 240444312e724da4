# t_image_limits.sh - bounded work on hostile images: a tiny image claiming a
# huge sparse file is not hashed for hours; it is listed in skipped[] and the
# rest of the image is scanned.

. "$E2E_LIB/mkimages.sh"

test_image_sparse_huge_file_not_hashed() {
    mkimg_need mke2fs
    std_rules r.yar
    mkdir d
    truncate -s 64G d/huge.bin # sparse: 64 GiB of holes in a 16 MiB file system
    echo BREACHSCAN_TEST_MARKER_HIGH >d/shell.jsp
    mke2fs -q -t ext4 -d d s.img 16M
    assert_exit 1 timeout 60 "$BIN" scan -q -r r.yar --max-file-size 1M -o out.json s.img
    validate_report out.json
    jcheck out.json 'any_(s["location"] == "s.img:/huge.bin" and s["reason"] == "too-large" and "not hashed" in s["detail"] for s in S)'
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"] == "/shell.jsp"'
}

# Nothing skipped silently: symbolic links inside an image are not followed,
# and say so in skipped[] (one summary entry per volume).
test_image_symlinks_listed() {
    mkimg_need mke2fs
    std_rules r.yar
    mkdir d
    echo BREACHSCAN_TEST_MARKER_HIGH >d/shell.jsp
    ln -s shell.jsp d/link.jsp
    ln -s /etc/passwd d/outside
    mke2fs -q -t ext4 -d d s.img 8M
    scan_ok 1 out.json -r r.yar s.img
    jcheck out.json 'any_(s["location"] == "s.img" and s["reason"] == "symlink" and s["detail"].startswith("2 symbolic links") for s in S)'
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"] == "/shell.jsp"'
}

# An ext image (found by the image fuzzer) whose directory claims a huge
# number of block runs: TSK builds the run list quadratically, for minutes,
# without calling back.  The walk's watchdog (no progress for --timeout
# seconds) makes TSK give up on it with an errors[] entry; scanned as a
# target and as a file inside a directory.
test_image_stalling_metadata_bounded() {
    std_rules r.yar
    mkdir ev
    cp "$REPO/tests/data/images/ext-dir-runs-stall.img" ev/
    # the give-up leaves part of the image unread: incomplete, exit 2
    assert_exit 2 timeout 120 "$BIN" scan -q -r r.yar --timeout 2 -o out.json ev/ext-dir-runs-stall.img
    validate_report out.json
    jcheck out.json 'any_(e["stage"] == "walk" for e in E)' "the walk reports the give-up"
    assert_exit 2 timeout 120 "$BIN" scan -q -r r.yar --timeout 2 -o out2.json ev
    jcheck out2.json 'any_(e["location"].startswith("ev/ext-dir-runs-stall.img") for e in E)'
}
