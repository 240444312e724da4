/*
 * skimmers_server.yar - breachscan bundled rules for server-side card stealers:
 * PHP, JSP and ASP.NET code that takes posted payment-card fields (number plus
 * expiry or CVV) and copies them to a local file or to mail.  Payment code that
 * only forwards card data to a gateway does not match: the sinks are files and
 * mail, which no legitimate checkout uses for CVVs.  Namespace: skimmers_server.
 */

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
        $php = "<?php" ascii nocase
        $n = /\$_(POST|REQUEST|GET)\[[ \t]{0,2}["'][a-z_\-]{0,16}(cc_?num|ccnum|card_?num|cardnum|card_?no|credit_?card)/ ascii nocase
        $x = /\$_(POST|REQUEST|GET)\[[ \t]{0,2}["'][a-z_\-]{0,16}(cvv|cvc|cc_?cid|security_?code|card_?code|cc_?exp|card_?exp|exp_?month|expiry)/ ascii nocase
        $s1 = "file_put_contents(" ascii nocase
        $s2 = "fwrite(" ascii nocase
        $s3 = "fputs(" ascii nocase
        $s4 = "mail(" ascii nocase
        $s5 = "error_log(" ascii nocase
    condition:
        filesize < 2MB and $php and $n and $x and 1 of ($s*)
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
        filesize < 2MB and $n and $x and 1 of ($s*)
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
        filesize < 2MB and $n and $x and 1 of ($s*)
}
