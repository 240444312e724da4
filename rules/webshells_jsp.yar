/*
 * webshells_jsp.yar - breachscan bundled rules for generic JSP/JSPX web shells:
 * request-controlled command execution (direct, split, reflective), class
 * loading from request bytes (Behinder / Godzilla style), request-fed script
 * engines and file managers with upload.  Every rule combines markers that
 * legitimate JSP code uses only one at a time.  Namespace: webshells_jsp.
 */

private rule JSP_Context
{
    meta:
        description = "helper: file looks like JSP / JSPX / Java server code"
    strings:
        $d1 = "<%@ page" nocase
        $d2 = "<%@page" nocase
        $d3 = "<jsp:" nocase
        $d4 = "<%!" ascii
        $r1 = "request.getParameter(" ascii
        $r2 = "request.getReader()" ascii
        $r3 = "request.getInputStream()" ascii
    condition:
        any of them
}

rule JSP_Request_Command_Exec_Direct : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP passing a request parameter straight into Runtime.exec or ProcessBuilder"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $x1 = /getRuntime\(\)[ \t]{0,4}\.[ \t]{0,4}exec[ \t]{0,4}\([ \t]{0,4}request\.getParameter\(/ ascii
        $x2 = /ProcessBuilder[ \t]{0,4}\([ \t]{0,4}request\.getParameter\(/ ascii
        $x3 = /\.exec[ \t]{0,4}\([ \t]{0,4}new String\[\][ \t]{0,4}\{[^}\n]{0,80}request\.getParameter\(/ ascii
    condition:
        JSP_Context and filesize < 2MB and any of them
}

rule JSP_Request_Command_Exec_Output : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP that runs a process (Runtime.exec / ProcessBuilder), reads its output streams and takes request parameters - a command shell even when the call is split over variables"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $rt = "Runtime.getRuntime()" ascii
        $ex = ".exec(" ascii
        $pb = "new ProcessBuilder(" ascii
        $st = ".start()" ascii
        $sh1 = "\"/bin/sh\"" ascii
        $sh2 = "\"/bin/bash\"" ascii
        $sh3 = "\"cmd.exe\"" ascii nocase
        $sh4 = "\"cmd\"" ascii nocase
        $sh5 = "\"-c\"" ascii
        $sh6 = "\"/c\"" ascii nocase
        $o1 = ".getInputStream()" ascii
        $o2 = ".getErrorStream()" ascii
        $r = "request.getParameter(" ascii
    condition:
        JSP_Context and filesize < 2MB and $r and
        (($rt and $ex) or ($pb and $st)) and 1 of ($o*) and 1 of ($sh*)
}

rule JSP_Reflective_Runtime_Exec : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP reaching Runtime.exec through reflection (getMethod(\"exec\") / getMethod(\"getRuntime\") + invoke) with request input"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $c1 = "\"java.lang.Runtime\"" ascii
        $c2 = "\"java.lang.ProcessBuilder\"" ascii
        $m1 = "getMethod(\"exec\"" ascii
        $m2 = "getDeclaredMethod(\"exec\"" ascii
        $m3 = "getMethod(\"getRuntime\"" ascii
        $m4 = "getDeclaredMethod(\"getRuntime\"" ascii
        $m5 = "getMethod(\"start\"" ascii
        $i = ".invoke(" ascii
        $r = "request.getParameter(" ascii
    condition:
        JSP_Context and filesize < 2MB and $r and $i and 2 of ($c*, $m*)
}

rule JSP_ClassLoader_Request_Bytes : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP defining classes from decoded/decrypted request bytes with a custom or reflective ClassLoader (Behinder / Godzilla style)"
        family = "JSP-ClassLoaderShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $dc1 = "defineClass(" ascii
        $dc2 = "\"defineClass\"" ascii
        $cl = "ClassLoader" ascii
        $in1 = "request.getReader()" ascii
        $in2 = "request.getInputStream()" ascii
        $in3 = "request.getParameter(" ascii
        $cr1 = "Cipher.getInstance(" ascii
        $cr2 = "SecretKeySpec" ascii
        $b1 = "BASE64Decoder" ascii
        $b2 = "getDecoder()" ascii
        $b3 = "parseBase64Binary" ascii
    condition:
        JSP_Context and filesize < 2MB and 1 of ($dc*) and $cl and 1 of ($in*) and 1 of ($cr*, $b*)
}

rule WebShell_Behinder_Default_Key : webshell
{
    meta:
        severity = "critical"
        description = "Behinder web shell default AES key (first 16 hex digits of the MD5 of 'rebeyond') next to decryption code"
        family = "Behinder"
        reference = "https://github.com/rebeyond/Behinder"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $k = "e45e329feb5d925b" ascii wide
        $c1 = "AES" ascii wide
        $c2 = "Cipher" ascii wide
        $c3 = "openssl_decrypt" ascii
        $c4 = "RijndaelManaged" ascii wide
    condition:
        filesize < 2MB and $k and 1 of ($c*)
}

rule WebShell_Godzilla_Default_Key : webshell
{
    meta:
        severity = "critical"
        description = "Godzilla web shell default key (first 16 hex digits of the MD5 of 'key') next to decryption / class-loading code"
        family = "Godzilla"
        reference = "https://github.com/BeichenDream/Godzilla"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $k = "3c6e0b8a9c15224a" ascii wide
        $c1 = "AES" ascii wide
        $c2 = "defineClass" ascii wide
        $c3 = "Assembly.Load" ascii wide
        $c4 = "openssl_decrypt" ascii
    condition:
        filesize < 2MB and $k and 1 of ($c*)
}

rule JSP_ScriptEngine_Request_Eval : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP evaluating request-supplied code with a javax.script ScriptEngine"
        family = "JSP-ScriptShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $s1 = "ScriptEngineManager" ascii
        $s2 = "getEngineByName(" ascii
        $s3 = "getEngineByExtension(" ascii
        $e = ".eval(" ascii
        $r = "request.getParameter(" ascii
    condition:
        JSP_Context and filesize < 2MB and $s1 and 1 of ($s2, $s3) and $e and $r
}

rule JSP_File_Manager_Upload : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP file manager: directory listing, upload (request body to FileOutputStream), delete and download driven by request parameters in one page"
        family = "JSP-FileManager"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $l = ".listFiles()" ascii
        $w = "FileOutputStream(" ascii
        $u1 = "multipart/form-data" ascii nocase
        $u2 = "request.getInputStream()" ascii
        $d1 = ".delete()" ascii
        $d2 = ".renameTo(" ascii
        $g1 = "Content-Disposition" ascii nocase
        $g2 = "response.getOutputStream()" ascii
        $r = "request.getParameter(" ascii
    condition:
        JSP_Context and filesize < 2MB and $r and $l and $w and 1 of ($u*) and 1 of ($d*) and 1 of ($g*)
}
