/*
 * webshells_php.yar - breachscan bundled rules for PHP web shells: eval/assert
 * of request data (China-Chopper-style one-liners), variable-function shells,
 * request data into system/passthru/shell_exec, encoded eval chains,
 * preg_replace /e, and file managers with upload + command box.  Legitimate
 * PHP uses each primitive alone; the rules require them joined to request
 * input or to each other.  Namespace: webshells_php.
 */

private rule PHP_Context
{
    meta:
        description = "helper: file holds PHP code"
    strings:
        $p1 = "<?php" ascii nocase
        $p2 = "<?=" ascii
        $p3 = "<script language=\"php\"" ascii nocase
        $p4 = /<\?[ \t\r\n]/ ascii
    condition:
        any of them
}

rule PHP_Eval_Request_OneLiner : webshell php
{
    meta:
        severity = "critical"
        description = "PHP eval/assert of request data ($_POST, $_GET, $_REQUEST, $_COOKIE) - China Chopper style one-liner"
        family = "ChinaChopper"
        reference = "https://attack.mitre.org/software/S0020/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $e = /(eval|assert)[ \t\r\n]{0,16}\([ \t\r\n]{0,16}(@[ \t]{0,4})?((stripslashes|trim|urldecode|base64_decode|str_rot13|gzinflate|rawurldecode)[ \t\r\n]{0,8}\([ \t\r\n]{0,16}){0,3}\$_(POST|GET|REQUEST|COOKIE|SERVER)[ \t\r\n]{0,8}\[/ ascii nocase
    condition:
        PHP_Context and filesize < 2MB and $e
}

rule PHP_Variable_Function_Request : webshell php
{
    meta:
        severity = "critical"
        description = "PHP calling a function whose name comes from the request ($_GET['f']($_GET['a']))"
        family = "PHP-VarFuncShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $v = /\$_(POST|GET|REQUEST|COOKIE)\[[^\]\n]{1,40}\][ \t]{0,4}\([ \t]{0,4}(@[ \t]{0,2})?\$_(POST|GET|REQUEST|COOKIE)\[/ ascii
        $v2 = /\$_(POST|GET|REQUEST|COOKIE)[ \t]{0,40}\[[^\]\n]{1,40}\][ \t\r\n]{0,60}\([ \t\r\n]{0,60}(@[ \t]{0,2})?(\$_(POST|GET|REQUEST|COOKIE)|''|"")/ ascii
    condition:
        PHP_Context and filesize < 2MB and any of them
}

