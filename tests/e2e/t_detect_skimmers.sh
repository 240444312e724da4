# t_detect_skimmers.sh - the bundled rules find JavaScript skimmers (standalone,
# obfuscated, WebSocket, appended to a library, checkout-gated, anti-debugging,
# form grabbers), server-side card stealers (PHP incl. Magento / WooCommerce,
# JSP, ASPX), Magento compromise artefacts (skimmers in database dumps, admin
# creators, payment dumpers, media-folder backdoors) and card data at rest, in
# synthetic samples.
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

# Large bundles (> 300 KB): payment SDK builds name card fields, hooks and requests far
# apart and stay quiet; a skimmer appended to such a bundle keeps its signals within a
# few KB and is still found.
make_bundle() {
    {
        echo '/*! SynthPay SDK v1.0.0 | synthetic payment bundle for breachscan tests | MIT */'
        echo 'var cardFields={cardNumber:{selector:"#card-number"},cvv:{selector:"#cvv"},expirationDate:{selector:"#expiration-date"}};'
        echo 'document.addEventListener("submit",function(e){SynthPay.tokenize(cardFields)});'
        i=0
        while [ $i -lt 4000 ]; do
            echo "!function(e){e.m$i=function(t){return JSON.stringify({id:$i,v:t})}}(window.SynthPay={});"
            i=$((i + 1))
        done
        echo 'SynthPay.request=function(b){var x=new XMLHttpRequest();x.open("POST","https://api.synthpay.invalid/v1/tokens");x.send(b)};'
    } >"$1"
}

test_big_payment_bundle_quiet() {
    mkdir -p ev
    make_bundle ev/synthpay.js
    bs scan -q -o out.json ev >/dev/null 2>&1 || true
    validate_report out.json
    jcheck out.json "not any_(f['rule'].startswith('JS_') for f in F)" "no JS skimmer finding on a large payment bundle"
}

test_skimmer_appended_to_big_bundle() {
    mkdir -p ev
    make_bundle ev/synthpay.js
    cat "$SAMPLES/js_skimmers/card_post.js" >>ev/synthpay.js
    scan_ok 1 out.json ev
    expect_finding out.json 'synthpay\.js$' JS_Skimmer_Card_Fields_Remote_Post high
}

test_detect_magento_artefacts() {
    copy_samples ev magento
    scan_ok 1 out.json ev
    expect_samples out.json magento/
}

# The same PHP uploader outside a Magento media folder is left to the web-shell rules.
test_magento_media_rule_needs_media_path() {
    mkdir -p ev/app/code/local
    cp "$SAMPLES/magento/pub/media/catalog/product/cache/thumbs.php" ev/app/code/local/thumbs.php
    bs scan -q -o out.json ev >/dev/null 2>&1 || true
    validate_report out.json
    jcheck out.json "not any_(f['rule'] == 'Magento_Media_Folder_PHP_Backdoor' for f in F)" \
        "no media-folder finding outside a media folder"
}

# Re-formatted variants: obfuscated skimmer joined onto one line with CRLF and tabs,
# the checkout-gated grabber re-indented and with its variables renamed.
test_detect_skimmer_variants() {
    mkdir -p ev/v
    tr -d '\n' <"$SAMPLES/js_skimmers/rotated_array.js" | sed 's/;/;\r\n\t/g' >ev/v/a1.js
    sed -e 's/^ *//' -e 's/\bgate\b/zq/g' -e 's/\bout\b/acc/g' -e 's/\ball\b/els/g' \
        "$SAMPLES/js_skimmers/checkout_gate.js" >ev/v/a2.js
    sed -e 's/^    /\t/' -e 's/seed/s0/g' -e 's/unshuffle/q7/g' "$SAMPLES/js_skimmers/shuffle_loader.js" >ev/v/a3.js
    scan_ok 1 out.json ev
    expect_finding out.json 'v/a1\.js$' JS_Skimmer_Obfuscated_Card_Stealer critical
    expect_finding out.json 'v/a2\.js$' JS_Skimmer_Checkout_Gated_Exfil high
    expect_finding out.json 'v/a3\.js$' JS_Skimmer_Shuffle_Decoder high
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
