# t_hostile.sh - hostile evidence, generated at test time: what an attacker
# controls (tree shape, names, archive contents, file systems, logs, the -o
# path) must give a valid report, the documented exit status and an errors[]
# or skipped[] entry naming what was not read -- never a crash or a hang.
# Cases already covered elsewhere are not repeated here: symlink loops and
# invalid UTF-8 names (t_scan_fs.sh), zip and tar.gz bombs, damaged and
# truncated archives (t_archive_collector.sh, t_scan_archives.sh), truncated
# raw disks, missing E01 segments, corrupt superblock and MFT
# (t_image_badinput.sh), broken rule files (t_scan_rules.sh), images left
# untouched (t_image_evidence.sh).
#
# Exit status: 1 when a finding reaches --fail-on; otherwise 0, or 2 when the
# scan could not read part of the evidence (verdict "incomplete", issue 12):
# scan_partial accepts either 0 or 2 for those, so these tests hold before
# and after the verdict change.

. "$E2E_LIB/mkimages.sh"

# scan_partial OUT ARGS...: a scan that may report what it could not read.
scan_partial() {
    local out=$1 got=0
    shift
    bs scan -o "$out" "$@" || got=$?
    [ "$got" -eq 124 ] && fail "timed out: scan $*"
    [ "$got" -eq 0 ] || [ "$got" -eq 2 ] || fail "exit $got, expected 0 or 2: scan $*"
    assert_file "$out"
    validate_report "$out"
    if [ "$got" -eq 2 ]; then
        jcheck "$out" 'r["summary"]["verdict"] in ("incomplete", "clean")' "exit 2 without incomplete"
    fi
}

# digest_tree DIR: "path sha256 mtime" of every file below DIR, sorted.
digest_tree() {
    find "$1" -type f -print0 | sort -z | xargs -0 -r sh -c \
        'for f; do echo "$f $(sha256sum <"$f" | cut -d" " -f1) $(stat -c %Y.%y "$f")"; done' _
}

test_hostile_deep_tree_5000() {
    std_rules r.yar
    mkdir ev
    python3 - <<'PY'
import os
os.chdir("ev")
open("top.php", "w").write("BREACHSCAN_TEST_MARKER_HIGH\n")
for i in range(5000):
    os.mkdir("d")
    os.chdir("d")
open("bottom.php", "w").write("BREACHSCAN_TEST_MARKER_HIGH\n")
PY
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"] == "/top.php"'
    jcheck out.json 'len([s for s in S if s["reason"] == "depth"]) == 1' "one depth entry"
    jcheck out.json '[s for s in S if s["reason"] == "depth"][0]["location"] == "ev" + "/d" * 257' \
        "the cut directory is named"
    # deeper with --max-depth: the same walk, nothing on the C stack
    scan_ok 1 out2.json -r r.yar --max-depth 20 ev
    jcheck out2.json '[s["location"] for s in S if s["reason"] == "depth"] == ["ev" + "/d" * 21]'
    assert_exit 2 bs scan --max-depth 100000 -o x.json ev
    assert_no_file x.json
}

test_hostile_path_longer_than_path_max() {
    std_rules r.yar
    mkdir ev
    python3 - <<'PY'
import os
os.chdir("ev")
for i in range(135):  # 135 levels of 250-byte names: past PATH_MAX and past 32768 bytes
    n = ("%03d" % i) + "n" * 247
    os.mkdir(n)
    os.chdir(n)
    if i == 20:
        open("mid.php", "w").write("BREACHSCAN_TEST_MARKER_HIGH\n")
open("end.php", "w").write("BREACHSCAN_TEST_MARKER_HIGH\n")
PY
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("/mid.php") and len(F[0]["object"]["location"]) > 4096' \
        "a file below PATH_MAX read through its directory"
    jcheck out.json 'any_(s["reason"] == "path-length" and len(s["location"]) > 32768 for s in S)'
}

