# t_scan_consistency.sh - determinism across thread counts, and agreement with
# the yara command-line tool on plain files.

# mixed_rules FILE: rules of several shapes (text, nocase, hex with jumps,
# regex, filesize/uint16 conditions), all with meta severity.
mixed_rules() {
    cat >"$1" <<'YAR'
rule mx_text { meta: severity = "high" strings: $a = "eval(base64_decode(" condition: $a }
rule mx_nocase { meta: severity = "medium" strings: $a = "cmd.exe /c" nocase condition: $a }
rule mx_wide { meta: severity = "low" strings: $a = "MARKWIDE" wide condition: $a }
rule mx_hex { meta: severity = "high" strings: $h = { 4D 5A [2-40] 50 45 00 00 } condition: $h at 0 }
rule mx_regex { meta: severity = "medium" strings: $r = /card=[0-9]{4}-[0-9]{4}/ condition: $r }
rule mx_mz_small { meta: severity = "info" condition: uint16(0) == 0x5A4D and filesize < 2KB }
rule mx_two { meta: severity = "critical" strings: $a = "Runtime.getRuntime()" $b = "getParameter(" condition: all of them }
YAR
}

# mixed_tree DIR N: N files per kind under DIR, unique base names, some matching.
mixed_tree() {
    "$PYTHON" - "$1" "$2" <<'PY'
import os, random, sys
root, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(7)
bodies = [
    b"<?php eval(base64_decode($_POST['x'])); ?>\n",
    b"system('CMD.EXE /C dir');\n",
    "MARKWIDE".encode("utf-16-le"),
    b"MZ" + bytes(20) + b"PE\x00\x00" + bytes(100),
    b"GET /pay?card=1234-5678 HTTP/1.1\n",
    b"<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>\n",
    b"<% out.println(request.getParameter(\"c\")); %>\n",
    b"just some harmless text\n",
]
for i in range(n):
    for k, body in enumerate(bodies):
        d = os.path.join(root, "d%d" % (i % 5), "k%d" % k)
        os.makedirs(d, exist_ok=True)
        pad = bytes(rnd.getrandbits(8) % 26 + 97 for _ in range(rnd.randrange(0, 3000)))
        with open(os.path.join(d, "f%d_%d.dat" % (i, k)), "wb") as f:
            f.write(body + pad if k != 3 else body + pad)
PY
}

test_threads_same_findings() {
    mixed_rules r.yar
    mixed_tree ev 25
    scan_ok 1 j1.json -r r.yar -j 1 ev
    scan_ok 1 j4.json -r r.yar -j 4 ev
    jcheck j1.json 'len(F) >= 100' "enough findings to compare"
    "$PYTHON" "$E2E_LIB/jq.py" strip j1.json >j1.txt
    "$PYTHON" "$E2E_LIB/jq.py" strip j4.json >j4.txt
    cmp -s j1.txt j4.txt || fail "findings differ between -j1 and -j4: $(diff j1.txt j4.txt | head -n 20)"
    jcheck j1.json '[f["id"] for f in F] == ["F%d" % (i + 1) for i in range(len(F))]' "ids F1..Fn"
}

# Files of 1 MiB and more are read first when four or more workers scan (collectors/fs_large.h):
# still each once, with the same findings, stats and skipped[] as one worker's walk.
test_large_files_first_same_report() {
    mixed_rules r.yar
    mixed_tree ev 4
    "$PYTHON" - ev <<'PY'
import os, sys
root = sys.argv[1]
for i, rel in enumerate(["z/y/late.log", "a/early.js", "d2/k1/mid.php", "deep/a/b/c/d/e/big.dat"]):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(b"x" * ((i + 1) << 20) + b"<?php eval(base64_decode($_POST['q'])); ?>\n")
os.symlink("a/early.js", os.path.join(root, "link.js"))
PY
    scan_ok 1 j1.json -r r.yar -j 1 --max-depth 4 ev
    scan_ok 1 j3.json -r r.yar -j 4 --max-depth 4 ev
    jcheck j3.json 'len([f for f in F if f["object"]["size"] >= 1 << 20]) == 3' "the three large files within --max-depth found"
    for f in j1 j3; do
        "$PYTHON" "$E2E_LIB/jq.py" strip $f.json >$f.txt
        "$PYTHON" -c 'import json,sys; d=json.load(open(sys.argv[1])); t=d["targets"][0]; print(t["stats"]); print(sorted((s["location"], s["reason"]) for s in d["skipped"]))' $f.json >>$f.txt
    done
    cmp -s j1.txt j3.txt || fail "-j1 and -j4 differ: $(diff j1.txt j3.txt | head -n 20)"
    jcheck j3.json 'len([s for s in S if s["reason"] == "symlink"]) == 1' "the link listed once"
}

test_same_pairs_as_yara_cli() {
    command -v yara >/dev/null || skip "yara CLI not installed"
    mixed_rules r.yar
    mixed_tree ev 10
    scan_ok 1 out.json -r r.yar ev
    findings out.json >bs.txt
    yara -r r.yar ev >yara.raw || fail "yara CLI failed"
    awk '{ n = split($2, p, "/"); print p[n] "\t" $1 }' yara.raw | sort >yara.txt
    [ -s yara.txt ] || fail "yara found nothing"
    cmp -s bs.txt yara.txt || fail "(file, rule) pairs differ from yara: $(diff bs.txt yara.txt | head -n 20)"
}
