/*
 * skimmers_server.yar - breachscan bundled rules for server-side card stealers:
 * PHP, JSP and ASP.NET code that takes posted payment-card fields (number plus
 * expiry or CVV) or the payment object's card getters and copies them to a
 * local file (often one that looks like an image or cache entry), to mail or
 * to a hard-coded URL, usually serialised / encoded first; Magento 2 plugins
 * around the payment-information save and WooCommerce checkout hooks that do
 * the same.  Payment code that only forwards card data to its gateway does not
 * match: the sinks are files and mail, which no legitimate checkout uses for
 * card numbers, or a network send of data the code itself encoded.
 * Namespace: skimmers_server.
 */

private rule SKSRV_PHP
{
    meta:
        description = "helper: PHP source"
    strings:
        $php = "<?php" ascii nocase
        $short = "<?=" ascii
    condition:
        any of them
}

private rule SKSRV_PHP_Card_Request_Number
{
    meta:
        description = "helper: PHP reads a card-number field from the request (also nested: $_POST['payment']['cc_number'])"
    strings:
        $n = /\$_(POST|REQUEST|GET)(\[[ \t]{0,2}["'][a-z_\-]{1,24}["'][ \t]{0,2}\])?\[[ \t]{0,2}["'][a-z_\-]{0,24}(cc_?num|ccnum|card_?num|cardnum|card_?no|credit_?card|cc-num|card-num)/ ascii nocase
    condition:
        $n
}

private rule SKSRV_PHP_Card_Request_Secret
{
    meta:
        description = "helper: PHP reads a card CVV / expiry field from the request"
    strings:
        $x = /\$_(POST|REQUEST|GET)(\[[ \t]{0,2}["'][a-z_\-]{1,24}["'][ \t]{0,2}\])?\[[ \t]{0,2}["'][a-z_\-]{0,24}(cvv|cvc|cc_?cid|security_?code|card_?code|cc_?exp|card_?exp|exp_?month|expiry|expiration)/ ascii nocase
    condition:
        $x
}

private rule SKSRV_PHP_Card_Getters
{
    meta:
        description = "helper: Magento payment object card getters (number plus CVV / expiry / owner)"
    strings:
        $n = "getCcNumber()" ascii nocase
        $s1 = "getCcCid()" ascii nocase
        $s2 = "getCcExpMonth()" ascii nocase
        $s3 = "getCcExpYear()" ascii nocase
        $s4 = "getCcOwner()" ascii nocase
    condition:
        $n and 1 of ($s*)
}

private rule SKSRV_PHP_File_Or_Mail_Sink
{
    meta:
        description = "helper: PHP writes to a file or sends mail"
    strings:
        $s1 = "file_put_contents(" ascii nocase
        $s2 = "fwrite(" ascii nocase
        $s3 = "fputs(" ascii nocase
        $s4 = "mail(" ascii nocase
        $s5 = "error_log(" ascii nocase
    condition:
        any of them
}

private rule SKSRV_PHP_Remote_Sink
{
    meta:
        description = "helper: PHP sends data to a hard-coded URL"
    strings:
        $c1 = "curl_exec(" ascii nocase
        $c2 = "fsockopen(" ascii nocase
        $c3 = /file_get_contents\([ \t]{0,2}["']https?:\/\// ascii
        $c4 = "wp_remote_post(" ascii nocase
        $c5 = "wp_remote_get(" ascii nocase
        $c6 = "stream_context_create(" ascii nocase
    condition:
        any of them
}

private rule SKSRV_PHP_Encoding
{
    meta:
        description = "helper: PHP encodes / encrypts data before storing or sending"
    strings:
        $e1 = "base64_encode(" ascii nocase
        $e2 = "openssl_encrypt(" ascii nocase
        $e3 = "mcrypt_encrypt(" ascii nocase
        $e4 = "gzdeflate(" ascii nocase
        $e5 = "str_rot13(" ascii nocase
        $e6 = "bin2hex(" ascii nocase
        $e7 = "gzcompress(" ascii nocase
    condition:
        any of them
}

rule PHP_Card_Stealer_File_Or_Mail : skimmer php
{
    meta:
        severity = "critical"
        description = "PHP copying posted card number and expiry/CVV fields to a file or to mail"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $n = /\$_(POST|REQUEST|GET)(\[[ \t]{0,2}["'][a-z_\-]{1,24}["'][ \t]{0,2}\])?\[[ \t]{0,2}["'][a-z_\-]{0,24}(cc_?num|ccnum|card_?num|cardnum|card_?no|credit_?card|cc-num|card-num)/ ascii nocase
        $sink = /(file_put_contents|fwrite|fputs|mail|error_log)\(/ ascii
    condition:
        filesize < 2MB and SKSRV_PHP and SKSRV_PHP_Card_Request_Number and SKSRV_PHP_Card_Request_Secret and
        SKSRV_PHP_File_Or_Mail_Sink and
        for any i in (1..#n) : ( for any j in (1..#sink) : ( @sink[j] > @n[i] - 1500 and @sink[j] < @n[i] + 1500 ) )
}

rule PHP_Card_Field_Written_Directly : skimmer php
{
    meta:
        severity = "critical"
        description = "PHP writing a posted card-number field straight into a file, a mail or a database insert (card-harvesting gate)"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $w = /(fwrite|fputs|file_put_contents|mail|error_log)\([^;]{0,200}\$_(POST|REQUEST|GET)(\[[ \t]{0,2}["'][a-z_\-]{1,24}["'][ \t]{0,2}\])?\[[ \t]{0,2}["'][a-z_\-]{0,24}(cc_?num|ccnum|card_?num|cardnum|card_?no|credit_?card)/ ascii nocase
    condition:
        filesize < 2MB and SKSRV_PHP and $w
}

rule PHP_Card_Stealer_Image_Drop : skimmer php
{
    meta:
        severity = "critical"
        description = "PHP that takes card fields (request or payment object) and appends them to a file named like an image, icon or stylesheet - a Magento-style card drop hidden in media/skin folders"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $f = /(file_put_contents|fopen)\([^;]{0,200}\.(jpe?g|gif|png|ico|bmp|svg|css|woff)["'][^;]{0,80}/ ascii
        $p1 = /\$_(POST|REQUEST)\[[ \t]{0,2}["']([pP]ayment|[bB]illing)["'][ \t]{0,2}\]/ ascii
        $p2 = /(serialize|json_encode|print_r|var_export|implode|http_build_query)\([^;)]{0,20}\$_(POST|REQUEST)[ \t]{0,2}[,)]/ ascii
    condition:
        filesize < 2MB and SKSRV_PHP and $f and
        (SKSRV_PHP_Card_Request_Number or SKSRV_PHP_Card_Getters or (1 of ($p*) and SKSRV_PHP_Encoding))
}

rule PHP_Magento_Card_Getter_Exfil : skimmer php magento
{
    meta:
        severity = "critical"
        description = "PHP reading the payment object's card number and CVV/expiry (getCcNumber/getCcCid) and writing them to a file or mail, or encoding them for a network send - an altered Magento payment model or fake plugin"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $enc = /(base64_encode|openssl_encrypt|bin2hex|str_rot13|gzdeflate|serialize|json_encode)\([^;]{0,300}getCc(Number|Cid)\(\)/ ascii
        $g = "getCcNumber()" ascii nocase
        $sink = /(file_put_contents|fwrite|fputs|mail)\(/ ascii
    condition:
        filesize < 2MB and SKSRV_PHP and SKSRV_PHP_Card_Getters and
        ((SKSRV_PHP_Encoding and
          for any i in (1..#g) : ( for any j in (1..#sink) : ( @sink[j] > @g[i] - 1500 and @sink[j] < @g[i] + 1500 ) )) or
         ($enc and (SKSRV_PHP_Remote_Sink or SKSRV_PHP_File_Or_Mail_Sink)))
}

rule PHP_Posted_Form_Dump_Card_Context : skimmer php
{
    meta:
        severity = "high"
        description = "PHP on a payment / checkout path that serialises the whole posted form (or its payment/billing section), encodes it in the same expression and stores it in a file, mail or remote request"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $d = /(base64_encode|openssl_encrypt|str_rot13|gzdeflate|gzcompress|bin2hex|strrev)\([ \t]{0,2}(serialize|json_encode|print_r|var_export|implode|http_build_query)\([^;)]{0,20}\$_(POST|REQUEST)[ \t]{0,2}(\[[ \t]{0,2}["'](payment|billing)["'][ \t]{0,2}\])?[ \t]{0,2}[,)]/ ascii
        $k1 = "cc_number" ascii nocase
        $k2 = "cc_cid" ascii nocase
        $k3 = "card_number" ascii nocase
        $k4 = "['payment']" ascii nocase
        $k5 = "[\"payment\"]" ascii nocase
        $k6 = "checkout" ascii nocase
        $k7 = "cvv" ascii nocase
    condition:
        filesize < 2MB and SKSRV_PHP and $d and 1 of ($k*) and
        (SKSRV_PHP_File_Or_Mail_Sink or SKSRV_PHP_Remote_Sink)
}

rule PHP_WooCommerce_Checkout_Hook_Stealer : skimmer php woocommerce
{
    meta:
        severity = "critical"
        description = "WordPress/WooCommerce checkout or order hook that reads posted card (or whole billing) fields and writes them to a file or mail, or encodes them for a remote send"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $h = /add_(action|filter)\([ \t]{0,2}["']woocommerce_(checkout_process|after_checkout_validation|checkout_order_processed|checkout_update_order_meta|payment_complete|new_order|thankyou|pre_payment_complete|checkout_posted_data)/ ascii
        $b = /\$_POST\[[ \t]{0,2}["']billing_(first_name|last_name|address_1|email|phone)/ ascii
        $sink = /(file_put_contents|fwrite|fputs|mail|curl_exec|wp_remote_post|wp_remote_get|file_get_contents|fsockopen)\(/ ascii
    condition:
        filesize < 2MB and SKSRV_PHP and $h and
        for any i in (1..#h) : ( for any j in (1..#sink) : ( @sink[j] > @h[i] and @sink[j] < @h[i] + 3000 ) ) and
        (SKSRV_PHP_Card_Request_Number or PHP_Posted_Form_Dump_Card_Context or ($b and SKSRV_PHP_Card_Request_Secret)) and
        (SKSRV_PHP_File_Or_Mail_Sink or (SKSRV_PHP_Remote_Sink and SKSRV_PHP_Encoding))
}

rule PHP_Magento2_Payment_Plugin_Stealer : skimmer php magento
{
    meta:
        severity = "critical"
        description = "Magento 2 plugin around payment-information or order-payment save that reads card / additional payment data and writes it to a file or mail or sends it encoded to a URL (fake module)"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p1 = /function[ \t]{1,4}(before|after|around)(Save|Set)PaymentInformation/ ascii
        $p2 = /function[ \t]{1,4}(before|after|around)(Place|Save|Pay|Capture|Authorize)\(/ ascii
        $p3 = /function[ \t]{1,4}(before|after|around)(ImportData|AssignData|SetAdditionalInformation)\(/ ascii nocase
        $d1 = "getCcNumber()" ascii nocase
        $d2 = "getAdditionalData()" ascii nocase
        $d3 = "'additional_data'" ascii nocase
        $d4 = "cc_number" ascii nocase
        $d5 = "php://input" ascii nocase
        $d6 = "getBillingAddress()" ascii nocase
    condition:
        filesize < 2MB and SKSRV_PHP and 1 of ($p*) and 1 of ($d*) and SKSRV_PHP_Encoding and
        (SKSRV_PHP_File_Or_Mail_Sink or SKSRV_PHP_Remote_Sink)
}

rule JSP_Card_Stealer_File_Or_Mail : skimmer jsp
{
    meta:
        severity = "critical"
        description = "JSP/Java copying request card number and expiry/CVV parameters to a file or to mail (altered payment page, as in the 2019 Click2Gov wave)"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $n = /getParameter\([ \t]{0,2}"[A-Za-z_\-]{0,16}(cc_?num|ccnum|card_?num|cardnum|card_?no|credit_?card)/ ascii nocase
        $x = /getParameter\([ \t]{0,2}"[A-Za-z_\-]{0,16}(cvv|cvc|cc_?cid|security_?code|card_?code|cc_?exp|card_?exp|exp_?month|expiration)/ ascii nocase
        $s1 = "new FileWriter(" ascii
        $s2 = "new FileOutputStream(" ascii
        $s3 = "Files.write(" ascii
        $s4 = "Transport.send(" ascii
        $s5 = "new RandomAccessFile(" ascii
    condition:
        filesize < 2MB and $n and $x and
        for any of ($s*) : ( for any i in (1..#n) : ( @ > @n[i] - 1500 and @ < @n[i] + 1500 ) )
}

rule ASPX_Card_Stealer_File_Or_Mail : skimmer aspx
{
    meta:
        severity = "critical"
        description = "ASP.NET copying posted card number and expiry/CVV fields to a file or to mail"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $n = /Request(\.Form|\.Params|\.QueryString)?\[[ \t]{0,2}"[A-Za-z_\-]{0,16}(cc_?num|ccnum|card_?num|cardnum|card_?no|credit_?card)/ ascii nocase
        $x = /Request(\.Form|\.Params|\.QueryString)?\[[ \t]{0,2}"[A-Za-z_\-]{0,16}(cvv|cvc|cc_?cid|security_?code|card_?code|cc_?exp|card_?exp|exp_?month|expiry)/ ascii nocase
        $s1 = "File.AppendAllText(" ascii
        $s2 = "File.WriteAllText(" ascii
        $s3 = "new StreamWriter(" ascii
        $s4 = "SmtpClient" ascii
        $s5 = "File.AppendText(" ascii
    condition:
        filesize < 2MB and $n and $x and
        for any of ($s*) : ( for any i in (1..#n) : ( @ > @n[i] - 1500 and @ < @n[i] + 1500 ) )
}

rule JSP_Request_Dump_Card_Context : skimmer jsp
{
    meta:
        severity = "high"
        description = "JSP/Java on a payment page that walks every request parameter and writes them to a file or mail (card data captured as submitted, 2019 Click2Gov-style altered page)"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p = /getParameter(Names|Map)\(\)/ ascii
        $s = /(new FileWriter|new FileOutputStream|Files\.write|new RandomAccessFile|Transport\.send)\(/ ascii
        $k1 = /card_?num/ ascii nocase
        $k2 = "creditcard" ascii nocase
        $k3 = "cvv" ascii nocase
        $k4 = "securityCode" ascii nocase
        $k5 = "expDate" ascii nocase
        $k6 = "payment" ascii nocase
    condition:
        filesize < 2MB and 2 of ($k*) and
        for any i in (1..#p) : ( for any j in (1..#s) : ( @s[j] > @p[i] and @s[j] < @p[i] + 1500 ) )
}

rule ASPX_Request_Dump_Card_Context : skimmer aspx
{
    meta:
        severity = "high"
        description = "ASP.NET payment page that walks every posted form field and appends them to a file or mail"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p = /(Request\.(Form|Params)\.(AllKeys|Keys)|[ \t]in[ \t]{1,4}Request\.(Form|Params))/ ascii
        $s = /(File\.AppendAllText|File\.WriteAllText|new StreamWriter|SmtpClient|File\.AppendText)/ ascii
        $k1 = /card_?num/ ascii nocase
        $k2 = "creditcard" ascii nocase
        $k3 = "cvv" ascii nocase
        $k4 = "securitycode" ascii nocase
        $k5 = "expiry" ascii nocase
        $k6 = "payment" ascii nocase
    condition:
        filesize < 2MB and 2 of ($k*) and
        for any i in (1..#p) : ( for any j in (1..#s) : ( @s[j] > @p[i] and @s[j] < @p[i] + 1500 ) )
}
