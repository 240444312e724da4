# t_image_evidence.sh - what an analyst checks on image findings
# (collectors/image*): MACB times equal to what The Sleuth Kit's istat and
# fls -m report, object counts equal to fls -r, chain of custody with
# --hash-evidence (segment sha256, E01 stored vs computed hashes), evidence
# files left untouched, and images inside images.

. "$E2E_LIB/mkimages.sh"

# macb_check REPORT IMAGE OFFSET_SECTORS VOLUME: each finding on VOLUME has the
# MACB times istat and fls -m report for its inode.
macb_check() {
    python3 - "$1" "$2" "$3" "$4" <<'PY' || fail "MACB times differ from istat / fls -m"
import json, re, subprocess, sys, calendar, time
rep, img, off, vol = sys.argv[1:5]
labels = {"Accessed": "atime", "File Modified": "mtime", "Inode Modified": "ctime",
          "MFT Modified": "ctime", "File Created": "crtime"}

def parse(s):  # "2018-08-14 03:12:09.123456789 (UTC)" or report "…T…[.fff]Z" -> (sec, ns)
    if s.startswith("0000-00-00"):
        return None  # istat: not recorded
    m = re.match(r"(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.(\d+))?", s)
    sec = calendar.timegm(time.strptime(m.group(1) + " " + m.group(2), "%Y-%m-%d %H:%M:%S"))
    return sec, int((m.group(3) or "0").ljust(9, "0")[:9])

body = {}
for line in subprocess.run(["fls", "-m", "/", "-r", "-o", off, img], capture_output=True,
                           text=True).stdout.splitlines():
    f = line.split("|")
    body[f[1]] = {"atime": int(f[7]), "mtime": int(f[8]), "ctime": int(f[9]), "crtime": int(f[10])}
findings = [f for f in json.load(open(rep))["findings"]
            if f["source"] == "yara" and f["object"]["location"].find("@" + vol + ":") > 0]
assert findings, "no findings to compare"
for f in findings:
    o = f["object"]
    out = subprocess.run(["istat", "-o", off, img, str(o["inode"])], capture_output=True,
                         text=True).stdout
    section = out.split("$FILE_NAME")[0]  # NTFS: the $STANDARD_INFORMATION times
    want = {}
    for line in section.splitlines():
        k, _, v = line.partition(":\t")
        if k in labels and v and labels[k] not in want:
            want[labels[k]] = parse(v)
    for k, v in want.items():
        got = parse(o[k]) if o.get(k) else None
        if got != v:
            sys.exit(f"{o['location']} {k}: report {o.get(k)} istat {v}")
        if v is not None and body[o["path"]][k] != v[0]:
            sys.exit(f"{o['location']} {k}: fls -m {body[o['path']][k]} istat {v}")
    print(o["location"], "ok", sorted(want))
PY
}

test_image_macb_equal_istat() {
    mkimg_need debugfs istat fls mkntfs ntfscp
    std_rules r.yar
    mkdir -p e/www/app n
    for i in 1 2 3; do echo "BREACHSCAN_TEST_MARKER_HIGH $i" >e/www/app/s$i.jsp; done
    touch -d "2018-08-14 03:12:09 UTC" e/www/app/s1.jsp
    touch -d "2019-01-02 10:00:00 UTC" e/www/app/s2.jsp
    mkimg_ext4 e e.img 16
    # sub-second and creation times straight into the inode
    debugfs -w -R "sif /www/app/s1.jsp mtime_extra $((123456789 << 2))" e.img >/dev/null 2>&1
    debugfs -w -R "sif /www/app/s2.jsp crtime 20170101120000" e.img >/dev/null 2>&1
    debugfs -w -R "sif /www/app/s3.jsp atime_extra $((5 << 2))" e.img >/dev/null 2>&1
    echo "BREACHSCAN_TEST_MARKER_HIGH ntfs" >n/w.aspx
    mkimg_ntfs n n.img 8
    mkimg_disk disk.img mbr e.img,83 n.img,7
    scan_ok 1 out.json -r r.yar disk.img
    jcheck out.json 'any_(f["object"]["mtime"].startswith("2018-08-14T03:12:09.123456789") for f in F)' "nanoseconds kept"
    jcheck out.json 'any_(f["object"]["crtime"] == "2017-01-01T12:00:00Z" for f in F)' "creation time"
    jcheck out.json 'all_(f["object"]["owner"] == "0" for f in F if "@p1:" in f["object"]["location"])' "uid owner"
    macb_check out.json disk.img 2048 p1
    off=$(mmls disk.img | awk '$2 == "000:001" {print $3}')
    macb_check out.json disk.img "$off" p2
}

test_image_counts_equal_fls() {
    mkimg_need fls mmls debugfs
    mkdir -p e/a/b f/x
    for i in $(seq 1 25); do echo "file $i" >e/a/f$i.txt; done
    for i in $(seq 1 9); do echo "deep $i" >e/a/b/d$i.php; done
    : >e/a/empty.txt
    ln e/a/f1.txt e/a/b/hardlink.txt
    echo gone >e/a/gone.txt
    for i in $(seq 1 7); do echo "fat $i" >f/x/g$i.log; done
    mkimg_ext4 e e.img 16
    mkimg_rm e.img /a/gone.txt
    mkimg_fat f f.img 8
    mkimg_disk disk.img gpt e.img,L f.img,L
    echo 'rule never { condition: false }' >none.yar
    scan_ok 0 out.json -r none.yar disk.img
    want=0
    for off in $(mmls disk.img | awk '$2 ~ /^[0-9]+$/ {print $3}'); do
        want=$((want + $(mkimg_fls_alloc_regular disk.img "$off")))
    done
    [ "$want" -eq 43 ] || fail "fixture: fls counts $want allocated files, expected 43"
    got=$(jget out.json 'r["targets"][0]["stats"]["objects"] - r["targets"][0]["stats"]["deleted"]')
    assert_eq "$got" "$want" "allocated objects vs fls -r"
    jcheck out.json 'r["targets"][0]["stats"]["deleted"] == 1' "the deleted file"
}

