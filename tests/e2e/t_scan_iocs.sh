# t_scan_iocs.sh - the bundled IOC lists end to end: a hash IOC (the EICAR
# test file, by sha256) and a file-name IOC, through the real binary with the
# bundled rules and lists.

# The standard 68-byte EICAR anti-malware test string (not malware).
write_eicar() {
    printf '%s%s' 'X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-' 'STANDARD-ANTIVIRUS-TEST-FILE!$H+H*' >"$1"
}

test_bundled_hash_ioc_finds_eicar() {
    mkdir -p ev/uploads
    write_eicar ev/uploads/innocent-name.bin
    echo "plain text" >ev/readme.txt
    scan_ok 0 out.json --fail-on medium ev
    jcheck out.json 'any(f["source"] == "hash" and f["severity"] == "low" and f["object"]["path"].endswith("innocent-name.bin") for f in F)' "EICAR found by its sha256"
    jcheck out.json 'all(f["object"]["sha256"] == "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f" for f in F if f["source"] == "hash")'
    jcheck out.json 'not any(f["object"]["path"].endswith("readme.txt") for f in F)'
    # severity low: --fail-on low turns it into exit 1
    scan_ok 1 out2.json --fail-on low ev
}

test_own_ioc_list_with_md5() {
    mkdir -p ev iocs
    printf 'needle\n' >ev/a.txt
    sum=$(md5sum ev/a.txt | cut -d' ' -f1)
    printf '# own list\n%s;case 42 dropper;critical\n' "$sum" >iocs/hashes.txt
    scan_ok 1 out.json --ioc iocs ev
    jcheck out.json 'len([f for f in F if f["source"] == "hash"]) == 1' "one hash finding"
    jcheck out.json '[f for f in F if f["source"] == "hash"][0]["severity"] == "critical"'
    jcheck out.json '[f for f in F if f["source"] == "hash"][0]["object"]["md5"] == "'"$sum"'"'
}

# IIS's semicolon trick: an upload filter sees ".jpg", IIS 6 runs "x.asp;.jpg" as
# ASP. The file name is an indicator on disk, and the request for it in the log.
test_iis_semicolon_name_and_request() {
    mkdir -p ev/upload ev/logs ev/W3SVC1
    printf 'GIF89a not really an image\n' >'ev/upload/avatar.asp;.jpg'
    printf 'GIF89a a real image name\n' >'ev/upload/photo;small.jpg'
    printf '203.0.113.9 - - [30/Jul/2019:09:15:00 +0000] "GET /upload/avatar.asp;.jpg HTTP/1.1" 200 31 "-" "Mozilla/5.0"\n' >ev/logs/access.log
    printf '198.51.100.2 - - [30/Jul/2019:09:16:00 +0000] "GET /upload/photo;small.jpg HTTP/1.1" 200 25 "-" "Mozilla/5.0"\n' >>ev/logs/access.log
    scan_ok 1 out.json ev
    jcheck out.json '[(f["severity"], f["object"]["path"].rsplit("/", 1)[-1]) for f in F if f["source"] == "filename"] == [("high", "avatar.asp;.jpg")]' "the semicolon-cut script name, not the plain image"
    jcheck out.json '[(f["rule"], f["log_hits"]) for f in F if f["source"] == "log"] == [("iis_semicolon_script", 1)]' "the request for it"
}