test_hostile_ext4_200_levels() {
    mkimg_need mke2fs
    std_rules r.yar
    mkdir root
    python3 - <<'PY'
import os
p = "root"
for i in range(200):
    p += "/d%d" % i
os.makedirs(p)
open(p + "/deep.jsp", "w").write("BREACHSCAN_TEST_MARKER_HIGH\n")
PY
    mkimg_ext4 root e.img 16
    scan_ok 1 out.json -r r.yar e.img
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"].endswith("/d198/d199/deep.jsp")' \
        "found by its name below TSK's 128-level limit"
    jcheck out.json 'not F[0]["object"].get("deleted")'
    # --max-depth is applied where TSK's walk stops (every 128 levels); below the
    # cut the file is still read, as an inode no name reaches
    scan_ok 1 out2.json -r r.yar --max-depth 100 e.img
    jcheck out2.json 'any_(s["reason"] == "depth" and s["location"].endswith("/d127/d128") for s in S)'
    jcheck out2.json 'len(F) == 1 and "OrphanFile" in F[0]["object"]["path"]'
}

test_hostile_nested_zip_bomb() {
    mkimg_need zip
    std_rules r.yar
    head -c 30000000 /dev/zero >zeros.bin
    zip -q -9 l0.zip zeros.bin
    for i in 1 2 3; do
        cp l0.zip a.zip; cp l0.zip b.zip; cp l0.zip c.zip
        rm -f l$i.zip
        zip -q -9 l$i.zip a.zip b.zip c.zip
        mv l$i.zip l0.zip
    done
    rm zeros.bin a.zip b.zip c.zip
    mkdir ev
    mv l0.zip ev/bomb.zip
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/shell.jsp
    scan_ok 1 out.json -r r.yar --archive-depth 8 ev
    jcheck out.json 'len(F) == 1 and F[0]["object"]["path"] == "/shell.jsp"'
    jcheck out.json 'any_(s["reason"] in ("zip-bomb", "too-large", "archive-limit", "too-many-members") for s in S)' \
        "the bomb is listed as skipped"
}

test_hostile_tar_traversal_names() {
    std_rules r.yar
    mkdir -p src/a
    echo BREACHSCAN_TEST_MARKER_HIGH >src/a/x.jsp
    echo BREACHSCAN_TEST_MARKER_LOW >src/y.php
    python3 - <<'PY'
import tarfile
with tarfile.open("ev.tar", "w") as t:
    t.add("src/a/x.jsp", arcname="../../../../etc/cron.d/x.jsp")
    t.add("src/y.php", arcname="/var/www/y.php")
PY
    rm -rf src
    mkdir out
    scan_ok 1 out/r.json -r r.yar ev.tar
    jcheck out/r.json 'sorted(f["object"]["location"] for f in F if "!" in f["object"]["location"]) == ["ev.tar!../../../../etc/cron.d/x.jsp", "ev.tar!var/www/y.php"]'
    [ ! -e etc ] && [ ! -e ../etc/cron.d/x.jsp ] || fail "a member was written to disk"
    assert_eq "$(ls)" "$(printf 'ev.tar\nout\nr.yar')" "nothing extracted"
}

test_hostile_names_control_and_markup() {
    std_rules r.yar
    mkdir ev
    python3 - <<'PY'
import os
names = [b"ctl\x1b[31mred\x07\x08.jsp", b"<img src=x onerror=alert(1)>.jsp", b"new\nline.jsp",
         b"quote\"back\\slash.jsp", b"bad\xff\xfeutf8.jsp", b"tab\there.jsp"]
for n in names:
    with open(os.path.join(b"ev", n), "wb") as f:
        f.write(b"BREACHSCAN_TEST_MARKER_HIGH\n")
PY
    bs scan -o out.json -r r.yar ev 2>err.txt && fail "expected exit 1"
    validate_report out.json
    jcheck out.json 'len(F) == 6'
    jcheck out.json 'any_(f["object"]["path"] == "/<img src=x onerror=alert(1)>.jsp" for f in F)' "markup kept as text"
    if grep -q "$(printf '\033')" err.txt; then fail "escape sequence reached the terminal"; fi
}

