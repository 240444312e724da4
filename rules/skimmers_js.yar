/*
 * skimmers_js.yar - breachscan bundled rules for JavaScript card skimmers
 * (Magecart style, and the 2020 skimmers injected into municipal payment
 * pages): a hook on form submit / payment-button click (or a polling timer),
 * reading card fields or every form field, serialising them and sending them
 * out (image beacon, XHR/fetch to a foreign absolute URL, WebSocket,
 * sendBeacon), often gated on a checkout URL, obfuscated, guarded against
 * developer tools and appended to a library file.
 *
 * Legitimate payment front-ends (Stripe, Braintree, Adyen, Mollie) read card
 * fields and post them to their own API, so no rule fires on card field names
 * plus a network call alone: every public rule needs a combination that only
 * skimmers show (card fields + covert channel, form harvesting + hard-coded
 * foreign URL, checkout-URL gating + exfiltration, heavy obfuscation + card
 * fields + exfiltration, anti-debugging + exfiltration, ...).
 * Namespace: skimmers_js.
 */

/* ---------------------------------------------------------------- helpers */

private rule SKJS_Card_Number_Name
{
    meta:
        description = "helper: a payment-card number field name"
    strings:
        $n1 = "cc_num" ascii nocase
        $n2 = "ccnum" ascii nocase
        $n3 = "cc-num" ascii nocase
        $n4 = "cardnum" ascii nocase
        $n5 = "card_num" ascii nocase
        $n6 = "card-num" ascii nocase
        $n7 = "cardno" ascii nocase
        $n8 = "card_no" ascii nocase
        $n9 = "creditcard" ascii nocase
        $n10 = "credit_card" ascii nocase
        $n11 = "credit-card" ascii nocase
    condition:
        any of them
}

private rule SKJS_Card_Secret_Name
{
    meta:
        description = "helper: a card security-code or expiry field name"
    strings:
        $c1 = "_cvv" ascii nocase
        $c2 = "-cvv" ascii nocase
        $c3 = "'cvv" ascii nocase
        $c4 = "\"cvv" ascii nocase
        $c5 = "#cvv" ascii nocase
        $c6 = "[cvv" ascii nocase
        $c7 = "cvv2" ascii nocase
        $c8 = "cvv'" ascii nocase
        $c9 = "cvv\"" ascii nocase
        $c10 = "cvv:" ascii nocase
        $c11 = "_cvc" ascii nocase
        $c12 = "-cvc" ascii nocase
        $c13 = "'cvc" ascii nocase
        $c14 = "\"cvc" ascii nocase
        $c15 = "#cvc" ascii nocase
        $c16 = "cc_cid" ascii nocase
        $c17 = "securitycode" ascii nocase
        $c18 = "security_code" ascii nocase
        $c19 = "card_code" ascii nocase
        $c20 = "cardcode" ascii nocase
        $x1 = "cc_exp" ascii nocase
        $x2 = "ccexp" ascii nocase
        $x3 = "cc-exp" ascii nocase
        $x4 = "card_exp" ascii nocase
        $x5 = "cardexp" ascii nocase
        $x6 = "exp_month" ascii nocase
        $x7 = "expmonth" ascii nocase
        $x8 = "exp-month" ascii nocase
        $x9 = "exp_year" ascii nocase
        $x10 = "expyear" ascii nocase
        $x11 = "expiry" ascii nocase
        $x12 = "cc_month" ascii nocase
        $x13 = "cc_year" ascii nocase
        $x14 = "_expiration" ascii nocase       /* Magento <method>_expiration(_yr) field ids */
        $x15 = "-expiration" ascii nocase
        $x16 = "expirationm" ascii nocase
        $x17 = "expirationy" ascii nocase
        $x18 = "cardexpiration" ascii nocase
    condition:
        any of them
}

