# t_breach_story.sh - the breach story end to end (docs/LOGS.md): a
# WebLogic-like server with an SJavaWebManage-style shell deployed in
# Click2GovCX.war, an access.log and a rotated access.log.1.gz (ordinary
# traffic, wls-wsat exploit POSTs, shell requests from two clients), an
# application debug log with test card numbers (repeats, separators,
# Luhn-invalid and other decoys, one track-2 record, a CVV field) and an IIS
# W3C log.  Exact counts: log pattern hits, log_hits and clients of the
# shell's findings, the attacker's other requests, distinct card numbers,
# card exposure window, timeline order; no full test number in any output.
# The same evidence as a directory, inside an ext4 image and inside an E01.

# build_story DIR: the server tree (times in UTC).
build_story() {
    local root=$PWD/$1/u01/oracle/user_projects/domains/c2g
    local logs=$root/servers/AdminServer/logs
    mkdir -p "$root/servers/AdminServer/upload" "$logs" "$1/inetpub/logs/LogFiles/W3SVC1" war/images war/WEB-INF
    cp "$REPO/tests/data/samples/sjavawebmanage/ok.jsp" war/images/ok.jsp
    echo '<web-app/>' >war/WEB-INF/web.xml
    echo 'logo' >war/images/logo.png
    TZ=UTC touch -d '2019-07-30 14:15:00' war/images/ok.jsp
    TZ=UTC touch -d '2019-06-01 08:00:00' war/WEB-INF/web.xml war/images/logo.png war/images war/WEB-INF war
    (cd war && TZ=UTC zip -q -X -r "$root/servers/AdminServer/upload/Click2GovCX.war" .)
    # the rotated log: ordinary traffic and the exploit (-0500 zone)
    cat >access.log.1 <<'EOF'
198.51.100.21 - - [30/Jul/2019:09:00:00 -0500] "GET /Click2GovCX/index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0)"
203.0.113.7 - - [30/Jul/2019:09:10:02 -0500] "POST /wls-wsat/CoordinatorPortType HTTP/1.1" 500 263 "-" "python-requests/2.22.0"
203.0.113.7 - - [30/Jul/2019:09:11:45 -0500] "POST /wls-wsat/RegistrationRequesterPortType11 HTTP/1.1" 500 263 "-" "python-requests/2.22.0"
198.51.100.22 - - [30/Jul/2019:09:12:00 -0500] "GET /Click2GovCX/css/site.css HTTP/1.1" 200 2311 "-" "Mozilla/5.0 (X11)"
EOF
    gzip -n access.log.1
    mv access.log.1.gz "$logs/"
    # the current log: the shell used by two clients, one more request of the attacker
    cat >"$logs/access.log" <<'EOF'
198.51.100.21 - - [30/Jul/2019:09:14:00 -0500] "GET /Click2GovCX/images/logo.png HTTP/1.1" 200 4 "-" "Mozilla/5.0 (Windows NT 10.0)"
203.0.113.7 - - [30/Jul/2019:09:15:40 -0500] "POST /Click2GovCX/images/ok.jsp?m=Login&do=DoLogin HTTP/1.1" 200 812 "-" "python-requests/2.22.0"
203.0.113.7 - - [30/Jul/2019:09:16:02 -0500] "GET /Click2GovCX/images/ok.jsp?m=EnvsInfo HTTP/1.1" 200 4410 "-" "python-requests/2.22.0"
203.0.113.7 - - [30/Jul/2019:09:17:00 -0500] "GET /Click2GovCX/payment/confirm.jsp HTTP/1.1" 200 1500 "-" "python-requests/2.22.0"
this line is not a request
192.0.2.99 - - [30/Jul/2019:09:17:30 -0500] "POST /Click2GovCX/images/ok.jsp?m=CMDS HTTP/1.1" 200 97 "-" "curl/7.58.0"
198.51.100.23 - - [30/Jul/2019:09:18:00 -0500] "GET /Click2GovCX/index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11)"
EOF
    # the application's debug log (log4j times, UTC)
    cat >"$logs/Click2GovCX-debug.log" <<'EOF'
2019-07-30 14:20:01,001 DEBUG PaymentServlet - charge card 4111111111111111 exp 12/25
2019-07-30 14:25:13,002 DEBUG PaymentServlet - charge card 4111 1111 1111 1111 exp 12/25
2019-07-31 09:00:00,003 DEBUG PaymentServlet - charge card 5555-5555-5555-4444 cvv 123
2019-08-01 10:00:00,004 DEBUG PaymentServlet - charge card 4111111111111112 exp 01/26
2019-08-01 10:05:00,005 DEBUG PaymentServlet - reference 4567890123456783
2019-08-01 10:10:00,006 DEBUG SessionFilter - token 9f4111111111111111ab
2019-08-01 10:12:00,007 DEBUG Metrics - ratio 0.5555555555554444
2019-08-02 11:00:00,008 DEBUG SwipeReader - track ;378282246310005=24041010000000000000?
2019-08-02 11:30:00,009 DEBUG PaymentServlet - charge card 6011111111111117 exp 03/27
EOF
    # an IIS W3C log, renamed: found by its content
    cat >"$1/inetpub/logs/LogFiles/W3SVC1/web-2019-07-30.txt" <<'EOF'
#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2019-07-30 00:00:00
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
2019-07-30 15:00:00 10.0.0.5 GET /default.aspx - 443 - 198.51.100.30 Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 15
2019-07-30 15:01:00 10.0.0.5 GET /uploads/cmd.aspx cmd=whoami 443 - 203.0.113.7 curl/7.58.0 - 404 0 2 3
EOF
}

