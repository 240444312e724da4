/*
 * webshells_aspx.yar - breachscan bundled rules for ASP.NET web shells
 * (.aspx / .ashx / .asmx / .ascx): China-Chopper-style JScript eval,
 * request text into System.Diagnostics.Process or COM shell objects,
 * assemblies loaded from request bytes (Behinder / Godzilla / AntSword style),
 * run-time code compilation, in-memory handlers (virtual path providers, MVC
 * filters, routes, HttpListener), socket tunnels and file managers.
 * Private helpers describe one capability each; public rules need several.
 * Classic ASP (VBScript/JScript) lives in webshells_asp_classic.yar.
 * Namespace: webshells_aspx.
 */

private rule ASPX_Context
{
    meta:
        description = "helper: file looks like ASP / ASP.NET server code"
    strings:
        $p1 = "<%@ Page" ascii nocase
        $p2 = "<%@Page" ascii nocase
        $p3 = "<%@ WebHandler" ascii nocase
        $p4 = "<%@ WebService" ascii nocase
        $p5 = "runat=\"server\"" ascii nocase
        $p6 = "<%@ Language" ascii nocase
        $p7 = "IHttpHandler" ascii
        $p8 = "<%@ Import" ascii nocase
        $p9 = "<%@ Assembly" ascii nocase
        $p10 = "<%@ Control" ascii nocase
        $p11 = "<%@ Application" ascii nocase
        $p12 = "runat=server" ascii nocase
    condition:
        any of them
}

private rule ASPX_Input
{
    meta:
        description = "helper: .NET code reading request data (form, query, item, params, headers, cookies, body)"
    strings:
        $r1 = "Request.Form" ascii nocase
        $r2 = "Request.QueryString" ascii nocase
        $r3 = "Request.Item" ascii nocase
        $r4 = "Request[" ascii
        $r5 = "Request.Params" ascii nocase
        $r6 = "Request.Headers" ascii nocase
        $r7 = "Request.Cookies" ascii nocase
        $r8 = "Request.BinaryRead" ascii nocase
        $r9 = "Request.InputStream" ascii nocase
        $r10 = "Request(\"" ascii nocase
        $r11 = "Request.TotalBytes" ascii nocase
        $r12 = "Request.Files" ascii nocase
        $r13 = "GetBufferlessInputStream" ascii
        $r14 = "Request.ContentLength" ascii nocase
        $r15 = "GetProperty(\"InputStream\")" ascii
        $r16 = "context.Request" ascii nocase
    condition:
        any of them
}

private rule ASPX_Assembly_Load_Sink
{
    meta:
        description = "helper: .NET code loading an assembly from bytes (Assembly.Load, AppDomain.Load, reflective lookup of Load)"
    strings:
        $a1 = "Assembly.Load(" ascii
        $a2 = "Assembly.Load (" ascii
        $a3 = "CurrentDomain.Load(" ascii
        $a4 = "System.Reflection.Assembly\")" ascii
        $a5 = "typeof(System.Reflection.Assembly)" ascii
        $a6 = "GetMethod(\"Load\"" ascii
        $a7 = "\"TG9hZA==\"" ascii
        $a8 = /0x53,[ \t]{0,2}0x79,[ \t]{0,2}0x73,[ \t]{0,2}0x74,[ \t]{0,2}0x65,[ \t]{0,2}0x6d,[ \t]{0,2}0x2e,[ \t]{0,2}0x52/ ascii nocase
        $a9 = "Assembly.UnsafeLoadFrom" ascii
        $a10 = "\"Load\", new" ascii
        $a11 = "Assembly).Load" ascii
        $a12 = "[Assembly]::Load" ascii nocase
        $a13 = "'L','o','a','d'" ascii
        $a14 = "'L', 'o', 'a', 'd'" ascii
        $a16 = "typeof(Assembly)" ascii
        $a17 = "U3lzdGVtLlJlZmxlY3Rpb24uQXNzZW1ibHk" ascii
        $a15 = /76,[ \t]{0,2}111,[ \t]{0,2}97,[ \t]{0,2}100[ \t]{0,2}\}/ ascii
    condition:
        any of them
}

