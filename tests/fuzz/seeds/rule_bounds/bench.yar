/*
 * bench.yar - benchmark rule set for tests/bench/bench.sh.
 *
 * Rules of the shapes a real breach-hunting set has (plain and nocase text,
 * wide strings, hex with jumps and wildcards, bounded regexes, conditions on
 * filesize and header words), written for this benchmark only.  They are not
 * the bundled rules and make no detection claims; a few hit the markers that
 * gen_corpus.py plants.
 */

rule bench_jsp_runtime_exec
{
    meta:
        severity = "high"
        description = "JSP runs a request parameter as a command"
    strings:
        $exec = "Runtime.getRuntime().exec(" ascii
        $param = "request.getParameter(" ascii
    condition:
        filesize < 2MB and all of them
}

rule bench_jsp_process_builder
{
    meta:
        severity = "high"
    strings:
        $pb = "new ProcessBuilder(" ascii
        $in = "getInputStream()" ascii
        $req = "request.getParameter" ascii
    condition:
        filesize < 500KB and all of them
}

rule bench_jsp_define_class
{
    meta:
        severity = "critical"
    strings:
        $a = "defineClass(" ascii
        $b = "ClassLoader" ascii
        $c = "Base64" ascii
        $d = "getDecoder()" ascii
    condition:
        3 of them
}

rule bench_jsp_file_upload
{
    meta:
        severity = "medium"
    strings:
        $a = "new FileOutputStream(" ascii
        $b = "getPart(\"" ascii
        $c = "request.getRealPath(" ascii
    condition:
        2 of them and filesize < 300KB
}