TEST_NUMBERS="4111111111111111 5555555555554444 378282246310005 6011111111111117"

# check_story REPORT: the exact story.
check_story() {
    "$PYTHON" - "$1" <<'PY' || fail "story assertions failed on $1"
import json, sys
r = json.load(open(sys.argv[1]))
F = r["findings"]
def one(pred, what):
    got = [f for f in F if pred(f)]
    assert len(got) == 1, "%s: %d findings" % (what, len(got))
    return got[0]
loc = lambda f: f["object"]["location"]
# the shell's findings: every one tied to the same 3 requests from 2 clients
shell = [f for f in F if loc(f).endswith("Click2GovCX.war!images/ok.jsp")]
assert len(shell) >= 2, [f["rule"] for f in F]
for f in shell:
    assert f["log_hits"] == 3, (f["rule"], f["log_hits"])
    a = f["log_access"]
    assert a["requests"] == 3 and a["clients"] == 2, a
    assert a["first"] == "2019-07-30T14:15:40Z" and a["last"] == "2019-07-30T14:17:30Z", a
# log pattern findings with their counts
pat = {(f["rule"], loc(f).rsplit("/", 1)[-1]): f["log_hits"] for f in F if f["source"] == "log"}
want = {("weblogic_wls_wsat_post", "access.log.1.gz!access.log.1"): 2,
        ("sjavawebmanage_login", "access.log"): 1,
        ("sjavawebmanage_module", "access.log"): 2,
        ("click2gov_images_jsp", "access.log"): 3,
        ("webshell_cmd_param", "web-2019-07-30.txt"): 1}
assert pat == want, pat
# card numbers: decoys not counted
card = one(lambda f: f["source"] == "pan", "pan finding")
assert loc(card).endswith("Click2GovCX-debug.log"), loc(card)
assert card["severity"] == "critical", card["severity"]
c = card["card"]
assert c["distinct"] == 4 and c["occurrences"] == 5, c
assert c["track2"] == 1 and c["track1"] == 0, c
assert c["first"] == "2019-07-30T14:20:01.001Z" or c["first"].startswith("2019-07-30T14:20:01"), c
assert c["last"].startswith("2019-08-02T11:30:00"), c
ce = r["summary"]["card_exposure"]
assert ce["distinct"] == 4 and ce["objects"] == 1, ce
assert ce["issuers"] == {"visa": 1, "mastercard": 1, "amex": 1, "discover": 1}, ce
assert ce["first"] == c["first"] and ce["last"] == c["last"], ce
assert r["summary"]["first_indicator"] == "2019-07-30T14:10:02Z", r["summary"]
# target stats: 3 logs (the debug log is no web log), 12 requests, 1 malformed line
st = {}
for t in r["targets"]:
    for k, v in t["stats"].items():
        st[k] = st.get(k, 0) + v
assert (st["log_files"], st["log_requests"], st["log_malformed"]) == (3, 12, 1), st
# the timeline, in order
T = r["timeline"]
keyed = [(e["event"], e.get("url") or e["location"].rsplit("/", 1)[-1]) for e in T
         if e["event"] != "file.accessed"]
order = [("log.request", "/wls-wsat/CoordinatorPortType"),
         ("log.request", "/wls-wsat/RegistrationRequesterPortType11"),
         ("log.request", "/Click2GovCX/images/ok.jsp?m=Login&do=DoLogin"),
         ("log.request", "/Click2GovCX/images/ok.jsp?m=EnvsInfo"),
         ("log.client_request", "/Click2GovCX/payment/confirm.jsp"),
         ("log.request", "/Click2GovCX/images/ok.jsp?m=CMDS"),
         ("card.first", "Click2GovCX-debug.log"),
         ("log.request", "/uploads/cmd.aspx?cmd=whoami"),
         ("card.last", "Click2GovCX-debug.log")]
pos = [keyed.index(k) for k in order]
assert pos == sorted(pos), (pos, keyed)
nf = [e for e in T if e["event"] != "file.accessed"]
mod = [i for i, e in enumerate(nf) if e["event"] == "file.modified"
       and e["location"].endswith("Click2GovCX.war!images/ok.jsp")][0]
assert pos[1] < mod < pos[2], (mod, pos)
cr = [e for e in T if e["event"] == "log.client_request"]
assert len(cr) == 1 and cr[0]["client"] == "203.0.113.7", cr
shell_req = [e for e in T if e["event"] == "log.request" and "ok.jsp" in e["url"]]
assert len(shell_req) == 3, shell_req
e = shell_req[0]
assert e["client"] == "203.0.113.7" and e["method"] == "POST" and e["status"] == 200, e
assert e["bytes"] == 812 and e["user_agent"] == "python-requests/2.22.0", e
assert e["location"].endswith("access.log:2"), e["location"]
assert r["scan"]["options"]["logs"] is True and r["scan"]["options"]["pan"] is True
PY
}

