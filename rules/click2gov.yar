/*
 * click2gov.yar - breachscan bundled rules for the 2017-2020 Click2Gov campaign:
 * the SJavaWebManage JSP shell (several independent rules, so a renamed or
 * modified copy still hits at least one), traces of the WebLogic XMLDecoder
 * exploits in files and logs, Click2Gov configuration with debug logging on,
 * and the card-harvesting effects (tools and logs).  Written from the facts in
 * docs/RULES.md.  Namespace: click2gov.
 */

private rule C2G_JspContext
{
    meta:
        description = "helper: file looks like JSP / Java server code"
    strings:
        $d1 = "<%@ page" nocase
        $d2 = "<%@page" nocase
        $d3 = "<jsp:" nocase
        $r1 = "request.getParameter(" ascii
        $r2 = "<%!" ascii
    condition:
        any of them
}

rule Click2Gov_SJavaWebManage_Modules : webshell jsp
{
    meta:
        severity = "critical"
        description = "SJavaWebManage JSP web shell: module (m=) and action (do=) dispatch names of its login, environment, file, command and database pages"
        family = "SJavaWebManage"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $m1 = "\"EnvsInfo\"" ascii
        $m2 = "\"FileManage\"" ascii
        $m3 = "\"DBManage\"" ascii
        $m4 = "\"CMDS\"" ascii
        $u1 = "m=EnvsInfo" ascii
        $u2 = "m=FileManage" ascii
        $u3 = "m=DBManage" ascii
        $u4 = "m=CMDS" ascii
        $a1 = "\"DoLogin\"" ascii
        $a2 = "\"packFiles\"" ascii
        $a3 = "\"newFile\"" ascii
        $a4 = "\"editFile\"" ascii
        $a5 = "\"downFile\"" ascii
        $a6 = "do=DoLogin" ascii
        $a7 = "do=packFiles" ascii
        $a8 = "do=downFile" ascii
        $p1 = "getParameter(\"m\")" ascii
        $p2 = "getParameter(\"do\")" ascii
    condition:
        C2G_JspContext and filesize < 2MB and
        (2 of ($m*, $u*)) and (2 of ($a*) or 1 of ($p*))
}

rule Click2Gov_SJavaWebManage_Password_MD5 : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP that checks a login password against an MD5 constant known from SJavaWebManage (default password 'test' or the intrusion-set constant)"
        family = "SJavaWebManage"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $h_test = "098f6bcd4621d373cade4e832627b4f6" ascii nocase
        $h_set = "09a0aa1091460d23e5a68550826b359b" ascii nocase
        $c1 = "getInstance(\"MD5\")" ascii nocase
        $c2 = "session.setAttribute(" ascii
        $c3 = "request.getParameter(" ascii
        $c4 = "System.getProperty(\"os.name\")" ascii
    condition:
        C2G_JspContext and filesize < 2MB and
        ($h_set or ($h_test and 2 of ($c*)))
}

rule Click2Gov_SJavaWebManage_Intrusion_Constant : click2gov
{
    meta:
        severity = "high"
        description = "Intrusion-set MD5 constant of the SJavaWebManage shell outside a JSP (traffic capture, log, copy of the shell)"
        family = "SJavaWebManage"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $h_set = "09a0aa1091460d23e5a68550826b359b" ascii wide nocase
    condition:
        $h_set and not C2G_JspContext
}

rule Click2Gov_SJavaWebManage_OS_Command : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP choosing 'cmd /c' or '/bin/sh -c' by os.name and running a request-supplied command (SJavaWebManage command page)"
        family = "SJavaWebManage"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $os = "getProperty(\"os.name\")" ascii
        $w1 = "\"cmd\"" ascii nocase
        $w2 = "\"cmd.exe\"" ascii nocase
        $w3 = "cmd /c" ascii nocase
        $w4 = "cmd.exe /c" ascii nocase
        $n1 = "\"/bin/sh\"" ascii
        $n2 = "\"/bin/bash\"" ascii
        $n3 = "/bin/sh -c" ascii
        $n4 = "/bin/bash -c" ascii
        $e1 = "getRuntime()" ascii
        $e2 = "ProcessBuilder" ascii
        $r = "getParameter(" ascii
    condition:
        C2G_JspContext and filesize < 2MB and
        $os and $r and 1 of ($w*) and 1 of ($n*) and 1 of ($e*)
}

rule Click2Gov_SJavaWebManage_Combined_Managers : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP combining a file manager, a database manager and command execution driven by request parameters (SJavaWebManage layout)"
        family = "SJavaWebManage"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $f1 = ".listFiles()" ascii
        $f2 = "FileOutputStream" ascii
        $f3 = ".delete()" ascii
        $f4 = ".renameTo(" ascii
        $d1 = "DriverManager.getConnection" ascii
        $d2 = ".executeQuery(" ascii
        $d3 = ".getMetaData()" ascii
        $d4 = "Class.forName(" ascii
        $c1 = "getRuntime().exec(" ascii
        $c2 = "new ProcessBuilder(" ascii
        $r = "request.getParameter(" ascii
    condition:
        C2G_JspContext and filesize < 2MB and
        $r and 2 of ($f*) and 2 of ($d*) and 1 of ($c*)
}

