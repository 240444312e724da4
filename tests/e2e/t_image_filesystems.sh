# t_image_filesystems.sh - one file system at a time (collectors/image*):
# ISO9660 (plain, Rock Ridge, Joliet; as a target, under --no-images, and as
# a file inside a directory tree), ext4 deleted and orphan files (name gone,
# inode kept or freed), NTFS deleted files (resident and not), FAT12/16/32 with subdirectories and a deleted file,
# exFAT (empty, and with files written entry by entry), HFS+ (empty; only
# where mkfs.hfsplus exists), and --archive-depth 0 on a .war inside an
# image.  Evidence is built at test time with tests/e2e/lib/mkimages.sh (no
# root, no mount).  FAT and exFAT store local times: the images are built in
# UTC, and breachscan reads such times as UTC whatever the machine's zone.

. "$E2E_LIB/mkimages.sh"
export TZ=UTC
SHELL_TIME="2018-08-14 03:12:10 UTC" # even: FAT keeps 2-second steps
SHELL_RFC="2018-08-14T03:12:10Z"

# webroot DIR: a shell with a known mtime in a subdirectory, and a plain page.
webroot() {
    mkdir -p "$1/www/app/images"
    printf '<%%@ page %%>\n<%% // BREACHSCAN_TEST_MARKER_HIGH %%>\n' >"$1/www/app/images/ok.jsp"
    touch -d "$SHELL_TIME" "$1/www/app/images/ok.jsp"
    echo "plain page" >"$1/www/index.html"
}

# only_volume REPORT FS LABEL: one bare file system of type FS, no errors.
only_volume() {
    jcheck "$1" "[(v['id'], v['scheme'], v['fs'], v['label']) for v in r['targets'][0]['volumes']] == [('p1', 'none', '$2', $3)]" "one $2 volume"
    jcheck "$1" 'r["targets"][0]["kind"] == "image" and r["targets"][0]["format"] == "raw"' "raw image target"
    jcheck "$1" 'len(E) == 0' "no errors"
}

# YARA findings only (the bundled filename IOCs also match some paths)
Y='[f for f in F if f["source"] == "yara"]'

# finding REPORT LOCATION EXPR: the one YARA finding at LOCATION satisfies EXPR (o = its object).
finding() {
    jcheck "$1" "[f['object']['location'] for f in $Y].count('$2') == 1" "one finding at $2"
    jcheck "$1" "[(lambda o: $3)(f['object']) for f in $Y if f['object']['location'] == '$2'] == [True]" "object at $2"
}

test_image_filesystems_iso9660() {
    mkimg_need genisoimage
    std_rules r.yar
    webroot src
    mkimg_iso src plain.iso WEBROOT
    mkimg_iso src rr.iso WEBROOT -R
    mkimg_iso src joliet.iso WEBROOT -R -J
    scan_ok 1 out.json -r r.yar plain.iso rr.iso joliet.iso
    for t in plain.iso rr.iso joliet.iso; do
        jcheck out.json "[(v['id'], v['scheme'], v['fs'], v['label']) for t in r['targets'] if t['path'] == '$t' for v in t['volumes']] == [('p1', 'none', 'iso9660', 'WEBROOT')]" "$t: one iso9660 volume"
        jcheck out.json "[t['kind'] + '/' + t['format'] for t in r['targets'] if t['path'] == '$t'] == ['image/raw']" "$t: taken by the image collector"
    done
    # TSK 4.11 names files by their ISO9660 names (upper case, 8.3 at level 1)
    # unless a Joliet tree is present; Rock Ridge names are not used.
    # The one time an ISO9660 directory record holds is reported as crtime.
    iso_obj="not o['deleted'] and isinstance(o['inode'], int) and o['crtime'] == '$SHELL_RFC' and o['mtime'] is None and o['owner'] is None"
    finding out.json plain.iso:/WWW/APP/IMAGES/OK.JSP "$iso_obj and o['path'] == '/WWW/APP/IMAGES/OK.JSP'"
    finding out.json rr.iso:/WWW/APP/IMAGES/OK.JSP "$iso_obj"
    finding out.json joliet.iso:/www/app/images/ok.jsp "$iso_obj and o['path'] == '/www/app/images/ok.jsp'"
    jcheck out.json "len($Y) == 3 and len(E) == 0"
    # with --no-images the archive collector (libarchive) reads the same ISO:
    # its members, with their Rock Ridge / Joliet names and mtimes
    scan_ok 1 out2.json -r r.yar --no-images joliet.iso
    jcheck out2.json 'r["targets"][0]["kind"] == "archive" and r["targets"][0]["format"] == "iso9660"' "archive collector"
    finding out2.json 'joliet.iso!www/app/images/ok.jsp' "o['mtime'] == '$SHELL_RFC' and not o['deleted']"
    jcheck out2.json 'not any_("@" in f["object"]["location"] or ":/" in f["object"]["location"] for f in F)' "no image locations"
}

