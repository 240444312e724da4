#!/bin/sh
# make-demo.sh - the `make demo` evidence: a breached WebLogic server's disk,
# built without root or mount, acquired as an E01, then scanned.
#
#   sh tests/demo/make-demo.sh BIN OUTDIR
#
# OUTDIR gets srv01.E01 (the evidence), srv01.raw (the same disk, raw),
# report.json (the scan of the E01), and the same report as report.html and
# report.sarif.  The disk is GPT with two partitions:
#   p1 ext4 "root"  /opt/oracle/... WebLogic domain with Click2GovCX deployed:
#                   a planted SJavaWebManage-like JSP shell (images/ok.jsp), a
#                   second shell inside a deployed .war, a deleted shell, a JS
#                   skimmer appended to a jQuery-like library, a debug log with
#                   test card numbers (repeats, separators, a Luhn-invalid
#                   decoy), the AdminServer access.log and its rotated
#                   access.log.1.gz: wls-wsat exploit POSTs, then the shell
#                   used from two addresses
#   p2 FAT "DATA"   a backup of the application's logging configuration
# Every sample is synthetic and inert (tests/data/samples, docs/RULES.md
# markers only; card numbers are public test numbers).
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 BIN OUTDIR" >&2
    exit 2
fi
case $1 in
/*) BIN=$1 ;;
*) BIN=$PWD/$1 ;;
esac
OUT=$2
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SAMPLES=$REPO/tests/data/samples
. "$REPO/tests/e2e/lib/mkimages.sh"
mkimg_need mke2fs debugfs mkfs.fat mcopy sfdisk ewfacquire zip python3

mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bs-demo.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

DOMAIN=opt/oracle/user_projects/domains/base_domain
SERVER=$DOMAIN/servers/AdminServer
APP=$SERVER/tmp/_WL_user/Click2GovCX/q1w2e3/war
ROOT=$WORK/root

# ---- p1: the server's root file system ----
mkdir -p "$ROOT/$APP/images" "$ROOT/$APP/js" "$ROOT/$APP/WEB-INF" "$ROOT/$SERVER/logs" \
    "$ROOT/$DOMAIN/autodeploy" "$ROOT/$DOMAIN/config" "$ROOT/etc" "$WORK/war/images" \
    "$WORK/war/WEB-INF"
cp "$SAMPLES/sjavawebmanage/ok.jsp" "$ROOT/$APP/images/ok.jsp"
cp "$SAMPLES/sjavawebmanage/modified_split.jsp" "$ROOT/$APP/images/upload.jsp" # deleted below
cp "$SAMPLES/js_skimmers/minilib.min.js" "$ROOT/$APP/js/jquery-3.3.1.min.js"
# the application's debug log, after debug logging was switched on: public
# test card numbers only (4111111111111111 twice, once with spaces; the
# Luhn-invalid 4111111111111112 is a decoy that must not count)
cat >"$ROOT/$SERVER/logs/Click2GovCX.log" <<'LOG'
2018-08-20 09:12:44,118 DEBUG [com.example.click2gov.payment.PaymentAction] click2gov request params: accountNumber=100233 cardNumber=4111111111111111 expirationMonth=09 expirationYear=2022 cvv=123 name=JANE Q TEST
2018-08-20 09:13:02,950 INFO  [com.example.click2gov.payment.PaymentAction] payment accepted for account 100233
2018-08-29 14:40:17,502 DEBUG [com.example.click2gov.payment.PaymentAction] click2gov request params: accountNumber=100871 cardNumber=5555555555554444 expirationMonth=11 expirationYear=2021 cvv=321 name=JOHN Q TEST
2018-09-03 11:05:09,331 DEBUG [com.example.click2gov.payment.PaymentAction] click2gov request params: accountNumber=100912 cardNumber=4111111111111112 expirationMonth=01 expirationYear=2023 cvv=555 name=DECOY Q TEST
2018-09-14 16:22:48,007 DEBUG [com.example.click2gov.payment.PaymentAction] click2gov request params: accountNumber=101404 cardNumber=378282246310005 expirationMonth=04 expirationYear=2024 cvv=7777 name=ALEX Q TEST
2018-09-27 08:51:30,640 DEBUG [com.example.click2gov.payment.PaymentAction] click2gov request params: accountNumber=100233 cardNumber=4111 1111 1111 1111 expirationMonth=09 expirationYear=2022 cvv=123 name=JANE Q TEST
2018-10-01 13:37:05,219 DEBUG [com.example.click2gov.payment.PaymentAction] click2gov request params: accountNumber=102118 cardNumber=6011111111111117 expirationMonth=06 expirationYear=2025 cvv=246 name=SAM Q TEST
2018-10-01 13:37:06,001 INFO  [com.example.click2gov.payment.PaymentAction] payment accepted for account 102118
LOG
printf '<html><body>Click2Gov Customer Service</body></html>\n' >"$ROOT/$APP/index.html"
printf 'GIF89a' >"$ROOT/$APP/images/logo.gif"
printf '<web-app><display-name>Click2GovCX</display-name></web-app>\n' >"$ROOT/$APP/WEB-INF/web.xml"
printf '<domain><name>base_domain</name></domain>\n' >"$ROOT/$DOMAIN/config/config.xml"
printf 'srv01\n' >"$ROOT/etc/hostname"
# the rotated log (access.log.1.gz): ordinary traffic, the wls-wsat exploit
# POSTs (CVE-2017-10271), the shell dropped and logged into
gzip -n >"$ROOT/$SERVER/logs/access.log.1.gz" <<'LOG'
198.51.100.20 - - [13/Aug/2018:22:01:10 +0000] "GET /Click2GovCX/index.html HTTP/1.1" 200 5120
198.51.100.20 - - [13/Aug/2018:22:01:11 +0000] "GET /Click2GovCX/images/logo.gif HTTP/1.1" 200 6
203.0.113.7 - - [14/Aug/2018:03:10:02 +0000] "POST /wls-wsat/CoordinatorPortType HTTP/1.1" 500 263
203.0.113.7 - - [14/Aug/2018:03:12:08 +0000] "POST /wls-wsat/CoordinatorPortType11 HTTP/1.1" 500 263
203.0.113.7 - - [14/Aug/2018:03:15:40 +0000] "POST /Click2GovCX/images/ok.jsp?m=Login&do=DoLogin HTTP/1.1" 200 812
203.0.113.7 - - [14/Aug/2018:03:16:02 +0000] "GET /Click2GovCX/images/ok.jsp?m=EnvsInfo HTTP/1.1" 200 4410
203.0.113.7 - - [14/Aug/2018:03:17:30 +0000] "POST /Click2GovCX/images/ok.jsp?m=FileManage&do=upload HTTP/1.1" 200 96
198.51.100.20 - - [20/Aug/2018:09:12:40 +0000] "POST /Click2GovCX/payment.do HTTP/1.1" 200 2210
LOG
# the current log: the shell used again, from a second address too
cat >"$ROOT/$SERVER/logs/access.log" <<'LOG'
198.51.100.33 - - [01/Sep/2018:08:30:00 +0000] "GET /Click2GovCX/index.html HTTP/1.1" 200 5120
198.51.100.33 - - [01/Sep/2018:08:30:01 +0000] "GET /Click2GovCX/js/jquery-3.3.1.min.js HTTP/1.1" 200 1880
192.0.2.45 - - [25/Sep/2018:23:02:11 +0000] "POST /Click2GovCX/images/ok.jsp?m=Login&do=DoLogin HTTP/1.1" 200 812
192.0.2.45 - - [25/Sep/2018:23:03:40 +0000] "POST /Click2GovCX/images/ok.jsp?m=CMDS HTTP/1.1" 200 311
203.0.113.7 - - [02/Oct/2018:17:40:00 +0000] "POST /Click2GovCX/images/ok.jsp?m=CMDS HTTP/1.1" 200 311
LOG
# a shell inside a deployed application archive
cp "$SAMPLES/sjavawebmanage/spacer.gif.jsp" "$WORK/war/images/spacer.gif.jsp"
printf '<web-app><display-name>Click2GovBP</display-name></web-app>\n' >"$WORK/war/WEB-INF/web.xml"
find "$WORK/war" -exec touch -d "2018-09-20 10:58:40 UTC" {} +
(cd "$WORK/war" && zip -q -r "$ROOT/$DOMAIN/autodeploy/Click2GovBP.war" .)
# the timeline of the breach, in the file-system metadata
touch -d "2017-05-10 09:00:00 UTC" "$ROOT/$APP/index.html" "$ROOT/$APP/WEB-INF/web.xml" \
    "$ROOT/$APP/images/logo.gif"
touch -d "2018-08-14 03:12:09 UTC" "$ROOT/$APP/images/ok.jsp"
touch -d "2018-08-14 03:17:31 UTC" "$ROOT/$APP/images/upload.jsp"
touch -d "2018-09-01 02:00:00 UTC" "$ROOT/$APP/js/jquery-3.3.1.min.js"
touch -d "2018-09-20 11:00:00 UTC" "$ROOT/$DOMAIN/autodeploy/Click2GovBP.war"
touch -d "2018-08-31 23:59:59 UTC" "$ROOT/$SERVER/logs/access.log.1.gz"
touch -d "2018-10-02 17:40:00 UTC" "$ROOT/$SERVER/logs/access.log"
touch -d "2018-10-01 13:37:06 UTC" "$ROOT/$SERVER/logs/Click2GovCX.log"
mkimg_ext4 "$ROOT" "$WORK/root.img" 48 root
# mke2fs -d copies mtime/atime but stamps ctime and crtime with "now": give
# every file its change and birth time from its mtime, as on the real server
find "$ROOT" -type f | while read -r f; do
    t=$(date -u -d "@$(stat -c %Y "$f")" +%Y%m%d%H%M%S)
    printf 'sif "%s" ctime %s\nsif "%s" crtime %s\n' "${f#"$ROOT"}" "$t" "${f#"$ROOT"}" "$t"
done >"$WORK/times.debugfs"
debugfs -w -f "$WORK/times.debugfs" "$WORK/root.img" >/dev/null 2>&1
# upload.jsp deleted by the attacker; debugfs stamps the deletion time with
# "now", so give the freed inode the time of the deletion
ino=$(mkimg_inum "$WORK/root.img" "/$APP/images/upload.jsp")
mkimg_rm "$WORK/root.img" "/$APP/images/upload.jsp"
debugfs -w -R "sif <$ino> dtime 20180925230512" "$WORK/root.img" >/dev/null 2>&1

# ---- p2: a FAT data partition ----
mkdir -p "$WORK/data/backup" "$WORK/data/exports"
cp "$SAMPLES/click2gov_config/Click2GovCX/WEB-INF/classes/log4j.properties" \
    "$WORK/data/backup/log4j.properties"
printf 'monthly export, nothing to see\n' >"$WORK/data/exports/readme.txt"
touch -d "2018-08-14 03:18:02 UTC" "$WORK/data/backup/log4j.properties" # debug logging on
touch -d "2019-06-30 08:00:00 UTC" "$WORK/data/exports/readme.txt"
mkimg_fat "$WORK/data" "$WORK/data.img" 16 DATA

# ---- the disk, acquired as an E01 ----
mkimg_disk "$OUT/srv01.raw" gpt "$WORK/root.img,L,root" \
    "$WORK/data.img,EBD0A0A2-B9E5-4433-87C0-68B6B72699C7,data"
mkimg_e01 "$OUT/srv01.raw" "$OUT/srv01"
echo "demo: evidence $OUT/srv01.E01 (GPT: ext4 root + FAT data), raw copy $OUT/srv01.raw"

# ---- the scan ----
rc=0
(cd "$OUT" && "$BIN" scan --hash-evidence -o report.json srv01.E01) || rc=$?
if [ "$rc" -ne 1 ] || [ ! -s "$OUT/report.json" ]; then
    echo "demo: scan failed (exit $rc), expected findings (exit 1)" >&2
    exit 1
fi
python3 - "$OUT/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
print("demo: verdict %s, %d findings, breach window %s .. %s" % (
    s["verdict"], s["findings"], s.get("first_indicator"), s.get("last_indicator")))
for t in r["targets"]:
    print("demo: %s %s sha256 %s, ewf hashes match: %s" % (
        t["path"], t.get("format"), t.get("sha256"), (t.get("ewf") or {}).get("match")))
    for v in t.get("volumes") or []:
        if v["id"].startswith("p"):
            print("demo:   %s %s %s at %d (%s)" % (v["id"], v["scheme"], v["fs"], v["offset"], v["label"]))
files = {}
for f in r["findings"]:
    files.setdefault(f["object"]["location"], []).append(f)
print("demo: %d file(s) with findings:" % len(files))
for loc, fs in files.items():
    print("demo:   %2d finding(s) %s%s" % (len(fs), loc, "  (deleted)" if fs[0]["object"].get("deleted") else ""))
# the story, from the report alone: exploit -> shell written -> shell used -> card data
T = r["timeline"]
by_id = {f["id"]: f for f in r["findings"]}
exploit = [e for e in T if e["event"] == "log.request" and "/wls-wsat/" in (e.get("url") or "")]
shell = [f for f in r["findings"] if f["object"]["location"].endswith("/images/ok.jsp")]
written = [e for e in T if e["event"] in ("file.created", "file.modified")
           and e["location"].endswith("/images/ok.jsp")]
used = [e for e in T if e["event"] == "log.request" and "images/ok.jsp" in (e.get("url") or "")]
ce = s.get("card_exposure") or {}
w = s.get("window") or {}
story = [
    ("exploit requests", exploit and "%d POST(s) to /wls-wsat/ from %s, first %s" % (
        len(exploit), ", ".join(sorted({e["client"] for e in exploit})), exploit[0]["time"])),
    ("shell written", written and "images/ok.jsp %s at %s" % (
        "/".join(sorted({e["event"][5:] for e in written})), written[0]["time"])),
    ("shell used", used and "%d request(s) from %s, %s .. %s" % (
        len(used), ", ".join(sorted({e["client"] for e in used})), used[0]["time"], used[-1]["time"])),
    ("card data logged", ce and "%d distinct card number(s), %s .. %s" % (
        ce["distinct"], ce.get("first"), ce.get("last"))),
    ("breach window", w and "%s (%s) .. %s (%s)" % (
        w["start"], w["start_event"]["event"], w["end"], w["end_event"]["event"])),
]
print("demo: the story in the report:")
for step, text in story:
    print("demo:   %-17s %s" % (step + ":", text or "MISSING"))
ok = (all(text for _, text in story) and len({e["client"] for e in used}) == 2
      and exploit[0]["time"] < written[0]["time"] < used[0]["time"] <= w["end"]
      and w["start"] == exploit[0]["time"] and ce["distinct"] == 4)
if not ok:
    sys.exit("demo: the report does not tell the whole story (above)")
print("demo: report written to %s" % sys.argv[1])
PY
# the same report for people and for CI (docs/REPORT.md, "Formats")
"$BIN" report convert "$OUT/report.json" --to html -o "$OUT/report.html"
"$BIN" report convert "$OUT/report.json" --to sarif -o "$OUT/report.sarif"
echo "demo: also written: $OUT/report.html (open it in a browser), $OUT/report.sarif"
