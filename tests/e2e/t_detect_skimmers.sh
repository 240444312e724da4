# t_detect_skimmers.sh - the bundled rules find JavaScript skimmers (standalone,
# obfuscated, WebSocket, appended to a library), server-side card stealers
# (PHP, JSP, ASPX) and card data at rest, in synthetic samples.
. "$E2E_LIB/detect.sh"

test_detect_js_skimmers() {
    copy_samples ev js_skimmers
    scan_ok 1 out.json ev
    expect_samples out.json js_skimmers/
}

test_detect_server_skimmers() {
    copy_samples ev server_skimmers
    scan_ok 1 out.json ev
    expect_samples out.json server_skimmers/
}

test_detect_card_data() {
    copy_samples ev card_data
    scan_ok 1 out.json ev
    expect_samples out.json card_data/
}

# A skimmer appended to the end of a large minified library file.
test_detect_skimmer_appended_to_big_library() {
    mkdir -p ev/js
    {
        echo '/*! SynthLib v9.9.9 | synthetic library for breachscan tests | MIT */'
        i=0
        while [ $i -lt 3000 ]; do
            echo "!function(e){e.fn$i=function(t){return this.each(function(){t.call(this)})}}(window.SynthLib={});"
            i=$((i + 1))
        done
        tail -n 1 "$SAMPLES/js_skimmers/minilib.min.js"
    } >ev/js/synthlib.min.js
    scan_ok 1 out.json ev
    expect_finding out.json 'synthlib\.min\.js$' JS_Skimmer_Appended_To_Library critical
}