private rule ASPX_Decrypt
{
    meta:
        description = "helper: .NET decryption / decoding of data (Rijndael/AES decryptor, XOR loop, Base64)"
    strings:
        $c1 = "CreateDecryptor" ascii
        $c2 = "TransformFinalBlock" ascii
        $c3 = "RijndaelManaged" ascii
        $c4 = "AesManaged" ascii
        $c5 = "\"Rijndael" ascii
        $c6 = "'R', 'i', 'j', 'n'" ascii
        $c7 = "'R','i','j','n'" ascii
        $c8 = "CryptoStream" ascii
        $b1 = "FromBase64String" ascii
        $d1 = /Decrypt[ \t]{0,2}\(/ ascii
    condition:
        any of them
}

private rule ASPX_Process_Sink
{
    meta:
        description = "helper: .NET code starting processes or a COM shell object"
    strings:
        $p1 = "ProcessStartInfo" ascii
        $p2 = "Process.Start(" ascii
        $p3 = "Diagnostics.Process" ascii
        $c1 = "WScript.Shell" ascii nocase
        $c2 = "Shell.Application" ascii nocase
        $c3 = "72C24DD5-D70A-438B-8A42-98424B88AFB8" ascii nocase
        $c4 = "13709620-C279-11CE-A49E-444553540000" ascii nocase
        $c5 = "%57%53%63%72%69%70%74" ascii nocase
        $c6 = "F935DC22-1CF0-11D0-ADB9-00C04FD58A0B" ascii nocase
    condition:
        any of them
}

private rule ASPX_Runtime_Registration
{
    meta:
        description = "helper: ASP.NET code adding request handlers at run time (virtual path provider, MVC global filter, route, HttpListener, module/handler events)"
    strings:
        $v1 = "RegisterVirtualPathProvider" ascii
        $v2 = "GlobalFilters.Filters" ascii
        $v3 = "RouteTable.Routes" ascii
        $v4 = "new HttpListener(" ascii
        $v5 = "new System.Net.HttpListener(" ascii
        $v6 = "DynamicModuleUtility.RegisterModule" ascii
        $v7 = "PreRequestHandlerExecute +=" ascii
        $v8 = "BeginRequest +=" ascii
        $v9 = "\"_theApplicationManager\"" ascii
        $v10 = "RemapHandler(" ascii
    condition:
        any of them
}

rule ASPX_Eval_Request_OneLiner : webshell aspx
{
    meta:
        severity = "critical"
        description = "ASP/ASPX evaluating request text (eval(Request.Item[..],\"unsafe\") - China Chopper style one-liner)"
        family = "ChinaChopper"
        reference = "https://attack.mitre.org/software/S0020/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $e1 = /eval[ \t]{0,4}\([ \t]{0,4}Request(\.Item|\.Form|\.QueryString)?[ \t]{0,4}[\[\(]/ ascii nocase
        $e2 = /Execute(Global)?[ \t]{0,4}\(?[ \t]{0,4}Request(\.Item|\.Form|\.QueryString)?[ \t]{0,4}\(/ ascii nocase
        $u = "\"unsafe\"" ascii nocase
    condition:
        ASPX_Context and filesize < 1MB and ($e1 or $e2) and ($u or filesize < 2KB)
}

rule ASPX_JScript_Unsafe_Eval : webshell aspx
{
    meta:
        severity = "high"
        description = "JScript.NET page evaluating a string with eval(..., \"unsafe\") and reading the request - the China Chopper server side, also when the request name is hidden in escapes or split over lines"
        family = "ChinaChopper"
        reference = "https://attack.mitre.org/software/S0020/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $l1 = /Language[ \t]{0,4}=[ \t]{0,4}"?(Jscript|JavaScript)/ ascii nocase
        $e = /eval[ \t]{0,4}\([^;\n]{1,200},[ \t]{0,4}"unsafe"/ ascii nocase
        $e2 = /eval[ \t]{0,4}\([ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,4},[ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]{0,4}\)/ ascii
        $r1 = "Request" ascii
        $r2 = "\\u0052\\u0065\\u0071" ascii nocase
    condition:
        filesize < 1MB and $l1 and ($e or ($e2 and $r1)) and 1 of ($r*)
}

rule ASPX_Request_Process_Exec : webshell aspx
{
    meta:
        severity = "critical"
        description = "ASPX starting cmd.exe / a process (System.Diagnostics.Process) with request-supplied arguments and returning its output"
        family = "ASPX-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $p1 = "ProcessStartInfo" ascii
        $p2 = "Process.Start(" ascii
        $p3 = "System.Diagnostics" ascii
        $p4 = "Process()" ascii
        $c1 = "cmd.exe" ascii nocase
        $c2 = "powershell" ascii nocase
        $c3 = "\"cmd\"" ascii nocase
        $o1 = "RedirectStandardOutput" ascii
        $o2 = "StandardOutput.ReadToEnd" ascii
        $o3 = "StandardOutput" ascii
    condition:
        ASPX_Context and ASPX_Input and filesize < 1MB and 2 of ($p*) and 1 of ($c*) and 1 of ($o*)
}

rule ASPX_Request_COM_Shell_Exec : webshell aspx
{
    meta:
        severity = "critical"
        description = "ASPX driving the WScript.Shell / Shell.Application COM object (by ProgID, CLSID or escaped name) with request input - command execution without System.Diagnostics"
        family = "ASPX-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "WScript.Shell" ascii nocase
        $c2 = "Shell.Application" ascii nocase
        $c3 = "72C24DD5-D70A-438B-8A42-98424B88AFB8" ascii nocase
        $c4 = "13709620-C279-11CE-A49E-444553540000" ascii nocase
        $c5 = "%57%53%63%72%69%70%74" ascii nocase
        $x1 = ".Exec(" ascii nocase
        $x2 = "\"Exec\"" ascii nocase
        $x3 = ".Run(" ascii nocase
        $x4 = "ShellExecute" ascii nocase
        $x5 = "\"Run\"" ascii
    condition:
        ASPX_Context and ASPX_Input and filesize < 1MB and 1 of ($c*) and 1 of ($x*)
}

rule ASPX_Request_Command_Exec : webshell aspx
{
    meta:
        severity = "high"
        description = "ASP.NET page that starts processes (or a COM shell) and reads request input: a command-execution backdoor unless it is a known admin tool"
        family = "ASPX-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s1 = "cmd.exe" ascii nocase
        $s2 = "\"cmd\"" ascii nocase
        $s3 = "/c " ascii
        $s4 = "powershell" ascii nocase
        $s5 = ".Exec(" ascii nocase
        $s6 = "StandardOutput" ascii
    condition:
        ASPX_Context and ASPX_Input and ASPX_Process_Sink and 1 of ($s*) and filesize < 1MB
}

rule ASPX_Assembly_Load_Request_Bytes : webshell aspx
{
    meta:
        severity = "critical"
        description = "ASPX loading an assembly from request bytes after decryption (Behinder / Godzilla style)"
        family = "ASPX-AssemblyLoaderShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    condition:
        ASPX_Context and filesize < 1MB and ASPX_Assembly_Load_Sink and ASPX_Input and ASPX_Decrypt
}

rule ASPX_Dynamic_Compile_Request : webshell aspx
{
    meta:
        severity = "critical"
        description = "ASPX compiling request-supplied source at run time (CodeDomProvider CompileAssemblyFromSource / Roslyn) - arbitrary .NET code execution"
        family = "ASPX-CompilerShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "CompileAssemblyFromSource" ascii
        $c2 = "CSharpCodeProvider" ascii
        $c3 = "VBCodeProvider" ascii
        $c4 = "CSharpCompilation.Create" ascii
        $c5 = "JScriptCodeProvider" ascii
        $c6 = "CompileAssemblyFromDom" ascii
    condition:
        ASPX_Context and ASPX_Input and filesize < 1MB and 1 of ($c*)
}

rule ASPX_Memory_Shell_Injector : webshell aspx memshell
{
    meta:
        severity = "critical"
        description = "ASPX registering a request handler at run time (VirtualPathProvider, MVC global filter, route, HttpListener) whose code runs commands or loads assemblies - an in-memory web shell that survives deleting the page"
        family = "ASPX-MemShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        ASPX_Context and filesize < 1MB and ASPX_Runtime_Registration and
        (ASPX_Assembly_Load_Sink or ASPX_Process_Sink or ASPX_Decrypt)
}

rule ASPX_HTTP_Relay_Tunnel : webshell aspx tunnel
{
    meta:
        severity = "high"
        description = "ASP.NET page that answers a GET with a fixed word (the client's liveness probe) and forwards the raw request body to a server named in the request, writing the reply back: an HTTP relay tunnel (pystinger style)"
        family = "ASPX-Tunnel"
        reference = "https://attack.mitre.org/techniques/T1090/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $g = /Request\.HttpMethod[ \t]{0,3}==[ \t]{0,3}"GET"[ \t]{0,3}\)[ \t\r\n]{0,10}\{?[ \t\r\n]{0,20}Response\.Write\([ \t]{0,3}"[^"\n]{1,40}"[ \t]{0,3}\)/ ascii nocase
        $in1 = "Request.InputStream" ascii nocase
        $in2 = "Request.BinaryRead(" ascii nocase
        $o1 = "WebRequest.Create(" ascii
        $o2 = "GetRequestStream()" ascii
        $w = /Response\.(Write|BinaryWrite)\([ \t]{0,3}[A-Za-z_]/ ascii
        $r = /Request(\.Form|\.QueryString|\.Headers)?\[/ ascii
    condition:
        ASPX_Context and filesize < 30KB and $g and 1 of ($in*) and all of ($o*) and $w and $r
}

rule ASPX_Socket_Tunnel : webshell aspx tunnel
{
    meta:
        severity = "high"
        description = "ASP.NET page opening TCP sockets to a host taken from the request and relaying bytes through the HTTP response (reGeorg / Neo-reGeorg / Tunna / suo5 / ABPTTS style tunnel)"
        family = "ASPX-Tunnel"
        reference = "https://attack.mitre.org/techniques/T1090/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s1 = "new Socket(" ascii
        $s2 = "SocketType.Stream" ascii
        $s3 = "new TcpClient(" ascii
        $s4 = "System.Net.Sockets" ascii
        $c1 = ".Connect(" ascii
        $c2 = "BeginConnect" ascii
        $c3 = "IPEndPoint" ascii
        $o1 = "Response.BinaryWrite" ascii
        $o2 = "Response.OutputStream" ascii
        $o3 = "Response.Write" ascii
        $k1 = "Session[" ascii
        $k2 = "Application[" ascii
        $k3 = ".Receive(" ascii
        $k4 = "\"DISCONNECT\"" ascii
    condition:
        ASPX_Context and ASPX_Input and filesize < 1MB and 1 of ($s*) and 1 of ($c*) and 1 of ($o*) and 1 of ($k*)
}

rule ASPX_File_Manager_Upload : webshell aspx
{
    meta:
        severity = "high"
        description = "ASP.NET file manager: directory listing, upload (SaveAs), delete and download driven by the request in one file"
        family = "ASPX-FileManager"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $l1 = "Directory.GetFiles(" ascii
        $l2 = "GetDirectories(" ascii
        $l3 = ".GetFileSystemInfos(" ascii
        $u = ".SaveAs(" ascii
        $d = "File.Delete(" ascii
        $g1 = "TransmitFile(" ascii
        $g2 = "Response.WriteFile(" ascii
        $g3 = "File.ReadAllBytes(" ascii
        $r1 = "Request.QueryString[" ascii
        $r2 = "Request.Form[" ascii
        $r3 = "Request[\"" ascii
    condition:
        ASPX_Context and filesize < 1MB and 1 of ($l*) and $u and $d and 1 of ($g*) and 1 of ($r*)
}

rule ASPX_Request_SQL_Client : webshell aspx
{
    meta:
        severity = "medium"
        description = "ASP.NET database client whose connection string comes from the request (web-shell SQL manager)"
        family = "ASPX-DBManager"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = /(Sql|OleDb|Odbc)Connection\([ \t]{0,4}Request/ ascii
        $c2 = /ConnectionString[ \t]{0,4}=[ \t]{0,4}Request/ ascii
        $c3 = /(Sql|OleDb|Odbc)Connection\([ \t]{0,4}[A-Za-z_]{1,30}\.Text\)/ ascii
        $q = "ExecuteReader" ascii
        $q2 = "ExecuteNonQuery" ascii
        $q3 = ".Fill(" ascii
    condition:
        ASPX_Context and filesize < 1MB and 1 of ($c*) and 1 of ($q*)
}

rule ASPX_Process_Output_Page : webshell aspx
{
    meta:
        severity = "high"
        description = "ASP.NET page starting a process whose file name or arguments come from page input, capturing standard output and printing it - a Web Forms command shell even without Request[...]"
        family = "ASPX-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $f1 = /StartInfo\.FileName[ \t]{0,4}=[ \t]{0,4}[A-Za-z_][A-Za-z0-9_.()]{0,40}[;\r\n]/ ascii
        $f3 = /StartInfo\.FileName[ \t]{0,4}=[ \t]{0,4}Server\.MapPath\(/ ascii
        $f2 = /StartInfo\.Arguments[ \t]{0,4}=[ \t]{0,4}[A-Za-z_" ]/ ascii
        $r = "RedirectStandardOutput" ascii
        $o = "StandardOutput.ReadToEnd" ascii
        $w1 = "Response.Write(" ascii
        $w2 = /\.Text[ \t]{0,4}\+?=[ \t]{0,4}[A-Za-z_]/ ascii
        $u = "UseShellExecute" ascii
    condition:
        ASPX_Context and filesize < 1MB and ($f1 or $f3) and $f2 and $r and $o and $u and 1 of ($w*)
}

rule ASPX_Form_File_Writer : webshell aspx
{
    meta:
        severity = "medium"
        description = "ASP.NET page writing a file whose path and content both come from form fields (arbitrary file writer / uploader used to plant web shells)"
        family = "ASPX-FileManager"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p1 = /new (System\.IO\.)?FileInfo\([ \t]{0,4}[A-Za-z0-9_]{1,30}\.Text[ \t]{0,4}\)/ ascii
        $p2 = /new (System\.IO\.)?StreamWriter\([ \t]{0,4}[A-Za-z0-9_]{1,30}\.Text/ ascii
        $p3 = /File\.WriteAll(Text|Bytes)\([ \t]{0,4}[A-Za-z0-9_]{1,30}\.Text/ ascii
        $p4 = /File\.WriteAll(Text|Bytes)\([ \t]{0,4}Request/ ascii
        $p5 = /(File\.WriteAll(Text|Bytes)|new (System\.IO\.)?StreamWriter|File\.AppendAllText)\([^;\n]{0,80}Request[^;\n]{0,80},[^;\n]{0,60}Request/ ascii
        $c1 = /\.Write(Line)?\([ \t]{0,4}[A-Za-z0-9_]{1,30}\.Text[ \t]{0,4}\)/ ascii
        $c2 = /,[ \t]{0,4}[A-Za-z0-9_]{1,30}\.Text[ \t]{0,4}\)/ ascii
        $c3 = /,[ \t]{0,4}Request/ ascii
    condition:
        ASPX_Context and filesize < 500KB and (1 of ($p1, $p2, $p3, $p4) and 1 of ($c*) or $p5)
}

rule ASPX_IIS_Metabase_Credential_Dump : webshell aspx
{
    meta:
        severity = "high"
        description = "ASP.NET page enumerating IIS sites through the metabase (DirectoryEntry IIS://localhost/W3SVC) and reading anonymous-user or application-pool passwords"
        family = "ASPX-Recon"
        reference = "https://attack.mitre.org/techniques/T1552/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $i = "IIS://localhost/W" ascii nocase
        $d = "DirectoryEntry" ascii
        $p1 = "AnonymousUserPass" ascii
        $p2 = "WAMUserPass" ascii
        $p3 = "AppPoolIdentity" ascii
        $p4 = "\"Password\"" ascii
    condition:
        ASPX_Context and filesize < 1MB and $i and $d and 1 of ($p*)
}

rule ASPX_Writable_Path_ACL_Search : webshell aspx
{
    meta:
        severity = "medium"
        description = "ASP.NET page that walks directories reading each one's access rules (GetAccessControl / GetAccessRules over GetDirectories): a search for folders the web server may write to, the step after a foothold"
        family = "ASPX-Recon"
        reference = "https://attack.mitre.org/techniques/T1083/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $acl = ".GetAccessControl(" ascii
        $rules = ".GetAccessRules(" ascii
        $walk1 = ".GetDirectories(" ascii
        $walk2 = "Directory.GetDirectories(" ascii
        $r1 = "FileSystemAccessRule" ascii
        $r2 = "FileSystemRights" ascii
    condition:
        ASPX_Context and filesize < 500KB and $acl and $rules and 1 of ($walk*) and 1 of ($r*)
}

rule ASPX_Raw_Socket_Sniffer : webshell aspx
{
    meta:
        severity = "high"
        description = "ASP.NET page opening a raw IP socket in promiscuous mode (IOControl ReceiveAll) to capture network traffic - a packet sniffer planted on the web server"
        family = "ASPX-Sniffer"
        reference = "https://attack.mitre.org/techniques/T1040/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $r = "SocketType.Raw" ascii
        $c1 = "IOControlCode.ReceiveAll" ascii
        $c2 = "SIO_RCVALL" ascii
        $c3 = ".IOControl(" ascii
    condition:
        ASPX_Context and filesize < 1MB and $r and 1 of ($c*)
}

rule ASPX_Registry_Browser : webshell aspx
{
    meta:
        severity = "medium"
        description = "ASP.NET page browsing every registry hive (Registry.LocalMachine/Users/ClassesRoot ... OpenSubKey, GetSubKeyNames, GetValue) and printing keys and values - web-shell reconnaissance module"
        family = "ASPX-Recon"
        reference = "https://attack.mitre.org/techniques/T1012/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $h1 = "Registry.LocalMachine" ascii
        $h2 = "Registry.Users" ascii
        $h3 = "Registry.ClassesRoot" ascii
        $h4 = "Registry.CurrentConfig" ascii
        $h5 = "Registry.CurrentUser" ascii
        $o = ".OpenSubKey(" ascii
        $n = ".GetSubKeyNames(" ascii
        $v = ".GetValueNames(" ascii
    condition:
        ASPX_Context and filesize < 1MB and 4 of ($h*) and $o and $n and $v
}

rule ASPX_WebService_Command_Method : webshell aspx
{
    meta:
        severity = "high"
        description = "ASMX web service exposing a [WebMethod] that starts processes, loads assemblies or evaluates code from its arguments (web-service shell: input arrives as SOAP parameters, not Request[...])"
        family = "ASPX-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $w1 = "<%@ WebService" ascii nocase
        $w2 = "[WebMethod" ascii
        $s1 = "cmd.exe" ascii nocase
        $s2 = "StandardOutput" ascii
        $s3 = "Assembly.Load(" ascii
        $s4 = "powershell" ascii nocase
        $s5 = "\"unsafe\"" ascii
    condition:
        filesize < 1MB and $w1 and $w2 and (ASPX_Process_Sink or ASPX_Assembly_Load_Sink or $s5) and 1 of ($s*)
}
