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
        $r1 = /request[ \t]{0,4}(\([ \t]{0,4}["A-Za-z_]|\.(form|querystring|item|binaryread|totalbytes|cookies))/ ascii nocase
        $r2 = /chr\(114\)[ \t]{0,2}[&+][ \t]{0,2}chr\(101\)[ \t]{0,2}[&+][ \t]{0,2}chr\(113\)/ ascii nocase
    condition:
        any of them
}

private rule ASP_Classic_Dynamic_Exec
{
    meta:
        description = "helper: VBScript/JScript Execute / ExecuteGlobal / Eval statement (not the conn.Execute / regexp.Execute methods)"
    strings:
        $e1 = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)([ \t]{0,4}\(|[ \t]{1,4}[A-Za-z_])/ ascii nocase
    condition:
        any of them
}

private rule ASP_Classic_String_Hiding
{
    meta:
        description = "helper: VBScript building code text out of Chr() codes, number arrays, Split/Join, StrReverse, Replace or keywords spelled a letter at a time between separators"
    strings:
        $c1 = /chr[w]?\([ \t]{0,2}[0-9]{2,3}[ \t]{0,2}\)[ \t]{0,2}&[ \t]{0,2}chr[w]?\(/ ascii nocase
        $a1 = /Array\([ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},[ \t]{0,2}[0-9]{2,3},/ ascii nocase
        $s1 = "StrReverse(" ascii nocase
        $j1 = /Join\([ \t]{0,2}Split\(/ ascii nocase
        $j2 = /Join\([ \t]{0,2}Array\(/ ascii nocase
        $x1 = /Xor[ \t]{1,4}Asc\(/ ascii nocase
        $x2 = /Asc[BW]?\(Mid[BW]?\(/ ascii nocase
        $m1 = /Chr[BW]?\([ \t]{0,2}[A-Za-z_][A-Za-z0-9_]{0,20}\([A-Za-z0-9_]{1,20}\)[ \t]{0,2}[-+*\/]/ ascii nocase
        $h1 = /Chr[BW]?\([ \t]{0,2}(CLng|CInt|CByte)?\(?[ \t]{0,2}"&H"/ ascii nocase
        $k1 = /"e[|,;:#_.~*^ -]v[|,;:#_.~*^ -]a[|,;:#_.~*^ -]l"/ ascii nocase
        $k2 = /"e[|,;:#_.~*^ -]x[|,;:#_.~*^ -]e[|,;:#_.~*^ -]c[|,;:#_.~*^ -]u[|,;:#_.~*^ -]t[|,;:#_.~*^ -]e/ ascii nocase
        $k3 = /"r[|,;:#_.~*^ -]e[|,;:#_.~*^ -]q[|,;:#_.~*^ -]u[|,;:#_.~*^ -]e[|,;:#_.~*^ -]s[|,;:#_.~*^ -]t"/ ascii nocase
    condition:
        #c1 > 4 or any of ($a1, $s1, $j*, $x*, $m1, $h1, $k*)
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
        $rq4 = /"[^"\r\n]{0,40}[^A-Za-z.]request[^A-Za-z(.][^"\r\n]{0,40}"/ ascii nocase
        $var = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\(?[ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,4}(\)|\r|\n|&|:)/ ascii nocase
        $fn = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\([ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,40}\("/ ascii nocase
        $hx = /Chr[BW]?\([ \t]{0,2}(CLng|CInt|CByte)?\(?[ \t]{0,2}"&H"/ ascii nocase
        $cm = /Chr[BW]?\([ \t]{0,2}[A-Za-z_][A-Za-z0-9_]{0,20}\([A-Za-z0-9_]{1,20}\)[ \t]{0,2}[-+*\/]/ ascii nocase
        $sk = /"r[|,;:#_.~*^ -]e[|,;:#_.~*^ -]q[|,;:#_.~*^ -]u[|,;:#_.~*^ -]e[|,;:#_.~*^ -]s[|,;:#_.~*^ -]t"/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 200KB and ($var or $fn) and (ASP_Classic_String_Hiding or $rq3) and
        (ASP_Classic_Input or 1 of ($ev*) or $rq2 or $rq3 or $rq4 or $cm or $hx or $sk)
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
        $ex = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\(?[ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,4}(\([ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]{0,4}\))?[ \t]{0,4}(\)|\r|\n|:|%>)/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 30KB and $as and $ex
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
        $d1 = /Xor[ \t]{1,4}Asc/ ascii nocase
        $d2 = "bin.base64" ascii nocase
        $d3 = /Decrypt[ \t]{0,2}\(/ ascii nocase
        $d4 = /98\)[ \t]{0,2}&[ \t]{0,2}Chr\(105\)[ \t]{0,2}&[ \t]{0,2}Chr\(110\)[ \t]{0,2}&[ \t]{0,2}Chr\(46\)/ ascii nocase
        $d5 = " Xor " ascii nocase
        $s1 = "Session(" ascii nocase
    condition:
        ASP_Classic_Context and filesize < 200KB and ASP_Classic_Dynamic_Exec and ASP_Classic_Input and
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
        $l3 = ".Files" ascii nocase
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
        $l1 and 1 of ($u*) and ((2 of ($d*) and 1 of ($r*)) or (1 of ($d*) and $l2 and $l3))
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
        $c3 = /\.Execute[ \t]{0,4}\(?[ \t]{0,4}(trim\()?request[ \t]{0,4}(\.form|\.querystring)?[ \t]{0,4}\(/ ascii nocase
        $a = "ADODB.Connection" ascii nocase
    condition:
        ASP_Classic_Context and filesize < 1MB and $a and 1 of ($c*)
}

rule ASP_Shell_Object_By_CLSID : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP instantiating WScript.Shell or Shell.Application by CLSID (<object runat=server classid=...>) instead of by name - hides a command-execution object from name-based checks"
        family = "ASP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "clsid:72C24DD5-D70A-438B-8A42-98424B88AFB8" ascii nocase
        $c2 = "clsid:13709620-C279-11CE-A49E-444553540000" ascii nocase
        $o = "<object" ascii nocase
        $r = "runat=server" ascii nocase
        $r2 = "runat=\"server\"" ascii nocase
    condition:
        filesize < 1MB and 1 of ($c*) and $o and 1 of ($r*)
}

rule ASP_Encoded_Script_Shell_Traits : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP hidden with the Microsoft Script Encoder (#@~^ blocks) that also sets an unlimited script timeout or declares shell objects by CLSID - the packaging of large Chinese ASP web shells"
        family = "ASP-Obfuscated"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $enc = "#@~^" ascii
        $t = /ScriptTimeout[ \t]{0,4}=[ \t]{0,4}[0-9]{6}/ ascii nocase
        $c1 = "72C24DD5-D70A-438B-8A42-98424B88AFB8" ascii nocase
        $c2 = "13709620-C279-11CE-A49E-444553540000" ascii nocase
    condition:
        ASP_Classic_Context and filesize < 2MB and $enc and ($t or 1 of ($c*))
}

rule ASP_Remote_Script_Dropper : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP downloading a file over HTTP (XMLHTTP) and saving it with ADODB.Stream as a server script under the web root (web-shell dropper)"
        family = "ASP-Dropper"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $h1 = "XMLHTTP" ascii nocase
        $h2 = "WinHttp.WinHttpRequest" ascii nocase
        $b = "responseBody" ascii nocase
        $s = ".SaveToFile" ascii nocase
        $m = /MapPath\([^)\n]{0,60}\.(asp|aspx|asa|cer|cdx|ashx|php|jsp)"/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 500KB and 1 of ($h*) and $b and $s and $m
}

rule ASP_ServU_Local_Admin_Exploit : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP speaking the Serv-U FTP local administration protocol (SITE MAINTENANCE, -SETUSERSETUP/-SETDOMAIN) to add an FTP user with system rights - a privilege-escalation page"
        family = "ASP-ServU-Exploit"
        reference = "https://attack.mitre.org/techniques/T1068/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $m = "SITE MAINTENANCE" ascii nocase
        $c1 = "-SETUSERSETUP" ascii nocase
        $c2 = "-SETDOMAIN" ascii nocase
        $c3 = "-DELETEDOMAIN" ascii nocase
        $x1 = "site exec" ascii nocase
        $x2 = "127.0.0.1:" ascii
        $x3 = "XMLHTTP" ascii nocase
    condition:
        filesize < 1MB and (($m and 1 of ($c*)) or ($x1 and $x2 and $x3))
}

rule ASP_SEO_Cloaking_Proxy : webshell asp seo
{
    meta:
        severity = "medium"
        description = "Classic ASP fetching page content from a remote server keyed by this site's host name (optionally only for search-engine crawlers) and printing it - SEO-spam cloaking / parasite page"
        family = "ASP-SEO-Spam"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $h1 = "ServerXMLHTTP" ascii nocase
        $h2 = "Microsoft.XMLHTTP" ascii nocase
        $v1 = "servervariables(\"HTTP_HOST\")" ascii nocase
        $v2 = "servervariables(\"script_name\")" ascii nocase
        $w = "response.write" ascii nocase
        $k1 = "Spider" ascii nocase
        $k2 = "Googlebot" ascii nocase
        $k3 = "Query_String\")" ascii nocase
        $k4 = /attributes[ \t]{0,4}=[ \t]{0,4}7/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 500KB and 1 of ($h*) and $v1 and $v2 and $w and 1 of ($k*)
}

rule ASP_Credential_Logger : webshell asp
{
    meta:
        severity = "medium"
        description = "Classic ASP appending posted user names and passwords with the client address to a text file (credential harvester dropped next to a login page)"
        family = "ASP-CredentialLogger"
        reference = "https://attack.mitre.org/techniques/T1056/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p = /request(\.form)?[ \t]{0,2}\([ \t]{0,2}"(pass|password|pwd|passwd|pw)"/ ascii nocase
        $a = "REMOTE_ADDR" ascii nocase
        $o = /OpenTextFile\([^\r\n]{1,120},[ \t]{0,2}8[ \t]{0,2},/ ascii nocase
        $w = ".writeline" ascii nocase
    condition:
        ASP_Classic_Context and filesize < 200KB and $p and $a and $o and $w
}

rule ASP_Recon_Terminal_Service_Port : webshell asp
{
    meta:
        severity = "medium"
        description = "Classic ASP reading the Remote Desktop listening port from the registry (WScript.Shell RegRead of RDP-Tcp PortNumber) - web-shell reconnaissance module"
        family = "ASP-Recon"
        reference = "https://attack.mitre.org/techniques/T1012/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $r = "regread" ascii nocase
        $k = "WinStations\\RDP-Tcp" ascii nocase
        $p = "PortNumber" ascii nocase
    condition:
        filesize < 1MB and $r and $k and $p
}

rule ASP_Behinder_Payload_Module : webshell asp
{
    meta:
        severity = "high"
        description = "Behinder classic-ASP payload module (command, file, database or info module with the client's __Encrypt__ placeholder and MSXML bin.base64 result encoding)"
        family = "Behinder"
        reference = "https://github.com/rebeyond/Behinder"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p = "__Encrypt__" ascii nocase
        $b1 = "bin.base64" ascii nocase
        $b2 = "ADODB.Stream" ascii nocase
    condition:
        filesize < 500KB and $p and 1 of ($b*)
}

rule ASP_Request_File_Writer : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP writing request-supplied text to a file whose name also comes from the request (ADODB.Stream WriteText/SaveToFile or FileSystemObject CreateTextFile) - an uploader used to plant web shells and spam pages"
        family = "ASP-Uploader"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $w1 = /\.WriteText[ \t]{0,4}=?[ \t]{0,4}\(?[ \t]{0,4}request/ ascii nocase
        $w2 = /CreateTextFile\([ \t]{0,4}(trim\()?request/ ascii nocase
        $s1 = ".SaveToFile" ascii nocase
        $p1 = /[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,4}=[ \t]{0,4}request[ \t]{0,2}\([ \t]{0,2}"[A-Za-z_]{1,20}"\)/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 500KB and (($w1 and $s1 and $p1) or $w2)
}

rule ASP_Multi_Capability_Shell : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP page combining a command-shell object (WScript.Shell / Shell.Application / cmd.exe) with file-system and ADO stream or database objects and request input - the layout of all-in-one ASP web shells"
        family = "ASP-WebShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s1 = "WScript.Shell" ascii nocase
        $s2 = "Shell.Application" ascii nocase
        $s3 = "cmd.exe" ascii nocase
        $s4 = "72C24DD5-D70A-438B-8A42-98424B88AFB8" ascii nocase
        $s5 = "13709620-C279-11CE-A49E-444553540000" ascii nocase
        $f1 = "Scripting.FileSystemObject" ascii nocase
        $f2 = "0D43FE01-F093-11CF-8940-00A0C9054228" ascii nocase
        $a1 = "ADODB.Stream" ascii nocase
        $a2 = "ADODB.Connection" ascii nocase
        $a3 = "ADOX.Catalog" ascii nocase
    condition:
        ASP_Classic_Context and ASP_Classic_Input and filesize < 2MB and 1 of ($s*) and 1 of ($f*) and 1 of ($a*)
}

rule ASP_Remote_Code_Execute : webshell asp
{
    meta:
        severity = "high"
        description = "Classic ASP downloading text over HTTP (XMLHTTP responseText) and running it with Execute/ExecuteGlobal/Eval - a remote-controlled loader"
        family = "ASP-EvalShell"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $h1 = "XMLHTTP" ascii nocase
        $h2 = "WinHttp.WinHttpRequest" ascii nocase
        $t = ".responseText" ascii nocase
        $ex = /(^|[^.A-Za-z0-9_])(execute|executeglobal|eval)[ \t]{0,4}\(?[ \t]{0,4}[A-Za-z_][A-Za-z0-9_.]{0,40}[ \t]{0,4}(\)|\r|\n|:|%>)/ ascii nocase
    condition:
        ASP_Classic_Context and filesize < 500KB and 1 of ($h*) and $t and $ex
}
