# t_batch.sh - many targets: per-target verdicts and counts in one report
# (targets[].verdict/findings/by_severity), and the GNU parallel recipe of
# docs/BATCH.md run locally (no ssh): one job per image, --joblog to resume
# the failed ones, results merged with `breachscan merge`.  The three images
# (ext4 and FAT) are built at test time.

. "$E2E_LIB/mkimages.sh"

test_per_target_verdicts() {
    std_rules r.yar
    mkdir -p a b c
    echo BREACHSCAN_TEST_MARKER_HIGH >a/x.jsp
    echo BREACHSCAN_TEST_MARKER_MEDIUM >b/y.php
    echo BREACHSCAN_TEST_MARKER_LOW >>b/y.php
    echo BREACHSCAN_TEST_MARKER_LOW >b/z.js
    echo hello >c/readme.txt
    scan_ok 1 r.json -r r.yar a b c
    jcheck r.json '[t["verdict"] for t in r["targets"]] == ["compromised", "suspicious", "clean"]'
    jcheck r.json '[t["findings"] for t in r["targets"]] == [1, 3, 0]'
    jcheck r.json 'r["targets"][1]["by_severity"] == {"critical": 0, "high": 0, "medium": 1, "low": 2, "info": 0}'
    jcheck r.json 'sum(t["findings"] for t in r["targets"]) == r["summary"]["findings"]'
    # shown in text and html
    assert_exit 0 bs report convert r.json --to text -o r.txt
    assert_grep 'suspicious: 3 finding\(s\): b' r.txt
    assert_exit 0 bs report convert r.json --to html -o r.html
    assert_grep '<td>compromised</td><td>1</td>' r.html
}

# The recipe of docs/BATCH.md, with local jobs instead of --sshloginfile.
batch_images() {
    mkimg_need mke2fs mkfs.fat mcopy
    std_rules r.yar
    mkdir -p src/a/www src/b/www src/c/www img results
    echo BREACHSCAN_TEST_MARKER_HIGH >src/a/www/shell.jsp
    echo BREACHSCAN_TEST_MARKER_MEDIUM >src/b/www/odd.php
    echo BREACHSCAN_TEST_MARKER_LOW >src/b/www/tool.js
    echo 'nothing to see' >src/c/www/index.html
    mkimg_ext4 src/a img/a.img 8 >/dev/null
    mkimg_fat src/b img/b.img 8
}

run_recipe() {
    # exit 1 (findings) is success for parallel; 2 (could not scan) is a failed job
    parallel --will-cite --jobs 2 --joblog scan.joblog --resume-failed \
        "\"$BIN\" scan -q -r r.yar -o results/{/.}.json {}; test \$? -le 1" ::: \
        img/a.img img/b.img img/c.img
}

test_parallel_recipe_and_merge() {
    command -v parallel >/dev/null 2>&1 || skip "GNU parallel is not installed"
    batch_images
    # c.img is missing: its job fails, the others succeed
    run_recipe 2>/dev/null && fail "a job should have failed"
    assert_file results/a.json
    assert_file results/b.json
    # (a target that cannot be read still gets its report, exit 2)
    jcheck results/c.json 'r["targets"][0]["verdict"] == "incomplete"'
    # resume: only the failed job runs again, once its image exists
    mkimg_ext4 src/c img/c.img 8 >/dev/null
    run_recipe || fail "the resumed run failed"
    assert_eq "$(tail -n +2 scan.joblog | wc -l)" 4 "joblog lines (3 jobs + 1 rerun)"
    run_recipe || fail "a run with nothing to do failed"
    assert_eq "$(tail -n +2 scan.joblog | wc -l)" 4 "nothing runs again"
    for f in results/*.json; do validate_report "$f"; done
    assert_exit 0 bs merge results/a.json results/b.json results/c.json -o case.json
    validate_report case.json
    jcheck case.json '[t["path"] for t in r["targets"]] == ["img/a.img", "img/b.img", "img/c.img"]'
    jcheck case.json '[t["verdict"] for t in r["targets"]] == ["compromised", "suspicious", "clean"]'
    jcheck case.json '[t["findings"] for t in r["targets"]] == [1, 2, 0]'
    jcheck case.json 'sorted((f["target"], f["rule"]) for f in F) == [("t1", "bs_test_high"), ("t2", "bs_test_low"), ("t2", "bs_test_medium")]'
    jcheck case.json 'r["summary"]["verdict"] == "compromised" and r["summary"]["findings"] == 3'
    jcheck case.json '[f["object"]["path"] for f in F if f["target"] == "t1"] == ["/www/shell.jsp"]'
}
