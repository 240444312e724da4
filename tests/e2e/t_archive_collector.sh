# t_archive_collector.sh - the archive collector seen from the command line:
# locations through nested containers, zip bombs, encrypted and damaged
# archives, compressed logs and archive targets (collectors/archive.c).

# jsp FILE MARKER: a JSP that carries MARKER and compresses well, so that the
# marker never appears as plain bytes inside a deflated container.
jsp() {
    {
        printf '<%%@ page import="java.io.*" %%>\n<%% // %s %%>\n' "$2"
        for i in $(seq 1 200); do echo "<%-- padding line $((i % 7)) --%>"; done
    } >"$1"
}

test_archive_location_war_tgz_zip() {
    std_rules r.yar
    mkdir -p ev b
    jsp b/shell.jsp BREACHSCAN_TEST_MARKER_HIGH
    (cd b && zip -q inner.zip shell.jsp && tar czf inner.tar.gz inner.zip && zip -q ../ev/x.war inner.tar.gz)
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1' "one finding, in the innermost member"
    jcheck out.json 'F[0]["object"]["location"].endswith("x.war!inner.tar.gz!inner.zip!shell.jsp")' \
        "location through every container"
    jcheck out.json 'F[0]["object"]["path"] == "shell.jsp"' "path inside the innermost container"
    jcheck out.json 'F[0]["object"]["mtime"] is not None' "member mtime kept"
    jcheck out.json 'r["targets"][0]["stats"]["archives"] == 3' "three archives opened"
}

test_archive_zip_bomb_then_shell() {
    std_rules r.yar
    mkdir -p ev b
    # 1 GiB of zeros as the first member, a web shell after it
    head -c 1073741824 /dev/zero | (cd b && zip -q bomb.zip -)
    jsp b/after.jsp BREACHSCAN_TEST_MARKER_HIGH
    (cd b && zip -q bomb.zip after.jsp)
    [ "$(stat -c %s b/bomb.zip)" -lt 2000000 ] || fail "generated bomb is not compact"
    mv b/bomb.zip ev/
    local t0 t1
    t0=$(date +%s)
    E2E_TIMEOUT=120 scan_ok 1 out.json -r r.yar ev
    t1=$(date +%s)
    jcheck out.json 'any_(s["location"].endswith("bomb.zip!-") and s["reason"] == "zip-bomb" for s in S)' \
        "bomb member listed in skipped[] as zip-bomb"
    jcheck out.json 'any_(f["object"]["location"].endswith("bomb.zip!after.jsp") for f in F)' \
        "the member after the bomb is still scanned"
    [ $((t1 - t0)) -lt 30 ] || fail "bomb took $((t1 - t0))s: it was expanded"
}

test_archive_targz_bomb_stops() {
    std_rules r.yar
    mkdir -p ev b
    head -c 300000000 /dev/zero >b/zeros.bin
    echo BREACHSCAN_TEST_MARKER_MEDIUM >b/after.txt
    (cd b && tar czf ../ev/bomb.tar.gz zeros.bin after.txt)
    echo BREACHSCAN_TEST_MARKER_LOW >ev/beside.txt
    E2E_TIMEOUT=120 scan_ok 0 out.json -r r.yar --fail-on medium ev
    jcheck out.json 'any_(s["location"].endswith("bomb.tar.gz") and s["reason"] == "zip-bomb" for s in S)' \
        "the compressed tar is stopped as a zip-bomb"
    jcheck out.json 'any_(f["object"]["path"].endswith("beside.txt") for f in F)' \
        "the rest of the tree is scanned"
}

test_archive_encrypted_zip_skipped() {
    std_rules r.yar
    mkdir -p ev b
    jsp b/secret.jsp BREACHSCAN_TEST_MARKER_HIGH
    (cd b && zip -q -P pw ../ev/enc.zip secret.jsp)
    scan_ok 0 out.json -r r.yar ev
    jcheck out.json 'any_(s["location"].endswith("enc.zip!secret.jsp") and s["reason"] == "encrypted" for s in S)' \
        "encrypted member listed in skipped[]"
    jcheck out.json 'len(F) == 0'
}

