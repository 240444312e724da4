# t_image_formats.sh - disk images read without mounting (collectors/image*):
# every container format, split sets, volumes of MBR and GPT disks, NTFS
# streams, deleted files and --no-deleted.  Evidence is built at test time
# with tests/e2e/lib/mkimages.sh (no root, no mount).

. "$E2E_LIB/mkimages.sh"

# std_disk OUT: GPT disk, p1 ext4 (a shell, a deleted shell), p2 FAT (a log).
std_disk() {
    mkimg_need mke2fs debugfs mkfs.fat mcopy sfdisk
    mkdir -p root/opt/app/images data/logs
    printf '<%%@ page %%>\n<%% // BREACHSCAN_TEST_MARKER_HIGH %%>\n' >root/opt/app/images/ok.jsp
    printf 'deleted BREACHSCAN_TEST_MARKER_MEDIUM\n' >root/opt/app/gone.jsp
    echo "plain page" >root/opt/app/index.html
    echo "log line BREACHSCAN_TEST_MARKER_LOW" >data/logs/app.log
    mkimg_ext4 root p1.img 16 rootfs
    mkimg_rm p1.img /opt/app/gone.jsp
    mkimg_fat data p2.img 8 DATA
    mkimg_disk "$1" gpt p1.img,L,root p2.img,EBD0A0A2-B9E5-4433-87C0-68B6B72699C7,data
}

# check_std REPORT LOCATION: the three planted samples, at the right places.
check_std() {
    jcheck "$1" 'len([f for f in F if f["source"] == "yara"]) == 3' "three findings"
    jcheck "$1" "any_(f['object']['location'] == '$2@p1:/opt/app/images/ok.jsp' and f['rule'] == 'bs_test_high' and not f['object']['deleted'] for f in F)" "shell on p1"
    jcheck "$1" "any_(f['object']['location'] == '$2@p1:/opt/app/gone.jsp' and f['object']['deleted'] is True for f in F)" "deleted shell"
    jcheck "$1" "any_(f['object']['location'] == '$2@p2:/logs/app.log' for f in F)" "log on the FAT partition"
    jcheck "$1" 'r["targets"][0]["kind"] == "image"' "target kind"
    jcheck "$1" 'r["targets"][0]["stats"]["deleted"] >= 1' "deleted counted"
}

test_image_raw_gpt() {
    std_rules r.yar
    std_disk disk.raw
    scan_ok 1 out.json -r r.yar disk.raw
    check_std out.json disk.raw
    jcheck out.json 'r["targets"][0]["format"] == "raw"'
    jcheck out.json '[v["id"] for v in r["targets"][0]["volumes"] if v["id"][0] == "p"] == ["p1", "p2"]' "volume ids"
    jcheck out.json 'all_(v["scheme"] == "gpt" for v in r["targets"][0]["volumes"])'
    jcheck out.json '[(v["fs"], v["label"]) for v in r["targets"][0]["volumes"] if v["id"][0] == "p"] == [("ext4", "rootfs"), ("fat12", "DATA")]' "fs and labels"
    jcheck out.json 'any_(v["fs"] == "unallocated" for v in r["targets"][0]["volumes"])' "unallocated space listed"
    jcheck out.json 'len(E) == 0' "no errors"
}

test_image_every_container() {
    mkimg_need ewfacquire qemu-img
    std_rules r.yar
    std_disk disk.raw
    mkimg_e01 disk.raw disk
    mkimg_convert disk.raw disk.qcow2 qcow2
    mkimg_convert disk.raw disk.vmdk vmdk
    mkimg_convert disk.raw disk.vhd vpc
    mkimg_convert disk.raw disk.vhdx vhdx
    for f in disk.E01:ewf disk.qcow2:qcow2 disk.vmdk:vmdk disk.vhd:vhd disk.vhdx:vhdx; do
        scan_ok 1 "out-${f%%:*}.json" -r r.yar "${f%%:*}"
        check_std "out-${f%%:*}.json" "${f%%:*}"
        jcheck "out-${f%%:*}.json" "r['targets'][0]['format'] == '${f#*:}'" "format of ${f%%:*}"
    done
    # not by extension: a renamed QCOW2 is still a QCOW2
    cp disk.qcow2 evidence.bin
    scan_ok 1 out-renamed.json -r r.yar evidence.bin
    check_std out-renamed.json evidence.bin
}

