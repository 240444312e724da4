# t_log_windows.sh - logs larger than --max-file-size are read in windows
# (collectors/fs.c, docs/LOGS.md), not skipped: every request and card number
# is found at its true line and byte offset, the file counts once, memory
# stays within --memory-limit, and other large files are still skipped.

. "$E2E_LIB/mkimages.sh"

# big_logs DIR: an access log of 20,000 requests (two shell requests, at
# lines 5 and 19,000) and an application debug log with one card number
# near its end; both about 2.5 MB.
big_logs() {
    mkdir -p "$1/logs"
    "$PYTHON" - "$1/logs" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/access.log", "w") as f:
    for i in range(1, 20001):
        if i in (5, 19000):
            f.write('203.0.113.7 - - [30/Jul/2019:09:15:%02d +0000] "GET /uploads/x.jsp?cmd=whoami HTTP/1.1" 200 97 "-" "curl/7.58.0"\n' % (i % 60))
        else:
            f.write('198.51.100.21 - - [30/Jul/2019:09:00:%02d +0000] "GET /index.html?page=%06d HTTP/1.1" 200 5120 "-" "Mozilla/5.0"\n' % (i % 60, i))
with open(d + "/app-debug.log", "w") as f:
    for i in range(1, 30001):
        if i == 29990:
            f.write("2019-07-30 14:20:01,001 DEBUG PaymentServlet - charge card 4111111111111111 exp 12/25\n")
        else:
            f.write("2019-07-30 14:00:00,%03d DEBUG Scheduler - tick %06d nothing to do\n" % (i % 1000, i))
PY
}

# check_windows REPORT PREFIX DIR: the requests at their lines, offsets pointing at
# them, one file each; PREFIX starts the locations ("ev" or "e.img:"), DIR holds
# the same files on disk.
check_windows() {
    "$PYTHON" - "$1" "$2" "$3" <<'PY' || fail "window assertions failed on $1"
import json, sys
r, root, disk = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
F = r["findings"]
log = [f for f in F if f["source"] == "log"]
assert log and all(f["object"]["location"] == root + "/logs/access.log" for f in log), log
assert sum(f["log_hits"] for f in log) == 2, [f["log_hits"] for f in log]
data = open(disk + "/logs/access.log", "rb").read()
for f in log:
    for m in f["matches"]:
        assert data[m["offset"]:m["offset"] + 11] == b"203.0.113.7", m["offset"]
req = sorted(e["location"] for e in r["timeline"] if e["event"] == "log.request")
assert req == [root + "/logs/access.log:19000", root + "/logs/access.log:5"], req
pan = [f for f in F if f["source"] == "pan"]
assert len(pan) == 1 and pan[0]["card"]["distinct"] == 1, pan
assert pan[0]["object"]["location"] == root + "/logs/app-debug.log"
st = r["targets"][0]["stats"]
assert (st["objects"], st["log_files"], st["log_requests"]) == (2, 1, 20000), st
assert not [s for s in r["skipped"] if "access.log" in s["location"] or "debug" in s["location"]], r["skipped"]
import hashlib
for f in F:  # a window's finding names the whole file by its digest
    name = f["object"]["location"][len(root):]
    want = hashlib.sha256(open(disk + name, "rb").read()).hexdigest()
    assert f["object"]["sha256"] == want, (f["object"]["location"], f["object"]["sha256"])
PY
}

test_large_logs_read_in_windows() {
    big_logs ev
    # 1M files, 8M budget: each log arrives as three windows
    scan_ok 1 out.json --max-file-size 1M --memory-limit 8M ev
    check_windows out.json ev ev
    # the same story as when the logs are read whole
    scan_ok 1 whole.json ev
    check_windows whole.json ev ev
}

# the same inside an ext4 image: the logs read through TSK at offsets
test_large_logs_in_an_image() {
    mkimg_need mke2fs
    big_logs ev
    mkimg_ext4 ev e.img 16
    scan_ok 1 out.json --max-file-size 1M --memory-limit 8M e.img
    check_windows out.json e.img: ev
}

test_large_non_logs_still_skipped() {
    big_logs ev
    head -c 2000000 /dev/zero >ev/logs/core.log        # binary, named like a log
    cp ev/logs/access.log ev/notes.txt                  # text, not a log name
    scan_ok 1 out.json --max-file-size 1M ev
    jcheck out.json 'sorted(s["location"].rsplit("/", 1)[-1] for s in S if s["reason"] == "too-large") == ["core.log", "notes.txt"]'
    # --no-logs: logs are ordinary files again
    scan_ok 0 nologs.json --max-file-size 1M --no-logs --no-pan ev
    jcheck nologs.json 'len([s for s in S if s["reason"] == "too-large"]) == 4'
}

# Inside archives: a rotated log compressed on its own (the common case) and a
# tarball of the logs directory.  The member is a stream: its windows are
# scanned as it is read, and its size and digests reach the findings after
# its last window.
test_large_logs_in_archives() {
    big_logs ev
    mkdir -p arc/logs
    gzip -c -n ev/logs/access.log >arc/logs/access.log.1.gz
    tar -C ev -czf arc/logs.tar.gz logs
    scan_ok 1 out.json --max-file-size 1M --memory-limit 8M arc
    "$PYTHON" - out.json ev <<'PY' || fail "archive window assertions failed"
import hashlib, json, sys
r, disk = json.load(open(sys.argv[1])), sys.argv[2]
F = r["findings"]
want = {"arc/logs/access.log.1.gz!access.log.1": "access.log",
        "arc/logs.tar.gz!logs/access.log": "access.log"}
log = [f for f in F if f["source"] == "log"]
assert sorted(f["object"]["location"] for f in log) == sorted(want), [f["object"]["location"] for f in log]
for f in log:
    data = open(disk + "/logs/" + want[f["object"]["location"]], "rb").read()
    assert f["log_hits"] == 2, f["log_hits"]
    assert f["object"]["size"] == len(data), f["object"]["size"]
    assert f["object"]["sha256"] == hashlib.sha256(data).hexdigest(), f["object"]
    for m in f["matches"]:
        assert data[m["offset"]:m["offset"] + 11] == b"203.0.113.7", m["offset"]
req = sorted(e["location"] for e in r["timeline"] if e["event"] == "log.request")
assert req == sorted(l + ":" + n for l in want for n in ("5", "19000")), req
pan = [f for f in F if f["source"] == "pan"]
assert [f["object"]["location"] for f in pan] == ["arc/logs.tar.gz!logs/app-debug.log"], pan
assert not [s for s in r["skipped"] if s["reason"] == "too-large"], r["skipped"]
PY
}