test_image_filesystems_iso9660_nested() {
    mkimg_need genisoimage
    std_rules r.yar
    webroot src
    mkdir -p tree/srv/downloads
    mkimg_iso src tree/srv/downloads/media.iso WEBROOT -R -J
    mkimg_iso src tree/srv/downloads/backup.bin OLD # an ISO under another name
    echo "nothing here" >tree/srv/readme.txt
    scan_ok 1 out.json -r r.yar tree
    jcheck out.json 'r["targets"][0]["kind"] == "directory"'
    finding out.json 'tree/srv/downloads/media.iso!/www/app/images/ok.jsp' "o['path'] == '/www/app/images/ok.jsp' and o['crtime'] == '$SHELL_RFC' and isinstance(o['inode'], int)"
    finding out.json 'tree/srv/downloads/backup.bin!/WWW/APP/IMAGES/OK.JSP' "not o['deleted']"
    # volumes[] is the target's own: a nested image's volume is named by its objects' locations
    jcheck out.json 'r["targets"][0]["volumes"] == []' "nested volumes not mixed into the target's"
    # the ISO files are scanned as files too (ISO9660 stores content as is)
    jcheck out.json "sorted(f['object']['location'] for f in $Y) == ['tree/srv/downloads/backup.bin', 'tree/srv/downloads/backup.bin!/WWW/APP/IMAGES/OK.JSP', 'tree/srv/downloads/media.iso', 'tree/srv/downloads/media.iso!/www/app/images/ok.jsp']"
    jcheck out.json 'len(E) == 0'
    # the ISO inside an ext4 image: image in image
    mkimg_ext4 tree outer.img 8
    scan_ok 1 out2.json -r r.yar outer.img
    finding out2.json 'outer.img:/srv/downloads/media.iso!/www/app/images/ok.jsp' "not o['deleted']"
    # and not opened at all beyond the nesting limit
    scan_ok 1 out3.json -r r.yar --archive-depth 0 tree
    jcheck out3.json 'not any_("!" in f["object"]["location"] for f in F)' "nothing found inside"
    jcheck out3.json 'sorted(s["location"] for s in S if s["reason"] == "archive-depth") == ["tree/srv/downloads/backup.bin", "tree/srv/downloads/media.iso"]'
}

test_image_filesystems_ext4_deleted_and_orphans() {
    mkimg_need mke2fs debugfs dumpe2fs
    std_rules r.yar
    mkdir -p e/var/www/html/up e/tmp/.cache e/var/tmp/s e/var/tmp/k
    echo "live BREACHSCAN_TEST_MARKER_LOW" >e/var/www/html/index.php
    echo "rm in subdir BREACHSCAN_TEST_MARKER_HIGH" >e/var/www/html/up/cmd.php
    echo "unlinked BREACHSCAN_TEST_MARKER_HIGH" >e/tmp/.cache/unlinked.jsp
    echo "held open BREACHSCAN_TEST_MARKER_HIGH" >e/var/tmp/s/held.jsp
    echo "freed orphan BREACHSCAN_TEST_MARKER_HIGH" >e/var/tmp/k/freed.jsp
    echo "neighbour" >e/var/tmp/s/other.txt
    touch -d "$SHELL_TIME" e/var/tmp/s/held.jsp
    mkimg_ext4 e e.img 8
    cmd=$(mkimg_inum e.img /var/www/html/up/cmd.php)
    unl=$(mkimg_inum e.img /tmp/.cache/unlinked.jsp)
    held=$(mkimg_inum e.img /var/tmp/s/held.jsp)
    freed=$(mkimg_inum e.img /var/tmp/k/freed.jsp)
    # (mkimg_orphan allocates an inode: before mkimg_rm frees one)
    mkimg_orphan e.img /var/tmp/s/held.jsp          # no name at all, inode allocated
    mkimg_orphan e.img /var/tmp/k/freed.jsp free    # no name at all, inode freed
    mkimg_rm e.img /var/www/html/up/cmd.php         # name and inode freed
    mkimg_unlink e.img /tmp/.cache/unlinked.jsp     # name removed, inode allocated
    fls -r -p e.img | grep -q -e held.jsp -e freed.jsp && fail "fixture: an orphan still has a name"
    scan_ok 1 out.json -r r.yar e.img
    only_volume out.json ext4 None
    macb="all_(o[k] is not None for k in ('mtime', 'atime', 'ctime', 'crtime')) and o['owner'] == '0'"
    finding out.json e.img:/var/www/html/index.php "not o['deleted'] and $macb"
    finding out.json e.img:/var/www/html/up/cmd.php "o['deleted'] is True and o['inode'] == $cmd and $macb"
    # the name survives in the directory block's slack: found under it
    finding out.json e.img:/tmp/.cache/unlinked.jsp "o['deleted'] is True and o['inode'] == $unl and $macb"
    # no name left: under TSK's /\$OrphanFiles/, allocated inode or not
    finding out.json "e.img:/\$OrphanFiles/OrphanFile-$held" "o['deleted'] is True and o['inode'] == $held and o['mtime'] == '$SHELL_RFC' and o['size'] == 38"
    finding out.json "e.img:/\$OrphanFiles/OrphanFile-$freed" "o['deleted'] is True and o['inode'] == $freed"
    jcheck out.json "len($Y) == 5 and r['targets'][0]['stats']['deleted'] == 4"
    scan_ok 0 out2.json -r r.yar --no-deleted e.img
    jcheck out2.json '[f["object"]["location"] for f in F] == ["e.img:/var/www/html/index.php"]' "--no-deleted: the live file only"
    jcheck out2.json 'r["targets"][0]["stats"]["deleted"] == 0'
}