private rule SKJS_Card_Name_Encoded
{
    meta:
        description = "helper: card / CVV / checkout words hidden as hex or unicode escapes, char codes, base64 or reversed"
    strings:
        $h1 = "\\x63\\x61\\x72\\x64" ascii nocase                 /* card */
        $h2 = "\\x43\\x61\\x72\\x64" ascii nocase                 /* Card */
        $h3 = "\\x63\\x76\\x76" ascii nocase                       /* cvv */
        $h4 = "\\x43\\x56\\x56" ascii nocase                       /* CVV */
        $h5 = "\\x43\\x76\\x76" ascii nocase                       /* Cvv */
        $h6 = "\\x63\\x76\\x63" ascii nocase                       /* cvc */
        $h7 = "\\x63\\x63\\x5f\\x6e" ascii nocase                  /* cc_n */
        $h8 = "\\x63\\x63\\x5f\\x63" ascii nocase                  /* cc_c */
        $h9 = "\\x62\\x69\\x6c\\x6c\\x69\\x6e\\x67" ascii nocase   /* billing */
        $h10 = "\\x63\\x68\\x65\\x63\\x6b\\x6f\\x75\\x74" ascii nocase /* checkout */
        $u1 = "\\u0063\\u0076\\u0076" ascii nocase                 /* cvv */
        $u2 = "\\u0063\\u0061\\u0072\\u0064" ascii nocase          /* card */
        $d1 = "99,97,114,100" ascii                                /* card */
        $d2 = "99,118,118" ascii                                   /* cvv */
        $d3 = "99, 97, 114, 100" ascii
        $d4 = "99, 118, 118" ascii
        $d5 = "99,99,95,110" ascii                                 /* cc_n */
        $d6 = "99, 99, 95, 110" ascii
        $b1 = "cardnumber" base64
        $b2 = "cc_number" base64
        $b3 = "card_number" base64
        $b4 = "securitycode" base64
        $b5 = "cardNumber" base64
        $b6 = "onestepcheckout" base64
        $b7 = "payment[cc_" base64
        $b8 = "cc_cid" base64
        /* obfuscator.io "base64" string arrays: lower-case-first alphabet */
        $o1 = "cc_number" base64("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        $o2 = "card_number" base64("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        $o3 = "cardNumber" base64("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        $o4 = "checkout" base64("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        $o5 = "cc_cid" base64("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        $o6 = "billing" base64("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        $r1 = "rebmun_cc" ascii nocase                            /* reversed */
        $r2 = "rebmundrac" ascii nocase
        $r3 = "rebmun_drac" ascii nocase
    condition:
        any of them
}

private rule SKJS_Hook
{
    meta:
        description = "helper: submit / click / pointer / field-change hook"
    strings:
        $h1 = "\"submit\"" ascii
        $h2 = "'submit'" ascii
        $h3 = "onsubmit" ascii nocase
        $h4 = "\"click\"" ascii
        $h5 = "'click'" ascii
        $h6 = ".submit(" ascii
        $h7 = "onclick" ascii nocase
        $h8 = "mouseup" ascii
        $h9 = "touchend" ascii
        $h10 = "mousedown" ascii
        $h11 = ".click(" ascii
        $h12 = "\"change\"" ascii
        $h13 = "'change'" ascii
        $h14 = "'blur'" ascii
        $h15 = "\"blur\"" ascii
        $h16 = "'paste'" ascii
        $h17 = "\"paste\"" ascii
        $f1 = /addEventListener\([ ]?["'](input|keyup|keydown|keypress|focusout)["']/ ascii
        $f2 = /\.on\([ ]?["'](input|keyup|keydown|keypress|focusout|submit|click)["']/ ascii
        $x1 = "\\x73\\x75\\x62\\x6d\\x69\\x74" ascii nocase          /* submit */
        $x2 = "\\x63\\x6c\\x69\\x63\\x6b" ascii nocase                  /* click */
    condition:
        any of them
}

private rule SKJS_Exfil
{
    meta:
        description = "helper: a way to send data out"
    strings:
        $e1 = "new Image" ascii
        $e2 = "XMLHttpRequest" ascii
        $e3 = "fetch(" ascii
        $e4 = "WebSocket(" ascii
        $e5 = "sendBeacon(" ascii
        $e6 = "$.ajax(" ascii
        $e7 = "jQuery.ajax(" ascii
        $e8 = "$.post(" ascii
        $e9 = "jQuery.post(" ascii
        $e10 = /createElement\([ ]?["']img["']\)/ ascii nocase
        $e11 = ".getScript(" ascii
        $x1 = "\\x58\\x4d\\x4c\\x48\\x74\\x74\\x70" ascii nocase         /* XMLHttp */
        $x2 = "\\x73\\x65\\x6e\\x64\\x42\\x65\\x61\\x63\\x6f\\x6e" ascii nocase /* sendBeacon */
        $x3 = "\\x57\\x65\\x62\\x53\\x6f\\x63\\x6b\\x65\\x74" ascii nocase /* WebSocket */
        $x4 = "\\x49\\x6d\\x61\\x67\\x65" ascii nocase                  /* Image */
        $x5 = "\\x66\\x65\\x74\\x63\\x68" ascii nocase                  /* fetch */
    condition:
        any of them
}

private rule SKJS_Covert_Channel
{
    meta:
        description = "helper: channels checkout code does not use to reach its gateway (image beacon, WebSocket, sendBeacon, opaque no-cors fetch)"
    strings:
        $i1 = "new Image" ascii
        $i2 = /createElement\([ ]?["']img["']\)/ ascii nocase
        $i3 = /\.src[ ]?=[ ]?[\w$.]{1,40}[ ]?\+[ ]?(btoa|encodeURIComponent|escape|JSON)/ ascii
        $s1 = "sendBeacon(" ascii
        $w1 = "WebSocket(" ascii
        $n1 = "'no-cors'" ascii
        $n2 = "\"no-cors\"" ascii
    condition:
        any of them
}

private rule SKJS_Covert_Send
{
    meta:
        description = "helper: data actually pushed through a covert channel (beacon image source built from data, sendBeacon, WebSocket, no-cors)"
    strings:
        $i1 = /new Image(\(\))?\.src[ ]?=/ ascii
        $i2 = /\.src[ ]?=[ ]?[\w$.]{1,40}[ ]?\+[ ]?(btoa|encodeURIComponent|escape|JSON)/ ascii
        $s1 = "sendBeacon(" ascii
        $w1 = "WebSocket(" ascii
        $n1 = "'no-cors'" ascii
        $n2 = "\"no-cors\"" ascii
    condition:
        any of them
}

private rule SKJS_Remote_Send
{
    meta:
        description = "helper: XHR / fetch / ajax / image source with a hard-coded absolute URL"
    strings:
        $u1 = /\.open\([ ]?["'](POST|GET)["'][ ]?,[ ]?["'](https?:)?\/\/[a-zA-Z0-9]/ ascii nocase
        $u2 = /[{,\s]url[ ]?:[ ]?["'](https?:)?\/\/[a-zA-Z0-9]/ ascii
        $u3 = /fetch\([ ]?["'`](https?:)?\/\/[a-zA-Z0-9]/ ascii
        $u4 = /\.src[ ]?=[ ]?["']https?:\/\/[^"'\n]{1,120}["'][ ]?\+/ ascii
        $u5 = /ajax\([ ]?["']https?:\/\// ascii
        $u6 = /\.post\([ ]?["']https?:\/\// ascii
        $u7 = /new WebSocket\([ ]?["']wss?:\/\// ascii
        $u8 = /["']https?:\/\/[a-z0-9.\-]{4,60}\/[a-zA-Z0-9_\/.\-]{0,80}\.php["'?]/ ascii
        $u9 = /(gate|gateway|collector|endpoint)[ ]?[:=][ ]?["']https?:\/\// ascii nocase
    condition:
        any of them
}

private rule SKJS_Harvest
{
    meta:
        description = "helper: collects every field of a form or page"
    strings:
        $f1 = "document.forms" ascii
        $f2 = "serializeArray()" ascii
        $f3 = /querySelectorAll\([ ]?["']input/ ascii
        $f4 = /getElementsByTagName\([ ]?["']input/ ascii
        $f5 = ".serialize()" ascii
        $f6 = /\.elements\[\w{1,12}\]\.value/ ascii
        $f7 = /(\$|jQuery)\([ ]?["']:input["']\)/ ascii
        $f8 = /\.find\([ ]?["']:?input/ ascii
        $f9 = /(\$|jQuery)\([ ]?["']input, ?select/ ascii
    condition:
        any of them
}

private rule SKJS_Checkout_Gate
{
    meta:
        description = "helper: runs only when the page URL is a checkout / one-step-checkout page"
    strings:
        $g1 = /location[a-zA-Z.()]{0,24}\.(indexOf|search|match|includes)\([ ]?["'\/][^"'\/]{0,40}(checkout|onestep)/ ascii nocase
        $g2 = /(checkout|onestep)[^\n]{0,60}\.test\([ ]?(window\.|document\.)?(location|URL)/ ascii nocase
        $g3 = /URL[ ]?\.(indexOf|search|match|includes)\([ ]?["'\/][^"'\/]{0,40}(checkout|onestep)/ ascii nocase
    condition:
        any of them
}

private rule SKJS_Staging
{
    meta:
        description = "helper: stores data in browser storage or cookies"
    strings:
        $s1 = "localStorage.setItem" ascii
        $s2 = "sessionStorage.setItem" ascii
        $s3 = /document\.cookie[ ]?=/ ascii
        $s4 = "sessionStorage[" ascii
        $s5 = "localStorage[" ascii
    condition:
        any of them
}

private rule SKJS_Encode
{
    meta:
        description = "helper: data serialised / encoded before sending"
    strings:
        $s1 = "btoa(" ascii
        $s2 = "JSON.stringify(" ascii
        $s3 = "encodeURIComponent(" ascii
        $s4 = "escape(" ascii
    condition:
        any of them
}

private rule SKJS_Obfuscation
{
    meta:
        description = "helper: common JavaScript obfuscation"
    strings:
        $o1 = "atob(" ascii
        $o2 = "String.fromCharCode(" ascii
        $o3 = "eval(" ascii
        $o4 = "unescape(" ascii
        $o5 = /\\x[0-9a-fA-F]{2}\\x[0-9a-fA-F]{2}\\x[0-9a-fA-F]{2}\\x[0-9a-fA-F]{2}/ ascii
        $o6 = "new Function(" ascii
        $o7 = ".reverse().join(" ascii
    condition:
        any of them
}

private rule SKJS_Heavy_Obfuscation
{
    meta:
        description = "helper: obfuscator output that application code does not ship (rotated string arrays, seeded string shuffles, walls of hex escapes)"
    strings:
        $rot1 = /\['push'\]\(\w{1,12}\['shift'\]\(\)\)/ ascii
        $rot2 = /\["push"\]\(\w{1,12}\["shift"\]\(\)\)/ ascii
        $rot3 = /while[ ]?\([ ]?--[ ]?\w{1,12}[ ]?\)[ \t\r\n{]{0,24}\w{1,12}\.push\(\w{1,12}\.shift\(\)\)/ ascii
        $rot4 = "while(!![])" ascii
        $rot5 = "while (!![])" ascii
        $ox = /_0x[0-9a-fA-F]{4,6}/ ascii
        $shuf = /\* \(\w{1,12} \+ \d{1,4}\) \+ \(\w{1,12} % \d{3,6}\)/ ascii
        $shum = /\*\(\w{1,12}\+\d{1,4}\)\+\(\w{1,12}%\d{3,6}\)/ ascii
        $del = "String.fromCharCode(127)" ascii
        $hex = /(\\x[0-9a-fA-F]{2}){4}/ ascii
    condition:
        any of ($rot*) or #ox > 30 or (#shuf + #shum) >= 2 or $del or #hex > 20
}

private rule SKJS_Anti_Debug
{
    meta:
        description = "helper: detects open developer tools (window size deltas, console getter trap)"
    strings:
        $w1 = /outerWidth[ ]?-[ ]?window\.innerWidth/ ascii
        $w2 = /outerHeight[ ]?-[ ]?window\.innerHeight/ ascii
        $w3 = "outerWidth'] - window['innerWidth" ascii
        $w4 = "outerWidth\"] - window[\"innerWidth" ascii
        $t1 = /defineProperty\(\w{1,12},[ ]?['"]id['"],[ ]?\{[ \r\n]{0,20}get/ ascii
        $d1 = "devtools" ascii nocase
        $d2 = "detectDev" ascii
    condition:
        any of ($w*) or $t1 or (1 of ($d*) and 1 of ($w*))
}

private rule SKJS_Small
{
    meta:
        description = "helper: small enough to be a stand-alone skimmer or a skimmer appended to one library (large bundles must show the skimmer signals close together)"
    condition:
        filesize < 300KB
}

private rule SKJS_Compact_Card_Send
{
    meta:
        description = "helper: in a file of 300 KB or more, a card-number name with a CVV/expiry name and a send call both within 3 KB of it (skimmer code is compact; payment SDK bundles spread these over megabytes)"
    strings:
        $cn1 = "cc_num" ascii nocase
        $cn2 = "ccnum" ascii nocase
        $cn3 = "cc-num" ascii nocase
        $cn4 = "cardnum" ascii nocase
        $cn5 = "card_num" ascii nocase
        $cn6 = "card-num" ascii nocase
        $cn7 = "creditcard" ascii nocase
        $cn8 = "credit_card" ascii nocase
        $cn9 = "credit-card" ascii nocase
        $cs1 = "cvv" ascii nocase
        $cs2 = "cvc" ascii nocase
        $cs3 = "cc_cid" ascii nocase
        $cs4 = "securitycode" ascii nocase
        $cs5 = "security_code" ascii nocase
        $cs6 = "card_code" ascii nocase
        $cs7 = "cc_exp" ascii nocase
        $cs8 = "card_exp" ascii nocase
        $cs9 = "exp_month" ascii nocase
        $cs10 = "expmonth" ascii nocase
        $cs11 = "exp_year" ascii nocase
        $cs12 = "expyear" ascii nocase
        $cs13 = "expiry" ascii nocase
        $sd1 = "new Image" ascii
        $sd2 = "sendBeacon(" ascii
        $sd3 = "WebSocket(" ascii
        $sd4 = "XMLHttpRequest" ascii
        $sd5 = "fetch(" ascii
        $sd6 = ".ajax(" ascii
        $sd7 = ".post(" ascii
        $sd8 = "createElement(\"img" ascii
        $sd9 = "createElement('img" ascii
    condition:
        /* the loops run over the card-name matches (few) and ask whether a send call and a
           secret name lie near each one; looping over the send calls instead (fetch( can
           match 100,000 times in a bundle) costs libyara time and memory per match */
        filesize >= 300KB and (
            for any i in (1..#cn1) : ( for any of ($sd*) : ( $ in (@cn1[i] - 3000 .. @cn1[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn1[i] - 3000 .. @cn1[i] + 3000) ) ) or
            for any i in (1..#cn2) : ( for any of ($sd*) : ( $ in (@cn2[i] - 3000 .. @cn2[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn2[i] - 3000 .. @cn2[i] + 3000) ) ) or
            for any i in (1..#cn3) : ( for any of ($sd*) : ( $ in (@cn3[i] - 3000 .. @cn3[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn3[i] - 3000 .. @cn3[i] + 3000) ) ) or
            for any i in (1..#cn4) : ( for any of ($sd*) : ( $ in (@cn4[i] - 3000 .. @cn4[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn4[i] - 3000 .. @cn4[i] + 3000) ) ) or
            for any i in (1..#cn5) : ( for any of ($sd*) : ( $ in (@cn5[i] - 3000 .. @cn5[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn5[i] - 3000 .. @cn5[i] + 3000) ) ) or
            for any i in (1..#cn6) : ( for any of ($sd*) : ( $ in (@cn6[i] - 3000 .. @cn6[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn6[i] - 3000 .. @cn6[i] + 3000) ) ) or
            for any i in (1..#cn7) : ( for any of ($sd*) : ( $ in (@cn7[i] - 3000 .. @cn7[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn7[i] - 3000 .. @cn7[i] + 3000) ) ) or
            for any i in (1..#cn8) : ( for any of ($sd*) : ( $ in (@cn8[i] - 3000 .. @cn8[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn8[i] - 3000 .. @cn8[i] + 3000) ) ) or
            for any i in (1..#cn9) : ( for any of ($sd*) : ( $ in (@cn9[i] - 3000 .. @cn9[i] + 3000) ) and
                                      for any of ($cs*) : ( $ in (@cn9[i] - 3000 .. @cn9[i] + 3000) ) ) )
}

private rule SKJS_Compact_Harvest_Send
{
    meta:
        description = "helper: in a file of 300 KB or more, whole-form collection within 3 KB of a send call"
    strings:
        $hv1 = "document.forms" ascii
        $hv2 = "serializeArray()" ascii
        $hv3 = ".serialize()" ascii
        $hv4 = "querySelectorAll(\"input" ascii
        $hv5 = "querySelectorAll('input" ascii
        $hv6 = "getElementsByTagName(\"input" ascii
        $hv7 = "getElementsByTagName('input" ascii
        $hv8 = "\":input\"" ascii
        $hv9 = "':input'" ascii
        $sd1 = "new Image" ascii
        $sd2 = "sendBeacon(" ascii
        $sd3 = "WebSocket(" ascii
        $sd4 = "XMLHttpRequest" ascii
        $sd5 = "fetch(" ascii
        $sd6 = ".ajax(" ascii
        $sd7 = ".post(" ascii
        $sd8 = "createElement(\"img" ascii
        $sd9 = "createElement('img" ascii
    condition:
        /* loops over the harvest matches (few), not the send calls (see SKJS_Compact_Card_Send) */
        filesize >= 300KB and (
            for any i in (1..#hv1) : ( for any of ($sd*) : ( $ in (@hv1[i] - 3000 .. @hv1[i] + 3000) ) ) or
            for any i in (1..#hv2) : ( for any of ($sd*) : ( $ in (@hv2[i] - 3000 .. @hv2[i] + 3000) ) ) or
            for any i in (1..#hv3) : ( for any of ($sd*) : ( $ in (@hv3[i] - 3000 .. @hv3[i] + 3000) ) ) or
            for any i in (1..#hv4) : ( for any of ($sd*) : ( $ in (@hv4[i] - 3000 .. @hv4[i] + 3000) ) ) or
            for any i in (1..#hv5) : ( for any of ($sd*) : ( $ in (@hv5[i] - 3000 .. @hv5[i] + 3000) ) ) or
            for any i in (1..#hv6) : ( for any of ($sd*) : ( $ in (@hv6[i] - 3000 .. @hv6[i] + 3000) ) ) or
            for any i in (1..#hv7) : ( for any of ($sd*) : ( $ in (@hv7[i] - 3000 .. @hv7[i] + 3000) ) ) or
            for any i in (1..#hv8) : ( for any of ($sd*) : ( $ in (@hv8[i] - 3000 .. @hv8[i] + 3000) ) ) or
            for any i in (1..#hv9) : ( for any of ($sd*) : ( $ in (@hv9[i] - 3000 .. @hv9[i] + 3000) ) ) )
}

/* ----------------------------------------------------------- public rules */

rule JS_Skimmer_Form_Hook_Exfil : skimmer js
{
    meta:
        severity = "critical"
        description = "JavaScript skimmer: hooks a form submit or button click (or polls the fields on a timer), reads card number and expiry/CVV fields, encodes them and sends them out, with obfuscation"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $poll = "setInterval(" ascii
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and SKJS_Card_Number_Name and SKJS_Card_Secret_Name and (SKJS_Hook or $poll) and
        SKJS_Exfil and SKJS_Encode and SKJS_Obfuscation
}

rule JS_Skimmer_Covert_Channel : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript reading card fields on submit/click and sending them through an image beacon, WebSocket, sendBeacon or opaque no-cors request (channels checkout code does not use)"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and (SKJS_Card_Number_Name or SKJS_Card_Name_Encoded) and SKJS_Hook and SKJS_Covert_Channel
}

rule JS_Skimmer_Encoded_Field_Names : skimmer js obfuscation
{
    meta:
        severity = "high"
        description = "JavaScript with payment-card field names hidden as hex escapes, char codes or base64, plus an exfiltration channel"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and SKJS_Card_Name_Encoded and SKJS_Exfil and SKJS_Obfuscation
}

rule JS_Skimmer_Appended_To_Library : skimmer js
{
    meta:
        severity = "critical"
        description = "Minified library file (/*! banner comment first) that carries card-field hooks and an exfiltration channel - a skimmer appended to a library such as jQuery or Bootstrap"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $b1 = "btoa(" ascii
        $b2 = "atob(" ascii
        $b3 = "String.fromCharCode(" ascii
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and uint16(0) == 0x2a2f and uint8(2) == 0x21 and
        SKJS_Card_Number_Name and SKJS_Card_Secret_Name and SKJS_Hook and SKJS_Exfil and 1 of ($b*)
}

rule JS_Skimmer_Library_Obfuscated_Tail : skimmer js obfuscation
{
    meta:
        severity = "high"
        description = "Library file (licence banner comment first) that also carries obfuscator output (rotated string array or seeded string shuffle) and a network call - code appended to a library such as jQuery or AngularJS"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        filesize < 5MB and uint16(0) == 0x2a2f and (uint8(2) == 0x21 or uint8(2) == 0x2a or uint8(2) == 0x0a or uint8(2) == 0x0d) and
        SKJS_Heavy_Obfuscation and (SKJS_Exfil or SKJS_Hook)
}

rule JS_Skimmer_Card_Fields_Remote_Post : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that hooks a form or button, reads card number and CVV/expiry fields, serialises them and sends them to a hard-coded absolute URL"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and SKJS_Card_Number_Name and SKJS_Card_Secret_Name and SKJS_Hook and
        SKJS_Remote_Send
}

rule JS_Skimmer_Form_Harvest_Covert : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that collects every form field on submit/click, encodes the values and sends them through an image beacon, WebSocket, sendBeacon or no-cors request to a hard-coded or hidden address, or with card fields / checkout gating (Inter-kit style grabber)"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Harvest_Send or SKJS_Compact_Card_Send) and SKJS_Harvest and SKJS_Hook and SKJS_Encode and
        ((SKJS_Covert_Send and (SKJS_Remote_Send or (SKJS_Obfuscation and SKJS_Small) or SKJS_Checkout_Gate or SKJS_Card_Number_Name or SKJS_Card_Secret_Name)) or
         (SKJS_Covert_Channel and (SKJS_Remote_Send or SKJS_Checkout_Gate or SKJS_Card_Number_Name or SKJS_Card_Secret_Name)))
}

rule JS_Skimmer_Card_Staging : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that reads card number and CVV/expiry fields, keeps them in cookies or browser storage and sends them out later"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and SKJS_Card_Number_Name and SKJS_Card_Secret_Name and SKJS_Staging and
        SKJS_Exfil and SKJS_Encode and (SKJS_Hook or SKJS_Obfuscation)
}

rule JS_Skimmer_Form_Serialize_Remote_Post : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that collects every field of a form when a button is pressed and posts them to a hard-coded absolute URL (British Airways / Newegg style skimmer)"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $t = "setTimeout(" ascii
        $p1 = "mouseup" ascii
        $p2 = "touchend" ascii
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Harvest_Send or SKJS_Compact_Card_Send) and SKJS_Harvest and SKJS_Hook and SKJS_Remote_Send and
        ($t or SKJS_Encode) and (1 of ($p*) or SKJS_Card_Number_Name or SKJS_Card_Secret_Name)
}

rule JS_Skimmer_Checkout_Gated_Exfil : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that activates only on checkout / one-step-checkout URLs, collects form or card fields and sends them out encoded or stages them in cookies/storage"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Harvest_Send or SKJS_Compact_Card_Send) and SKJS_Checkout_Gate and
        (SKJS_Harvest or SKJS_Card_Name_Encoded or (SKJS_Card_Number_Name and SKJS_Card_Secret_Name)) and
        SKJS_Exfil and (SKJS_Encode or SKJS_Staging) and
        (SKJS_Covert_Channel or SKJS_Staging or SKJS_Obfuscation or SKJS_Remote_Send)
}

rule JS_Skimmer_Wildcard_Field_Grabber : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that finds password / card / e-mail fields with attribute-substring selectors on any site, hooks buttons and posts the values to a hard-coded URL (generic form grabber)"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $w = /(name|id|type)\*=[ ]?['"]?(pass|card|cc|cvv|cvc|number|exp)/ ascii nocase
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Harvest_Send or SKJS_Compact_Card_Send) and $w and SKJS_Hook and SKJS_Remote_Send and SKJS_Encode
}

rule JS_Skimmer_Obfuscated_Card_Stealer : skimmer js obfuscation
{
    meta:
        severity = "critical"
        description = "Heavily obfuscated JavaScript (rotated string array, seeded string shuffle or walls of hex escapes) that names card fields and sends, polls or stages data - an obfuscated Magecart skimmer"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $poll = "setInterval(" ascii
    condition:
        filesize < 5MB and SKJS_Heavy_Obfuscation and
        (SKJS_Card_Number_Name or SKJS_Card_Secret_Name or SKJS_Card_Name_Encoded) and
        (SKJS_Exfil or SKJS_Staging or $poll)
}

rule JS_Skimmer_Obfuscated_Form_Harvest : skimmer js obfuscation
{
    meta:
        severity = "high"
        description = "Obfuscated JavaScript (rotated string array or seeded string shuffle) whose hidden strings walk document forms and their elements on submit/click and send them with XMLHttpRequest - a generic obfuscated form grabber"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $f1 = "\"forms\"" ascii
        $f2 = "'forms'" ascii
        $f3 = "document.forms" ascii
        $e1 = "\"elements\"" ascii
        $e2 = "'elements'" ascii
        $e3 = ".elements" ascii
        $v1 = "'value'" ascii
        $v2 = "\"value\"" ascii
        $v3 = ".value" ascii
    condition:
        filesize < 5MB and SKJS_Heavy_Obfuscation and 1 of ($f*) and 1 of ($e*) and 1 of ($v*) and
        SKJS_Hook and SKJS_Exfil
}

rule JS_Skimmer_Anti_Debug_Exfil : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that checks whether developer tools are open (window size deltas or a console getter trap) and also sends or polls data - anti-analysis typical of card skimmers"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $poll = "setInterval(" ascii
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and SKJS_Anti_Debug and (SKJS_Exfil or $poll) and
        (SKJS_Obfuscation or SKJS_Heavy_Obfuscation or SKJS_Card_Number_Name or SKJS_Card_Secret_Name)
}

rule JS_Skimmer_Shuffle_Decoder : skimmer js obfuscation
{
    meta:
        severity = "high"
        description = "Seeded string-permutation decoder (charAt swap loop with modular constants) that rebuilds and runs hidden code - the loader used by several Magecart skimmer kits"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $shuf = /\* \(\w{1,12} \+ \d{1,4}\) \+ \(\w{1,12} % \d{3,6}\)/ ascii
        $shum = /\*\(\w{1,12}\+\d{1,4}\)\+\(\w{1,12}%\d{3,6}\)/ ascii
        $ch = ".charAt(" ascii
        $r1 = "String.fromCharCode(127)" ascii
        $r2 = /\.substr\([ ]?0[ ]?,[ ]?\w{1,12}\)/ ascii
        $r3 = "eval(" ascii
    condition:
        filesize < 5MB and (#shuf + #shum) >= 2 and $ch and 1 of ($r*)
}

rule JS_Skimmer_Card_Regex_Staging : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that tests every field value against a card-number pattern, stages matches in browser storage and sends them as an image request"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $pan1 = "[3456]\\d{1" ascii
        $pan2 = "[3-6]\\d{1" ascii
        $pan3 = "[3456][0-9]{1" ascii
        $c = "createElement(" ascii
        $a = "setAttribute(" ascii
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and 1 of ($pan*) and SKJS_Staging and
        (SKJS_Covert_Channel or SKJS_Remote_Send or SKJS_Exfil or ($c and $a))
}

rule JS_Skimmer_Fake_Payment_Form : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript that injects its own card-number and CVV input fields into the checkout page (fake payment form) and sends data out"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $f1 = /innerHTML[ ]?=[ ]?['"][^\n]{0,3000}<input[^>]{0,200}(card_?num|cc_?num|credit_?card)[^\n]{0,3000}(cvv|cvc|security_?code)/ ascii nocase
    condition:
        filesize < 5MB and (SKJS_Small or SKJS_Compact_Card_Send) and $f1 and SKJS_Exfil and (SKJS_Obfuscation or SKJS_Covert_Channel)
}

rule JS_Service_Worker_Rewrites_Scripts : skimmer js
{
    meta:
        severity = "medium"
        description = "Service worker that reads fetched responses as text and answers with a new body built from them - a worker that can append a skimmer to every script or page it serves, and stays installed in the buyer's browser after the site is cleaned"
        family = "JS-ServiceWorker-Injector"
        reference = "https://attack.mitre.org/techniques/T1185/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $l = /addEventListener\([ ]?["']fetch["']/ ascii
        $r = ".respondWith(" ascii
        $t = /\.text\(\)/ ascii
        $n = /new Response\([ ]?[A-Za-z_$][A-Za-z0-9_$]{0,30}[ ]?(\+|,[ ]?\{|\.replace\()/ ascii
    condition:
        filesize < 200KB and all of them and @t[1] < @n[#n]
}

rule JS_Obfuscator_Rotated_String_Array : js obfuscation
{
    meta:
        severity = "medium"
        description = "JavaScript obfuscated with a rotated string array (javascript-obfuscator / obfuscator.io: an endless loop shifting the array until a parseInt checksum matches) - what most Magecart loaders and skimmers are wrapped in; libraries ship minified, not like this"
        family = "JS-Obfuscation"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $loop = /while[ ]?\([ ]?!!\[\][ ]?\)/ ascii
        $rot1 = /\[["']push["']\][ ]?\([A-Za-z_$][A-Za-z0-9_$]{0,12}\[["']shift["']\][ ]?\([ ]?\)[ ]?\)/ ascii
        $rot2 = /\.push\([ ]?[A-Za-z_$][A-Za-z0-9_$]{0,12}\.shift\([ ]?\)[ ]?\)/ ascii
        $p = /parseInt\([A-Za-z_$][A-Za-z0-9_$]{0,12}\([ ]?["']?(0x)?[0-9a-f]{1,4}/ ascii
    condition:
        filesize < 1MB and $loop and 1 of ($rot*) and #p >= 3 and @loop[1] < @p[1] + 2048
}

rule JS_Dictionary_Decompressor_Loader : js obfuscation
{
    meta:
        severity = "medium"
        description = "JavaScript that rebuilds its code from a word dictionary passed as arguments: tokens of two or three characters index the words, and '.'-escaped characters are restored with String.fromCharCode(46) at the end - a packer Magecart kits wrap skimmers in; minifiers do not emit it"
        family = "JS-Obfuscation"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $dot = /String\.fromCharCode\([ ]?46[ ]?\)/ ascii
        $restore = /\.split\([ ]?[A-Za-z_$][A-Za-z0-9_$]{0,8}[ ]?\+[ ]?\\?["']!\\?["'][ ]?\)[ ]?\.join\(/ ascii
        $words = /arguments\[[ ]?[A-Za-z_$][A-Za-z0-9_$]{0,8}[ ]?\]\.split\([ ]?\\?["'] \\?["'][ ]?\)/ ascii
        $code3 = /\.charCodeAt\([ ]?[A-Za-z_$][A-Za-z0-9_$]{0,8}[ ]?\+[ ]?2[ ]?\)/ ascii
        $alpha = "abcdefghijklmnopqrstuvwxyz" ascii
    condition:
        filesize < 2MB and $dot and $restore and 2 of ($words, $code3, $alpha)
}

rule JS_Obfuscated_Packed_Eval : js obfuscation
{
    meta:
        severity = "medium"
        description = "JavaScript that evaluates a long blob unpacked by a w,i,s,e-style interleaving packer (hides its code from review; seen in skimmer loaders)"
        family = "JS-Obfuscation"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p = /eval\(function\([ ]?w[ ]?,[ ]?i[ ]?,[ ]?s[ ]?,[ ]?e[ ]?\)/ ascii
        $d1 = "String.fromCharCode(" ascii
        $d2 = "parseInt(" ascii
    condition:
        filesize > 2KB and filesize < 5MB and $p and all of ($d*)
}

rule JS_Eval_Base64_Blob : js obfuscation
{
    meta:
        severity = "medium"
        description = "JavaScript that decodes a long base64 string with atob and runs it with eval / Function / setTimeout (hidden second stage, typical skimmer loader)"
        family = "JS-Obfuscation"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e1 = /eval\([ ]?(window\.)?atob\([ ]?["'][A-Za-z0-9+\/=]{200}/ ascii
        $e2 = /Function\([ ]?(window\.)?atob\([ ]?["'][A-Za-z0-9+\/=]{200}/ ascii
        $e3 = /setTimeout\([ ]?(window\.)?atob\([ ]?["'][A-Za-z0-9+\/=]{200}/ ascii
        $e4 = /eval\([ ]?decodeURIComponent\([ ]?escape\([ ]?(window\.)?atob\([ ]?["'][A-Za-z0-9+\/=]{200}/ ascii
    condition:
        filesize < 5MB and any of them
}

rule JS_Obfuscated_Junk_Arithmetic_Loader : js obfuscation
{
    meta:
        severity = "medium"
        description = "JavaScript obfuscated with zero-times-string junk arithmetic and constant ternaries that assemble API names (fromCharCode, constructor) to decode and run a hidden blob (skimmer loader obfuscator)"
        family = "JS-Obfuscation"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $t = /\(\d{1,3} > \d{1,3} \? "[a-zA-Z_$]{1,3}" : "[a-zA-Z_$]{1,3}"\)/ ascii
        $z = /\(0 \* "[^"\n]{1,24}" ?\["(length|charCodeAt)"\]/ ascii
        $d1 = "parseInt(" ascii
        $d2 = "setTimeout(" ascii
    condition:
        filesize < 5MB and #t >= 3 and #z >= 3 and all of ($d*)
}