test_hostile_truncated_e01_qcow2() {
    mkimg_need mke2fs ewfacquire qemu-img
    # libewf 20140813 leaks a chunk buffer per chunk it fails to read (t_image_badinput.sh)
    printf 'leak:libewf_chunk_data_initialize\n' >lsan.supp
    export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$PWD/lsan.supp:print_suppressions=0"
    std_rules r.yar
    mkdir -p root/www
    head -c 2000000 /dev/urandom >root/www/noise.bin
    echo BREACHSCAN_TEST_MARKER_HIGH >root/www/x.jsp
    mkimg_ext4 root disk.raw 8
    mkimg_e01 disk.raw full
    mkimg_convert disk.raw full.qcow2 qcow2
    head -c $(($(stat -c %s full.E01) / 2)) full.E01 >cut.E01
    head -c $(($(stat -c %s full.qcow2) / 3)) full.qcow2 >cut.qcow2
    head -c 4096 full.qcow2 >header-only.qcow2
    rm full.E01 full.qcow2 disk.raw
    for f in cut.E01 cut.qcow2 header-only.qcow2; do
        local got=0
        bs scan -o "$f.json" -r r.yar "$f" 2>"$f.err" || got=$?
        case $got in 0 | 1 | 2) ;; *) fail "$f: exit $got" ;; esac
        validate_report "$f.json"
        jcheck "$f.json" "len(E) >= 1 and all_(e['location'].startswith('$f') for e in E)" \
            "$f: an error naming it"
    done
}

# Overwrites the inode table of group 0 of ext image $1, from inode 13 on
# (root, reserved inodes and lost+found+www kept), with seeded garbage.
garble_inode_table() {
    local blk bsz isz
    blk=$(dumpe2fs "$1" 2>/dev/null | awk '/Inode table at/ {split($4, a, "-"); print a[1]; exit}')
    bsz=$(dumpe2fs "$1" 2>/dev/null | awk '/^Block size:/ {print $3; exit}')
    isz=$(dumpe2fs "$1" 2>/dev/null | awk '/^Inode size:/ {print $3; exit}')
    [ -n "$blk" ] && [ -n "$bsz" ] && [ -n "$isz" ] || fail "fixture: no inode table in dumpe2fs"
    python3 -c "
import random
random.seed(7)
with open('$1', 'r+b') as f:
    f.seek($blk * $bsz + 12 * $isz)
    f.write(bytes(random.getrandbits(8) for _ in range(64 * $isz)))
"
}

corrupt_tree() {
    mkdir -p root/www
    for i in $(seq 1 40); do echo "page $i" >root/www/p$i.html; done
    echo BREACHSCAN_TEST_MARKER_HIGH >root/www/x.jsp
}

# ext4 with metadata_csum: every garbled live inode fails its checksum (TSK
# does not check them): named in errors[] up to 16, then counted; the
# verdict is incomplete, never clean, and garbage is never scanned as files.
test_hostile_ext4_corrupt_inode_table() {
    mkimg_need mke2fs dumpe2fs
    std_rules r.yar
    corrupt_tree
    mkimg_ext4 root e.img 8
    dumpe2fs -h e.img 2>/dev/null | grep -q metadata_csum || fail "fixture: no metadata_csum"
    garble_inode_table e.img
    scan_ok 2 out.json -r r.yar e.img
    jcheck out.json 'r["summary"]["verdict"] == "incomplete" and not F' "incomplete, no finding"
    jcheck out.json 'len([e for e in E if e["stage"] == "metadata" and "fails its ext4 checksum" in e["message"] and e["location"].startswith("e.img:/www/")]) == 16' \
        "16 corrupt inodes named"
    jcheck out.json 'any_(e["stage"] == "metadata" and e["location"] == "e.img" and e["message"].startswith("25 more entries") for e in E)' \
        "the other 25 counted"
    bs scan -r r.yar e.img >console.txt 2>&1 || true
    grep -q "INCOMPLETE" console.txt || fail "console does not say incomplete"
    # the intact image of the same tree: no metadata error, the marker found
    mkimg_ext4 root good.img 8
    scan_ok 1 good.json -r r.yar good.img
    jcheck good.json 'not E and len(F) == 1' "intact image: found, no error"
}

