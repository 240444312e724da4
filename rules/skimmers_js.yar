/*
 * skimmers_js.yar - breachscan bundled rules for JavaScript card skimmers
 * (Magecart style, and the 2020 skimmers injected into municipal payment
 * pages): a hook on form submit / payment-button click, reading card fields,
 * serialising them and sending them out (image beacon, XHR/fetch, WebSocket,
 * sendBeacon), often obfuscated and appended to a library file.  Card field
 * names are what legitimate libraries lack, so every rule needs them.
 * Namespace: skimmers_js.
 */

private rule SKJS_Card_Fields
{
    meta:
        description = "helper: two or more distinct payment-card field names"
    strings:
        $n1 = "cc_number" ascii nocase
        $n2 = "ccnumber" ascii nocase
        $n3 = "cardnumber" ascii nocase
        $n4 = "card_number" ascii nocase
        $n5 = "card-number" ascii nocase
        $n6 = "cc-number" ascii nocase
        $n7 = "creditcard" ascii nocase
        $x1 = "cc_exp" ascii nocase
        $x2 = "cc-exp" ascii nocase
        $x3 = "card_exp" ascii nocase
        $x4 = "expmonth" ascii nocase
        $x5 = "exp_month" ascii nocase
        $x6 = "expiry" ascii nocase
        $c1 = "'cvv" ascii nocase
        $c2 = "\"cvv" ascii nocase
        $c3 = "#cvv" ascii nocase
        $c4 = "card_cvc" ascii nocase
        $c5 = "cc_cid" ascii nocase
        $c6 = "securitycode" ascii nocase
        $c7 = "card_code" ascii nocase
        $c8 = "cvv2" ascii nocase
    condition:
        1 of ($n*) and 1 of ($x*, $c*)
}

private rule SKJS_Hook
{
    meta:
        description = "helper: submit / click hook"
    strings:
        $h1 = "\"submit\"" ascii
        $h2 = "'submit'" ascii
        $h3 = "onsubmit" ascii nocase
        $h4 = "\"click\"" ascii
        $h5 = "'click'" ascii
        $h6 = ".submit(" ascii
        $h7 = "onclick" ascii nocase
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
    condition:
        any of them
}

rule JS_Skimmer_Form_Hook_Exfil : skimmer js
{
    meta:
        severity = "critical"
        description = "JavaScript skimmer: hooks a form submit or button click, reads card number and expiry/CVV fields, encodes them and sends them out, with obfuscation"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    condition:
        filesize < 5MB and SKJS_Card_Fields and SKJS_Hook and SKJS_Exfil and SKJS_Encode and SKJS_Obfuscation
}

rule JS_Skimmer_Covert_Channel : skimmer js
{
    meta:
        severity = "high"
        description = "JavaScript reading card fields on submit/click and sending them base64-encoded through an image beacon, WebSocket or sendBeacon (channels checkout code does not use)"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $b = "btoa(" ascii
        $c1 = "new Image" ascii
        $c2 = "WebSocket(" ascii
        $c3 = "sendBeacon(" ascii
    condition:
        filesize < 5MB and SKJS_Card_Fields and SKJS_Hook and $b and 1 of ($c*)
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
    strings:
        $h1 = "\\x63\\x61\\x72\\x64" ascii nocase                 /* card */
        $h2 = "\\x63\\x76\\x76" ascii nocase                       /* cvv */
        $h3 = "\\x63\\x63\\x5f\\x6e" ascii nocase                  /* cc_n */
        $d1 = "99,97,114,100" ascii                                /* card */
        $d2 = "99,118,118" ascii                                   /* cvv */
        $b1 = "cardnumber" base64
        $b2 = "cc_number" base64
        $b3 = "card_number" base64
        $b4 = "securitycode" base64
    condition:
        filesize < 5MB and SKJS_Exfil and SKJS_Obfuscation and 1 of them
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
        filesize < 5MB and uint16(0) == 0x2a2f and uint8(2) == 0x21 and
        SKJS_Card_Fields and SKJS_Hook and SKJS_Exfil and 1 of ($b*)
}
