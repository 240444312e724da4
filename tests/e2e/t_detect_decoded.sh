# t_detect_decoded.sh - obfuscation layers are unwrapped before matching: a
# shell wrapped in one or three layers (base64 + gzinflate, str_rot13, hex
# escapes) is found by the same rule as the bare one, on "<file>!decoded:N",
# and the decoded layers are not counted as files.
. "$E2E_LIB/detect.sh"

# wrap KIND... < code > wrapped code (PHP expression text, no tags)
wrap() {
    python3 -c '
import base64, sys, zlib
code = sys.stdin.read()
for kind in sys.argv[1:]:
    if kind == "gz":
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        blob = base64.b64encode(c.compress(code.encode()) + c.flush()).decode()
        code = "eval(gzinflate(base64_decode(\x27%s\x27)));" % blob
    elif kind == "rot13":
        import codecs
        code = "eval(str_rot13(\x27%s\x27));" % codecs.encode(code, "rot13")
    elif kind == "hex":
        code = "eval(\"%s\");" % "".join("\\x%02x" % b for b in code.encode())
sys.stdout.write(code)
' "$@"
}

bare_shell() {
    sed -e '1d' -e '/^return;$/d' "$SAMPLES/php_webshells/cmd.php"
}

test_one_layer_is_unwrapped() {
    mkdir ev
    { echo '<?php'; bare_shell | wrap gz; } >ev/one.php
    scan_ok 1 out.json ev
    expect_finding out.json '/one\.php!decoded:1$' PHP_Request_Command_Exec critical
    jcheck out.json 'r["targets"][0]["stats"]["objects"] == 1' "a decoded layer is not a file"
    jcheck out.json 'all_(f["object"]["path"].endswith("one.php") for f in F)'
}

test_three_layers_are_unwrapped() {
    mkdir ev
    { echo '<?php'; bare_shell | wrap hex rot13 gz; } >ev/three.php
    scan_ok 1 out.json ev
    expect_finding out.json '/three\.php!decoded:3$' PHP_Request_Command_Exec critical
    # each layer is named by its number, not by a chain of suffixes
    jcheck out.json 'not any_("decoded:1!decoded" in f["object"]["location"] for f in F)'
}

# Base64 that decodes to binary (an embedded image) is no layer.
test_binary_base64_is_not_a_layer() {
    mkdir ev
    python3 -c '
import base64, os
print("<?php $logo = \x27%s\x27; echo $logo;" % base64.b64encode(bytes(range(256)) * 4).decode())
' >ev/logo.php
    scan_ok 0 out.json --fail-on info ev
    jcheck out.json 'not any_("decoded" in f["object"]["location"] for f in F)'
}

# A log records requests, not code: an access log holding a shell base64
# encoded in a request is matched as a log (its request patterns), never
# unwrapped into a "script" layer that the web-shell rules would flag.
test_logs_are_not_unwrapped() {
    mkdir -p ev/logs
    blob=$({ echo '<?php'; bare_shell; } | base64 -w0)
    printf '203.0.113.7 - - [30/Jul/2019:09:15:40 +0000] "POST /upload.php?d=%s HTTP/1.1" 200 5 "-" "curl/7.58.0"\n' \
        "$blob" >ev/logs/access.log
    bs scan -o out.json ev || true
    validate_report out.json
    jcheck out.json 'not any_("decoded" in f["object"]["location"] for f in F)' "no decoded layer of a log"
    # the same text in a script is unwrapped
    { echo '<?php'; bare_shell | wrap gz; } >ev/one.php
    scan_ok 1 out2.json ev
    expect_finding out2.json '/one\.php!decoded:1$' PHP_Request_Command_Exec critical
}