# no_full_numbers FILE...: no test number, plain or with separators.
no_full_numbers() {
    for f in "$@"; do
        tr -d ' -' <"$f" >flat.txt
        for n in $TEST_NUMBERS; do
            ! grep -q "$n" "$f" flat.txt || fail "full card number $n in $f"
        done
    done
}

test_breach_story_directory() {
    build_story ev
    assert_exit 1 bs scan -j 2 -o out.json ev 2>err.txt
    validate_report out.json
    check_story out.json
    assert_exit 1 bs scan -j 1 -f jsonl -o out.jsonl ev 2>err2.txt
    bs scan -v ev >stdout.json 2>err3.txt || true
    no_full_numbers out.json out.jsonl stdout.json err.txt err2.txt err3.txt
}

test_breach_story_switches() {
    build_story ev
    assert_exit 1 bs scan --no-logs --no-pan -o out.json ev
    jcheck out.json "not any_(f['source'] in ('log', 'pan') for f in F)" "nothing from logs/pan"
    jcheck out.json "r['scan']['options']['logs'] is False and r['scan']['options']['pan'] is False"
    jcheck out.json "not any_(e['event'].startswith(('log.', 'card.')) for e in r['timeline'])"
}

test_breach_story_ext4_and_e01() {
    . "$E2E_LIB/mkimages.sh"
    mkimg_need mke2fs ewfacquire
    build_story ev
    mkimg_ext4 ev disk.raw 16
    assert_exit 1 bs scan -o img.json disk.raw 2>err.txt
    validate_report img.json
    check_story img.json
    mkimg_e01 disk.raw case
    assert_exit 1 bs scan -o e01.json case.E01 2>err2.txt
    validate_report e01.json
    check_story e01.json
    no_full_numbers img.json e01.json err.txt err2.txt
}