# ext2 has no checksums: a garbled inode shows as a type its directory entry
# contradicts, which is reported the same way.
test_hostile_ext2_corrupt_inode_table() {
    mkimg_need mke2fs dumpe2fs
    std_rules r.yar
    corrupt_tree
    rm -f e.img
    mke2fs -q -F -t ext2 -d root e.img 8M
    garble_inode_table e.img
    scan_ok 2 out.json -r r.yar e.img
    jcheck out.json 'r["summary"]["verdict"] == "incomplete" and not F' "incomplete, no finding"
    jcheck out.json 'any_(e["stage"] == "metadata" and "where its directory entry says regular file" in e["message"] for e in E)' \
        "a contradicted entry named"
}

test_hostile_log_garbage_and_long_lines() {
    std_rules r.yar
    mkdir -p ev/logs
    {
        head -c 3000000 /dev/urandom
        printf '\n10.0.0.1 - - [14/Aug/2018:10:00:00 +0000] "GET /x.jsp HTTP/1.1" 200 5\n'
        head -c 52428800 /dev/zero | tr '\0' 'A'
        printf '\nBREACHSCAN_TEST_MARKER_LOW\n'
    } >ev/logs/access.log
    scan_ok 0 out.json -r r.yar --fail-on medium ev
    jcheck out.json 'len(F) == 1 and F[0]["rule"] == "bs_test_low"' "the marker after a 50 MB line"
}

test_hostile_renamed_vmdk() {
    mkimg_need mke2fs qemu-img
    std_rules r.yar
    mkdir -p root/www
    echo BREACHSCAN_TEST_MARKER_HIGH >root/www/x.jsp
    mkimg_ext4 root disk.raw 8
    mkimg_convert disk.raw disk.vmdk vmdk
    mv disk.vmdk case42-web01.vmdk
    grep -aq 'SPARSE "disk.vmdk"' case42-web01.vmdk || fail "fixture: descriptor should name disk.vmdk"
    scan_ok 1 out.json -r r.yar case42-web01.vmdk
    jcheck out.json 'len(F) == 1 and F[0]["object"]["location"] == "case42-web01.vmdk:/www/x.jsp"'
    jcheck out.json 'r["targets"][0]["format"] == "vmdk" and not E'
    # streamOptimized too
    qemu-img convert -q -f raw -O vmdk -o subformat=streamOptimized disk.raw s.vmdk
    mv s.vmdk renamed-stream.vmdk
    scan_ok 1 out2.json -r r.yar renamed-stream.vmdk
    jcheck out2.json 'len(F) == 1'
}

test_hostile_output_path_checked_first() {
    std_rules r.yar
    mkdir ev
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/x.jsp
    cp ev/x.jsp ev.E01
    assert_exit 2 bs scan -r r.yar ev -o /nonexistent-dir/r.json 2>err.txt
    assert_grep '/nonexistent-dir' err.txt
    assert_exit 2 bs scan -r r.yar ev.E01 -o ev.E01 2>err.txt
    assert_grep 'is the target ev.E01' err.txt
    assert_eq "$(cat ev.E01)" BREACHSCAN_TEST_MARKER_HIGH "the evidence was replaced"
    assert_exit 2 bs scan -r r.yar ev -o ev/r.json 2>err.txt
    assert_grep 'inside the target directory ev' err.txt
    assert_no_file ev/r.json
    ln ev.E01 hardlink.json
    assert_exit 2 bs scan -r r.yar ev.E01 -o hardlink.json 2>err.txt
    assert_exit 2 bs scan -r r.yar ev -o ev 2>err.txt
    assert_exit 1 bs scan -r r.yar ev -o /dev/null
}

test_hostile_memory_limit() {
    std_rules r.yar
    mkdir ev
    for i in $(seq 1 30); do head -c 300000 /dev/zero >ev/f$i.bin; done
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/x.jsp
    scan_ok 1 out.json -r r.yar -j 2 --memory-limit 1M ev
    jcheck out.json 'r["targets"][0]["stats"]["objects"] == 31'
    assert_exit 2 bs scan --memory-limit 10K -o x.json ev
    assert_no_file x.json
}