rule Click2Gov_SJavaWebManage_Log_Usage : click2gov log
{
    meta:
        severity = "high"
        description = "Web-server log with requests to SJavaWebManage modules and actions (m=CMDS, m=FileManage&do=upload, ...)"
        family = "SJavaWebManage"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $q1 = ".jsp?m=EnvsInfo" ascii
        $q2 = ".jsp?m=FileManage" ascii
        $q3 = ".jsp?m=CMDS" ascii
        $q4 = ".jsp?m=DBManage" ascii
        $q5 = ".jsp?m=Login&do=DoLogin" ascii
    condition:
        any of them and not C2G_JspContext
}

rule WebLogic_XMLDecoder_Exploit_Payload : exploit weblogic
{
    meta:
        severity = "high"
        description = "SOAP WorkContext body carrying java.beans XMLDecoder objects (ProcessBuilder / Runtime) - WebLogic wls-wsat exploit (CVE-2017-3506, CVE-2017-10271, CVE-2019-2725)"
        family = "WebLogic-XMLDecoder"
        reference = "https://nvd.nist.gov/vuln/detail/CVE-2017-10271"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $wc1 = "<work:WorkContext" ascii nocase
        $wc2 = ":WorkContext xmlns" ascii nocase
        $j1 = "java.beans.XMLDecoder" ascii
        $j2 = "java.lang.ProcessBuilder" ascii
        $j3 = "<void class=\"java." ascii
        $j4 = "java.lang.Runtime" ascii
        $j5 = "<object class=\"java." ascii
    condition:
        1 of ($wc*) and 1 of ($j*)
}

rule WebLogic_WLS_WSAT_Exploit_Requests : exploit weblogic log
{
    meta:
        severity = "high"
        description = "Log records POST requests to WebLogic wls-wsat / _async endpoints used by the XMLDecoder exploits (CVE-2017-3506, CVE-2017-10271, CVE-2019-2725)"
        family = "WebLogic-XMLDecoder"
        reference = "https://nvd.nist.gov/vuln/detail/CVE-2017-10271"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $p1 = "POST /wls-wsat/CoordinatorPortType" ascii
        $p2 = "POST /wls-wsat/ParticipantPortType" ascii
        $p3 = "POST /wls-wsat/RegistrationPortTypeRPC" ascii
        $p4 = "POST /wls-wsat/RegistrationRequesterPortType" ascii
        $p5 = "POST /_async/AsyncResponseService" ascii
    condition:
        any of them
}

rule Click2Gov_Debug_Logging_Enabled : click2gov config
{
    meta:
        severity = "medium"
        description = "Click2Gov configuration with DEBUG/ALL/TRACE logging switched on - the attackers enabled it so card data was written into application logs"
        family = "Click2Gov-CardHarvest"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $c = "click2gov" ascii nocase
        $d1 = /log4j\.rootLogger[ \t]{0,8}=[ \t]{0,8}(DEBUG|ALL|TRACE)/ ascii nocase
        $d2 = /log4j\.(logger|category)\.[A-Za-z0-9_.]{1,128}[ \t]{0,8}=[ \t]{0,8}(DEBUG|ALL|TRACE)/ ascii nocase
        $d3 = /<(priority|level) value=["'](debug|all|trace)["']/ ascii nocase
        $d4 = /<(logger|root)[^>\n]{0,200} level=["'](debug|all|trace)["']/ ascii nocase
        $d5 = /debug(\.|_)?(enabled|logging|mode)[ \t]{0,4}[=:][ \t]{0,4}["']?(true|on|yes)/ ascii nocase
    condition:
        filesize < 1MB and $c and any of ($d*)
}

rule Click2Gov_Card_Harvest_Native_Tool : click2gov tool
{
    meta:
        severity = "high"
        description = "Native executable that refers to Click2Gov log files and card fields - the effect of a FIREALARM-style log-scraping tool"
        family = "FIREALARM"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $c = "click2gov" ascii wide nocase
        $k1 = "cardnumber" ascii wide nocase
        $k2 = "card_number" ascii wide nocase
        $k3 = "creditcard" ascii wide nocase
        $k4 = "expiration" ascii wide nocase
        $k5 = "securitycode" ascii wide nocase
        $k6 = "cvv2" ascii wide nocase
    condition:
        (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf) and
        filesize < 50MB and $c and 2 of ($k*)
}

rule Click2Gov_Native_Executable_In_Log_Folder : click2gov tool
{
    meta:
        severity = "medium"
        description = "Native executable stored in a web-application or WebLogic log folder (unusual files where card-harvesting tools were run)"
        family = "Click2Gov-CardHarvest"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    condition:
        (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d) and
        filepath matches /(\/servers\/[^\/]{1,128}\/logs|\/click2gov[a-z]{0,4}\/logs?)(\/|$)/is
}

rule Click2Gov_Card_Data_In_Debug_Log : click2gov log carddata
{
    meta:
        severity = "high"
        description = "Click2Gov debug log lines carrying payment-card fields (card number together with expiry or security code)"
        family = "Click2Gov-CardHarvest"
        reference = "https://www.fireeye.com/blog/threat-research/2018/09/click-it-up-targeting-local-government-payment-portals.html"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $c = "click2gov" ascii nocase
        $n = /(card_?num(ber)?|cc_?num(ber)?|credit_?card_?(num(ber)?)?|acct_?num(ber)?)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[3-6][0-9]{12,18}/ ascii nocase
        $x1 = /(cvv2?|cvc2?|security_?code|card_?code)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[0-9]{3,4}/ ascii nocase
        $x2 = /(expiry|expiration|exp_?date|exp_?month|expmonth|cc_?exp)(_?date|_?month)?["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[01][0-9]/ ascii nocase
    condition:
        $c and $n and 1 of ($x*)
}
