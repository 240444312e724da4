# t_scan_unscanned_iocs.sh - a file over --max-file-size is not scanned, but
# it is still an object of the evidence: file-name and hash IOCs see it, in a
# directory, inside an archive and inside a disk image.

. "$E2E_LIB/mkimages.sh"

big_file() { # big_file PATH: 2 MiB of hex rows (compresses about 2:1, not a bomb)
    python3 -c "import os, sys; open(sys.argv[1],'w').write(os.urandom(1 << 20).hex())" "$1"
}

test_too_large_still_matches_iocs() {
    mkimg_need mke2fs
    std_rules r.yar
    mkdir -p ev/dumps iocs
    big_file ev/dumps/cards.sql
    sum=$(sha256sum ev/dumps/cards.sql | cut -d' ' -f1)
    printf '%s;exfiltration staging dump;high\n' "$sum" >iocs/hashes.txt
    printf '(^|/)dumps/[^/]+\\.sql$;medium;database dump in the web root\n' >iocs/filenames.txt
    (cd ev && zip -q -r ../bundle.zip dumps)
    mke2fs -q -t ext4 -d ev disk.img 16M
    mkdir t && cp -r ev/dumps t/ && cp bundle.zip t/
    scan_ok 1 out.json -r r.yar --ioc iocs --max-file-size 1536K t disk.img
    for loc in t/dumps/cards.sql 't/bundle.zip!dumps/cards.sql' 'disk.img:/dumps/cards.sql'; do
        jcheck out.json "any_(s['location'] == '$loc' and s['reason'] == 'too-large' for s in S)" "skipped: $loc"
        jcheck out.json "any_(f['source'] == 'hash' and f['object']['location'] == '$loc' and f['object']['sha256'] == '$sum' for f in F)" "hash IOC: $loc"
        jcheck out.json "any_(f['source'] == 'filename' and f['object']['location'] == '$loc' for f in F)" "filename IOC: $loc"
    done
    jcheck out.json "all(f['object']['md5'] and f['object']['sha1'] for f in F)" "all three hashes"
}