rule PHP_Request_Command_Exec : webshell php
{
    meta:
        severity = "critical"
        description = "PHP passing request data straight into a command-execution function (system, passthru, shell_exec, exec, popen, proc_open, pcntl_exec, backticks)"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $x = /(system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)[ \t]{0,4}\([ \t]{0,4}(@[ \t]{0,2})?(base64_decode[ \t]{0,4}\([ \t]{0,4}|stripslashes[ \t]{0,4}\([ \t]{0,4}|urldecode[ \t]{0,4}\([ \t]{0,4})?\$_(POST|GET|REQUEST|COOKIE|SERVER)\[/ ascii nocase
        $b = /(=|echo|print|\()[ \t]{0,4}`[ \t]{0,4}\$_(POST|GET|REQUEST|COOKIE)\[[^\]\n]{1,40}\][ \t]{0,4}`/ ascii
    condition:
        PHP_Context and filesize < 2MB and any of them
}

rule PHP_Request_Command_Exec_Indirect : webshell php
{
    meta:
        severity = "high"
        description = "PHP taking a command-like request parameter (cmd, command, exec, shell) and running shell commands with output capture (2>&1)"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $r = /\$_(POST|GET|REQUEST|COOKIE)\[[ \t]{0,2}["'](cmd|command|exec|execute|shell|shellcmd)["'][ \t]{0,2}\]/ ascii nocase
        $f1 = /shell_exec[ \t]{0,3}\(/ ascii nocase
        $f2 = /passthru[ \t]{0,3}\(/ ascii nocase
        $f3 = /system[ \t]{0,3}\(/ ascii nocase
        $f4 = /proc_open[ \t]{0,3}\(/ ascii nocase
        $f5 = /popen[ \t]{0,3}\(/ ascii nocase
        $o = "2>&1" ascii
    condition:
        PHP_Context and filesize < 2MB and $r and 1 of ($f*) and $o
}

rule PHP_Encoded_Eval_Chain : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP eval/assert of data passed through two or more decoders (base64_decode, gzinflate, gzuncompress, str_rot13, strrev)"
        family = "PHP-EncodedEval"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $e = /(eval|assert)[ \t]{0,8}\([ \t]{0,8}(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode)[ \t]{0,8}\([ \t]{0,8}(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode)[ \t]{0,8}\(/ ascii nocase
    condition:
        PHP_Context and filesize < 5MB and $e
}

rule PHP_Preg_Replace_E_Request : webshell php
{
    meta:
        severity = "critical"
        description = "PHP preg_replace with the /e (evaluate) modifier fed from the request"
        family = "PHP-PregEval"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $p = /preg_replace[ \t]{0,4}\([ \t]{0,4}["'][^"'\n]{1,100}\/[a-df-z]{0,4}e[a-z]{0,4}["'][ \t]{0,4},[ \t]{0,4}(@[ \t]{0,2})?\$_(POST|GET|REQUEST|COOKIE)\[/ ascii
    condition:
        PHP_Context and filesize < 2MB and $p
}

rule PHP_Create_Function_Request : webshell php
{
    meta:
        severity = "critical"
        description = "PHP create_function built from request data"
        family = "PHP-CreateFunctionShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $c = /create_function[ \t]{0,4}\([^;\n]{0,80}\$_(POST|GET|REQUEST|COOKIE)\[/ ascii nocase
    condition:
        PHP_Context and filesize < 2MB and $c
}

rule PHP_File_Manager_Shell : webshell php
{
    meta:
        severity = "high"
        description = "PHP file manager with upload, directory listing, delete and a command box in one file (WSO / b374k-like layout)"
        family = "PHP-FileManagerShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $u = /move_uploaded_file[ \t]{0,3}\(/ ascii nocase
        $l1 = /scandir[ \t]{0,3}\(/ ascii nocase
        $l2 = /opendir[ \t]{0,3}\(/ ascii nocase
        $d = /unlink[ \t]{0,3}\(/ ascii nocase
        $c1 = /shell_exec[ \t]{0,3}\(/ ascii nocase
        $c2 = /passthru[ \t]{0,3}\(/ ascii nocase
        $c3 = /proc_open[ \t]{0,3}\(/ ascii nocase
        $c4 = /popen[ \t]{0,3}\(/ ascii nocase
        $i1 = /php_uname[ \t]{0,3}\(/ ascii nocase
        $i2 = /disk_free_space[ \t]{0,3}\(/ ascii nocase
        $i3 = /posix_getpwuid[ \t]{0,3}\(/ ascii nocase
        $i4 = /getcwd[ \t]{0,3}\(/ ascii nocase
        $r = /\$_(POST|GET|REQUEST)\[/ ascii
    condition:
        PHP_Context and filesize < 2MB and $u and 1 of ($l*) and $d and 1 of ($c*) and 2 of ($i*) and $r
}

/* ===================================================================== */
/* Private capability helpers (never reported on their own)               */
/* ===================================================================== */

private rule PHP_Head_Context
{
    meta:
        description = "helper: PHP opening tag near the start of the file (a PHP file, not a document that quotes PHP deep inside)"
    strings:
        $p1 = "<?php" ascii nocase
        $p2 = "<?=" ascii
        $p3 = /<\?[ \t\r\n]/ ascii
    condition:
        for any of them : (@ < 8192) or uint8(0) == 0x24
}

private rule PHP_Function_Catalog
{
    meta:
        description = "helper: a catalogue of PHP's built-in functions (an editor's completion list, stubs, a manual index): names from many extensions no web shell calls together; such a file names every capability and is no program"
    strings:
        $f1 = "easter_date" ascii
        $f2 = "jdtogregorian" ascii
        $f3 = "gregoriantojd" ascii
        $f4 = "date_sunrise" ascii
        $f5 = "cal_days_in_month" ascii
        $f6 = "iconv_mime_decode" ascii
        $f7 = "mb_convert_kana" ascii
        $f8 = "xmlwriter_start_element" ascii
        $f9 = "imagecolorallocatealpha" ascii
        $f10 = "iterator_apply" ascii
        $f11 = "log1p" ascii
        $f12 = "expm1" ascii
        $f13 = "array_udiff_uassoc" ascii
        $f14 = "levenshtein" ascii
        $f15 = "metaphone" ascii
        $f16 = "nl_langinfo" ascii
        $f17 = "money_format" ascii
        $f18 = "gc_collect_cycles" ascii
        $f19 = "soundex" ascii
        $f20 = "str_word_count" ascii
    condition:
        10 of them
}

private rule PHP_Code_Fragment
{
    meta:
        description = "helper: PHP opening tag, or a PHP fragment (no tag) that starts with a variable or a typical statement"
    strings:
        $c1 = /error_reporting[ \t]{0,3}\(/ ascii
        $c2 = /set_time_limit[ \t]{0,3}\(/ ascii
        $c3 = /ini_set[ \t]{0,3}\(/ ascii
        $c7 = /print[ \t]{0,3}\(/ ascii
        $c8 = "?><?php" ascii
    condition:
        /* "function ", "if(" and "if (" at 0 are read as bytes: as strings they would be
           matched (and every match kept) all through large script bundles */
        (PHP_Context or uint8(0) == 0x24 or for any of ($c*) : ($ at 0) or
         (uint32be(0) == 0x66756E63 and uint32be(4) == 0x74696F6E and uint8(8) == 0x20) or
         (uint16be(0) == 0x6966 and uint8(2) == 0x28) or uint32be(0) == 0x69662028) and
        /* an editor's completion list or stubs name every capability and run none */
        not PHP_Function_Catalog
}

private rule PHP_Request_Input
{
    meta:
        description = "helper: attacker-controlled request data (superglobals, raw body, headers)"
    strings:
        $r1 = "$_GET" ascii
        $r2 = "$_POST" ascii
        $r3 = "$_REQUEST" ascii
        $r4 = "$_COOKIE" ascii
        $r5 = "$_FILES" ascii
        $r6 = "php://input" ascii nocase
        $r7 = /getallheaders[ \t]{0,3}\(/ ascii nocase
        $r8 = /\$_SERVER[ \t]{0,2}\[[ \t]{0,2}["']HTTP_[A-Z0-9_]{1,40}["']/ ascii
        $r9 = "HTTP_RAW_POST_DATA" ascii
        $r10 = /\$\{[ \t]{0,2}["']_(P|G|R|C)/ ascii
        $r12 = /filter_input[ \t]{0,3}\([ \t]{0,3}INPUT_(GET|POST|COOKIE|REQUEST|SERVER)/ ascii
        $r11 = /\$GLOBALS\[[ \t]{0,2}["']_(POST|GET|REQUEST|COOKIE)/ ascii
    condition:
        any of them
}

private rule PHP_Obfuscated_Dangerous_Name
{
    meta:
        description = "helper: the name of an execution or decoding function hidden by rot13, reversal, base64, hex, octal, chr() or string splitting"
    strings:
        // rot13
        $rot1 = "nffreg" ascii
        $rot2 = "flfgrz" ascii
        $rot3 = "cnffgueh" ascii
        $rot4 = "furyy_rkrp" ascii
        $rot5 = "onfr64_qrpbqr" ascii
        $rot6 = "perngr_shapgvba" ascii
        $rot7 = "tmvasyngr" ascii
        $rot8 = "tmhapbzcerff" ascii
        $rot9 = "cert_ercynpr" ascii
        $rot10 = /["']riny["']/ ascii
        // reversed
        $rev1 = "tressa" ascii
        $rev2 = "metsys" ascii
        $rev3 = "urhtssap" ascii
        $rev4 = "cexe_llehs" ascii
        $rev5 = "edoced_46esab" ascii
        $rev6 = "noitcnuf_etaerc" ascii
        $rev7 = "etalfnizg" ascii
        $rev8 = "sserpmocnuzg" ascii
        $rev9 = "31tor_rts" ascii
        $rev10 = /["']lave["']/ ascii
        // base64 of a bare name (quoted, as an argument to a decoder)
        $b1 = /["'](YXNzZXJ0|c3lzdGVt|cGFzc3RocnU|c2hlbGxfZXhlYw|YmFzZTY0X2RlY29kZQ|Y3JlYXRlX2Z1bmN0aW9u|Z3ppbmZsYXRl|ZXZhbA|c3RyX3JvdDEz|Z3p1bmNvbXByZXNz)/ ascii
        // hex (pack('H*'), hex2bin) and escaped forms
        $h1 = "617373657274" ascii nocase
        $h2 = "73797374656d" ascii nocase
        $h3 = "6261736536345f6465636f6465" ascii nocase
        $h4 = "6372656174655f66756e6374696f6e" ascii nocase
        $h5 = "7368656c6c5f65786563" ascii nocase
        $h6 = "677a696e666c617465" ascii nocase
        $h7 = "7061737374687275" ascii nocase
        $x1 = "\\x61\\x73\\x73\\x65\\x72\\x74" ascii nocase
        $x2 = "\\x73\\x79\\x73\\x74\\x65\\x6d" ascii nocase
        $x3 = "\\x65\\x76\\x61\\x6c" ascii nocase
        $x4 = "\\x62\\x61\\x73\\x65\\x36\\x34" ascii nocase
        $x5 = "\\x67\\x7a\\x69\\x6e\\x66\\x6c" ascii nocase
        $x6 = "\\x63\\x72\\x65\\x61\\x74\\x65\\x5f" ascii nocase
        $x7 = "\\x73\\x68\\x65\\x6c\\x6c\\x5f" ascii nocase
        $x8 = "\\x73\\x74\\x72\\x5f\\x72\\x6f\\x74" ascii nocase
        $x9 = "\\x67\\x7a\\x75\\x6e\\x63" ascii nocase
        $x10 = "\\x70\\x61\\x73\\x73\\x74\\x68" ascii nocase
        $o1 = "\\141\\163\\163\\145\\162\\164" ascii
        $o2 = "\\145\\166\\141\\154" ascii
        $o3 = "\\142\\141\\163\\145\\66\\64" ascii
        $o4 = "\\163\\171\\163\\164\\145\\155" ascii
        $o5 = "\\147\\172\\151\\156\\146\\154" ascii
        // mixed hex/octal/plain spellings that start with an escape
        $mx1 = /\\(x62|142)(a|\\x61|\\141)(s|\\x73|\\163)(e|\\x65|\\145)(6|\\x36|\\66)(4|\\x34|\\64)/ ascii nocase
        $mx2 = /b\\(x61|141)(s|\\x73|\\163)(e|\\x65|\\145)(6|\\x36|\\66)(4|\\x34|\\64)/ ascii nocase
        $mx3 = /\\(x65|145)(v|\\x76|\\166)(a|\\x61|\\141)(l|\\x6c|\\154)[ \t]{0,2}(\(|\\x28|\\50)/ ascii nocase
        $mx4 = /e\\(x76|166)(a|\\x61|\\141)(l|\\x6c|\\154)[ \t]{0,2}(\(|\\x28|\\50)/ ascii nocase
        $mx5 = /\\(x67|147)(z|\\x7a|\\172)(i|\\x69|\\151)(n|\\x6e|\\156)(f|\\x66|\\146)/ ascii nocase
        $mx6 = /\\(x61|141)(s|\\x73|\\163)(s|\\x73|\\163)(e|\\x65|\\145)(r|\\x72|\\162)(t|\\x74|\\164)/ ascii nocase
        $mx7 = /\\(x73|163)(y|\\x79|\\171)(s|\\x73|\\163)(t|\\x74|\\164)(e|\\x65|\\145)(m|\\x6d|\\155)/ ascii nocase
        $mx8 = /(v|\\x76|\\166)\\(x61|141)(l|\\x6c|\\154)[ \t]{0,2}(\(|\\x28|\\50)/ ascii nocase
        // junk-character filler removed at run time: str_replace("x","","axsxsxexrxt")
        $jf1 = /str_i?replace[ \t]{0,2}\([ \t]{0,2}["'][^"'\n]{1,3}["'][ \t]{0,2},[ \t]{0,2}(""|'')[ \t]{0,2},[ \t]{0,2}["'][A-Za-z0-9_]{10,200}["'][ \t]{0,2}\)/ ascii nocase
        $jf2 = /preg_(filter|replace)[ \t]{0,2}\([ \t]{0,2}["'][^"'\n]{1,20}["'][ \t]{0,2},[ \t]{0,2}(""|'')[ \t]{0,2},[ \t]{0,2}["'][A-Za-z0-9_ \t]{4,100}["'][ \t]{0,2}\)/ ascii nocase
        // decoder or evaluator name kept in a variable: $a = "base64_decode"; $b($a($s))
        $nv = /\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,3}=[ \t]{0,3}["'](base64_decode|gzinflate|gzuncompress|str_rot13|create_function|assert|eval|shell_exec|passthru)["'][ \t]{0,3};/ ascii nocase
        // fragments of base64_decode shorter than the whole name: '64_de', 'se64_d'
        $fr1 = /["'][a-z_]{0,3}64_d[a-z]{0,3}["']/ ascii
        // chr() spelled names
        $ch1 = /chr\(97\)[ \t]{0,2}\.[ \t]{0,2}chr\(115\)[ \t]{0,2}\.[ \t]{0,2}chr\(115\)/ ascii nocase
        $ch2 = /chr\(115\)[ \t]{0,2}\.[ \t]{0,2}chr\(121\)[ \t]{0,2}\.[ \t]{0,2}chr\(115\)/ ascii nocase
        $ch3 = /chr\(101\)[ \t]{0,2}\.[ \t]{0,2}chr\(118\)[ \t]{0,2}\.[ \t]{0,2}chr\(97\)/ ascii nocase
        $ch4 = /chr\(98\)[ \t]{0,2}\.[ \t]{0,2}chr\(97\)[ \t]{0,2}\.[ \t]{0,2}chr\(115\)/ ascii nocase
        // split literals: 'as'.'sert', "sys" . "tem", "base64_"."decode"
        $cc0 = "4_d\" . \"ec" ascii
        $cc1 = "4_d\".\"ec" ascii
        $cc2 = "4_d' . 'ec" ascii
        $cc3 = "4_d'.'ec" ascii
        $cc4 = "64_\" . \"de" ascii
        $cc5 = "64_\".\"de" ascii
        $cc6 = "64_' . 'de" ascii
        $cc7 = "64_'.'de" ascii
        $cc8 = "_de\" . \"co" ascii
        $cc9 = "_de\".\"co" ascii
        $cc10 = "_de' . 'co" ascii
        $cc11 = "_de'.'co" ascii
        $cc12 = "_ex\" . \"ec" ascii
        $cc13 = "_ex\".\"ec" ascii
        $cc14 = "_ex' . 'ec" ascii
        $cc15 = "_ex'.'ec" ascii
        $cc16 = "_fu\" . \"nc" ascii
        $cc17 = "_fu\".\"nc" ascii
        $cc18 = "_fu' . 'nc" ascii
        $cc19 = "_fu'.'nc" ascii
        $cc20 = "_ro\" . \"t1" ascii
        $cc21 = "_ro\".\"t1" ascii
        $cc22 = "_ro' . 't1" ascii
        $cc23 = "_ro'.'t1" ascii
        $cc24 = "a\" . \"ss" ascii
        $cc25 = "a\".\"ss" ascii
        $cc26 = "a' . 'ss" ascii
        $cc27 = "a'.'ss" ascii
        $cc28 = "as\" . \"se" ascii
        $cc29 = "as\".\"se" ascii
        $cc30 = "as' . 'se" ascii
        $cc31 = "as'.'se" ascii
        $cc32 = "ase\" . \"64" ascii
        $cc33 = "ase\".\"64" ascii
        $cc34 = "ase' . '64" ascii
        $cc35 = "ase'.'64" ascii
        $cc36 = "ass\" . \"er" ascii
        $cc37 = "ass\" . \"th" ascii
        $cc38 = "ass\".\"er" ascii
        $cc39 = "ass\".\"th" ascii
        $cc40 = "ass' . 'er" ascii
        $cc41 = "ass' . 'th" ascii
        $cc42 = "ass'.'er" ascii
        $cc43 = "ass'.'th" ascii
        $cc44 = "ate\" . \"_f" ascii
        $cc45 = "ate\".\"_f" ascii
        $cc46 = "ate' . '_f" ascii
        $cc47 = "ate'.'_f" ascii
        $cc48 = "b\" . \"as" ascii
        $cc49 = "b\".\"as" ascii
        $cc50 = "b' . 'as" ascii
        $cc51 = "b'.'as" ascii
        $cc52 = "ba\" . \"se" ascii
        $cc53 = "ba\".\"se" ascii
        $cc54 = "ba' . 'se" ascii
        $cc55 = "ba'.'se" ascii
        $cc56 = "bas\" . \"e6" ascii
        $cc57 = "bas\".\"e6" ascii
        $cc58 = "bas' . 'e6" ascii
        $cc59 = "bas'.'e6" ascii
        $cc60 = "c\" . \"re" ascii
        $cc61 = "c\".\"re" ascii
        $cc62 = "c' . 're" ascii
        $cc63 = "c'.'re" ascii
        $cc64 = "cod\" . \"e" ascii
        $cc65 = "cod\".\"e" ascii
        $cc66 = "cod' . 'e" ascii
        $cc67 = "cod'.'e" ascii
        $cc68 = "cr\" . \"ea" ascii
        $cc69 = "cr\".\"ea" ascii
        $cc70 = "cr' . 'ea" ascii
        $cc71 = "cr'.'ea" ascii
        $cc72 = "cre\" . \"at" ascii
        $cc73 = "cre\".\"at" ascii
        $cc74 = "cre' . 'at" ascii
        $cc75 = "cre'.'at" ascii
        $cc76 = "cti\" . \"on" ascii
        $cc77 = "cti\".\"on" ascii
        $cc78 = "cti' . 'on" ascii
        $cc79 = "cti'.'on" ascii
        $cc80 = "dec\" . \"od" ascii
        $cc81 = "dec\".\"od" ascii
        $cc82 = "dec' . 'od" ascii
        $cc83 = "dec'.'od" ascii
        $cc84 = "e\" . \"va" ascii
        $cc85 = "e\" . \"xe" ascii
        $cc86 = "e\".\"va" ascii
        $cc87 = "e\".\"xe" ascii
        $cc88 = "e' . 'va" ascii
        $cc89 = "e' . 'xe" ascii
        $cc90 = "e'.'va" ascii
        $cc91 = "e'.'xe" ascii
        $cc92 = "e64\" . \"_d" ascii
        $cc93 = "e64\".\"_d" ascii
        $cc94 = "e64' . '_d" ascii
        $cc95 = "e64'.'_d" ascii
        $cc96 = "e_f\" . \"un" ascii
        $cc97 = "e_f\".\"un" ascii
        $cc98 = "e_f' . 'un" ascii
        $cc99 = "e_f'.'un" ascii
        $cc100 = "eat\" . \"e_" ascii
        $cc101 = "eat\".\"e_" ascii
        $cc102 = "eat' . 'e_" ascii
        $cc103 = "eat'.'e_" ascii
        $cc104 = "eco\" . \"de" ascii
        $cc105 = "eco\".\"de" ascii
        $cc106 = "eco' . 'de" ascii
        $cc107 = "eco'.'de" ascii
        $cc108 = "ell\" . \"_e" ascii
        $cc109 = "ell\".\"_e" ascii
        $cc110 = "ell' . '_e" ascii
        $cc111 = "ell'.'_e" ascii
        $cc112 = "ev\" . \"al" ascii
        $cc113 = "ev\".\"al" ascii
        $cc114 = "ev' . 'al" ascii
        $cc115 = "ev'.'al" ascii
        $cc116 = "eva\" . \"l" ascii
        $cc117 = "eva\".\"l" ascii
        $cc118 = "eva' . 'l" ascii
        $cc119 = "eva'.'l" ascii
        $cc120 = "ex\" . \"ec" ascii
        $cc121 = "ex\".\"ec" ascii
        $cc122 = "ex' . 'ec" ascii
        $cc123 = "ex'.'ec" ascii
        $cc124 = "exe\" . \"c" ascii
        $cc125 = "exe\".\"c" ascii
        $cc126 = "exe' . 'c" ascii
        $cc127 = "exe'.'c" ascii
        $cc128 = "fla\" . \"te" ascii
        $cc129 = "fla\".\"te" ascii
        $cc130 = "fla' . 'te" ascii
        $cc131 = "fla'.'te" ascii
        $cc132 = "fun\" . \"ct" ascii
        $cc133 = "fun\".\"ct" ascii
        $cc134 = "fun' . 'ct" ascii
        $cc135 = "fun'.'ct" ascii
        $cc136 = "g\" . \"zi" ascii
        $cc137 = "g\".\"zi" ascii
        $cc138 = "g' . 'zi" ascii
        $cc139 = "g'.'zi" ascii
        $cc140 = "gz\" . \"in" ascii
        $cc141 = "gz\".\"in" ascii
        $cc142 = "gz' . 'in" ascii
        $cc143 = "gz'.'in" ascii
        $cc144 = "gzi\" . \"nf" ascii
        $cc145 = "gzi\".\"nf" ascii
        $cc146 = "gzi' . 'nf" ascii
        $cc147 = "gzi'.'nf" ascii
        $cc148 = "hel\" . \"l_" ascii
        $cc149 = "hel\".\"l_" ascii
        $cc150 = "hel' . 'l_" ascii
        $cc151 = "hel'.'l_" ascii
        $cc152 = "inf\" . \"la" ascii
        $cc153 = "inf\".\"la" ascii
        $cc154 = "inf' . 'la" ascii
        $cc155 = "inf'.'la" ascii
        $cc156 = "l_e\" . \"xe" ascii
        $cc157 = "l_e\".\"xe" ascii
        $cc158 = "l_e' . 'xe" ascii
        $cc159 = "l_e'.'xe" ascii
        $cc160 = "lat\" . \"e" ascii
        $cc161 = "lat\".\"e" ascii
        $cc162 = "lat' . 'e" ascii
        $cc163 = "lat'.'e" ascii
        $cc164 = "ll_\" . \"ex" ascii
        $cc165 = "ll_\".\"ex" ascii
        $cc166 = "ll_' . 'ex" ascii
        $cc167 = "ll_'.'ex" ascii
        $cc168 = "nct\" . \"io" ascii
        $cc169 = "nct\".\"io" ascii
        $cc170 = "nct' . 'io" ascii
        $cc171 = "nct'.'io" ascii
        $cc172 = "nfl\" . \"at" ascii
        $cc173 = "nfl\".\"at" ascii
        $cc174 = "nfl' . 'at" ascii
        $cc175 = "nfl'.'at" ascii
        $cc176 = "ot1\" . \"3" ascii
        $cc177 = "ot1\".\"3" ascii
        $cc178 = "ot1' . '3" ascii
        $cc179 = "ot1'.'3" ascii
        $cc180 = "p\" . \"as" ascii
        $cc181 = "p\".\"as" ascii
        $cc182 = "p' . 'as" ascii
        $cc183 = "p'.'as" ascii
        $cc184 = "pa\" . \"ss" ascii
        $cc185 = "pa\".\"ss" ascii
        $cc186 = "pa' . 'ss" ascii
        $cc187 = "pa'.'ss" ascii
        $cc188 = "pas\" . \"st" ascii
        $cc189 = "pas\".\"st" ascii
        $cc190 = "pas' . 'st" ascii
        $cc191 = "pas'.'st" ascii
        $cc192 = "r_r\" . \"ot" ascii
        $cc193 = "r_r\".\"ot" ascii
        $cc194 = "r_r' . 'ot" ascii
        $cc195 = "r_r'.'ot" ascii
        $cc196 = "rea\" . \"te" ascii
        $cc197 = "rea\".\"te" ascii
        $cc198 = "rea' . 'te" ascii
        $cc199 = "rea'.'te" ascii
        $cc200 = "rot\" . \"13" ascii
        $cc201 = "rot\".\"13" ascii
        $cc202 = "rot' . '13" ascii
        $cc203 = "rot'.'13" ascii
        $cc204 = "s\" . \"he" ascii
        $cc205 = "s\" . \"tr" ascii
        $cc206 = "s\" . \"ys" ascii
        $cc207 = "s\".\"he" ascii
        $cc208 = "s\".\"tr" ascii
        $cc209 = "s\".\"ys" ascii
        $cc210 = "s' . 'he" ascii
        $cc211 = "s' . 'tr" ascii
        $cc212 = "s' . 'ys" ascii
        $cc213 = "s'.'he" ascii
        $cc214 = "s'.'tr" ascii
        $cc215 = "s'.'ys" ascii
        $cc216 = "se6\" . \"4_" ascii
        $cc217 = "se6\".\"4_" ascii
        $cc218 = "se6' . '4_" ascii
        $cc219 = "se6'.'4_" ascii
        $cc220 = "ser\" . \"t" ascii
        $cc221 = "ser\".\"t" ascii
        $cc222 = "ser' . 't" ascii
        $cc223 = "ser'.'t" ascii
        $cc224 = "sh\" . \"el" ascii
        $cc225 = "sh\".\"el" ascii
        $cc226 = "sh' . 'el" ascii
        $cc227 = "sh'.'el" ascii
        $cc228 = "she\" . \"ll" ascii
        $cc229 = "she\".\"ll" ascii
        $cc230 = "she' . 'll" ascii
        $cc231 = "she'.'ll" ascii
        $cc232 = "sse\" . \"rt" ascii
        $cc233 = "sse\".\"rt" ascii
        $cc234 = "sse' . 'rt" ascii
        $cc235 = "sse'.'rt" ascii
        $cc236 = "sst\" . \"hr" ascii
        $cc237 = "sst\".\"hr" ascii
        $cc238 = "sst' . 'hr" ascii
        $cc239 = "sst'.'hr" ascii
        $cc240 = "st\" . \"r_" ascii
        $cc241 = "st\".\"r_" ascii
        $cc242 = "st' . 'r_" ascii
        $cc243 = "st'.'r_" ascii
        $cc244 = "ste\" . \"m" ascii
        $cc245 = "ste\".\"m" ascii
        $cc246 = "ste' . 'm" ascii
        $cc247 = "ste'.'m" ascii
        $cc248 = "sth\" . \"ru" ascii
        $cc249 = "sth\".\"ru" ascii
        $cc250 = "sth' . 'ru" ascii
        $cc251 = "sth'.'ru" ascii
        $cc252 = "str\" . \"_r" ascii
        $cc253 = "str\".\"_r" ascii
        $cc254 = "str' . '_r" ascii
        $cc255 = "str'.'_r" ascii
        $cc256 = "sy\" . \"st" ascii
        $cc257 = "sy\".\"st" ascii
        $cc258 = "sy' . 'st" ascii
        $cc259 = "sy'.'st" ascii
        $cc260 = "sys\" . \"te" ascii
        $cc261 = "sys\".\"te" ascii
        $cc262 = "sys' . 'te" ascii
        $cc263 = "sys'.'te" ascii
        $cc264 = "te_\" . \"fu" ascii
        $cc265 = "te_\".\"fu" ascii
        $cc266 = "te_' . 'fu" ascii
        $cc267 = "te_'.'fu" ascii
        $cc268 = "thr\" . \"u" ascii
        $cc269 = "thr\".\"u" ascii
        $cc270 = "thr' . 'u" ascii
        $cc271 = "thr'.'u" ascii
        $cc272 = "tio\" . \"n" ascii
        $cc273 = "tio\".\"n" ascii
        $cc274 = "tio' . 'n" ascii
        $cc275 = "tio'.'n" ascii
        $cc276 = "tr_\" . \"ro" ascii
        $cc277 = "tr_\".\"ro" ascii
        $cc278 = "tr_' . 'ro" ascii
        $cc279 = "tr_'.'ro" ascii
        $cc280 = "unc\" . \"ti" ascii
        $cc281 = "unc\".\"ti" ascii
        $cc282 = "unc' . 'ti" ascii
        $cc283 = "unc'.'ti" ascii
        $cc284 = "yst\" . \"em" ascii
        $cc285 = "yst\".\"em" ascii
        $cc286 = "yst' . 'em" ascii
        $cc287 = "yst'.'em" ascii
        $cc288 = "zin\" . \"fl" ascii
        $cc289 = "zin\".\"fl" ascii
        $cc290 = "zin' . 'fl" ascii
        $cc291 = "zin'.'fl" ascii
    condition:
        any of them
}

private rule PHP_Dynamic_Call
{
    meta:
        description = "helper: calling a function through a variable, an array element or an expression"
    strings:
        $v1 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\(\$/ ascii
        $v2 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\(@\$/ ascii
        $v3 = /\$[A-Za-z_][A-Za-z0-9_]{0,40} \(\$/ ascii
        $v4 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\('/ ascii
        $v5 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\("/ ascii
        $v6 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\(\);/ ascii
        $v7 = /\]\(\$/ ascii
        $v8 = /\)\)\(\$/ ascii
        $v9 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\(\)\)/ ascii
        $v10 = /\$\{[^}\n]{1,30}\}\[[^\]\n]{1,20}\]\(/ ascii
        $v11 = /\)\(trim\(/ ascii
    condition:
        any of them
}

private rule PHP_Exec_Sink
{
    meta:
        description = "helper: code or command execution primitives"
    strings:
        $s1 = /(^|[^A-Za-z0-9_>:$])(eval|assert|system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|create_function)[ \t]{0,3}\(/ ascii nocase
    condition:
        $s1
}

private rule PHP_Decoder
{
    meta:
        description = "helper: decoding or decompression functions used by obfuscators"
    strings:
        $d1 = "base64_decode" ascii nocase
        $d2 = "gzinflate" ascii nocase
        $d3 = "gzuncompress" ascii nocase
        $d4 = "str_rot13" ascii nocase
        $d5 = "strrev" ascii nocase
        $d6 = "gzdecode" ascii nocase
        $d7 = "hex2bin" ascii nocase
        $d8 = "convert_uudecode" ascii nocase
    condition:
        any of them
}

private rule PHP_Base64_Hostile_Code
{
    meta:
        description = "helper: base64 text that encodes PHP code typical of web shells (in any of the three alignments)"
    strings:
        $php = "PD9waHA" ascii
        $eval0 = "ZXZhbCgk" ascii
        $eval1 = "ZXZhbChi" ascii
        $eval2 = "ZXZhbChn" ascii
        $b640 = "YmFzZTY0X2RlY29k" ascii
        $b641 = "Jhc2U2NF9kZWNvZGUo" ascii
        $b642 = "iYXNlNjRfZGVjb2Rl" ascii
        $gzi0 = "Z3ppbmZsYXRl" ascii
        $gzi2 = "nemluZmxhdGUo" ascii
        $post0 = "JF9QT1NU" ascii
        $post2 = "kX1BPU1Rb" ascii
        $get0 = "JF9HRVRb" ascii
        $req0 = "JF9SRVFVRVNU" ascii
        $req1 = "RfUkVRVUVT" ascii
        $req2 = "kX1JFUVVFU1Rb" ascii
        $cook0 = "JF9DT09LSUVb" ascii
        $cook1 = "RfQ09PS0lF" ascii
        $shx0 = "c2hlbGxfZXhl" ascii
        $shx1 = "NoZWxsX2V4ZWMo" ascii
        $shx2 = "zaGVsbF9leGVj" ascii
        $pas0 = "cGFzc3RocnUo" ascii
        $pas1 = "Bhc3N0aHJ1" ascii
        $sys1 = "N5c3RlbSgk" ascii
        $sys2 = "zeXN0ZW0o" ascii
        $mvu0 = "bW92ZV91cGxvYWRlZF9maWxl" ascii
        $mvu1 = "1vdmVfdXBsb2FkZWRfZmls" ascii
        $mvu2 = "tb3ZlX3VwbG9hZGVkX2ZpbGUo" ascii
        $fpc0 = "ZmlsZV9wdXRfY29udGVudHMo" ascii
        $fpc1 = "ZpbGVfcHV0X2NvbnRlbnRz" ascii
        $fpc2 = "maWxlX3B1dF9jb250ZW50" ascii
        $err0 = "ZXJyb3JfcmVwb3J0aW5nKDAp" ascii
        $err1 = "Vycm9yX3JlcG9ydGluZygw" ascii
        $err2 = "lcnJvcl9yZXBvcnRpbmco" ascii
        $ini0 = "QGluaV9zZXQo" ascii
        $ini1 = "Bpbmlfc2V0" ascii
        $ini2 = "AaW5pX3NldC" ascii
        $stl0 = "c2V0X3RpbWVfbGltaXQo" ascii
        $stl1 = "NldF90aW1lX2xpbWl0KDAp" ascii
        $stl2 = "zZXRfdGltZV9saW1pdCgw" ascii
        $ast1 = "Fzc2VydCgk" ascii
        $ast2 = "hc3NlcnQo" ascii
        $fso0 = "ZnNvY2tvcGVu" ascii
        $fso2 = "mc29ja29wZW4o" ascii
        $cf0 = "Y3JlYXRlX2Z1bmN0aW9u" ascii
        $cf1 = "NyZWF0ZV9mdW5jdGlv" ascii
        $cf2 = "jcmVhdGVfZnVuY3Rpb24o" ascii
        $rot0 = "c3RyX3JvdDEz" ascii
        $rot2 = "zdHJfcm90MTMo" ascii
        $bsh0 = "L2Jpbi9zaA" ascii
        $bsh2 = "vYmluL3No" ascii
        $wpa0 = "d3Bfc2V0X2F1dGhfY29va2ll" ascii
        $wpa1 = "dwX3NldF9hdXRoX2Nvb2tp" ascii
        $wpa2 = "3cF9zZXRfYXV0aF9jb29r" ascii
        $ua0 = "SFRUUF9VU0VSX0FHRU5U" ascii
        $ua1 = "hUVFBfVVNFUl9BR0VO" ascii
        $ua2 = "IVFRQX1VTRVJfQUdF" ascii
        $gbot0 = "Z29vZ2xlYm90" ascii
        $gbot1 = "dvb2dsZWJv" ascii
        $perl0 = "IyEvdXNyL2Jpbi9wZXJs" ascii
        $perl1 = "MhL3Vzci9iaW4vcGVy" ascii
        $perl2 = "jIS91c3IvYmluL3Bl" ascii
        $files0 = "JF9GSUxF" ascii
        $files1 = "RfRklMRVNb" ascii
        $curl0 = "Y3VybF9leGVj" ascii
        $curl2 = "jdXJsX2V4ZWMo" ascii
        $fgc0 = "ZmlsZV9nZXRfY29udGVudHMo" ascii
        $fgc1 = "ZpbGVfZ2V0X2NvbnRlbnRz" ascii
        $fgc2 = "maWxlX2dldF9jb250ZW50" ascii
        $htac = "UmV3cml0ZUVuZ2luZSBPbg" ascii
        $htac2 = "UmV3cml0ZUNvbmQg" ascii
    condition:
        2 of them
}

/* ===================================================================== */
/* Public rules                                                           */
/* ===================================================================== */

rule PHP_Dangerous_Callback_Request : webshell php
{
    meta:
        severity = "critical"
        description = "PHP passing an execution function by name (assert, system, eval, create_function...) as a callback next to request input - callback web shell"
        family = "PHP-CallbackShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $cb = /(call_user_func(_array)?|array_map|array_filter|array_walk(_recursive)?|usort|uasort|uksort|register_shutdown_function|register_tick_function|iterator_apply|ob_start|array_reduce|preg_replace_callback|array_udiff|array_diff_ukey|array_intersect_ukey|forward_static_call(_array)?|mb_ereg_replace_callback)[ \t]{0,4}\([^;]{0,100}["'][ \t\x0b]{0,2}(assert|system|passthru|shell_exec|exec|eval|create_function|popen|proc_open|pcntl_exec)["']/ ascii nocase
        $as = /\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,3}=[ \t]{0,3}["'][ \t\x0b]{0,2}(assert|system|passthru|shell_exec|create_function|pcntl_exec)["'][ \t]{0,3}[;)]/ ascii nocase
        $cbany = /(call_user_func(_array)?|array_map|array_filter|array_walk|usort|uasort|uksort|register_shutdown_function|iterator_apply)[ \t]{0,3}\(/ ascii nocase
        $q = /["'][ \t]{0,2}(\\x0[bB9])?(assert|system|passthru|shell_exec|create_function|pcntl_exec)["']/ ascii nocase
        $cc = /(call_user_func(_array)?|array_map|array_filter|array_walk|usort|uasort|uksort)[ \t]{0,3}\([ \t]{0,3}\$[A-Za-z_][A-Za-z0-9_]{0,30}\[[0-9]{1,2}\][ \t]{0,2}\.[ \t]{0,2}\$/ ascii nocase
        $ca1 = /'[a-z_]',[ \t\r\n]{0,8}'[a-z_]',[ \t\r\n]{0,8}'[a-z_]',[ \t\r\n]{0,8}'[a-z_]',[ \t\r\n]{0,8}'[a-z_]'/ ascii
        $ca2 = /"[a-z_]",[ \t\r\n]{0,8}"[a-z_]",[ \t\r\n]{0,8}"[a-z_]",[ \t\r\n]{0,8}"[a-z_]",[ \t\r\n]{0,8}"[a-z_]"/ ascii
        $cf = /(call_user_func(_array)?|array_map|array_filter|array_walk|usort|uasort|uksort|register_shutdown_function)[ \t]{0,3}\([ \t]{0,3}[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,2}\([ \t]{0,2}["'][A-Za-z]{3,20}["'][ \t]{0,2}\)/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 1MB and PHP_Request_Input and
        ($cb or ($as and (PHP_Dynamic_Call or $cbany)) or ($q and $cbany and filesize < 5KB) or ($cf and filesize < 5KB) or $cc or
         (1 of ($ca*) and ($cbany or PHP_Dynamic_Call) and filesize < 5KB))
}

rule PHP_Obfuscated_Function_Call_Request : webshell php obfuscation
{
    meta:
        severity = "critical"
        description = "PHP building the name of an execution function (rot13, reversed, base64, hex, chr() or split strings) and calling it dynamically on request data"
        family = "PHP-ObfuscatedCallShell"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        PHP_Code_Fragment and filesize < 512KB and PHP_Obfuscated_Dangerous_Name and PHP_Dynamic_Call and PHP_Request_Input
}

rule PHP_Obfuscated_Function_Call : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP building the name of an execution or decoding function from obfuscated pieces and calling it through a variable"
        family = "PHP-ObfuscatedCall"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        PHP_Code_Fragment and filesize < 512KB and PHP_Obfuscated_Dangerous_Name and PHP_Dynamic_Call and not PHP_Request_Input
}

rule PHP_Request_Dynamic_Function : webshell php
{
    meta:
        severity = "high"
        description = "PHP calling a function held in a variable or array element directly on request data ($f($_POST['x']))"
        family = "PHP-VarFuncShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        /* $_SERVER only where the client writes it: headers, query, path (not DOCUMENT_ROOT) */
        $v1 = /[=;{}(\s@]\$[A-Za-z_][A-Za-z0-9_]{0,40}(\[[^\]\n]{1,30}\])?[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?(\$_(POST|GET|REQUEST|COOKIE)[ \t]{0,2}\[|\$_SERVER[ \t]{0,2}\[[ \t]{0,2}["'](HTTP_|QUERY_STRING|REQUEST_URI|PATH_INFO|PHP_AUTH|ARGV)|\$\{)/ ascii
        $v2 = /\)[ \t]{0,2}\)[ \t]{0,2}\([ \t]{0,3}(@[ \t]{0,2})?\$_(POST|GET|REQUEST|COOKIE)[ \t]{0,2}\[/ ascii
        $v3 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\(([a-z_0-9]{2,20}\(){1,4}\$_(POST|GET|REQUEST|COOKIE)/ ascii
        $v4 = /[a-z]["'][ \t]{0,2}\([ \t]{0,2}(@[ \t]{0,2})?\$_(GET|POST|REQUEST|COOKIE)[ \t]{0,2}\[/ ascii
        $w1 = /=[ \t]{0,3}(@[ \t]{0,2})?\$_(POST|GET|REQUEST|COOKIE)[ \t]{0,3};/ ascii
        $w2 = /extract[ \t]{0,3}\([ \t]{0,3}\$_(POST|GET|REQUEST|COOKIE)/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 512KB and not PHP_Variable_Function_Request and (any of ($v*) or (any of ($w*) and PHP_Dynamic_Call and filesize < 3KB))
}


rule PHP_Eval_Decoded_Payload : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP evaluating the output of a decoder (eval(base64_decode(...)), eval(gzinflate(...)), eval(str_rot13(...)))"
        family = "PHP-EncodedEval"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e = /(eval|assert)[ \t]{0,8}\([ \t]{0,8}(@[ \t]{0,2})?(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin|rawurldecode|urldecode|pack)[ \t]{0,8}\(/ ascii nocase
        $w = /(eval|assert)[ \t]{0,8}\([ \t]{0,8}(@[ \t]{0,2})?(htmlspecialchars_decode|stripslashes|trim|gzinflate|gzuncompress|base64_decode|str_rot13|strrev)[ \t]{0,4}\([ \t]{0,4}(htmlspecialchars_decode|stripslashes|trim|gzinflate|gzuncompress|base64_decode|str_rot13|strrev)[ \t]{0,4}\(/ ascii nocase
        $q = /(eval|assert)[ \t]{0,3}\([ \t]{0,3}["']\?>["'][ \t]{0,3}\.[ \t]{0,3}(@[ \t]{0,2})?(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|hex2bin)[ \t]{0,3}\(/ ascii nocase
        $cf = /create_function[ \t]{0,3}\([^,;]{0,30},[ \t]{0,3}(@[ \t]{0,2})?(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|hex2bin)[ \t]{0,3}\(/ ascii nocase
        $nn = /eval[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?eval[ \t]{0,3}\(/ ascii nocase
        $el = /(eval|assert)[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,3}\([ \t\r\n]{0,3}["'][A-Za-z0-9+\/=]{60}/ ascii nocase
        $g = /eval[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?\$[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,3}\([ \t\r\n]{0,3}(\$|["'][A-Za-z0-9+\/=]{20})/ ascii nocase
        $f = /return[ \t]{0,3}(@[ \t]{0,2})?eval[ \t]{0,3}\([ \t]{0,3}\$[A-Za-z0-9_]{1,40}[ \t]{0,3}\)[ \t]{0,3};[ \t\r\n]{0,4}\}/ ascii nocase
        $fd = /return[ \t]{0,3}(@[ \t]{0,2})?(gzinflate|gzuncompress|str_rot13|strrev|gzdecode)[ \t]{0,3}\([ \t]{0,3}\$[A-Za-z0-9_]{1,40}[ \t]{0,3}(,[ \t]{0,3}[0-9]{1,2}[ \t]{0,3})?\)[ \t]{0,3};[ \t\r\n]{0,4}\}/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 5MB and (any of ($e, $w, $g, $q, $cf, $nn, $el) or ($f and $fd)) and not PHP_Encoded_Eval_Chain
}

rule PHP_Inline_Encoded_Blob_Decode : php obfuscation
{
    meta:
        severity = "medium"
        description = "PHP decompressing an inline base64 or rot13 literal (gzinflate(base64_decode('...'))) - packed code typical of malware droppers"
        family = "PHP-PackedCode"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $d = /(gzinflate|gzuncompress|gzdecode)[ \t]{0,4}\([ \t]{0,4}(base64_decode|str_rot13|strrev)[ \t]{0,4}\([ \t]{0,4}(base64_decode|str_rot13|strrev|["'])/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 5MB and $d and not PHP_Encoded_Eval_Chain and not PHP_Eval_Decoded_Payload
}

rule PHP_Base64_Encoded_Webshell_Code : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP holding base64 text that encodes web-shell code (eval, request input, command execution, uploads, file writes) and a decoder"
        family = "PHP-EncodedPayload"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        PHP_Code_Fragment and filesize < 5MB and PHP_Base64_Hostile_Code and (PHP_Decoder or PHP_Obfuscated_Dangerous_Name or PHP_Dynamic_Call)
}

rule PHP_Hex_Escaped_Function_Names : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP spelling execution or decoding function names with \\x/octal escapes or chr() and calling them"
        family = "PHP-EscapedNames"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $x1 = "\\x62\\x61\\x73\\x65\\x36\\x34" ascii nocase
        $x2 = "\\x65\\x76\\x61\\x6c" ascii nocase
        $x3 = "\\x67\\x7a\\x69\\x6e\\x66\\x6c" ascii nocase
        $x4 = "\\x61\\x73\\x73\\x65\\x72\\x74" ascii nocase
        $x5 = "\\x73\\x79\\x73\\x74\\x65\\x6d" ascii nocase
        $x6 = "\\x63\\x72\\x65\\x61\\x74\\x65\\x5f" ascii nocase
        $x7 = "\\x73\\x74\\x72\\x5f\\x72\\x6f\\x74" ascii nocase
        $o1 = "\\142\\141\\163\\145\\66\\64" ascii
        $o2 = "\\145\\166\\141\\154" ascii
        $o3 = "\\147\\172\\151\\156\\146\\154" ascii
        $o4 = "\\141\\163\\163\\145\\162\\164" ascii
    condition:
        PHP_Code_Fragment and filesize < 5MB and any of them and (PHP_Dynamic_Call or PHP_Exec_Sink or #x1 + #x2 + #x3 + #o1 + #o2 + #o3 > 1)
}

rule PHP_String_Spaghetti_Obfuscation : php obfuscation
{
    meta:
        severity = "high"
        description = "PHP assembling code from dozens of single characters (array-index, chr() or one-letter concatenations, goto labyrinths) and running it dynamically"
        family = "PHP-StringSpaghetti"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $ix1 = /\[[0-9]{1,3}\]\.\$[A-Za-z_][A-Za-z0-9_]{0,30}\[[0-9]{1,3}\]/ ascii
        $ix2 = /\[[0-9]{1,3}\] \. \$[A-Za-z_][A-Za-z0-9_]{0,30}\[[0-9]{1,3}\]/ ascii
        $ch = /chr[ \t]{0,2}\([ \t]{0,2}(3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6])[ \t]{0,2}\)[ \t]{0,2}\.[ \t]{0,2}chr[ \t]{0,2}\([ \t]{0,2}(3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6])[ \t]{0,2}\)/ ascii nocase
        $q1 = "\".\"" ascii
        $q2 = "'.'" ascii
        $g = /goto[ \t]{1,4}[A-Za-z_][A-Za-z0-9_]{0,20};/ ascii
        $inc = "++$_" ascii
        $ev = /(^|[^A-Za-z0-9_>:$])eval[ \t]{0,3}\(/ ascii nocase
        $xo = /["'][ \t]{0,2}\^[ \t]{0,2}["']\\x[0-9a-fA-F]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 1MB and
        ((#ix1 + #ix2 > 10 or #ch > 15 or #q1 + #q2 > 40 or #xo > 0 or #inc > 8) and (PHP_Dynamic_Call or PHP_Exec_Sink or PHP_Decoder) or
         (#g > 40 and (PHP_Obfuscated_Dangerous_Name or PHP_Base64_Hostile_Code or ($ev and PHP_Decoder))))
}

rule PHP_Include_Request_Or_Stream : webshell php
{
    meta:
        severity = "critical"
        description = "PHP including request data, the raw request body (php://input) or a data: stream - remote code inclusion backdoor"
        family = "PHP-IncludeShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $i2 = /(include|require)(_once)?[ \t]{0,4}\(?[ \t]{0,4}["']php:\/\/input/ ascii nocase
        $i3 = /(include|require)(_once)?[ \t]{0,4}\(?[ \t]{0,4}["'](data:\/\/|data:text|php:\/\/filter)[^"'\n]{0,40}base64/ ascii nocase
        $i4 = /(include|require)(_once)?[ \t]{0,4}\(?[ \t]{0,4}["'](data:\/\/|data:text)[^\n;]{0,80}\$_(GET|POST|REQUEST|COOKIE)/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 1MB and any of them
}

rule PHP_Include_Request_Data : webshell php
{
    meta:
        severity = "high"
        description = "PHP including a file named directly by request data (remote/local file inclusion backdoor)"
        family = "PHP-IncludeShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $i1 = /(include|require)(_once)?[ \t]{0,4}\(?[ \t]{0,4}(@[ \t]{0,2})?\$_(GET|POST|REQUEST|COOKIE)[ \t]{0,2}\[/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 100KB and $i1
}

rule PHP_Backtick_Request_Exec : webshell php
{
    meta:
        severity = "critical"
        description = "PHP backtick (shell) operator applied to request data"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $b = /(^|[;{}=(\n]|<\?php)[ \t\r\n]{0,8}`[ \t]{0,4}\$_(GET|POST|REQUEST|COOKIE)[ \t]{0,2}\[[^\]\n`]{1,40}\][ \t]{0,4}`/ ascii
    condition:
        PHP_Code_Fragment and filesize < 1MB and $b
}

rule PHP_Command_Exec_Variable_Small : webshell php
{
    meta:
        severity = "high"
        description = "Small PHP file reading request data and running shell commands with output capture (system/passthru/shell_exec/popen/proc_open of a variable)"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $x = /(^|[^A-Za-z0-9_>:$])(system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?\$[A-Za-z_]/ ascii nocase
        $o1 = "2>&1" ascii
        $o2 = "ob_start" ascii
        $o3 = "is_callable" ascii
        $o4 = "function_exists" ascii
        $o5 = "<pre>" ascii nocase
        $o6 = "<textarea" ascii nocase
        $o7 = "htmlspecialchars" ascii
    condition:
        PHP_Code_Fragment and filesize < 15KB and $x and PHP_Request_Input and 1 of ($o*) and
        not PHP_Request_Command_Exec and not PHP_Request_Command_Exec_Indirect
}

rule PHP_Shell_Function_Fallback_Chain : webshell php
{
    meta:
        severity = "high"
        description = "PHP trying several command-execution functions in turn (system, passthru, shell_exec, exec, popen, proc_open) - web-shell command helper"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $f1 = /(is_callable|function_exists)[ \t]{0,3}\([ \t]{0,3}["']system["']/ ascii nocase
        $f2 = /(is_callable|function_exists)[ \t]{0,3}\([ \t]{0,3}["']passthru["']/ ascii nocase
        $f3 = /(is_callable|function_exists)[ \t]{0,3}\([ \t]{0,3}["']shell_exec["']/ ascii nocase
        $f4 = /(is_callable|function_exists)[ \t]{0,3}\([ \t]{0,3}["']exec["']/ ascii nocase
        $f5 = /(is_callable|function_exists)[ \t]{0,3}\([ \t]{0,3}["']popen["']/ ascii nocase
        $f6 = /(is_callable|function_exists)[ \t]{0,3}\([ \t]{0,3}["']proc_open["']/ ascii nocase
        $c1 = /passthru[ \t]{0,3}\(/ ascii nocase
        $c2 = /shell_exec[ \t]{0,3}\(/ ascii nocase
        $c3 = /system[ \t]{0,3}\(/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 2MB and 3 of ($f*) and 2 of ($c*)
}


rule PHP_File_Manager_Webshell : webshell php
{
    meta:
        severity = "high"
        description = "PHP file manager with directory browsing, upload, edit, delete/rename/chmod and server reconnaissance in one file - web-shell file manager"
        family = "PHP-FileManagerShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $l1 = /scandir[ \t]{0,3}\(/ ascii nocase
        $l2 = /opendir[ \t]{0,3}\(/ ascii nocase
        $l3 = /readdir[ \t]{0,3}\(/ ascii nocase
        $l4 = /glob[ \t]{0,3}\(/ ascii nocase
        $u1 = /move_uploaded_file[ \t]{0,3}\(/ ascii nocase
        $u2 = /copy[ \t]{0,3}\([ \t]{0,3}\$_FILES/ ascii nocase
        $w1 = /file_put_contents[ \t]{0,3}\(/ ascii nocase
        $w2 = /fwrite[ \t]{0,3}\(/ ascii nocase
        $w3 = /fputs[ \t]{0,3}\(/ ascii nocase
        $d1 = /unlink[ \t]{0,3}\(/ ascii nocase
        $d2 = /rmdir[ \t]{0,3}\(/ ascii nocase
        $d3 = /rename[ \t]{0,3}\(/ ascii nocase
        $d4 = /chmod[ \t]{0,3}\(/ ascii nocase
        $d5 = /touch[ \t]{0,3}\(/ ascii nocase
        $i1 = "php_uname" ascii nocase
        $i2 = "disk_free_space" ascii nocase
        $i3 = "posix_getpwuid" ascii nocase
        $i4 = "disable_functions" ascii nocase
        $i5 = "safe_mode" ascii nocase
        $i6 = "get_current_user" ascii nocase
        $i7 = /fileperms[ \t]{0,3}\(/ ascii nocase
        $i8 = "getmyuid" ascii nocase
        $i9 = "SERVER_SOFTWARE" ascii
        $i10 = "posix_getgrgid" ascii nocase
        $i11 = "uname -a" ascii
        $i12 = "phpversion()" ascii nocase
        $i13 = "open_basedir" ascii nocase
        $e1 = /shell_exec[ \t]{0,3}\(/ ascii nocase
        $e2 = /passthru[ \t]{0,3}\(/ ascii nocase
        $e3 = /proc_open[ \t]{0,3}\(/ ascii nocase
        $e4 = /popen[ \t]{0,3}\(/ ascii nocase
        $e5 = /system[ \t]{0,3}\(/ ascii nocase
        $e6 = /exec[ \t]{0,3}\(/ ascii nocase
        $wp = "ABSPATH" ascii
        $ns = /^namespace[ \t]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 2MB and PHP_Request_Input and
        1 of ($l*) and 1 of ($u*) and 1 of ($w*) and 2 of ($d*) and
        (3 of ($i*) or (1 of ($i*) and 2 of ($e*))) and not $wp and not $ns
}

rule PHP_Mass_Mailer : php mailer
{
    meta:
        severity = "high"
        description = "PHP mailer sending request-supplied messages to a posted list of recipients (spam/phishing mailer)"
        family = "PHP-Mailer"
        reference = "https://attack.mitre.org/techniques/T1566/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $m = /(^|[^A-Za-z0-9_>:$])(mail|imap_mail|mb_send_mail)[ \t]{0,3}\(/ ascii nocase
        $b = /base64_decode[ \t]{0,3}\([ \t]{0,3}\$_(POST|GET|REQUEST|COOKIE)/ ascii nocase
        $x = /explode[ \t]{0,3}\([ \t]{0,3}["'](\\n|\\r\\n)["'][ \t]{0,3},/ ascii nocase
        $l1 = "foreach" ascii
        $l2 = /for[ \t]{0,2}\(/ ascii
        $l3 = "while" ascii
        $h1 = "MIME-Version" ascii nocase
        $h2 = "Content-Type: text/html" ascii nocase
        $h3 = "X-Mailer" ascii nocase
        $h4 = "Reply-To" ascii nocase
        $h5 = "From:" ascii nocase
        $fp = /foreach[ \t]{0,3}\([ \t]{0,3}\$_(POST|GET|REQUEST|COOKIE)[ \t]{1,3}as/ ascii nocase
        $b2 = /base64_decode[ \t]{0,3}\(/ ascii nocase
        $hx = /ini_set[ \t]{0,3}\([ \t]{0,3}["']mail\.add_x_header["']/ ascii nocase
        $sv = /\$_SERVER[ \t]{0,2}\[[ \t]{0,2}["'](REMOTE_ADDR|HTTP_REFERER|SCRIPT_FILENAME)["'][ \t]{0,2}\][ \t]{0,2}=[ \t]{0,2}["']/ ascii
        $fw = /(namespace|class)[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 200KB and $m and (PHP_Request_Input or $hx or $sv) and not $fw and
        ((#b >= 2 and filesize < 10KB) or ($x and 1 of ($l*) and 1 of ($h*) and filesize < 60KB) or
         ($fp and $b2 and filesize < 10KB) or ($hx and filesize < 20KB) or ($sv and filesize < 20KB))
}

rule PHP_Dropper_Writes_Decoded_Code : php dropper
{
    meta:
        severity = "high"
        description = "PHP writing decoded (base64/gzinflate) content into a file, with PHP or .htaccess payload markers - malware dropper"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $w1 = /(file_put_contents|fwrite|fputs)[ \t]{0,3}\([^;]{0,120}(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin)[ \t]{0,3}\(/ ascii nocase
        $w2 = /(file_put_contents|fwrite|fputs)[ \t]{0,3}\([^;]{0,120}\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,3}\)/ ascii nocase
        $p1 = "PD9waHA" ascii
        $p2 = ".htaccess" ascii nocase
        $p3 = /["'][^"'\n]{0,60}\.php["']/ ascii nocase
        $p4 = "DOCUMENT_ROOT" ascii
        $p5 = /["'][^"'\n]{0,60}\.(html?|js|phtml|php[0-9s]?)["']/ ascii nocase
        $zip = "\"UEsDB" ascii
        $dec = /base64_decode[ \t]{0,3}\([ \t]{0,3}["'$]/ ascii nocase
        $fw = /(namespace|class)[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 1MB and not $fw and
        (($w1 and 1 of ($p*)) or (($p1 or $zip) and $w2 and $dec))
}

rule PHP_Remote_Payload_Dropper : php dropper
{
    meta:
        severity = "high"
        description = "PHP downloading remote content straight into a .php file or into the web root - malware dropper"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $a = /(file_put_contents|fwrite|fputs)[ \t]{0,3}\([^;]{0,160}(file_get_contents|curl_exec)[ \t]{0,3}\([ \t]{0,3}["']?(https?:|ftp:|\$)/ ascii nocase
        $b = /copy[ \t]{0,3}\([ \t]{0,3}["']https?:\/\/[^"'\n]{4,200}["'][ \t]{0,3},[^;]{0,100}\.php/ ascii nocase
        $c = /(wget|curl)[ \t][^;\n]{0,120}(\|[ \t]{0,2}(perl|sh|bash|php)|-O[ \t][^;\n]{0,60}\.php|;[ \t]{0,2}perl[ \t])/ ascii
        $x = /(^|[^A-Za-z0-9_>:$])(system|exec|shell_exec|passthru|popen)[ \t]{0,3}\(/ ascii nocase
        $fw = /(namespace|class)[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 500KB and not $fw and ($a or $b or ($c and $x))
}

rule PHP_Timestomp_Self_Delete : php anti_forensics
{
    meta:
        severity = "medium"
        description = "PHP back-dating a file's modification time (touch with a past time) and deleting itself - dropper clean-up"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1070/006/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $t1 = /touch[ \t]{0,3}\([^;]{0,80}(time[ \t]{0,2}\(\)[ \t]{0,2}-|mktime[ \t]{0,2}\(|filemtime[ \t]{0,2}\(|strtotime)/ ascii nocase
        $t2 = /touch[ \t]{0,2}\([ \t]{0,2}__FILE__[ \t]{0,2},/ ascii
        $fw1 = /file_put_contents[ \t]{0,3}\(/ ascii
        $fw2 = /fwrite[ \t]{0,3}\(/ ascii
        $fw3 = /move_uploaded_file[ \t]{0,3}\(/ ascii
        $u = /unlink[ \t]{0,3}\([ \t]{0,3}(__FILE__|\$_SERVER\[["']SCRIPT_FILENAME)/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 100KB and
        (($t1 and ($u or PHP_Base64_Hostile_Code or PHP_Obfuscated_Dangerous_Name)) or
         ($t2 and PHP_Request_Input and 1 of ($fw*) and filesize < 20KB))
}

rule PHP_SEO_Cloaking_Spam : php seo_spam
{
    meta:
        severity = "high"
        description = "PHP serving different content to search-engine crawlers (user-agent/referer checks for Googlebot etc.) fetched from a remote server - SEO spam injector"
        family = "PHP-SEOSpam"
        reference = "https://attack.mitre.org/techniques/T1565/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $ua = "HTTP_USER_AGENT" ascii
        $ref = "HTTP_REFERER" ascii
        $b1 = "googlebot" ascii nocase
        $b2 = "bingbot" ascii nocase
        $b3 = "baiduspider" ascii nocase
        $b4 = "yandex" ascii nocase
        $b5 = "slurp" ascii nocase
        $b6 = /google\|/ ascii nocase
        $r1 = /file_get_contents[ \t]{0,3}\([ \t]{0,3}["']https?:/ ascii nocase
        $r2 = "curl_exec" ascii nocase
        $r3 = /fsockopen|stream_context_create|fopen[ \t]{0,3}\([ \t]{0,3}["']https?:/ ascii nocase
        $r4 = /file_get_contents[ \t]{0,3}\([ \t]{0,3}\$/ ascii nocase
        $mbot = /(preg_match|stripos|strpos|stristr|strstr|eregi|in_array)[ \t]{0,2}\([^;]{0,120}(googlebot|bingbot|baiduspider|yandexbot|msnbot|slurp|google\|)/ ascii nocase
        $o1 = /header[ \t]{0,3}\([ \t]{0,3}["']Location/ ascii nocase
        $o2 = /(echo|print)[ \t(]{1,3}\$/ ascii
        $o3 = "<script" ascii nocase
        $o4 = "HTTP_HOST" ascii
        $fw = /^namespace[ \t]/ ascii
        $cls = /class[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 300KB and not $fw and #cls < 2 and $ua and ($mbot or 3 of ($b*)) and 2 of ($b*) and 1 of ($r*) and ($ref or 2 of ($o*)) and
        (1 of ($r1, $r2, $r3) or filesize < 20KB)
}

rule PHP_Reverse_Bind_Shell : webshell php
{
    meta:
        severity = "high"
        description = "PHP opening a network socket and wiring it to a system shell (back-connect or bind shell)"
        family = "PHP-ReverseShell"
        reference = "https://attack.mitre.org/techniques/T1059/004/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s1 = /fsockopen[ \t]{0,3}\(/ ascii nocase
        $s2 = /socket_create[ \t]{0,3}\(/ ascii nocase
        $s3 = /stream_socket_client[ \t]{0,3}\(/ ascii nocase
        $s4 = /stream_socket_server[ \t]{0,3}\(/ ascii nocase
        $s5 = /socket_bind[ \t]{0,3}\(/ ascii nocase
        $sh1 = "/bin/sh" ascii
        $sh2 = "/bin/bash" ascii
        $sh3 = "cmd.exe" ascii nocase
        $e1 = /proc_open[ \t]{0,3}\(/ ascii nocase
        $e2 = /shell_exec[ \t]{0,3}\(/ ascii nocase
        $e3 = /passthru[ \t]{0,3}\(/ ascii nocase
        $e4 = /popen[ \t]{0,3}\(/ ascii nocase
        $e5 = /system[ \t]{0,3}\(/ ascii nocase
        $e6 = /[^A-Za-z0-9_>:$]exec[ \t]{0,2}\(/ ascii nocase
        $p1 = "#!/usr/bin/perl" ascii
        $p2 = "IyEvdXNyL2Jpbi9wZXJs" ascii
        $p3 = "use Socket" ascii
        $p4 = "dup2" ascii
        $p5 = "/bin/sh -i" ascii
        $p6 = "uname -a" ascii
    condition:
        PHP_Code_Fragment and PHP_Head_Context and filesize < 2MB and 1 of ($s*) and
        1 of ($sh*) and (1 of ($e*)) and (1 of ($p*) or PHP_Request_Input)
}

rule PHP_Socket_Tunnel : webshell php tunnel
{
    meta:
        severity = "high"
        description = "PHP HTTP-to-TCP tunnel: opens sockets to a host/port chosen by the request and relays the request body (reGeorg, Tunna, suo5, pystinger style)"
        family = "PHP-Tunnel"
        reference = "https://attack.mitre.org/techniques/T1090/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s1 = /fsockopen[ \t]{0,3}\(/ ascii nocase
        $s2 = /socket_create[ \t]{0,3}\(/ ascii nocase
        $s3 = /stream_socket_client[ \t]{0,3}\(/ ascii nocase
        $s4 = /socket_connect[ \t]{0,3}\(/ ascii nocase
        $in1 = "php://input" ascii nocase
        $in2 = "HTTP_RAW_POST_DATA" ascii
        $in3 = "getallheaders" ascii nocase
        $in4 = /\$_SERVER[ \t]{0,2}\[[ \t]{0,2}["']HTTP_X/ ascii
        $k1 = "CONNECT" ascii
        $k2 = "DISCONNECT" ascii
        $k3 = "FORWARD" ascii
        $k4 = "ignore_user_abort" ascii nocase
        $k5 = "set_time_limit(0)" ascii nocase
        $k6 = "session_write_close" ascii nocase
        $k7 = "stream_set_blocking" ascii nocase
        $k8 = "socket_set_nonblock" ascii nocase
        $k9 = "allow_url_include" ascii nocase
        $k10 = "X-STATUS" ascii nocase
        $k11 = "X-CMD" ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 1MB and 1 of ($s*) and 1 of ($in*) and 3 of ($k*)
}

rule PHP_WordPress_Auth_Backdoor : webshell php wordpress
{
    meta:
        severity = "critical"
        description = "PHP logging a visitor in as a WordPress user or creating an administrator on request (wp_set_auth_cookie / wp_insert_user driven by request data)"
        family = "WP-Backdoor"
        reference = "https://attack.mitre.org/techniques/T1136/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $a1 = "wp_set_auth_cookie" ascii
        $a2 = "wp_set_current_user" ascii
        $c1 = /wp_(insert|create)_user[ \t]{0,3}\(/ ascii
        $adm = "administrator" ascii
        $u1 = "get_users" ascii
        $u2 = "get_user_by" ascii
        $u3 = "WP_User_Query" ascii
        $u4 = "get_super_admins" ascii
        $hide = "pre_user_query" ascii
        $req = /\$_(GET|POST|REQUEST|COOKIE)[ \t]{0,2}\[/ ascii
        $core1 = "@package WordPress" ascii
        $core2 = "function wp_signon" ascii
        $core3 = "function wp_set_auth_cookie" ascii
    condition:
        PHP_Code_Fragment and filesize < 200KB and $req and not any of ($core*) and
        ((1 of ($a*) and 1 of ($u*) and (PHP_Obfuscated_Dangerous_Name or filesize < 30KB)) or ($c1 and $adm and ($hide or filesize < 20KB)))
}

rule PHP_Encrypted_Body_Eval : webshell php
{
    meta:
        severity = "critical"
        description = "PHP decrypting the request body or session (openssl_decrypt/XOR with a fixed key) and evaluating the result - Behinder/Godzilla style"
        family = "PHP-EncryptedShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $in1 = "php://input" ascii nocase
        $in2 = /\$_SESSION[ \t]{0,2}\[/ ascii
        $in3 = /\$_(POST|REQUEST|COOKIE)[ \t]{0,2}\[/ ascii
        $d1 = "openssl_decrypt" ascii nocase
        $d2 = /\^\$[A-Za-z_][A-Za-z0-9_]{0,20}\[/ ascii
        $d4 = /\^ \$[A-Za-z_][A-Za-z0-9_]{0,20}\[/ ascii
        $d3 = "mcrypt_decrypt" ascii nocase
        $e1 = /(^|[^A-Za-z0-9_>:$])(eval|assert)[ \t]{0,3}\(/ ascii nocase
        $e2 = "create_function" ascii nocase
        $k = /key[ \t]{0,2}=[ \t]{0,2}["'][0-9a-f]{16}["']/ ascii
        $x1 = /\^\$[A-Za-z_][A-Za-z0-9_]{0,20};/ ascii
        $x2 = /\^ \$[A-Za-z_][A-Za-z0-9_]{0,20};/ ascii
        $ef = /(^|[^A-Za-z0-9_>:$])(eval|assert)[ \t]{0,3}\([ \t]{0,3}[A-Za-z_][A-Za-z0-9_]{1,30}[ \t]{0,2}\(/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 50KB and 1 of ($d*) and
        ((1 of ($in*) and (1 of ($e1, $e2) or PHP_Dynamic_Call) and ($k or $in1)) or ($ef and filesize < 10KB))
        or (PHP_Code_Fragment and filesize < 50KB and $in2 and $k and $e1 and 1 of ($x*) and PHP_Request_Input)
}


rule PHP_Variable_Create_Function : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP calling a variable with an empty first argument ($f('', $code)) - create_function hidden behind a variable"
        family = "PHP-CreateFunctionShell"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\(''[ \t]{0,2},/ ascii
        $c2 = /\$[A-Za-z_][A-Za-z0-9_]{0,40}\(""[ \t]{0,2},/ ascii
    condition:
        PHP_Code_Fragment and filesize < 1MB and any of them and
        (PHP_Request_Input or PHP_Obfuscated_Dangerous_Name or PHP_Decoder or PHP_Base64_Hostile_Code)
}

rule PHP_ChinaChopper_Protocol : webshell php
{
    meta:
        severity = "critical"
        description = "PHP answering with the China Chopper framing markers (->| ... |<-) around request-driven file or command operations"
        family = "ChinaChopper"
        reference = "https://attack.mitre.org/software/S0020/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $a = /echo[ \t]{0,2}\(?[ \t]{0,2}["']->\|["']/ ascii
        $b = /echo[ \t]{0,2}\(?[ \t]{0,2}["']\|<-["']/ ascii
    condition:
        PHP_Code_Fragment and filesize < 200KB and $a and $b and PHP_Request_Input
}

rule PHP_Preg_Replace_E_Obfuscated : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP preg_replace with the /e (evaluate) modifier combined with request data, decoders or hidden function names"
        family = "PHP-PregEval"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p = /preg_replace[ \t]{0,4}\([ \t]{0,4}(["']|\xe2\x80\x9c)[^"'\n]{1,100}[\/~#!|@%][a-df-zA-Z]{0,4}e[a-zA-Z]{0,4}(["']|\xe2\x80\x9d)[ \t]{0,4},/ ascii
    condition:
        PHP_Code_Fragment and filesize < 200KB and $p and not PHP_Preg_Replace_E_Request and
        (PHP_Request_Input or PHP_Decoder or PHP_Obfuscated_Dangerous_Name)
}

rule PHP_Exec_Escaped_Command : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "PHP running a shell command whose text is hidden with \\x/octal escapes"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e = /(^|[^A-Za-z0-9_>:$])(system|exec|shell_exec|passthru|popen|proc_open)[ \t]{0,2}\([ \t]{0,2}"[^"\n]{0,20}\\(x[0-9a-fA-F]{2}|[0-7]{3})[^"\n]{0,20}\\(x[0-9a-fA-F]{2}|[0-7]{3})/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 2MB and $e
}

rule PHP_Remote_Script_Download_Exec : webshell php dropper
{
    meta:
        severity = "high"
        description = "PHP running shell commands that download a script from the internet and execute it (wget/curl/GET ... | perl/sh)"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $x = /(^|[^A-Za-z0-9_>:$])(system|exec|shell_exec|passthru|popen)[ \t]{0,2}\([ \t]{0,2}["'][^"'\n]{0,40}(wget|curl|lwp-download|fetch|GET)[ \t][^\n]{0,200}(perl|python|sh|bash|chmod)[ \t]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 500KB and $x and not PHP_Remote_Payload_Dropper
}

rule PHP_Paste_Site_Dropper : php dropper
{
    meta:
        severity = "high"
        description = "PHP fetching code from a paste site's raw view and writing it to a .php file or running it - how droppers pull the next stage (the paste can be changed after the drop)"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $u = /https?:\/\/(www\.)?(pastebin\.(com|pl)\/(raw|view\/raw)|paste\.ee\/r\/|hastebin\.(com|skyra\.pw)\/raw\/|rentry\.(co|org)\/[A-Za-z0-9_-]{1,40}\/raw|ghostbin\.[a-z]{2,4}\/|paste\.rs\/|dpaste\.(com|org)\/[A-Za-z0-9]{2,20}(\.txt|\/raw)|controlc\.com\/|termbin\.com\/)/ ascii nocase
        $w = /(file_put_contents|fwrite|fputs|copy)[ \t]{0,3}\(/ ascii nocase
        $p = /\.(php[0-9]?|phtml|phar)["']/ ascii nocase
        $e1 = /(eval|assert)[ \t]{0,3}\([^;\n]{0,80}(file_get_contents|curl_exec|stream_get_contents|fread)[ \t]{0,3}\(/ ascii nocase
        $e2 = /(include|require)(_once)?[ \t(]{0,3}["']https?:\/\// ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 200KB and $u and (($w and $p) or $e1 or $e2)
}

rule PHP_Remote_CGI_Installer : webshell php dropper
{
    meta:
        severity = "high"
        description = "PHP downloading files from the internet and saving them as Perl/CGI scripts (usually with an .htaccess that switches CGI on) - installs a second shell in another language; applications write their .htaccess, not .pl or .cgi files"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $get = /(file_get_contents|fopen|curl_init|copy)[ \t]{0,3}\([ \t]{0,3}(["']https?:\/\/|\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,3}[,)])/ ascii nocase
        $url = /["']https?:\/\/[^"'\s]{4,200}["']/ ascii
        $w1 = /(fopen|file_put_contents|copy)[ \t]{0,3}\([^;\n]{0,100}\.(pl|cgi)["'][ \t]{0,3}[,)]/ ascii nocase
        $fw = /(namespace|class)[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 30KB and $get and $url and $w1 and not $fw
}

rule PHP_Recon_Command_Exec : webshell php
{
    meta:
        severity = "medium"
        description = "PHP running a fixed command that asks which account it runs as or reads the account list (id, whoami, cat /etc/passwd) through a shell function - how a planted file or a code-execution hole is tested; applications use posix_getpwuid for that (system-information pages run uname -a or ps, so those are not counted)"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1033/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $r = /(^|[^A-Za-z0-9_>:$])(system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)[ \t]{0,3}\([ \t]{0,3}["'](id|whoami|cat \/etc\/(passwd|shadow))["']/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 100KB and $r
}

rule PHP_HTTP_Relay_Tunnel : webshell php tunnel
{
    meta:
        severity = "high"
        description = "PHP that answers a GET with a fixed word (the client's liveness probe) and forwards the raw POST body to a server named in the request, printing the reply: an HTTP relay tunnel (pystinger style) into the internal network"
        family = "PHP-Tunnel"
        reference = "https://attack.mitre.org/techniques/T1090/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $g = /\$_SERVER\[["']REQUEST_METHOD["']\][ \t]{0,3}[=!]={1,2}[ \t]{0,3}["']GET["'][ \t]{0,3}\)[ \t\r\n]{0,10}\{?[ \t\r\n]{0,20}(exit|die|echo|print)[ \t]{0,3}\(?[ \t]{0,3}["'][^"'\n]{1,40}["']/ ascii nocase
        $in = "php://input" ascii nocase
        $o1 = /curl_setopt[ \t]{0,3}\([^;]{0,60}CURLOPT_URL[ \t]{0,3},[ \t]{0,3}\$/ ascii
        $o2 = /fsockopen[ \t]{0,3}\([ \t]{0,3}\$/ ascii
        $o3 = /file_get_contents[ \t]{0,3}\([ \t]{0,3}\$[A-Za-z_]{1,30}[ \t]{0,3},[ \t]{0,3}(false|0)[ \t]{0,3},[ \t]{0,3}\$/ ascii nocase
        $r = /\$_(POST|GET|REQUEST)\[/ ascii
    condition:
        PHP_Code_Fragment and filesize < 30KB and $g and $in and $r and any of ($o*)
}

rule PHP_Request_Named_File_Publisher : webshell php dropper
{
    meta:
        severity = "high"
        description = "Small PHP endpoint that takes a file name (or path) and the file's content from the request and writes them, behind at most a password in the request - a remote 'publish' interface used to plant pages and shells (SEO spam kits, droppers)"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $n = /\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,2}=[ \t]{0,2}(stripslashes[ \t]{0,2}\()?[ \t]{0,2}\$_(REQUEST|POST|GET)[ \t]{0,2}\[[ \t]{0,2}["'](file_?name|fname|path_?name|file_?path|path|dir|folder)["']/ ascii nocase
        $c = /\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,2}=[ \t]{0,2}(stripslashes[ \t]{0,2}\(|base64_decode[ \t]{0,2}\(|urldecode[ \t]{0,2}\()?[ \t]{0,2}\$_(REQUEST|POST|GET)[ \t]{0,2}\[[ \t]{0,2}["'](body|content|contents|data|code|html|text|source)["']/ ascii nocase
        $o1 = /fopen[ \t]{0,2}\([ \t]{0,2}\$[^;\n]{0,60},[ \t]{0,2}["'][wa]b?\+?["']/ ascii
        $o2 = /file_put_contents[ \t]{0,2}\([ \t]{0,2}\$/ ascii
        $fw1 = /(namespace|class)[ \t]{1,4}[A-Za-z_]/ ascii
        $fw2 = "wp_verify_nonce" ascii
        $fw3 = "check_admin_referer" ascii
        $fw4 = "current_user_can" ascii
        $fw5 = "session_start" ascii
    condition:
        PHP_Code_Fragment and filesize < 8KB and $n and $c and 1 of ($o*) and not any of ($fw*)
}

rule PHP_Behinder_Payload_Module : webshell php
{
    meta:
        severity = "high"
        description = "PHP payload module of an encrypted web-shell client (function main(...) driving shells, sockets or tunnels through the session; the functions called directly or by name from a string)"
        family = "Behinder"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $m = /function[ \t]{1,3}main[ \t]{0,2}\(\$/ ascii
        $s = /\$_SESSION[ \t]{0,2}\[/ ascii
        $c1 = /proc_open[ \t]{0,3}\(/ ascii nocase
        $c2 = /fsockopen[ \t]{0,3}\(/ ascii nocase
        $c3 = /socket_create[ \t]{0,3}\(/ ascii nocase
        $c4 = /stream_socket_client[ \t]{0,3}\(/ ascii nocase
        $c5 = /shell_exec[ \t]{0,3}\(/ ascii nocase
        $c6 = /["'](fsockopen|socket_create|socket_connect|stream_socket_client|proc_open|shell_exec)["']/ ascii nocase
        $k1 = "ignore_user_abort" ascii
        $k2 = "session_write_close" ascii
        $k3 = "set_time_limit(0)" ascii
        $k4 = /\$result[ \t]{0,2}\[[ \t]{0,2}["'](status|msg)["']/ ascii
    condition:
        PHP_Code_Fragment and filesize < 200KB and $m and $s and 1 of ($c*) and 2 of ($k*)
}

rule PHP_Write_Request_Code_To_File : webshell php dropper
{
    meta:
        severity = "critical"
        description = "PHP writing request data into a file together with a PHP opening tag, or saving a file fetched from a request-supplied URL"
        family = "PHP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $w1 = /(file_put_contents|fwrite|fputs)[ \t]{0,2}\([^;]{0,100}<\?php[^;]{0,40}\$_(GET|POST|REQUEST|COOKIE)/ ascii nocase
        $u1 = /=[ \t]{0,2}\$_(POST|GET|REQUEST)[ \t]{0,2}\[[ \t]{0,2}["'](url|link|src|source|remote|file_url)["']/ ascii nocase
        $u2 = /(file_get_contents|copy|curl_init)[ \t]{0,2}\([ \t]{0,2}\$_(POST|GET|REQUEST)[ \t]{0,2}\[/ ascii nocase
        $u3 = /fopen[ \t]{0,2}\([ \t]{0,2}\$_(POST|GET|REQUEST)[ \t]{0,2}\[[^\]\n]{1,30}\][ \t]{0,2},[ \t]{0,2}["']r/ ascii nocase
        $o1 = /fopen[ \t]{0,2}\([^;]{1,80},[ \t]{0,2}["'][wa]b?["']/ ascii
        $o2 = /file_put_contents[ \t]{0,3}\(/ ascii
        $o3 = /copy[ \t]{0,2}\(/ ascii
    condition:
        PHP_Code_Fragment and filesize < 20KB and ($w1 or (1 of ($u*) and 1 of ($o*) and filesize < 5KB))
}

rule PHP_Image_Polyglot_Code : webshell php
{
    meta:
        severity = "high"
        description = "File starting with an image header (GIF/JPEG/PNG magic) that carries executable PHP code - image-disguised web shell"
        family = "PHP-ImagePolyglot"
        reference = "https://attack.mitre.org/techniques/T1036/008/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $php = "<?php" ascii nocase
    condition:
        (uint32(0) == 0x38464947 or uint16(0) == 0xD8FF or uint32(0) == 0x474E5089) and filesize < 2MB and $php and
        (PHP_Exec_Sink or PHP_Dynamic_Call or PHP_Decoder or PHP_Request_Input)
}

rule PHP_UDP_Flooder : php dos
{
    meta:
        severity = "high"
        description = "PHP sending floods of UDP/TCP packets to a host and port given in the request (DoS web shell)"
        family = "PHP-Flooder"
        reference = "https://attack.mitre.org/techniques/T1498/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $u = /fsockopen[ \t]{0,2}\([ \t]{0,2}["'](udp|tcp):\/\// ascii nocase
        $l1 = /while[ \t]{0,2}\(/ ascii
        $l2 = /for[ \t]{0,2}\(/ ascii
        $w = /fwrite[ \t]{0,3}\(/ ascii
    condition:
        PHP_Code_Fragment and filesize < 100KB and $u and 1 of ($l*) and $w and PHP_Request_Input
}

rule PHP_DB_Client_Shell : webshell php
{
    meta:
        severity = "high"
        description = "PHP database client taking server credentials from the request and running file-level SQL (INTO OUTFILE/DUMPFILE, LOAD_FILE, @@basedir) - DB web shell"
        family = "PHP-DBShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = /(mysql_connect|mysqli_connect|mysqli|pg_connect|mssql_connect|sqlsrv_connect)[ \t]{0,2}\([ \t]{0,2}\$_(POST|GET|REQUEST|COOKIE)/ ascii nocase
        $c2 = /(mysql_connect|mysqli_connect|new[ \t]{1,2}mysqli|pg_connect|mssql_connect)[ \t]{0,2}\(/ ascii nocase
        $q1 = "into outfile" ascii nocase
        $q2 = "into dumpfile" ascii nocase
        $q3 = /load_file[ \t]{0,3}\(/ ascii nocase
        $q4 = "@@basedir" ascii nocase
        $q5 = "@@plugin_dir" ascii nocase
        $q6 = "xp_cmdshell" ascii nocase
        $q7 = /sys_exec[ \t]{0,3}\(/ ascii nocase
        $h = /\$_(POST|GET|REQUEST)[ \t]{0,2}\[[ \t]{0,2}["'](host|dbhost|server|db_host|sql_host)["']/ ascii nocase
        $fw = /(^|\n)[ \t]{0,4}namespace[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 500KB and not $fw and
        ($c1 or ($c2 and $h and 1 of ($q*)) or ($c2 and 2 of ($q*) and PHP_Request_Input and filesize < 50KB))
}

rule PHP_Multi_Exec_Shell : webshell php
{
    meta:
        severity = "high"
        description = "PHP reading request data and carrying four or more different command-execution functions - web-shell command runner"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e1 = /[^A-Za-z0-9_>:$]system[ \t]{0,2}\(/ ascii nocase
        $e2 = /[^A-Za-z0-9_>:$]passthru[ \t]{0,2}\(/ ascii nocase
        $e3 = /[^A-Za-z0-9_>:$]shell_exec[ \t]{0,2}\(/ ascii nocase
        $e4 = /[^A-Za-z0-9_>:$]exec[ \t]{0,2}\(/ ascii nocase
        $e5 = /[^A-Za-z0-9_>:$]popen[ \t]{0,2}\(/ ascii nocase
        $e6 = /[^A-Za-z0-9_>:$]proc_open[ \t]{0,2}\(/ ascii nocase
        $e7 = /[^A-Za-z0-9_>:$]pcntl_exec[ \t]{0,2}\(/ ascii nocase
        $fw = /(^|\n)[ \t]{0,4}namespace[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 1MB and not $fw and 4 of ($e*) and PHP_Request_Input and
        not PHP_Shell_Function_Fallback_Chain and not PHP_File_Manager_Webshell and not PHP_File_Manager_Shell
}

rule PHP_cPanel_Shadow_Tamper : webshell php
{
    meta:
        severity = "high"
        description = "PHP writing password entries into a cPanel account's etc/<domain>/shadow file (mail-account hijack for spam)"
        family = "PHP-cPanelTamper"
        reference = "https://attack.mitre.org/techniques/T1098/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c = ".cpanel" ascii
        $s = /\/etc\/[^"'\n]{0,80}shadow/ ascii
        $w1 = /fwrite[ \t]{0,3}\(/ ascii
        $w2 = /file_put_contents[ \t]{0,3}\(/ ascii
        $u = "get_current_user" ascii
    condition:
        PHP_Code_Fragment and filesize < 50KB and $s and 1 of ($w*) and ($c or $u)
}

rule PHP_Mass_Defacer : php defacer
{
    meta:
        severity = "high"
        description = "PHP walking the site's directories and overwriting index pages with attacker content (mass defacement tool)"
        family = "PHP-MassDefacer"
        reference = "https://attack.mitre.org/techniques/T1491/001/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $d1 = /scandir[ \t]{0,3}\(/ ascii
        $d2 = /opendir[ \t]{0,3}\(/ ascii
        $d3 = "RecursiveDirectoryIterator" ascii
        $d4 = /glob[ \t]{0,3}\(/ ascii
        $w1 = /file_put_contents[ \t]{0,3}\(/ ascii
        $w2 = /fwrite[ \t]{0,3}\(/ ascii
        $w3 = /copy[ \t]{0,2}\(/ ascii
        $t1 = /\$_(POST|GET|REQUEST)[ \t]{0,2}\[[ \t]{0,2}["'][a-z_]{0,20}(dir|index|deface|path)[a-z_]{0,20}["']/ ascii nocase
        $t2 = /deface|hacked[ \t]by|was[ \t]here/ ascii nocase
        $t3 = /["']\/var\/www|public_html/ ascii
        $ix = /index\.(html?|php)/ ascii nocase
        $fw = /(^|\n)[ \t]{0,4}(namespace|class)[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 15KB and not $fw and 1 of ($d*) and 1 of ($w*) and
        (($ix and 1 of ($t*)) or ($t2 and ($t1 or $t3)))
}

rule PHP_Stealth_File_Manager : webshell php
{
    meta:
        severity = "high"
        description = "Stand-alone PHP file manager that silences errors and lifts time limits while offering upload, edit, rename, chmod and delete on request-chosen paths"
        family = "PHP-FileManagerShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $l1 = /scandir[ \t]{0,3}\(/ ascii nocase
        $l2 = /opendir[ \t]{0,3}\(/ ascii nocase
        $l3 = /glob[ \t]{0,3}\(/ ascii nocase
        $u1 = /move_uploaded_file[ \t]{0,3}\(/ ascii nocase
        $u2 = /copy[ \t]{0,3}\([ \t]{0,3}\$_FILES/ ascii nocase
        $w1 = /file_put_contents[ \t]{0,3}\(/ ascii nocase
        $w2 = /fwrite[ \t]{0,3}\(/ ascii nocase
        $d1 = /unlink[ \t]{0,3}\(/ ascii nocase
        $d2 = /rmdir[ \t]{0,3}\(/ ascii nocase
        $d3 = /rename[ \t]{0,3}\(/ ascii nocase
        $d4 = /chmod[ \t]{0,3}\(/ ascii nocase
        $d5 = /touch[ \t]{0,3}\(/ ascii nocase
        $s1 = "error_reporting(0)" ascii nocase
        $s2 = "set_time_limit(0)" ascii nocase
        $s3 = "@ini_set('display_errors'" ascii nocase
        $s4 = "get_magic_quotes_gpc" ascii nocase
        $fw = /(^|\n)[ \t]{0,4}(namespace|abstract class|final class)[ \t]{1,4}[A-Za-z_]/ ascii
        $wp = "ABSPATH" ascii
    condition:
        PHP_Code_Fragment and filesize < 300KB and not $fw and not $wp and PHP_Request_Input and
        1 of ($l*) and 1 of ($u*) and 1 of ($w*) and 3 of ($d*) and 2 of ($s*) and
        not PHP_File_Manager_Webshell and not PHP_File_Manager_Shell
}

rule PHP_Symlink_Config_Grabber : webshell php
{
    meta:
        severity = "high"
        description = "PHP creating symlinks to other accounts' home directories or CMS configuration files (symlink attack tool on shared hosting)"
        family = "PHP-SymlinkTool"
        reference = "https://attack.mitre.org/techniques/T1552/001/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s = /symlink[ \t]{0,2}\(/ ascii nocase
        $u1 = "/etc/passwd" ascii
        $u2 = "posix_getpwuid" ascii
        $u3 = "/home/" ascii
        $c1 = "wp-config.php" ascii
        $c2 = "configuration.php" ascii
        $c3 = "config.php" ascii
        $c4 = ".htaccess" ascii
        $c5 = "Options Indexes FollowSymLinks" ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 200KB and $s and 1 of ($u*) and 1 of ($c*)
}

rule PHP_SSH_Client_Shell : webshell php
{
    meta:
        severity = "high"
        description = "PHP SSH client connecting with request-supplied host and credentials (pivoting or brute-force tool)"
        family = "PHP-SSHTool"
        reference = "https://attack.mitre.org/techniques/T1021/004/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c = /ssh2_connect[ \t]{0,3}\(/ ascii nocase
        $a1 = "ssh2_auth_password" ascii nocase
        $a2 = "ssh2_exec" ascii nocase
        $a3 = "ssh2_shell" ascii nocase
        $fw = /(^|\n)[ \t]{0,4}namespace[ \t]{1,4}[A-Za-z_]/ ascii
        $cl = /(^|\n)[ \t]{0,4}(abstract |final )?class[ \t]{1,4}[A-Za-z_]/ ascii
        $x = /(extract[ \t]{0,2}\([ \t]{0,2}\$_(POST|GET|REQUEST)|ssh2_connect[ \t]{0,2}\([ \t]{0,2}\$_(POST|GET|REQUEST))/ ascii
    condition:
        PHP_Code_Fragment and filesize < 200KB and not $fw and not $cl and $c and 1 of ($a*) and PHP_Request_Input and
        ($x or filesize < 15KB)
}

rule PHP_SEO_Doorway_Page : php seo_spam
{
    meta:
        severity = "medium"
        description = "File with a .php name holding no PHP code but a static page of dozens of links to other sites - SEO spam doorway page"
        family = "PHP-SEOSpam"
        reference = "https://attack.mitre.org/techniques/T1565/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $a1 = "<a href=http" ascii nocase
        $php = "<?" ascii
    condition:
        extension == ".php" and filesize < 300KB and not $php and #a1 > 25
}

rule PHP_SMTP_Spam_Relay : php mailer
{
    meta:
        severity = "high"
        description = "Stand-alone PHP script speaking SMTP itself (MAIL FROM/RCPT TO over fsockopen) with request-supplied messages - spam relay"
        family = "PHP-Mailer"
        reference = "https://attack.mitre.org/techniques/T1566/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s = /fsockopen[ \t]{0,2}\(/ ascii nocase
        $m1 = "RCPT TO" ascii nocase
        $m2 = "MAIL FROM" ascii nocase
        $m3 = /mail[ \t]{0,2}\(/ ascii
        $fw = /(^|\n)[ \t]{0,4}(namespace|abstract class|final class|class)[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 40KB and not $fw and $s and 2 of ($m*) and PHP_Request_Input
}

rule PHP_Request_Driven_Mailer : php mailer
{
    meta:
        severity = "medium"
        description = "Small stand-alone PHP mailer whose recipients, sender, subject and body all come from the request, with error suppression - spam mailer"
        family = "PHP-Mailer"
        reference = "https://attack.mitre.org/techniques/T1566/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $m = /[^A-Za-z0-9_>:$]mail[ \t]{0,2}\([ \t]{0,2}["$]/ ascii
        $r = /\$_(POST|COOKIE|GET|REQUEST)[ \t]{0,2}\[/ ascii
        $q1 = "error_reporting(0)" ascii
        $q2 = "set_time_limit(0)" ascii
        $q3 = "@mail(" ascii
        $q4 = "chunk_split(base64_encode" ascii
        $q5 = "ini_set(\"mail.add_x_header" ascii
        $fw = /(^|\n)[ \t]{0,4}(namespace|abstract class|final class|class)[ \t]{1,4}[A-Za-z_]/ ascii
        $cms = /(ABSPATH|_JEXEC|defined[ \t]{0,2}\([ \t]{0,2}['"]IN_)/ ascii
    condition:
        PHP_Code_Fragment and filesize < 30KB and not $fw and not $cms and $m and #r >= 8 and 1 of ($q*) and
        not PHP_Mass_Mailer and not PHP_SMTP_Spam_Relay
}

rule PHP_Mass_Script_Injector : php injector
{
    meta:
        severity = "high"
        description = "PHP walking the site's files and rewriting them to insert a <script src=...> or iframe (mass JavaScript injection / site infector)"
        family = "PHP-Injector"
        reference = "https://attack.mitre.org/techniques/T1608/004/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $d1 = /scandir[ \t]{0,3}\(/ ascii
        $d2 = /opendir[ \t]{0,3}\(/ ascii
        $d3 = "RecursiveDirectoryIterator" ascii
        $d4 = /glob[ \t]{0,3}\(/ ascii
        $r1 = /file_get_contents[ \t]{0,3}\(/ ascii
        $r2 = /fread[ \t]{0,3}\(/ ascii
        $w1 = /file_put_contents[ \t]{0,3}\(/ ascii
        $w2 = /fwrite[ \t]{0,3}\(/ ascii
        $s1 = /<script[ \t]{1,3}(type=["']?text\/javascript["']?[ \t]{1,3})?src=/ ascii nocase
        $s2 = /<iframe[ \t]{1,3}src=/ ascii nocase
        $x1 = "preg_replace" ascii
        $x2 = "str_replace" ascii
        $x3 = "str_ireplace" ascii
        $x4 = "substr_replace" ascii
        $fw = /(^|\n)[ \t]{0,4}(namespace|abstract class|final class|class)[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 60KB and not $fw and 1 of ($d*) and 1 of ($r*) and 1 of ($w*) and 1 of ($s*) and 1 of ($x*)
}

rule PHP_Chunked_Junk_Payload : php obfuscation
{
    meta:
        severity = "high"
        description = "PHP payload split into dozens of numbered string chunks that are concatenated and cleaned of junk markers at run time"
        family = "PHP-ChunkedPayload"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $j = /\.\$[A-Za-z_]{1,3}[0-9]{1,4}\.\$[A-Za-z_]{1,3}[0-9]{1,4}\.\$[A-Za-z_]{1,3}[0-9]{1,4}\./ ascii
        $r = /str_i?replace[ \t]{0,2}\(/ ascii
    condition:
        PHP_Code_Fragment and filesize < 1MB and #j > 10 and $r
}

rule PHP_Blacklist_Aware_Redirector : php seo_spam
{
    meta:
        severity = "high"
        description = "PHP redirector that checks whether its own domain is blacklisted (Spamhaus DBL, Safe Browsing) before sending visitors on - spam/phishing redirector"
        family = "PHP-SpamRedirector"
        reference = "https://attack.mitre.org/techniques/T1584/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $b1 = "spamhaus.org" ascii nocase
        $b2 = "safebrowsing" ascii nocase
        $b3 = "surbl.org" ascii nocase
        $h1 = "HTTP_HOST" ascii
        $h2 = "SERVER_NAME" ascii
        $l = /header[ \t]{0,2}\([ \t]{0,2}["']Location/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 50KB and 1 of ($b*) and 1 of ($h*) and $l
}

rule PHP_Encoded_Script_Injection : php injector
{
    meta:
        severity = "high"
        description = "PHP printing a base64-encoded <script src=...> or <iframe> into pages (injected malvertising/redirect loader)"
        family = "PHP-Injector"
        reference = "https://attack.mitre.org/techniques/T1608/004/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e = /(echo|print)[ \t(]{1,3}base64_decode[ \t]{0,2}\([ \t]{0,2}["'](PHNjcmlwd|PGlmcmFtZ|PHNjcmlwdC)/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 5MB and $e
}

rule PHP_Infection_Beacon_Mail : php backdoor
{
    meta:
        severity = "medium"
        description = "Stand-alone PHP script mailing the site's own URL (HTTP_HOST + REQUEST_URI) to a fixed address while silencing errors - infection check-in"
        family = "PHP-Mailer"
        reference = "https://attack.mitre.org/techniques/T1071/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $m = /mail[ \t]{0,2}\([^;]{0,200}HTTP_HOST[^;]{0,100}(REQUEST_URI|PHP_SELF|SCRIPT_NAME)/ ascii
        $v = /=[ \t]{0,2}\$_SERVER[ \t]{0,2}\[[ \t]{0,2}["']REQUEST_URI["']/ ascii
        $m2 = /mail[ \t]{0,2}\([ \t]{0,2}["'$][^;]{0,60}(http:\/\/|https:\/\/)\$/ ascii
        $q1 = "set_time_limit(0)" ascii
        $q2 = "error_reporting(0)" ascii
        $q3 = "get_current_user" ascii
        $q4 = "php_uname" ascii
        $q5 = "max_execution_time" ascii
        $fw = /(^|\n)[ \t]{0,4}(namespace|abstract class|final class|class)[ \t]{1,4}[A-Za-z_]/ ascii
        $cms = /(ABSPATH|_JEXEC|defined[ \t]{0,2}\([ \t]{0,2}['"]IN_)/ ascii
    condition:
        PHP_Code_Fragment and filesize < 50KB and not $fw and not $cms and
        ($m or ($v and $m2)) and (1 of ($q*) or PHP_Request_Input) and
        not PHP_Mass_Mailer and not PHP_SMTP_Spam_Relay and not PHP_Request_Driven_Mailer
}

rule PHP_Encoded_PHP_Source : php obfuscation dropper
{
    meta:
        severity = "medium"
        description = "PHP file carrying a long base64 literal that encodes PHP source (starts with <?php) next to a decoder - packed or dropped code"
        family = "PHP-EncodedPayload"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $b = /["']PD9waHA[A-Za-z0-9+\/]{200}/ ascii
    condition:
        PHP_Code_Fragment and filesize < 5MB and $b and PHP_Decoder and
        not PHP_Base64_Encoded_Webshell_Code and not PHP_Dropper_Writes_Decoded_Code
}

rule PHP_Doc_Comment_Code : webshell php obfuscation
{
    meta:
        severity = "high"
        description = "Small PHP script reading its own doc comments through reflection and assembling code or a function name from them"
        family = "PHP-ObfuscatedCall"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $d = "getDocComment" ascii
        $s = /substr[ \t]{0,2}\(/ ascii
        $e = /(^|[^A-Za-z0-9_>:$])(eval|assert)[ \t]{0,2}\(/ ascii nocase
        $ns = /(^|\n)[ \t]{0,4}namespace[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and filesize < 5KB and not $ns and $d and $s and ($e or PHP_Dynamic_Call)
}

/* Well-known families, recognised by their code structure (function and action sets). */

rule PHP_WSO_FilesMan_Structure : webshell php wso
{
    meta:
        severity = "critical"
        description = "PHP web shell with the WSO/FilesMan action set (file manager, console, SQL, network, brute-force, self-remove handlers)"
        family = "WSO"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $a1 = "actionSecInfo" ascii nocase
        $a2 = "actionFilesMan" ascii nocase
        $a3 = "actionFilesTools" ascii nocase
        $a4 = "actionStringTools" ascii nocase
        $a5 = "actionSafeMode" ascii nocase
        $a6 = "actionSelfRemove" ascii nocase
        $a7 = "actionBruteforce" ascii nocase
        $a8 = "actionNetwork" ascii nocase
        $a9 = "actionConsole" ascii nocase
        $a10 = "actionRC" ascii
        $a11 = "actionPhp" ascii nocase
        $a12 = "actionSql" ascii nocase
        $w1 = "wsoHeader" ascii nocase
        $w2 = "wsoFooter" ascii nocase
        $w3 = /wsoEx[ \t]{0,3}\(/ ascii nocase
        $w4 = "wsoPerms" ascii nocase
        $w5 = "wsoViewSize" ascii nocase
        $w6 = "wsoLogin" ascii nocase
        $d = /default_action[ \t]{0,2}=[ \t]{0,2}["']FilesMan["']/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 2MB and (4 of ($a*) or 2 of ($w*) or ($d and 2 of ($a*)))
}

rule PHP_C99_Structure : webshell php c99
{
    meta:
        severity = "critical"
        description = "PHP web shell with the c99shell helper set (c99sh_/c99_ session, source, search and FTP brute-force functions)"
        family = "c99"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "c99sh_surl" ascii nocase
        $c2 = "c99_sess_put" ascii nocase
        $c3 = "c99fsearch" ascii nocase
        $c4 = "c99shexit" ascii nocase
        $c5 = "c99ftpbrutecheck" ascii nocase
        $c6 = "c99getsource" ascii nocase
        $c7 = "c99_buff_prepare" ascii nocase
        $c8 = "c99sh_sourcesurl" ascii nocase
        $c9 = "c99sh_updatefurl" ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 2MB and 2 of them
}

rule PHP_R57_Structure : webshell php r57
{
    meta:
        severity = "critical"
        description = "PHP web shell with the r57shell layout (language text tables indexed $lang[$language.'_textN'] next to command, upload and SQL forms)"
        family = "r57"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $t = /\$lang\[\$language[ \t]{0,2}\.[ \t]{0,2}["']_text[0-9]{1,3}["']\]/ ascii
        $e1 = "function ex(" ascii
        $e2 = "function which(" ascii
        $e3 = "function ws(" ascii
        $e4 = "function sr(" ascii
    condition:
        PHP_Code_Fragment and filesize < 2MB and #t > 10 and 1 of ($e*)
}

rule PHP_B374k_Structure : webshell php b374k
{
    meta:
        severity = "critical"
        description = "PHP web shell with the b374k variable layout ($s_self, $s_cwd, $s_posix, $s_win ... shared state) and request-driven actions"
        family = "b374k"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s1 = "$s_self" ascii
        $s2 = "$s_cwd" ascii
        $s3 = "$s_posix" ascii
        $s4 = "$s_win" ascii
        $s5 = "$s_pass" ascii
        $s6 = "$s_auth" ascii
        $s7 = "$s_result" ascii
        $s8 = "$s_sep" ascii
        $s9 = "$s_name" ascii
        $s10 = "$s_ver" ascii
    condition:
        PHP_Code_Fragment and filesize < 2MB and 6 of them and PHP_Request_Input
}

rule PHP_Weevely_Agent : webshell php weevely
{
    meta:
        severity = "critical"
        description = "PHP agent that extracts a marked chunk from the raw request body, XOR-decrypts and decompresses it and evaluates it (Weevely-style)"
        family = "Weevely"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $in1 = "php://input" ascii nocase
        $in2 = /\$_(COOKIE|SERVER)/ ascii
        $pm = "preg_match" ascii nocase
        $z1 = "gzuncompress" ascii nocase
        $z2 = "gzcompress" ascii nocase
        /* each byte XORed with a key byte picked by an index variable: ^$key{$j} / ^ $key[$j] */
        $x1 = /\^[ \t]{0,2}\$[A-Za-z_][A-Za-z0-9_]{0,20}\{\$[A-Za-z_]/ ascii
        $x2 = /\^[ \t]{0,2}\$[A-Za-z_][A-Za-z0-9_]{0,20}\[\$[A-Za-z_]/ ascii
        $e = /(^|[^A-Za-z0-9_>:$])(eval|assert)[ \t]{0,2}\(/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 50KB and 1 of ($in*) and $pm and 1 of ($z*) and 1 of ($x*) and ($e or PHP_Variable_Create_Function or PHP_Dynamic_Call)
}

rule PHP_Cmd_Parameter_Exec : webshell php
{
    meta:
        severity = "high"
        description = "PHP reading a command-named request parameter (cmd, command, exec, shell) and passing a variable to a command-execution function"
        family = "PHP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $r = /\$_(POST|GET|REQUEST|COOKIE)[ \t]{0,2}\[[ \t]{0,2}["'](cmd|command|exec|execute|shell|shellcmd|cmdline|komut|cmd_exec)["'][ \t]{0,2}\]/ ascii nocase
        $x = /(^|[^A-Za-z0-9_>:$])(system|passthru|shell_exec|exec|popen|proc_open)[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?\$[A-Za-z_]/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 500KB and $r and $x and
        not PHP_Request_Command_Exec and not PHP_Request_Command_Exec_Indirect and not PHP_Multi_Exec_Shell and
        not PHP_Command_Exec_Variable_Small and not PHP_Shell_Function_Fallback_Chain
}

/* Catch-all rules: reported only when no more specific rule above explains the file. */

rule PHP_Eval_Request_Variable : webshell php
{
    meta:
        severity = "high"
        description = "Small PHP file that evaluates a variable (eval/assert/create_function) and reads request data - indirect eval web shell"
        family = "PHP-EvalShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e = /(^|[^A-Za-z0-9_>:$])(eval|create_function)[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?(["'][ \t]{0,2}["'][ \t]{0,2},[ \t]{0,3})?\$/ ascii nocase
        $a = /(^|[^A-Za-z0-9_>:$])assert[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?\$/ ascii nocase
    condition:
        PHP_Code_Fragment and filesize < 30KB and ($e or ($a and filesize < 5KB)) and PHP_Request_Input and not PHP_Eval_Request_OneLiner and not PHP_Create_Function_Request and
        not PHP_Encrypted_Body_Eval and not PHP_Eval_Decoded_Payload and not PHP_Cmd_Parameter_Exec and not PHP_Include_Request_Data and not PHP_Encoded_Eval_Chain
}

rule PHP_Tiny_Uploader : webshell php uploader
{
    meta:
        severity = "high"
        description = "Small PHP page that shows an upload form and saves the posted file under its own name with no checks - attacker uploader"
        family = "PHP-Uploader"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $m1 = /move_uploaded_file[ \t]{0,3}\([ \t]{0,3}\$(_FILES|[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,3},)/ ascii nocase
        $m2 = /copy[ \t]{0,3}\([ \t]{0,3}\$_FILES/ ascii nocase
        $n = /\$_FILES[ \t]{0,2}\[[^\]\n]{1,30}\][ \t]{0,2}\[[ \t]{0,2}["']name["']/ ascii
        $f1 = "multipart/form-data" ascii nocase
        $f2 = /type[ \t]{0,2}=[ \t]{0,2}["']?file/ ascii nocase
        $chk1 = "getimagesize" ascii nocase
        $chk2 = "pathinfo" ascii nocase
        $chk3 = "finfo_" ascii nocase
        $chk4 = "mime_content_type" ascii nocase
        $chk5 = "wp_handle_upload" ascii
        $chk6 = "namespace " ascii
        $chk7 = /(^|\n)[ \t]{0,4}(abstract |final )?class[ \t]{1,4}[A-Za-z_]/ ascii
    condition:
        PHP_Code_Fragment and not any of ($chk*) and (1 of ($m1, $m2)) and $n and
        not PHP_File_Manager_Shell and not PHP_File_Manager_Webshell and not PHP_Stealth_File_Manager and
        ((filesize < 8KB and 1 of ($f*)) or filesize < 1KB)
}

rule PHP_Tiny_Request_Exec : webshell php
{
    meta:
        severity = "high"
        description = "Tiny PHP file that reads request data and runs it through a dynamic call or a command/code execution function"
        family = "PHP-MiniShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $x = /(^|[^A-Za-z0-9_>:$])(system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|eval|assert)[ \t]{0,3}\([ \t]{0,3}(@[ \t]{0,2})?\$[A-Za-z_]/ ascii nocase
        $ns = /(^|\n)[ \t]{0,4}namespace[ \t]{1,4}[A-Za-z_]/ ascii
        $cl = /(^|\n)[ \t]{0,4}(abstract |final )?class[ \t]{1,4}[A-Za-z_][A-Za-z0-9_]{0,60}[ \t]{1,4}(extends|implements)/ ascii
        /* $obj->$method(): a front controller dispatching to a handler method, not a free dynamic call */
        $meth = /->\$[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,2}\(/ ascii
    condition:
        PHP_Code_Fragment and filesize < 2KB and PHP_Request_Input and ($x or (PHP_Dynamic_Call and not $meth)) and not $ns and not $cl and
        not PHP_Eval_Request_OneLiner and not PHP_Request_Command_Exec and not PHP_Variable_Function_Request and
        not PHP_Request_Dynamic_Function and not PHP_Eval_Request_Variable and not PHP_Command_Exec_Variable_Small and
        not PHP_Request_Command_Exec_Indirect and not PHP_Create_Function_Request and not PHP_Dangerous_Callback_Request and
        not PHP_Obfuscated_Function_Call_Request and not PHP_Variable_Create_Function and not PHP_Multi_Exec_Shell and
        not PHP_Include_Request_Or_Stream and not PHP_Backtick_Request_Exec and not PHP_Write_Request_Code_To_File and
        not PHP_Encrypted_Body_Eval and not PHP_Eval_Decoded_Payload and not PHP_Cmd_Parameter_Exec and not PHP_Include_Request_Data
}