test_image_hash_evidence() {
    mkimg_need ewfacquire
    std_rules r.yar
    mkdir -p big
    head -c 3000000 /dev/urandom >big/noise.bin
    echo BREACHSCAN_TEST_MARKER_HIGH >big/x.jsp
    mkimg_ext4 big disk.raw 8
    mkimg_e01 disk.raw case 1MiB
    scan_ok 1 out.json -r r.yar --hash-evidence case.E01
    want=$(cat case.E0? | sha256sum | cut -d' ' -f1)
    jcheck out.json "r['targets'][0]['sha256'] == '$want'" "sha256 over all segments"
    md5=$(md5sum disk.raw | cut -d' ' -f1)
    sha1=$(sha1sum disk.raw | cut -d' ' -f1)
    jcheck out.json "r['targets'][0]['ewf'] == {'stored_md5': '$md5', 'computed_md5': '$md5', 'md5_match': True, 'stored_sha1': '$sha1', 'computed_sha1': '$sha1', 'sha1_match': True, 'match': True}" "E01 stored and computed hashes"
    jcheck out.json 'len(r["targets"][0]["evidence"]["segments"]) >= 2' "per-segment hashes"
    jcheck out.json 'len(E) == 0'
    # a split raw set: the sha256 of the whole disk
    mkimg_split disk.raw 3000000
    scan_ok 1 out2.json -r r.yar --hash-evidence disk.raw.001
    want=$(sha256sum disk.raw | cut -d' ' -f1)
    jcheck out2.json "r['targets'][0]['sha256'] == '$want'"
}

test_image_evidence_untouched() {
    mkimg_need ewfacquire qemu-img
    std_rules r.yar
    mkdir -p e/www
    echo BREACHSCAN_TEST_MARKER_HIGH >e/www/x.jsp
    mkimg_ext4 e disk.raw 8
    mkimg_e01 disk.raw disk
    mkimg_convert disk.raw disk.qcow2 qcow2
    mkimg_convert disk.raw disk.vmdk vmdk
    mkimg_convert disk.raw disk.vhd vpc
    chmod 0444 disk.raw disk.E01 disk.qcow2 disk.vmdk disk.vhd
    touch -d "2020-02-02 02:02:02" disk.raw disk.E01 disk.qcow2 disk.vmdk disk.vhd
    before=$(for f in disk.raw disk.E01 disk.qcow2 disk.vmdk disk.vhd; do
        echo "$f $(sha256sum <"$f" | cut -d' ' -f1) $(stat -c %Y:%s "$f")"; done)
    scan_ok 1 out.json -r r.yar --hash-evidence disk.raw disk.E01 disk.qcow2 disk.vmdk disk.vhd
    jcheck out.json 'len([f for f in F if f["source"] == "yara"]) == 5' "found in every copy"
    after=$(for f in disk.raw disk.E01 disk.qcow2 disk.vmdk disk.vhd; do
        echo "$f $(sha256sum <"$f" | cut -d' ' -f1) $(stat -c %Y:%s "$f")"; done)
    assert_eq "$after" "$before" "evidence bytes or mtime changed"
}

test_image_inside_image() {
    mkimg_need qemu-img ewfacquire
    std_rules r.yar
    mkdir -p inner/etc web/www/htdocs
    echo "BREACHSCAN_TEST_MARKER_HIGH" >inner/etc/planted.jsp
    mkimg_ext4 inner inner.raw 4
    mkimg_convert inner.raw web/www/htdocs/vm.vmdk vmdk
    qemu-img convert -q -f raw -O vmdk -o subformat=streamOptimized inner.raw web/www/so.vmdk
    mkimg_convert inner.raw web/www/vm.qcow2 qcow2
    mkimg_convert inner.raw web/www/vm.vhd vpc
    mkimg_e01 inner.raw web/www/vm
    mkimg_ext4 web outer.img 40
    scan_ok 1 out.json -r r.yar outer.img
    for n in htdocs/vm.vmdk so.vmdk vm.qcow2 vm.vhd vm.E01; do
        jcheck out.json "any_(f['object']['location'] == 'outer.img:/www/$n!/etc/planted.jsp' for f in F)" "inside $n"
    done
    jcheck out.json 'all_(f["object"]["path"] == "/etc/planted.jsp" for f in F if "!" in f["object"]["location"])'
    jcheck out.json 'len(E) == 0'
    # the nesting limit applies to images too
    scan_ok 1 out2.json -r r.yar --archive-depth 0 outer.img
    jcheck out2.json 'not any_("!" in f["object"]["location"] for f in F)' "nothing opened inside"
    jcheck out2.json 'any_(s["reason"] == "archive-depth" and s["location"].endswith("/www/vm.qcow2") for s in S)'
}