test_hostile_evidence_unchanged() {
    mkimg_need zip
    std_rules r.yar
    mkdir -p ev/www/WEB-INF ev/logs
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/www/x.jsp
    echo "plain" >ev/www/index.html
    (cd ev/www && zip -q app.war x.jsp index.html)
    printf '10.0.0.1 - - [14/Aug/2018:10:00:00 +0000] "GET /x.jsp HTTP/1.1" 200 5\n' >ev/logs/access.log
    chmod 0444 ev/www/x.jsp
    touch -d "2019-03-04 05:06:07" ev/www/x.jsp ev/www/app.war
    before=$(digest_tree ev)
    scan_ok 1 out.json -r r.yar ev
    sleep 1
    scan_ok 1 out2.json -r r.yar -j 1 ev
    after=$(digest_tree ev)
    assert_eq "$after" "$before" "evidence bytes or mtime changed"
}

test_hostile_sparse_file_over_hash_limit() {
    std_rules r.yar
    mkdir ev
    truncate -s 64G ev/huge.bin # sparse: hashing 64 GiB of zeros would take many minutes
    head -c 1500000 /dev/zero >ev/mid.bin
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/x.jsp
    scan_ok 1 out.json -r r.yar --max-file-size 1M --hash-max-size 2M ev
    jcheck out.json 'any_(s["location"] == "ev/huge.bin" and s["reason"] == "too-large" and "not hashed" in s["detail"] and "sha256" not in s for s in S)'
    jcheck out.json 'any_(s["location"] == "ev/mid.bin" and s["reason"] == "too-large" and "sha256" in s for s in S)'
    jcheck out.json 'r["scan"]["options"]["hash_max_size"] == 2097152 and r["scan"]["options"]["max_depth"] == 256'
}