# NTFS: a deleted file keeps its MFT entry (marked not in use) and its data:
# resident in the entry when small, in clusters when not; both found, deleted.
test_image_filesystems_ntfs_deleted() {
    mkimg_need mkntfs ntfscp ntfsinfo
    std_rules r.yar
    mkdir n
    echo "small deleted BREACHSCAN_TEST_MARKER_HIGH" >n/small.aspx
    { head -c 6000 /dev/zero | tr '\0' ' '; echo "large deleted BREACHSCAN_TEST_MARKER_HIGH"; } >n/large.aspx
    echo "live BREACHSCAN_TEST_MARKER_LOW" >n/default.aspx
    mkimg_ntfs n n.img 8
    small=$(mkimg_ntfs_delete n.img /small.aspx) || fail "fixture: cannot delete small.aspx"
    large=$(mkimg_ntfs_delete n.img /large.aspx) || fail "fixture: cannot delete large.aspx"
    scan_ok 1 out.json -r r.yar n.img
    jcheck out.json 'len(E) == 0' "no errors"
    finding out.json n.img:/default.aspx "not o['deleted']"
    finding out.json "n.img:/\$OrphanFiles/small.aspx" "o['deleted'] is True and o['inode'] == $small"
    finding out.json "n.img:/\$OrphanFiles/large.aspx" "o['deleted'] is True and o['inode'] == $large and o['size'] == 6042"
    jcheck out.json "r['targets'][0]['stats']['deleted'] == 2"
    scan_ok 0 out2.json -r r.yar --no-deleted n.img
    jcheck out2.json "[f['object']['location'] for f in $Y] == ['n.img:/default.aspx']" "--no-deleted: the live file only"
}

test_image_filesystems_fat_12_16_32() {
    mkimg_need mkfs.fat mcopy mdel
    std_rules r.yar
    for bits in 12 16 32; do
        rm -rf f && mkdir -p f/inetpub/wwwroot/uploads
        echo "fat$bits BREACHSCAN_TEST_MARKER_HIGH" >f/inetpub/wwwroot/uploads/shell.aspx
        echo "deleted BREACHSCAN_TEST_MARKER_HIGH" >f/inetpub/wwwroot/gone.aspx
        touch -d "$SHELL_TIME" f/inetpub/wwwroot/uploads/shell.aspx
        size=8 && [ $bits = 16 ] && size=16
        [ $bits = 32 ] && size=36 # FAT32 needs 65525 clusters
        mkimg_fat f fat$bits.img $size WEB$bits $bits
        mkimg_fat_rm fat$bits.img /inetpub/wwwroot/gone.aspx
        scan_ok 1 out$bits.json -r r.yar fat$bits.img
        only_volume out$bits.json fat$bits "'WEB$bits'"
        # FAT: no ctime, no owner; atime is a date (midnight)
        finding out$bits.json fat$bits.img:/inetpub/wwwroot/uploads/shell.aspx "not o['deleted'] and o['mtime'] == o['crtime'] == '$SHELL_RFC' and o['atime'] == '${SHELL_RFC%%T*}T00:00:00Z' and o['ctime'] is None and o['owner'] is None and isinstance(o['inode'], int)"
        # deleted, content still in its clusters: recovered with its long name
        finding out$bits.json fat$bits.img:/inetpub/wwwroot/gone.aspx "o['deleted'] is True and o['size'] == 36 and o['mtime'] is not None"
        jcheck out$bits.json "len($Y) == 2 and r['targets'][0]['stats']['deleted'] == 1"
    done
    # FAT keeps local times of an unknown zone: breachscan reads them as UTC
    # whatever the scanning machine's zone, so reports agree across machines
    TZ=EST5EDT scan_ok 1 out-est.json -r r.yar fat32.img
    finding out-est.json fat32.img:/inetpub/wwwroot/uploads/shell.aspx "o['mtime'] == '$SHELL_RFC'"
}

