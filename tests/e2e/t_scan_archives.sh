# t_scan_archives.sh - archives opened recursively in memory, and their limits
# (docs/ARCHITECTURE.md, collectors/archive).

test_nested_war_tgz_zip() {
    std_rules r.yar
    mkdir -p ev build/w/lib
    # padding that deflates well, so no container holds the marker as plain bytes
    { printf '<%%@ page import="java.io.*" %%>\n<%% // BREACHSCAN_TEST_MARKER_HIGH %%>\n'
      yes '<p>padding padding padding</p>' | head -n 200; } >build/shell.jsp
    (cd build && zip -q inner.zip shell.jsp && tar czf w/lib/inner.tar.gz inner.zip)
    (cd build/w && zip -q -r ../../ev/app.war lib)
    echo "plain" >ev/index.html
    scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'len(F) == 1' "one finding"
    jcheck out.json 'F[0]["object"]["location"].endswith("app.war!lib/inner.tar.gz!inner.zip!shell.jsp")' \
        "location through every container"
    jcheck out.json 'F[0]["object"]["path"].endswith("shell.jsp")'
    jcheck out.json 'r["targets"][0]["stats"]["archives"] >= 3' "archives counted"
    # --no-archives: the member is not seen
    scan_ok 0 out2.json -r r.yar --no-archives ev
    jcheck out2.json 'len(F) == 0'
}

# make_bomb ZIP MB: a zip with one member of MB megabytes of zeros (~1000:1).
make_bomb() {
    "$PYTHON" - "$1" "$2" <<'PY'
import sys, zipfile
path, mb = sys.argv[1], int(sys.argv[2])
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open("zeros.bin", "w") as m:
        block = bytes(1 << 20)
        for _ in range(mb):
            m.write(block)
        m.write(b"BREACHSCAN_TEST_MARKER_HIGH")
PY
}

test_zip_bomb_skipped() {
    std_rules r.yar
    mkdir -p ev tmp
    make_bomb ev/bomb.zip 40
    [ "$(stat -c %s ev/bomb.zip)" -lt 200000 ] || fail "generated bomb is not compact"
    # a zip of bombs, stored (already compressed)
    for i in 1 2 3 4; do make_bomb "tmp/b$i.zip" 20; done
    (cd tmp && zip -q -0 ../ev/nested.zip b1.zip b2.zip b3.zip b4.zip)
    echo BREACHSCAN_TEST_MARKER_MEDIUM >ev/normal.txt
    E2E_TIMEOUT=90 scan_ok 1 out.json -r r.yar ev
    jcheck out.json 'any_(f["object"]["path"].endswith("normal.txt") for f in F)' \
        "the rest of the tree is scanned"
    jcheck out.json 'any_("bomb.zip" in s["location"] and s.get("reason") for s in S)' \
        "bomb.zip listed in skipped[]"
    jcheck out.json 'any_("nested.zip" in s["location"] and s.get("reason") for s in S)' \
        "bombs inside nested.zip listed in skipped[]"
}

test_archive_depth_limit() {
    std_rules r.yar
    mkdir -p ev b
    { echo BREACHSCAN_TEST_MARKER_HIGH; yes 'padding line' | head -n 200; } >b/x.jsp
    (cd b && zip -q l1.zip x.jsp && zip -q l2.zip l1.zip && zip -q l3.zip l2.zip)
    cp b/l3.zip ev/
    scan_ok 1 deep.json -r r.yar ev
    jcheck deep.json 'len(F) == 1 and F[0]["object"]["location"].endswith("l3.zip!l2.zip!l1.zip!x.jsp")'
    # depth 1: only l3's members are opened; the deeper archive is listed in skipped[]
    scan_ok 0 shallow.json -r r.yar --archive-depth 1 ev
    jcheck shallow.json 'len(F) == 0'
    jcheck shallow.json 'len(S) >= 1' "depth limit reported in skipped[]"
}
