# t_image_badinput.sh - broken disk images (collectors/image*): truncated,
# corrupt superblock, corrupt MFT, partition table pointing past the end,
# E01 with a missing segment, zero-length file, random bytes.  Each gives an
# errors[] entry naming the image (and volume) and the stage; the rest of the
# evidence is still scanned; no crash, no hang; exit status per docs/ARCHITECTURE.md, "Errors and exit status".

. "$E2E_LIB/mkimages.sh"

# libewf 20140813 leaks a few bytes for each chunk it fails to read (the
# missing segment); the collector asks for each bad chunk once only.
ewf_leak_suppression() {
    printf 'leak:libewf_chunk_data_initialize\n' >lsan.supp
    export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$PWD/lsan.supp:print_suppressions=0"
}

# corrupt FILE OFFSET COUNT: COUNT bytes of 0xde at OFFSET.
corrupt() {
    python3 - "$@" <<'PY'
import sys
path, off, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "r+b") as f:
    f.seek(off)
    f.write(b"\xde" * n)
PY
}

build_bad_set() {
    mkimg_need mke2fs mkfs.fat mkntfs ntfscp sfdisk ewfacquire
    mkdir -p g e n big
    echo "BREACHSCAN_TEST_MARKER_HIGH" >g/good.jsp
    echo "inner file" >e/a.txt
    echo "ntfs file" >n/b.txt
    head -c 3000000 /dev/urandom >big/noise.bin
    mkimg_ext4 g good.img 8
    mkimg_ext4 e e.img 8
    mkimg_fat e f.img 8
    mkimg_ntfs n n.img 8
    # corrupt ext superblock (the primary copy, bare file system)
    cp e.img badsb.img
    corrupt badsb.img 1024 1024
    # corrupt MFT: the first records at the cluster the boot sector names
    cp n.img badmft.img
    mft=$(python3 -c "import struct;d=open('badmft.img','rb').read(512);print(struct.unpack_from('<Q',d,0x30)[0]*d[0xd]*struct.unpack_from('<H',d,0xb)[0])")
    corrupt badmft.img "$mft" 8192
    # a disk cut short, and a table pointing past the end
    mkimg_disk disk.img gpt e.img,L f.img,L
    head -c 5000000 disk.img >truncated.img
    mkimg_disk mbr.img mbr e.img,83 f.img,c
    head -c $((12 * 1024 * 1024)) mbr.img >pastend.img
    # E01 in segments, the second one gone
    mkimg_ext4 big big.img 8
    mkimg_e01 big.img broken 1MiB
    [ -f broken.E03 ] || fail "fixture: expected three segments"
    rm broken.E02
    : >empty.E01
    head -c 2000000 /dev/urandom >random.img
}

test_image_bad_inputs_reported() {
    std_rules r.yar
    build_bad_set
    ewf_leak_suppression
    # exit 2: empty.E01 cannot be opened at all (docs/ARCHITECTURE.md: unreadable target);
    # the report is still written and every other target is scanned
    scan_ok 2 out.json -r r.yar good.img badsb.img badmft.img truncated.img pastend.img \
        broken.E01 empty.E01 random.img
    jcheck out.json 'any_(f["object"]["location"] == "good.img:/good.jsp" for f in F)' \
        "the good image is still scanned"
    for t in badsb.img badmft.img truncated.img pastend.img broken.E01 empty.E01 random.img; do
        jcheck out.json "any_(e['location'].startswith('$t') and e['stage'] for e in E)" "error for $t"
    done
    jcheck out.json 'any_(e["location"] == "badsb.img" and e["stage"] == "fs-open" for e in E)'
    jcheck out.json 'any_(e["location"] == "badmft.img" and e["stage"] == "fs-open" for e in E)'
    jcheck out.json 'any_(e["location"] == "pastend.img@p2" and e["stage"] == "volume" for e in E)' \
        "volume named"
    jcheck out.json 'any_(e["location"] == "broken.E01" and "missing" in e["message"] for e in E)'
    jcheck out.json 'any_(e["location"] == "empty.E01" and e["stage"] == "open" for e in E)'
    # the readable part of a damaged disk is still scanned
    jcheck out.json 'any_(v["id"] == "p1" and v["fs"] == "ext4" for t in r["targets"] if t["path"] == "pastend.img" for v in t["volumes"])'
}

# Damaged but openable images: errors[] and exit 0 (nothing found).  An image
# no reader can open at all is an unreadable target: exit 2, report written.
test_image_bad_inputs_alone_exit_status() {
    std_rules r.yar
    build_bad_set
    ewf_leak_suppression
    # part of the image unread and nothing found: verdict incomplete, exit 2 (never "clean")
    for t in badsb.img badmft.img truncated.img pastend.img broken.E01 random.img; do
        scan_ok 2 "out-$t.json" -r r.yar "$t"
        jcheck "out-$t.json" 'len(E) >= 1' "errors[] entry for $t"
        jcheck "out-$t.json" 'r["summary"]["verdict"] == "incomplete"' "verdict incomplete for $t"
    done
    scan_ok 2 out-empty.json -r r.yar empty.E01
    jcheck out-empty.json 'any_(e["location"] == "empty.E01" and e["stage"] == "open" for e in E)'
}
