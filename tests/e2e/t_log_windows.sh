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

# iis_log DIR: a W3C (IIS) log of 30,000 requests, about 4.5 MB, whose
# #Fields: header is at the top and changes order once near line 28,000 (a
# restart); a shell request at line 20,000 and one after the change.  A
# window after the first knows the field set only if it is carried over.
iis_log() {
    mkdir -p "$1/W3SVC1"
    "$PYTHON" - "$1/W3SVC1/u_ex190730.log" <<'PY'
import sys
head = "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2019-07-30 00:00:00\n"
f1 = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken\n"
f2 = "#Fields: date time c-ip cs-username s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status cs(User-Agent)\n"
with open(sys.argv[1], "w", newline="\r\n") as f:
    f.write(head + f1)
    second = False
    for i in range(1, 30001):
        if i == 28000:
            f.write(head + f2)
            second = True
        q = "cmd=whoami" if i in (20000, 29000) else "page=%06d" % i
        stem = "/uploads/x.aspx" if i in (20000, 29000) else "/default.aspx"
        if not second:
            f.write("2019-07-30 09:%02d:%02d 10.0.0.5 GET %s %s 443 - 203.0.113.%d Mozilla/5.0 200 0 0 15\n" % (i // 60 % 60, i % 60, stem, q, 7 if "cmd" in q else 21))
        else:
            f.write("2019-07-30 10:%02d:%02d 203.0.113.%d - 10.0.0.5 443 GET %s %s 200 Mozilla/5.0\n" % (i // 60 % 60, i % 60, 7 if "cmd" in q else 21, stem, q))
PY
}

test_w3c_fields_carried_across_windows() {
    iis_log ev
    gzip -c -n ev/W3SVC1/u_ex190730.log >ev/W3SVC1/u_ex190729.log.gz
    scan_ok 1 out.json --max-file-size 1M --memory-limit 8M ev
    "$PYTHON" - out.json <<'PY' || fail "W3C windows lost their #Fields: line"
import json, sys
r = json.load(open(sys.argv[1]))
log = sorted((f for f in r["findings"] if f["source"] == "log"), key=lambda f: f["object"]["location"])
assert [f["object"]["location"] for f in log] == ["ev/W3SVC1/u_ex190729.log.gz!u_ex190729.log", "ev/W3SVC1/u_ex190730.log"], log
assert all(f["log_hits"] == 2 for f in log), [f["log_hits"] for f in log]
req = sorted(e["location"] for e in r["timeline"] if e["event"] == "log.request")
want = sorted("%s:%d" % (f["object"]["location"], n) for f in log for n in (20004, 29008))
assert req == want, req
st = r["targets"][0]["stats"]
assert st["log_requests"] == 60000, st
PY
}

# A card number logged in every window is one number: the merged finding of a
# log read in windows counts distinct numbers over all its windows, like
# summary.card_exposure, and lists each masked sample once.
test_card_distinct_across_windows() {
    mkdir -p ev/logs
    "$PYTHON" - ev/logs/payment-debug.log <<'PY'
with open(__import__("sys").argv[1], "w") as f:
    for i in range(1, 40001):
        if i % 10000 == 5000:   # lines 5000, 15000, 25000, 35000: one window each
            f.write("2019-07-30 14:20:01,001 DEBUG PaymentServlet - charge card 4111111111111111 exp 12/25\n")
        elif i == 39000:
            f.write("2019-07-30 14:21:01,001 DEBUG PaymentServlet - charge card 5555555555554444 exp 01/26\n")
        else:
            f.write("2019-07-30 14:00:00,%03d DEBUG Scheduler - tick %06d nothing to do\n" % (i % 1000, i))
PY
    scan_ok 1 out.json --max-file-size 1M --memory-limit 8M ev
    jcheck out.json '[(f["card"]["distinct"], f["card"]["occurrences"], len(f["card"]["samples"]), f["description"].split(" (")[0]) for f in F if f["source"] == "pan"] == [(2, 5, 2, "2 distinct card numbers")]'
    jcheck out.json 'r["summary"]["card_exposure"]["distinct"] == 2'
}