test_image_split_sets() {
    mkimg_need ewfacquire split
    std_rules r.yar
    mkdir -p big
    head -c 3000000 /dev/urandom >big/noise.bin # incompressible: several E01 segments
    echo "BREACHSCAN_TEST_MARKER_HIGH" >big/needle.txt
    mkimg_ext4 big disk.raw 8
    mkimg_split disk.raw 3000000
    [ -f disk.raw.003 ] || fail "split made no third segment"
    mkimg_e01 disk.raw seg 1MiB
    [ -f seg.E02 ] || fail "ewfacquire made no second segment"
    scan_ok 1 out.json -r r.yar disk.raw.001 seg.E01
    jcheck out.json 'sorted(f["object"]["location"] for f in F) == ["disk.raw.001:/needle.txt", "seg.E01:/needle.txt"]'
    jcheck out.json '[t["format"] for t in r["targets"]] == ["split-raw", "ewf"]'
    jcheck out.json 'len(E) == 0'
    # a later segment given alone is not opened on its own
    scan_ok 0 out2.json -r r.yar seg.E02 disk.raw.002
    jcheck out2.json 'len(F) == 0 and sum(1 for s in S if s["reason"] == "segment") == 2' "segments listed"
}

test_image_mbr_extended_ntfs_ads() {
    mkimg_need mkntfs ntfscp fls
    std_rules r.yar
    mkdir -p a b c
    echo "BREACHSCAN_TEST_MARKER_LOW" >a/one.txt
    echo "BREACHSCAN_TEST_MARKER_LOW" >b/two.txt
    echo "innocent" >c/report.txt
    echo "BREACHSCAN_TEST_MARKER_HIGH" >stream.src
    mkimg_ext4 a a.img 8 first
    mkimg_fat b b.img 8 SECOND
    mkimg_ntfs c c.img 8 third
    mkimg_ntfs_ads c.img /report.txt hidden stream.src
    mkimg_disk disk.img mbr-ext a.img,83 b.img,c c.img,7
    scan_ok 1 out.json -r r.yar disk.img
    jcheck out.json '[(v["id"], v["fs"], v["label"]) for v in r["targets"][0]["volumes"] if v["id"][0] == "p"] == [("p1", "ext4", "first"), ("p2", "fat12", "SECOND"), ("p3", "ntfs", "third")]' "three volumes, logical ones included"
    jcheck out.json 'all_(v["scheme"] == "mbr" for v in r["targets"][0]["volumes"])'
    # offsets as mmls reports them (sector * 512)
    for id in 1 2 3; do
        want=$(mmls disk.img | awk '$2 ~ /^[0-9]+:[0-9]+$/ {n++; if (n == '$id') print $3 * 512}')
        jcheck out.json "[v['offset'] for v in r['targets'][0]['volumes'] if v['id'] == 'p$id'] == [$want]" "offset of p$id"
    done
    jcheck out.json 'any_(f["object"]["location"] == "disk.img@p3:/report.txt:hidden" and f["rule"] == "bs_test_high" for f in F)' "NTFS alternate data stream"
    jcheck out.json 'any_(f["object"]["location"] == "disk.img@p2:/two.txt" for f in F)'
    jcheck out.json 'any_(s["reason"] == "fs-metadata" and s["location"] == "disk.img@p3" for s in S)' "NTFS system files listed"
}

test_image_no_deleted() {
    std_rules r.yar
    std_disk disk.raw
    scan_ok 1 out.json -r r.yar --no-deleted disk.raw
    jcheck out.json 'len([f for f in F if f["source"] == "yara"]) == 2 and not any_(f["object"]["deleted"] for f in F)'
    jcheck out.json 'r["targets"][0]["stats"]["deleted"] == 0'
}

test_image_exclude() {
    std_rules r.yar
    std_disk disk.raw
    scan_ok 1 out.json -r r.yar --exclude '/opt/app/images' disk.raw
    jcheck out.json 'not any_(f["rule"] == "bs_test_high" for f in F)' "excluded directory not scanned"
    jcheck out.json 'any_(s["reason"] == "excluded" and s["location"] == "disk.raw@p1:/opt/app/images" for s in S)'
}

test_image_no_images() {
    std_rules r.yar
    std_disk disk.raw
    # the disk is then one plain file: its raw bytes are scanned, no volumes
    scan_ok 1 out.json -r r.yar --no-images disk.raw
    jcheck out.json 'r["targets"][0]["kind"] != "image" and r["targets"][0].get("volumes") in (None, [])'
    jcheck out.json 'all_("@" not in f["object"]["location"] for f in F)'
}
