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
    condition:
        PHP_Context and filesize < 2MB and $v
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
        $f1 = "shell_exec(" ascii nocase
        $f2 = "passthru(" ascii nocase
        $f3 = "system(" ascii nocase
        $f4 = "proc_open(" ascii nocase
        $f5 = "popen(" ascii nocase
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
        $u = "move_uploaded_file(" ascii nocase
        $l1 = "scandir(" ascii nocase
        $l2 = "opendir(" ascii nocase
        $d = "unlink(" ascii nocase
        $c1 = "shell_exec(" ascii nocase
        $c2 = "passthru(" ascii nocase
        $c3 = "proc_open(" ascii nocase
        $c4 = "popen(" ascii nocase
        $i1 = "php_uname(" ascii nocase
        $i2 = "disk_free_space(" ascii nocase
        $i3 = "posix_getpwuid(" ascii nocase
        $i4 = "getcwd(" ascii nocase
        $r = /\$_(POST|GET|REQUEST)\[/ ascii
    condition:
        PHP_Context and filesize < 2MB and $u and 1 of ($l*) and $d and 1 of ($c*) and 2 of ($i*) and $r
}