# The brands' public test numbers in source code are sample data, not exposure;
# the same numbers in a log or an export count (docs/LOGS.md, "Card numbers").
test_test_card_numbers_in_source_code_are_not_exposure() {
    mkdir ev
    printf '<?php\n// try the checkout with 4242 4242 4242 4242 or 4111111111111111\n' >ev/checkout_help.php
    printf '2019-08-01 10:00:00 DEBUG card=4242424242424242 exp=12/25\n' >ev/app.log
    scan_ok 1 out.json ev
    jcheck out.json 'not any_(f["source"] == "pan" and f["object"]["path"].endswith(".php") for f in F)' \
        "test numbers in a PHP file reported as card data"
    jcheck out.json 'any_(f["source"] == "pan" and f["object"]["path"].endswith("app.log") for f in F)' \
        "the same number in a log is card data"
    jcheck out.json 'r["summary"]["card_exposure"]["distinct"] == 1'
}

# has_text FILE TEXT...: each TEXT is in FILE, as is.
has_text() {
    local f=$1
    shift
    for t in "$@"; do
        grep -Fq -- "$t" "$f" || fail "no '$t' in $f: $(cat "$f")"
    done
}

# The console summary tells the story in words (docs/REPORT.md, "text"):
# the window and why, the exploit requests, the shell's first use and its
# clients, the distinct card numbers and their window.
test_breach_story_console() {
    build_story ev
    assert_exit 1 bs scan -o out.json ev 2>err.txt
    has_text err.txt \
        "Breach window: 2019-07-30T14:10:02Z .. 2019-08-02T11:30:00.009Z" \
        "starts 2019-07-30T14:10:02Z with a request logged in " \
        "access.log.1.gz!access.log.1:2 (F" \
        " weblogic_wls_wsat_post)" \
        "ends 2019-08-02T11:30:00.009Z with the last card-number line in " \
        "Attack requests in the web-server logs" \
        "weblogic_wls_wsat_post: 2 request(s), 2019-07-30T14:10:02Z .. 2019-07-30T14:11:45Z" \
        "first: POST /wls-wsat/CoordinatorPortType from 203.0.113.7" \
        "Shell use: requests in the web-server logs that reached a file with findings:" \
        "Click2GovCX.war!images/ok.jsp: 3 request(s) from 2 address(es)" \
        "first request 2019-07-30T14:15:40Z: POST /Click2GovCX/images/ok.jsp?m=Login&do=DoLogin from 203.0.113.7" \
        "last request  2019-07-30T14:17:30Z: POST /Click2GovCX/images/ok.jsp?m=CMDS from 192.0.2.99" \
        "from 203.0.113.7: 2 request(s), 2019-07-30T14:15:40Z .. 2019-07-30T14:16:02Z" \
        "from 192.0.2.99: 1 request(s), 2019-07-30T14:17:30Z .. 2019-07-30T14:17:30Z" \
        "web-server log: 2 suspicious request(s) in it" \
        "Card data exposed: 4 distinct card number(s) in 1 file(s) (visa 1, mastercard 1, amex 1, discover 1)" \
        "exposure window: lines with card data from 2019-07-30T14:20:01.001Z to 2019-08-02T11:30:00.009Z"
    # the same words from the report, through `report convert --to text`
    bs report convert out.json --to text -o out.txt
    has_text out.txt "Click2GovCX.war!images/ok.jsp: 3 request(s) from 2 address(es)" \
        "Card data exposed: 4 distinct card number(s)"
    no_full_numbers err.txt out.txt
}