test_image_filesystems_exfat() {
    mkimg_need mkfs.exfat
    std_rules r.yar
    # an empty exFAT volume is recognised
    mkdir empty
    mkimg_exfat empty empty.img 8 EMPTY
    scan_ok 0 out0.json -r r.yar empty.img
    only_volume out0.json exfat None
    # files written into it: a subdirectory, a long name, a deleted file
    mkdir -p x/www/uploads
    echo "exfat BREACHSCAN_TEST_MARKER_HIGH" >x/www/uploads/shell.aspx
    echo "deleted BREACHSCAN_TEST_MARKER_HIGH" >x/www/gone.aspx
    echo "long BREACHSCAN_TEST_MARKER_LOW" >"x/www/a name longer than fifteen characters.txt"
    touch -d "$SHELL_TIME" x/www/uploads/shell.aspx
    mkimg_exfat x x.img 8 DATA
    mkimg_exfat_rm x.img /www/gone.aspx
    if command -v fsck.exfat >/dev/null; then
        fsck.exfat -n x.img >/dev/null 2>&1 || fail "fixture: fsck.exfat rejects x.img"
    fi
    scan_ok 1 out.json -r r.yar x.img
    only_volume out.json exfat None
    finding out.json x.img:/www/uploads/shell.aspx "not o['deleted'] and o['mtime'] == o['atime'] == o['crtime'] == '$SHELL_RFC' and o['ctime'] is None and isinstance(o['inode'], int)"
    finding out.json "x.img:/www/a name longer than fifteen characters.txt" "not o['deleted']"
    finding out.json x.img:/www/gone.aspx "o['deleted'] is True and o['size'] == 36"
    jcheck out.json "len($Y) == 3 and r['targets'][0]['stats']['deleted'] == 1"
}

test_image_filesystems_hfsplus_empty() {
    # Debian 12 ships no HFS+ formatter (hfsprogs left the archive); runs
    # where mkfs.hfsplus exists.  Nothing can add files without mounting.
    mkimg_need mkfs.hfsplus
    truncate -s 8M h.img
    mkfs.hfsplus -v MACHD h.img >/dev/null 2>&1 || fail "mkfs.hfsplus failed"
    echo 'rule never { condition: false }' >none.yar
    scan_ok 0 out.json -r none.yar h.img
    jcheck out.json '[(v["id"], v["fs"]) for v in r["targets"][0]["volumes"]] == [("p1", "hfs+")]' "hfs+ volume"
    jcheck out.json 'len(E) == 0'
}

test_image_filesystems_war_archive_depth_zero() {
    mkimg_need mke2fs zip
    std_rules r.yar
    mkdir -p war/WEB-INF img/opt/app
    # compressible padding: the marker is deflated, not readable in the .war's bytes
    { seq 1 400 | sed 's/^/<!-- padding line /; s/$/ -->/'; echo '<% // BREACHSCAN_TEST_MARKER_HIGH %>'; } >war/WEB-INF/x.jsp
    (cd war && zip -q -9 -r ../img/opt/app/Click2GovCX.war .)
    grep -q BREACHSCAN_TEST_MARKER_HIGH img/opt/app/Click2GovCX.war && fail "fixture: marker stored uncompressed"
    mkimg_ext4 img w.img 8
    scan_ok 0 out.json -r r.yar --archive-depth 0 w.img
    jcheck out.json "len($Y) == 0" "the member is not scanned"
    jcheck out.json '[(s["location"], s["reason"]) for s in S] == [("w.img:/opt/app/Click2GovCX.war", "archive-depth")]' "skipped says archive-depth"
    jcheck out.json 'r["targets"][0]["stats"]["archives"] == 0 and len(E) == 0'
    scan_ok 1 out1.json -r r.yar --archive-depth 1 w.img
    finding out1.json 'w.img:/opt/app/Click2GovCX.war!WEB-INF/x.jsp' "o['path'] == 'WEB-INF/x.jsp' and o['depth'] == 1 and not o['deleted']"
    jcheck out1.json 'len(S) == 0 and r["targets"][0]["stats"]["archives"] == 1'
}