rule bench_php_eval_b64
{
    meta:
        severity = "high"
    strings:
        $r = /eval\s{0,4}\(\s{0,4}base64_decode\s{0,4}\(/ nocase
    condition:
        $r
}

rule bench_php_assert_input
{
    meta:
        severity = "high"
    strings:
        $a = "assert($_POST" ascii nocase
        $b = "assert($_REQUEST" ascii nocase
        $c = "assert($_GET" ascii nocase
    condition:
        any of them
}

rule bench_php_preg_e
{
    meta:
        severity = "high"
    strings:
        $r = /preg_replace\s{0,3}\(\s{0,3}['"]\/[^'"\n]{1,64}\/[a-z]{0,4}e[a-z]{0,4}['"]/
    condition:
        $r
}

rule bench_php_decode_chain
{
    meta:
        severity = "medium"
    strings:
        $a = "gzinflate(" ascii
        $b = "str_rot13(" ascii
        $c = "base64_decode(" ascii
        $d = "gzuncompress(" ascii
    condition:
        3 of them
}

rule bench_php_shell_functions
{
    meta:
        severity = "medium"
    strings:
        $a = "shell_exec(" ascii
        $b = "passthru(" ascii
        $c = "system(" ascii
        $d = "proc_open(" ascii
        $e = "popen(" ascii
    condition:
        filesize < 1MB and 3 of them
}

rule bench_aspx_process_start
{
    meta:
        severity = "high"
    strings:
        $a = "Process.Start(" ascii nocase
        $b = "cmd.exe" ascii nocase
        $c = "Request[" ascii
    condition:
        all of them
}

rule bench_aspx_eval_request
{
    meta:
        severity = "high"
    strings:
        $a = "eval(Request" ascii nocase
        $b = "Jscript" ascii nocase
    condition:
        $a and $b
}

rule bench_js_skimmer
{
    meta:
        severity = "high"
    strings:
        $f1 = "cardnumber" ascii nocase
        $f2 = "cvv" ascii nocase
        $x1 = "XMLHttpRequest" ascii
        $x2 = "btoa(" ascii
        $o = /var _0x[a-f0-9]{4,6}\s?=\s?\[/
    condition:
        $o and 1 of ($f*) and all of ($x*)
}

rule bench_js_exfil_image
{
    meta:
        severity = "medium"
    strings:
        $a = "new Image()" ascii
        $b = ".src=" ascii
        $c = "localStorage.getItem(\"payment" ascii
    condition:
        all of them
}

rule bench_webshell_password_form
{
    meta:
        severity = "medium"
    strings:
        $pw = "<input type=\"password\"" ascii nocase
        $cmd = "name=\"cmd\"" ascii nocase
        $exec = "exec" ascii
    condition:
        all of them and filesize < 100KB
}

rule bench_pe_upx
{
    meta:
        severity = "low"
    strings:
        $a = "UPX0" ascii
        $b = "UPX1" ascii
    condition:
        uint16(0) == 0x5a4d and all of them
}

rule bench_pe_cmd_strings
{
    meta:
        severity = "medium"
    strings:
        $a = "cmd.exe /c " ascii wide nocase
        $b = "powershell -nop" ascii wide nocase
    condition:
        uint16(0) == 0x5a4d and filesize < 10MB and any of them
}

rule bench_pe_dos_stub
{
    meta:
        severity = "info"
    strings:
        $stub = { 4D 5A [60-160] 54 68 69 73 20 70 72 6F 67 72 61 6D }
    condition:
        $stub at 0 and filesize < 64KB
}

rule bench_elf_reverse_shell
{
    meta:
        severity = "high"
    strings:
        $sh = "/bin/sh" ascii
        $sa = { 02 00 ?? ?? 7F 00 00 01 }
        $dup = { B8 21 00 00 00 0F 05 }
    condition:
        uint32(0) == 0x464c457f and $sh and ($sa or $dup)
}

rule bench_shellcode_execve
{
    meta:
        severity = "high"
    strings:
        $x86 = { 31 C0 50 68 2F 2F 73 68 [0-8] 68 2F 62 69 6E }
        $x64 = { 48 31 D2 48 BB 2F 2F 62 69 6E 2F 73 68 }
    condition:
        any of them
}

rule bench_reflective_loader
{
    meta:
        severity = "high"
    strings:
        $a = "ReflectiveLoader" ascii wide
        $b = "VirtualAlloc" ascii
    condition:
        all of them
}

rule bench_log_sqli
{
    meta:
        severity = "medium"
    strings:
        $r = /union(\s|%20|\+){1,3}(all(\s|%20|\+){1,3})?select/ nocase
    condition:
        $r
}

rule bench_log_traversal
{
    meta:
        severity = "medium"
    strings:
        $a = "../../../../etc/passwd" ascii
        $b = "..%2f..%2f..%2f" ascii nocase
        $c = "%2e%2e%2f%2e%2e%2f" ascii nocase
    condition:
        any of them
}

rule bench_log_webshell_param
{
    meta:
        severity = "high"
    strings:
        $r = /\.jsp\?(cmd|exec|command)=[a-z]{2,12}(%20|\+)/
    condition:
        $r
}

rule bench_track2_data
{
    meta:
        severity = "high"
    strings:
        $r = /track[12]?=;[3-6][0-9]{12,18}=[0-9]{4}/ nocase
    condition:
        $r
}

rule bench_click2gov_path
{
    meta:
        severity = "low"
    strings:
        $a = "Click2GovCX/images/" ascii nocase
        $b = "SJavaWebManage" ascii nocase
    condition:
        any of them
}

rule bench_miner
{
    meta:
        severity = "medium"
    strings:
        $a = "stratum+tcp://" ascii
        $b = "xmrig" ascii nocase
        $c = "\"donate-level\"" ascii
    condition:
        2 of them
}

rule bench_private_key
{
    meta:
        severity = "medium"
    strings:
        $a = "-----BEGIN OPENSSH PRIVATE KEY-----" ascii
        $b = "-----BEGIN RSA PRIVATE KEY-----" ascii
        $c = "-----BEGIN EC PRIVATE KEY-----" ascii
    condition:
        any of them
}

rule bench_aws_key
{
    meta:
        severity = "medium"
    strings:
        $r = /AKIA[0-9A-Z]{16}/
    condition:
        $r
}

rule bench_config_password
{
    meta:
        severity = "low"
    strings:
        $r = /db[._]?password\s{0,3}[=:]\s{0,3}["'][^"'\n]{6,40}["']/ nocase
    condition:
        $r and filesize < 1MB
}

rule bench_powershell_encoded
{
    meta:
        severity = "high"
    strings:
        $r = /powershell(\.exe)?\s{1,4}-(e|en|enc|encodedcommand)\s{1,4}[A-Za-z0-9+\/=]{40}/ nocase
    condition:
        $r
}

rule bench_htaccess_handler
{
    meta:
        severity = "medium"
    strings:
        $a = "AddType application/x-httpd-php" ascii nocase
        $b = /\.(jpg|png|gif|txt)\b/
    condition:
        filesize < 8KB and all of them
}

rule bench_small_jsp_dropper
{
    meta:
        severity = "high"
    strings:
        $page = "<%@" ascii
        $w = "FileWriter(" ascii
        $p = "getParameter(" ascii
    condition:
        filesize < 4KB and $page at 0 and $w and $p
}

rule bench_java_class_exec
{
    meta:
        severity = "medium"
    strings:
        $rt = "java/lang/Runtime" ascii
        $ex = "exec" ascii
        $sk = "java/net/Socket" ascii
    condition:
        uint32be(0) == 0xCAFEBABE and all of them
}
