/*
 * webshells_aspx.yar - breachscan bundled rules for ASP.NET web shells
 * (.aspx / .ashx / .asmx / .asp): China-Chopper-style eval one-liners,
 * request text into System.Diagnostics.Process, assemblies loaded from request
 * bytes (Behinder / Godzilla style) and file managers with upload.
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
        $c1 = "cmd.exe" ascii nocase
        $c2 = "powershell" ascii nocase
        $o1 = "RedirectStandardOutput" ascii
        $o2 = "StandardOutput.ReadToEnd" ascii
        $r1 = "Request.Form[" ascii
        $r2 = "Request.QueryString[" ascii
        $r3 = "Request.Item[" ascii
        $r4 = "Request[\"" ascii
        $r5 = "Request.Params[" ascii
    condition:
        ASPX_Context and filesize < 1MB and 2 of ($p*) and 1 of ($c*) and 1 of ($o*) and 1 of ($r*)
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
    strings:
        $a = "Assembly.Load" ascii
        $i1 = "Request.BinaryRead" ascii
        $i2 = "Request.InputStream" ascii
        $i3 = "Request.Form[" ascii
        $i4 = "Convert.FromBase64String(Request" ascii
        $d1 = "CreateDecryptor" ascii
        $d2 = "RijndaelManaged" ascii
        $d3 = "TransformFinalBlock" ascii
        $d4 = "FromBase64String" ascii
        $x = "CreateInstance(" ascii
    condition:
        ASPX_Context and filesize < 1MB and $a and 1 of ($i*) and 1 of ($d*) and $x
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