# --until YYYY-MM-DD is the whole day; a full time is taken as given; an end
# before the start is refused (exit 2).
test_breach_story_since_until() {
    build_story ev
    assert_exit 1 bs scan --until 2019-07-30 -o day.json ev
    validate_report day.json
    jcheck day.json 'r["scan"]["options"]["until"] == "2019-07-30T23:59:59Z"'
    # the IIS request at 15:01 that day is in, the card lines of 31 July on are out
    jcheck day.json 'any_(e.get("url") == "/uploads/cmd.aspx?cmd=whoami" for e in r["timeline"])'
    jcheck day.json 'all_(e["time"] < "2019-07-31" for e in r["timeline"])'
    jcheck day.json 'r["summary"]["window"]["end"] == "2019-07-30T15:01:00Z"'
    assert_exit 1 bs scan --until 2019-07-30T15:00:00Z -o hour.json ev
    jcheck hour.json 'not any_(e.get("url") == "/uploads/cmd.aspx?cmd=whoami" for e in r["timeline"])'
    assert_exit 1 bs scan --since 2019-07-30T14:15:00Z --until 2019-07-30T14:15:00Z -o one.json ev
    jcheck one.json 'all_(e["time"].startswith("2019-07-30T14:15:00") for e in r["timeline"])'
    assert_exit 2 bs scan --since 2019-08-01 --until 2019-07-30 -o bad.json ev 2>err.txt
    assert_no_file bad.json
    has_text err.txt "--until is before --since"
}

# A deleted shell on ext4: its deletion time (dtime) is a file.deleted event
# and the object's dtime, read back by `report convert` (docs/REPORT.md).
test_breach_story_deleted_shell_dtime() {
    . "$E2E_LIB/mkimages.sh"
    mkimg_need mke2fs debugfs
    mkdir -p ev/app/images
    cp "$REPO/tests/data/samples/sjavawebmanage/ok.jsp" ev/app/images/ok.jsp
    TZ=UTC touch -d '2019-07-30 14:15:00' ev/app/images/ok.jsp
    mkimg_ext4 ev disk.raw 8
    ino=$(mkimg_inum disk.raw /app/images/ok.jsp)
    [ -n "$ino" ] || fail "no inode for the shell"
    mkimg_rm disk.raw /app/images/ok.jsp
    debugfs -w -R "sif <$ino> dtime 20190802120000" disk.raw >/dev/null 2>&1
    assert_exit 1 bs scan -o out.json disk.raw 2>err.txt
    validate_report out.json
    jcheck out.json 'all_(f["object"]["deleted"] and f["object"]["dtime"] == "2019-08-02T12:00:00Z" for f in F)' \
        "the deleted shell's dtime"
    jcheck out.json 'len([e for e in r["timeline"] if e["event"] == "file.deleted"]) == 1'
    jcheck out.json '[e for e in r["timeline"] if e["event"] == "file.deleted"][0]["time"] == "2019-08-02T12:00:00Z"'
    jcheck out.json 'r["summary"]["window"]["end"] == "2019-08-02T12:00:00Z"'
    has_text err.txt "deleted 2019-08-02T12:00:00Z"
    # read back: the same object time and event after a round trip
    bs report convert out.json --to json -o again.json
    validate_report again.json
    jcheck again.json 'all_(f["object"]["dtime"] == "2019-08-02T12:00:00Z" for f in F)'
    jcheck again.json 'len([e for e in r["timeline"] if e["event"] == "file.deleted"]) == 1'
    # a live file keeps no dtime
    mkimg_ext4 ev live.raw 8
    assert_exit 1 bs scan -o live.json live.raw
    jcheck live.json 'all_("dtime" not in f["object"] for f in F)'
}

# Numbers that pass the card checks but have no card context (a bug-tracker id
# in a changelog, a test-case number in a URL) are no exposure: at most an info
# finding to review, never a compromised verdict (docs/LOGS.md, "Card numbers").
test_card_like_identifiers_are_not_exposure() {
    mkdir ev
    printf 'Fixes https://oss-fuzz.com/testcase-detail/4111111111111111\nmerged request 5555555555554444 into main\n' >ev/changelog
    scan_ok 0 out.json --fail-on low ev
    jcheck out.json 'r["summary"]["verdict"] == "clean"'
    jcheck out.json '"card_exposure" not in r["summary"]'
    jcheck out.json 'all_(f["severity"] == "info" for f in F)'
}