# An attacker plants the same shell many times (and card data in many files):
# --max-findings-per-rule keeps the report bounded, deterministically, and
# says what it held back; the card totals and the jsonl stream keep them all.
test_hostile_planted_copies_finding_limit() {
    std_rules r.yar
    mkdir -p ev/www ev/exports
    for i in $(seq -w 1 60); do
        echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/www/s$i.php
        printf 'order,card\n%s,4111111111111111\n' "$i" >ev/exports/o$i.csv
    done
    echo BREACHSCAN_TEST_MARKER_HIGH >ev/www/s45.php # one more severe copy: always listed
    scan_ok 1 a.json -r r.yar -j 1 --max-findings-per-rule 25 ev
    scan_ok 1 b.json -r r.yar -j 3 --max-findings-per-rule 25 ev
    assert_eq "$("$PYTHON" "$E2E_LIB/jq.py" strip a.json)" "$("$PYTHON" "$E2E_LIB/jq.py" strip b.json)" \
        "kept findings depend on the thread count"
    jcheck a.json 'len([f for f in F if f["rule"] == "bs_test_medium"]) == 25'
    jcheck a.json '[f["object"]["path"] for f in F if f["rule"] == "bs_test_high"] == ["/www/s45.php"]'
    jcheck a.json '[f["object"]["path"] for f in F if f["rule"] == "bs_test_medium"][-1] == "/www/s25.php"' \
        "the first in report order are kept"
    jcheck a.json 'len([f for f in F if f["source"] == "pan"]) == 25'
    jcheck a.json 'r["summary"]["card_exposure"]["objects"] == 60' "card totals count held-back files"
    jcheck a.json 'sorted((s["location"], s["detail"].split(" ")[0]) for s in S if s["reason"] == "findings-limit") == [("ev/exports/o26.csv", "35"), ("ev/www/s26.php", "34")]'
    jcheck a.json 'r["scan"]["options"]["max_findings_per_rule"] == 25'
    # the stream lists every finding as it is found
    assert_exit 1 bs scan -q -f jsonl -r r.yar --max-findings-per-rule 25 -o s.jsonl ev
    jcheck s.jsonl 'len([d for d in r if d["type"] == "finding.found"]) == 120'
    # the default keeps them all here; 0 = no limit; a negative limit is refused
    scan_ok 1 c.json -r r.yar ev
    jcheck c.json 'len(F) == 120 and not any_(s["reason"] == "findings-limit" for s in S)'
    scan_ok 1 d.json -r r.yar --max-findings-per-rule 0 ev
    jcheck d.json 'len(F) == 120'
    assert_exit 2 bs scan --max-findings-per-rule -1 -o x.json ev
    assert_no_file x.json
    # --max-findings bounds them in all (a file made to match many rules, planted many
    # times): the most severe first, then report order, whatever the thread count
    scan_ok 1 e.json -r r.yar -j 1 --max-findings 30 ev
    scan_ok 1 g.json -r r.yar -j 3 --max-findings 30 ev
    assert_eq "$("$PYTHON" "$E2E_LIB/jq.py" strip e.json)" "$("$PYTHON" "$E2E_LIB/jq.py" strip g.json)" \
        "kept findings depend on the thread count (--max-findings)"
    jcheck e.json 'len(F) == 30'
    "$PYTHON" - c.json e.json <<'PY' || fail "--max-findings did not keep the most severe, then the first in report order"
import json, sys
rank = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
key = lambda f: (rank[f["severity"]], f["object"]["location"], f["source"], f["rule"])
every = sorted(json.load(open(sys.argv[1]))["findings"], key=key)
kept = sorted(json.load(open(sys.argv[2]))["findings"], key=key)
sys.exit([key(f) for f in every[:30]] != [key(f) for f in kept])
PY
    jcheck e.json 'sum(int(s["detail"].split(" ")[0]) for s in S if s["reason"] == "findings-limit") == 120 - 30' \
        "every finding held back is counted"
    jcheck e.json 'all_("--max-findings 30 in all" in s["detail"] for s in S if s["reason"] == "findings-limit")'
    jcheck e.json 'r["scan"]["options"]["max_findings"] == 30 and r["summary"]["card_exposure"]["objects"] == 60'
    assert_exit 2 bs scan --max-findings -1 -o x.json ev
    assert_no_file x.json
    # a file made to match three rules, planted 40 times: each rule's best 20, then the
    # best 50 of those 60 (all high and medium, the first 10 low); the entries name the
    # limits that held each rule back
    mkdir -p ev3
    for i in $(seq -w 1 40); do
        printf 'BREACHSCAN_TEST_MARKER_HIGH BREACHSCAN_TEST_MARKER_MEDIUM BREACHSCAN_TEST_MARKER_LOW\n' >ev3/m$i.php
    done
    scan_ok 1 h.json -r r.yar -j 1 --max-findings-per-rule 20 --max-findings 50 ev3
    scan_ok 1 i.json -r r.yar -j 3 --max-findings-per-rule 20 --max-findings 50 ev3
    assert_eq "$("$PYTHON" "$E2E_LIB/jq.py" strip h.json)" "$("$PYTHON" "$E2E_LIB/jq.py" strip i.json)" \
        "kept findings depend on the thread count (both limits)"
    jcheck h.json '[len([f for f in F if f["rule"] == "bs_test_" + s]) for s in ("high", "medium", "low")] == [20, 20, 10]'
    jcheck h.json '[f["object"]["path"] for f in F if f["rule"] == "bs_test_low"][-1] == "/m10.php"'
    jcheck h.json 'sorted((s["detail"].split(" ")[0], s["location"], "--max-findings 50 in all" in s["detail"]) for s in S if s["reason"] == "findings-limit") == [("20", "ev3/m21.php", False), ("20", "ev3/m21.php", False), ("30", "ev3/m11.php", True)]' \
        "entries: 20 more high and medium (the rule limit), 30 more low (both limits)"
    jcheck h.json 'sum("--max-findings-per-rule 20" in s["detail"] for s in S if s["reason"] == "findings-limit") == 3'
    # read back: convert keeps the entries as they are
    assert_exit 0 bs report convert a.json --to json -o conv.json
    cmp -s a.json conv.json || fail "report convert changed a limited report"
}