test_archive_gzip_log_member() {
    std_rules r.yar
    mkdir -p ev/logs
    {
        for i in $(seq 1 300); do
            echo "203.0.113.$((i % 9)) - - [14/Aug/2018:03:15:40 +0000] \"GET /index.php?id=$i HTTP/1.1\" 200 512"
        done
        echo 'debug: BREACHSCAN_TEST_MARKER_MEDIUM'
    } | gzip -9 >ev/logs/access.log.1.gz
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1' "one finding, in the decompressed log"
    jcheck out.json 'F[0]["object"]["location"].endswith("logs/access.log.1.gz!access.log.1")' \
        "member named after the file without .gz"
}

test_archive_damaged_zip_reported() {
    std_rules r.yar
    mkdir -p ev
    { printf 'PK\003\004'; head -c 400 /dev/zero | tr '\0' '\020'; } >ev/broken.zip
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/ok.txt
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'any_(e["location"].endswith("broken.zip") and e["stage"] == "archive" for e in E)' \
        "damaged archive in errors[] with stage archive"
    jcheck out.json 'any_(f["object"]["path"].endswith("ok.txt") for f in F)' "scan went on"
}

test_archive_truncated_tgz_keeps_early_members() {
    std_rules r.yar
    mkdir -p ev b
    echo BREACHSCAN_TEST_MARKER_HIGH >b/first.jsp
    head -c 2000000 /dev/urandom >b/noise.bin
    (cd b && tar czf full.tgz first.jsp noise.bin)
    head -c 1000000 b/full.tgz >ev/cut.tgz
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'any_(f["object"]["location"].endswith("cut.tgz!first.jsp") for f in F)' \
        "member before the damage still scanned"
    jcheck out.json 'any_(e["location"].startswith("ev/cut.tgz") and e["stage"] == "archive" for e in E)' \
        "damage reported in errors[]"
}

test_archive_as_target() {
    std_rules r.yar
    mkdir -p b/htdocs
    jsp b/htdocs/cmd.jsp BREACHSCAN_TEST_MARKER_HIGH
    (cd b && tar czf ../release.tar.gz htdocs)
    scan_ok 1 out.json -r r.yar release.tar.gz
    jcheck out.json 'r["targets"][0]["kind"] == "archive"' "target kind"
    jcheck out.json 'r["targets"][0]["format"] == "tar.gz"' "target format"
    jcheck out.json 'any_(f["object"]["location"].endswith("release.tar.gz!htdocs/cmd.jsp") for f in F)'
}

# A gzip'd text is a compressed text file: one member, its own bytes.
# libarchive's text formats are not enabled: its mtree reader bid on
# ordinary text (an .rst heading, a changelog), listed words as members
# ("caching.rst.gz!Caching") or reported a damaged archive.
test_archive_gz_text_not_mtree() {
    std_rules r.yar
    mkdir ev
    printf '*******\nCaching\n*******\n\nthe client caches the responses\nin a directory.\n\n    >>> import example\n' |
        gzip -n >ev/caching.rst.gz
    printf 'Changes\n=======\n\n* #3626: Minor refactorings.\n\nDocumentation changes\n^^^^^^^^^^^^^^^^^^^^^\n' |
        gzip -n >ev/changelog.gz
    scan_ok 0 out.json -r r.yar ev
    jcheck out.json 'len(E) == 0' "text in gzip is not a damaged archive"
    jcheck out.json 'r["targets"][0]["stats"]["objects"] == 4' "two gz files and one member each"
}

# A gzip of nothing (Debian ships man pages so) is an empty file, not a
# damaged archive; a truncated one still is.
test_archive_empty_gz_is_no_error() {
    std_rules r.yar
    mkdir ev
    : | gzip -n -9 >ev/empty.1.gz
    printf 'BREACHSCAN_TEST_MARKER_HIGH and more text to compress\n' | gzip -n | head -c 15 >ev/cut.gz
    scan_ok 2 out.json -r r.yar ev
    jcheck out.json 'len(E) == 1 and E[0]["location"].endswith("cut.gz")' "only the truncated one is an error"
}
