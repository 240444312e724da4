/*
 * webshells_asp_classic.yar - breachscan bundled rules for classic ASP
 * (VBScript / JScript .asp, .asa, .cer, .cdx) web shells: eval/Execute of
 * request text (China Chopper one-liners), dynamic Execute of strings built
 * from Chr()/Split/Join/number arrays, Behinder/Godzilla-style encrypted
 * payloads kept in the session, WScript.Shell command pages, UTF-7 code-page
 * tricks, file managers and database clients.
 *
 * Legitimate classic ASP calls conn.Execute(sql), objRegExp.Execute(str) and
 * sometimes Eval() on its own strings: the rules only count the VBScript
 * Execute/Eval *statements* and always join them with request input or
 * string-hiding tricks.  Namespace: webshells_asp_classic.
 */

private rule ASP_Classic_Context
{
    meta:
        description = "helper: file contains classic ASP server script (<% ... %> or <script runat=server>)"
    strings:
        $o1 = "<%" ascii
        $o2 = "runat=server" ascii nocase
        $o3 = "runat=\"server\"" ascii nocase
    condition:
        any of them
}

private rule ASP_Classic_Input
{
    meta:
        description = "helper: classic ASP reading request data"
    strings:
        $r1 = /request[ \t]{0,4}\([ \t]{0,4}["A-Za-z_]/ ascii nocase
        $r2 = "request.form" ascii nocase
        $r3 = "request.querystring" ascii nocase
        $r4 = "request.item" ascii nocase
        $r5 = "request.binaryread" ascii nocase
        $r6 = "request.totalbytes" ascii nocase
        $r7 = "request.cookies" ascii nocase
        $r8 = /request[ \t]{1,4}\("/ ascii nocase
        $r9 = /chr\(114\)[ \t]{0,2}[&+][ \t]{0,2}chr\(101\)[ \t]{0,2}[&+][ \t]{0,2}chr\(113\)/ ascii nocase
    condition:
        any of them
}

private rule ASP_Classic_Dynamic_Exec
{
    meta:
        description = "helper: VBScript/JScript Execute / ExecuteGlobal / Eval statement (not the conn.Execute / regexp.Execute methods)"
    strings:
        $e1 = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\(/ ascii nocase
        $e2 = /(^|[^.A-Za-z0-9_"'])(execute|executeglobal|eval)[ \t]{1,4}[A-Za-z_(]/ ascii nocase
    condition:
        any of them
}

private rule ASP_Classic_String_Hiding
{
    meta:
        description = "helper: VBScript building code text out of Chr() codes, number arrays, Split/Join, StrReverse or Replace"
    strings:
        $c1 = /chr[w]?\([ \t]{0,2}[0-9]{2,3}[ \t]{0,2}\)[ \t]{0,2}&[ \t]{0,2}chr[w]?\(/ ascii nocase
        $a1 = /Array\([ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},/ ascii nocase
        $s1 = "StrReverse(" ascii nocase
        $j1 = /Join\([ \t]{0,2}Split\(/ ascii nocase
        $j2 = /Join\([ \t]{0,2}Array\(/ ascii nocase
        $x1 = /Xor[ \t]{1,4}Asc\(/ ascii nocase
        $x2 = /Asc[BW]?\(Mid[BW]?\(/ ascii nocase
        $u1 = "unescape(" ascii nocase
        $m1 = /Chr[BW]?\([ \t]{0,2}[A-Za-z_][A-Za-z0-9_]{0,20}\([A-Za-z0-9_]{1,20}\)[ \t]{0,2}[-+*\/]/ ascii nocase
        $sp = "Split(" ascii nocase
        $jn = "Join(" ascii nocase
    condition:
        #c1 > 4 or any of ($a1, $s1, $j*, $x*, $u1, $m1) or ($sp and $jn)
}

rule ASP_Eval_Request_Classic : webshell asp
{
    meta:
        severity = "critical"
        description = "Classic ASP evaluating or executing request text (eval request(\"x\") / Execute(Request.Form(..)) - China Chopper style one-liner), also with 'request' spelled in Chr() codes"
        family = "ChinaChopper"
        reference = "https://attack.mitre.org/software/S0020/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e1 = /(^|[^.A-Za-z0-9_])(eval|execute|executeglobal)[ \t]{0,4}[ (][ \t]{0,4}request[ \t]{0,4}(\.form|\.querystring|\.item)?[ \t]{0,4}\(/ ascii nocase
        $e2 = /(^|[^.A-Za-z0-9_])(eval|execute|executeglobal)[ \t]{0,4}\([ \t]{0,4}eval[ \t]{0,4}\([ \t]{0,4}chr\(114\)/ ascii nocase
        $e3 = /(^|[^.A-Za-z0-9_])(eval|execute|executeglobal)[ \t]{0,4}[ (][ \t]{0,4}request[ \t]{0,4}\.item[ \t]{0,4}\[/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 1MB and any of them
}

rule ASP_Dynamic_Execute_Request : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP running a string through Execute/ExecuteGlobal/Eval after hiding its text (Chr codes, number arrays, Split/Join, StrReverse, XOR) while reading the request - an obfuscated eval shell"
        family = "ASP-EvalShell"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $ev1 = /101,[ \t]{0,2}118,[ \t]{0,2}97,[ \t]{0,2}108/ ascii
        $ev2 = /101,[ \t]{0,2}120,[ \t]{0,2}101,[ \t]{0,2}99,[ \t]{0,2}117,[ \t]{0,2}116,[ \t]{0,2}101/ ascii
        $ev3 = /chr\(101\)[ \t]{0,2}[&+][ \t]{0,2}chr\(118\)[ \t]{0,2}[&+][ \t]{0,2}chr\(97\)/ ascii nocase
        $rq2 = /114,[ \t]{0,2}101,[ \t]{0,2}113,[ \t]{0,2}117,[ \t]{0,2}101,[ \t]{0,2}115,[ \t]{0,2}116/ ascii
        $rq3 = "(request(\"\"" ascii nocase
        $var = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\(?[ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,4}(\)|\r|\n|&|:)/ ascii nocase
        $fn = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\([ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,40}\("/ ascii nocase
        $cm = /Chr[BW]?\([ \t]{0,2}[A-Za-z_][A-Za-z0-9_]{0,20}\([A-Za-z0-9_]{1,20}\)[ \t]{0,2}[-+*\/]/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 200KB and ($var or $fn) and (ASP_Classic_String_Hiding or $rq3) and
        (ASP_Classic_Input or 1 of ($ev*) or $rq2 or $rq3 or $cm)
}

rule ASP_Request_Variable_Execute : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP copying request text into a variable and running that variable with Execute/ExecuteGlobal/Eval (split China Chopper one-liner)"
        family = "ChinaChopper"
        reference = "https://attack.mitre.org/software/S0020/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $as = /[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,4}=[ \t]{0,4}request[ \t]{0,4}(\.form|\.querystring|\.item)?[ \t]{0,4}\(/ ascii nocase
        $ex = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\(?[ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,4}(\)|\r|\n|:|%>)/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 200KB and $as and $ex
}

rule ASP_Encrypted_Payload_Execute : webshell asp
{
    meta:
        severity = "critical"
        description = "Classic ASP decrypting the request body or a posted field (XOR / Base64 via MSXML) and passing the result to Execute, optionally keeping the payload in the session (Behinder / Godzilla ASP servers)"
        family = "ASP-EncryptedLoader"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $in1 = "Request.BinaryRead" ascii nocase
        $in2 = "Request.TotalBytes" ascii nocase
        $in3 = "Request.Form" ascii nocase
        $in4 = /request[ \t]{0,2}\(/ ascii nocase
        $d1 = /Xor[ \t]{1,4}Asc/ ascii nocase
        $d2 = "bin.base64" ascii nocase
        $d3 = /Decrypt[ \t]{0,2}\(/ ascii nocase
        $d4 = /98\)[ \t]{0,2}&[ \t]{0,2}Chr\(105\)[ \t]{0,2}&[ \t]{0,2}Chr\(110\)[ \t]{0,2}&[ \t]{0,2}Chr\(46\)/ ascii nocase
        $d5 = " Xor " ascii nocase
        $s1 = "Session(" ascii nocase
    condition:
        ASP_Classic_Context and filesize < 200KB and ASP_Classic_Dynamic_Exec and 1 of ($in*) and
        (1 of ($d1, $d2, $d3, $d4) or ($d5 and $s1))
}

rule ASP_Shell_Object_Command : webshell asp
{
    meta:
        severity = "critical"
        description = "Classic ASP running commands through WScript.Shell / Shell.Application (Exec, Run, ShellExecute) with request input and returning the output"
        family = "ASP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "WScript.Shell" ascii nocase
        $c2 = "Shell.Application" ascii nocase
        $c3 = "72C24DD5-D70A-438B-8A42-98424B88AFB8" ascii nocase
        $c4 = "13709620-C279-11CE-A49E-444553540000" ascii nocase
        $c5 = "WScript.Network" ascii nocase
        $c6 = /"WS"[ \t]{0,2}&[ \t]{0,2}"cript/ ascii nocase
        $x1 = ".Exec(" ascii nocase
        $x2 = ".Run(" ascii nocase
        $x3 = ".Run " ascii nocase
        $x4 = "ShellExecute" ascii nocase
        $x5 = ".Exec " ascii nocase
        $o1 = "StdOut" ascii nocase
        $o2 = "cmd.exe" ascii nocase
        $o3 = "cmd /c" ascii nocase
        $o4 = "%comspec%" ascii nocase
    condition:
        ASP_Classic_Context and ASP_Classic_Input and filesize < 1MB and 1 of ($c*) and 1 of ($x*) and 1 of ($o*)
}

rule ASP_Shell_Object_Payload : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP code creating WScript.Shell / Shell.Application and running cmd with captured output plus file-system or database objects - a web-shell command module even without visible request parsing"
        family = "ASP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "WScript.Shell" ascii nocase
        $c2 = "Shell.Application" ascii nocase
        $x1 = ".Exec(" ascii nocase
        $x2 = "ShellExecute" ascii nocase
        $x3 = ".Exec " ascii nocase
        $o1 = "StdOut.ReadAll" ascii nocase
        $o2 = "cmd.exe" ascii nocase
        $o3 = "cmd /c" ascii nocase
        $f1 = "Scripting.FileSystemObject" ascii nocase
        $f2 = "ADODB." ascii nocase
    condition:
        ASP_Classic_Context and filesize < 1MB and 1 of ($c*) and 1 of ($x*) and 1 of ($o*) and 1 of ($f*)
}

rule ASP_UTF7_Codepage_Evasion : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP page declaring the UTF-7 code page (65000) so that its script body can be written in +ACI- style escapes that scanners do not read"
        family = "ASP-Obfuscated"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c = /codepage[ \t]{0,4}=[ \t]{0,4}"?0{0,8}65000/ ascii nocase
        $u = /\+A[A-Za-z0-9+\/]{2,80}-/ ascii
    condition:
        filesize < 1MB and $c and $u
}

rule ASP_File_Manager : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP file manager: folder listing, upload (BinaryRead/ADODB.Stream SaveToFile), delete/move and file reads driven by the request in one page"
        family = "ASP-FileManager"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $fso = "Scripting.FileSystemObject" ascii nocase
        $l1 = ".GetFolder(" ascii nocase
        $l2 = ".SubFolders" ascii nocase
        $u1 = ".SaveToFile" ascii nocase
        $u2 = "Request.BinaryRead" ascii nocase
        $u3 = ".CreateTextFile(" ascii nocase
        $d1 = ".DeleteFile" ascii nocase
        $d2 = ".DeleteFolder" ascii nocase
        $d3 = ".MoveFile" ascii nocase
        $d4 = ".CopyFile" ascii nocase
        $r1 = ".OpenTextFile(" ascii nocase
        $r2 = ".LoadFromFile" ascii nocase
    condition:
        ASP_Classic_Context and ASP_Classic_Input and filesize < 1MB and $fso and
        1 of ($l*) and 1 of ($u*) and 2 of ($d*) and 1 of ($r*)
}

rule ASP_Request_DB_Client : webshell asp
{
    meta:
        severity = "medium"
        description = "Classic ASP opening an ADO connection with a connection string taken from the request and running request-supplied SQL (web-shell database manager)"
        family = "ASP-DBManager"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = /\.Open[ \t]{1,4}request[ \t]{0,4}(\.form|\.querystring)?[ \t]{0,4}\(/ ascii nocase
        $c2 = /ConnectionString[ \t]{0,4}=[ \t]{0,4}request/ ascii nocase
        $c3 = /\.Execute[ \t]{0,4}\(?[ \t]{0,4}request[ \t]{0,4}(\.form|\.querystring)?[ \t]{0,4}\(/ ascii nocase
        $a = "ADODB.Connection" ascii nocase
    condition:
        ASP_Classic_Context and filesize < 1MB and $a and 1 of ($c*)
}
