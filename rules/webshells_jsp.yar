/*
 * webshells_jsp.yar - breachscan bundled rules for JSP/JSPX web shells,
 * Java memory-shell injectors and JSP tunnels.
 *
 * Layout: private capability helpers (language context, request input,
 * process execution, class definition, container registration, sockets) and
 * public rules that need several of them at once, so that one primitive alone
 * (a Runtime.exec in an admin page, a reflective field read in a diagnostics
 * page, a ClassLoader lookup) never reaches medium.  Namespace: webshells_jsp.
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
        $d5 = "<%@ include" nocase
        $r1 = "request.getParameter(" ascii
        $r2 = "request.getReader()" ascii
        $r3 = "request.getInputStream()" ascii
        $o = "<%" ascii
        $j1 = "Runtime.getRuntime()" ascii
        $j2 = "java.lang." ascii
        $j3 = "java.io." ascii
        $j4 = "new String(" ascii
        $j5 = "request.getHeader(" ascii
        $j6 = ".getClass()" ascii
    condition:
        any of ($d*, $r*) or ($o and any of ($j*))
}

private rule JSP_Input
{
    meta:
        description = "helper: Java code reading attacker-controlled request data (parameter, header, body, cookie), directly or by reflection"
    strings:
        $p1 = ".getParameter(" ascii
        $p2 = "getParameterValues(" ascii
        $p3 = "getParameterMap()" ascii
        $p4 = "\"getParameter\"" ascii
        $h1 = ".getHeader(" ascii
        $h2 = "\"getHeader\"" ascii
        $b1 = "request.getInputStream()" ascii
        $b2 = "req.getInputStream()" ascii
        $b3 = "getRequest().getInputStream()" ascii
        $b4 = ".getReader()" ascii
        $b5 = "\"getInputStream\"" ascii
        $b6 = "request.getQueryString()" ascii
        $b7 = "getServletRequest().getInputStream()" ascii
        $c1 = "request.getCookies()" ascii
    condition:
        any of them
}

private rule JSP_Exec_Sink
{
    meta:
        description = "helper: Java code starting an OS process (Runtime.exec, ProcessBuilder, ProcessImpl/UNIXProcess, reflective lookup of exec)"
    strings:
        $rt = "Runtime.getRuntime()" ascii
        $ex = ".exec(" ascii
        $rx = /getRuntime\(\)[ \t\r\n]{0,8}\.[ \t\r\n]{0,8}exec[ \t]{0,4}\(/ ascii
        $rt2 = ".getRuntime()" ascii
        $ex2 = /[ \t\r\n]exec[ \t]{0,4}\(request\./ ascii
        $pb1 = "new ProcessBuilder(" ascii
        $pb2 = "java.lang.ProcessBuilder" ascii
        $pi1 = "java.lang.ProcessImpl" ascii
        $pi2 = "java.lang.UNIXProcess" ascii
        $pi3 = "forkAndExec" ascii
        $rf1 = "\"java.lang.Runtime\"" ascii
        $rf2 = "getMethod(\"exec\"" ascii
        $rf3 = "getDeclaredMethod(\"exec\"" ascii
    condition:
        (($rt or $rt2) and ($ex or $ex2)) or $rx or any of ($pb*, $pi*, $rf*)
}

private rule JSP_Class_Define
{
    meta:
        description = "helper: Java code defining classes from bytes (defineClass directly, by reflection or name hidden in a byte array, Unsafe, BCEL, TemplatesImpl)"
    strings:
        $d1 = "defineClass(" ascii
        $d2 = "\"defineClass\"" ascii
        $d3 = /100,[ \t]{0,2}101,[ \t]{0,2}102,[ \t]{0,2}105,[ \t]{0,2}110,[ \t]{0,2}101,[ \t]{0,2}67,[ \t]{0,2}108,[ \t]{0,2}97,[ \t]{0,2}115,[ \t]{0,2}115/ ascii
        $d4 = "defineAnonymousClass" ascii
        $d5 = "\"define\" + \"Class\"" ascii
        $u1 = "sun.misc.Unsafe" ascii
        $b1 = "$$BCEL$$" ascii
        $b2 = "org.apache.bcel.util.ClassLoader" ascii
        $b3 = "$ca$fe$ba$be" ascii
        $t1 = "_bytecodes" ascii
    condition:
        any of them
}

private rule JSP_Decoder
{
    meta:
        description = "helper: Java code decoding or decrypting data (Base64, hex, AES/XOR, gzip)"
    strings:
        $b1 = "BASE64Decoder" ascii
        $b2 = "getDecoder()" ascii
        $b3 = "parseBase64Binary" ascii
        $b4 = "decodeBuffer(" ascii
        $b5 = "Base64.decode" ascii
        $b6 = "\"java.util.Base64\"" ascii
        $b7 = "getMimeDecoder()" ascii
        $h1 = "parseHexBinary" ascii
        $c1 = "Cipher.getInstance(" ascii
        $c2 = "SecretKeySpec" ascii
        $g1 = "GZIPInputStream" ascii
        $bc1 = "classfile.Utility.decode" ascii
        $bc2 = "$ca$fe$ba$be" ascii
    condition:
        any of them
}

private rule JSP_Container_Registration
{
    meta:
        description = "helper: code registering a filter, servlet, listener, valve, WebSocket endpoint or Spring handler in a running web container"
    strings:
        $f1 = "addFilterDef(" ascii
        $f2 = "addFilterMap" ascii
        $f3 = "\"addFilterDef\"" ascii
        $f4 = "addFilterWithMapping" ascii
        $s1 = "addServletMappingDecoded" ascii
        $s2 = "addServletMapping(" ascii
        $s3 = "\"addServletMapping" ascii
        $s4 = "createWrapper(" ascii
        $s5 = "addServletWithMapping" ascii
        $l1 = "addApplicationEventListener" ascii
        $l2 = "\"addApplicationEventListener\"" ascii
        $l3 = "setApplicationEventListeners" ascii
        $v1 = "getPipeline()" ascii
        $v2 = ".addValve(" ascii
        $w1 = "ServerEndpointConfig" ascii
        $w2 = ".addEndpoint(" ascii
        $w3 = "doUpgrade(" ascii
        $m1 = "registerMapping(" ascii
        $m2 = "adaptedInterceptors" ascii
        $m3 = "RequestMappingInfo" ascii
    condition:
        any of ($f*, $s1, $s2, $s3, $s5, $l*, $v2, $m1, $m2) or ($v1 and $v2) or ($w1 and ($w2 or $w3)) or ($s4 and $s2) or ($m3 and $m1)
}

private rule JSP_Container_Internals
{
    meta:
        description = "helper: reflective access to servlet-container internals (StandardContext, ApplicationContext, request threads)"
    strings:
        $c1 = "StandardContext" ascii
        $c2 = "ApplicationContext" ascii
        $c3 = "getDeclaredField(\"context\")" ascii
        $c4 = "WebappClassLoaderBase" ascii
        $c5 = "ApplicationFilterConfig" ascii
        $c7 = "ServletHandler" ascii
        $c8 = "RequestMappingHandlerMapping" ascii
        $c9 = "ServerContainer" ascii
        $c10 = "WebApplicationContext" ascii
        $c11 = "com.caucho.server" ascii
        $c12 = "getThreadGroup()" ascii
        $c13 = "ServerEndpointConfig" ascii
    condition:
        any of them
}

/* ---------------------------------------------------------------- command execution */

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
        $x1 = /getRuntime\(\)[ \t\r\n]{0,8}\.[ \t\r\n]{0,8}exec[ \t]{0,4}\([ \t]{0,4}request\.getParameter\(/ ascii
        $x2 = /ProcessBuilder[ \t]{0,4}\([ \t]{0,4}request\.getParameter\(/ ascii
        $x3 = /\.exec[ \t]{0,4}\([ \t]{0,4}new String\[\][ \t]{0,4}\{[^}\n]{0,80}request\.getParameter\(/ ascii
        $x4 = /\.exec[ \t]{0,4}\([ \t]{0,4}request\.getHeader\(/ ascii
    condition:
        JSP_Context and filesize < 2MB and any of them
}

rule JSP_Request_Command_Exec_Output : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP that runs a process (Runtime.exec / ProcessBuilder), reads its output streams and takes request input - a command shell even when the call is split over variables"
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
        $sh7 = "\"sh\"" ascii
        $o1 = ".getInputStream()" ascii
        $o2 = ".getErrorStream()" ascii
    condition:
        JSP_Context and JSP_Input and filesize < 2MB and
        (($rt and $ex) or ($pb and $st)) and 1 of ($o*) and 1 of ($sh*)
}

rule JSP_Request_Command_Exec : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP that starts OS processes and reads request input (parameter, header or body): a command-execution backdoor unless the page is a known admin tool"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        JSP_Context and JSP_Input and JSP_Exec_Sink and filesize < 1MB
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

rule JSP_Reflective_Runtime_Invoke : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP (scriptlet or EL expression) looking up java.lang.Runtime / ProcessBuilder by name and invoking exec, getRuntime or start through reflection - a command-execution gadget even without visible request input"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "forName(\"java.lang.Runtime\")" ascii
        $c2 = "forName(\"java.lang.ProcessBuilder\")" ascii
        $m1 = "getMethod(\"exec\"" ascii
        $m2 = "getDeclaredMethod(\"exec\"" ascii
        $m3 = "getMethod(\"getRuntime\"" ascii
        $m4 = "getMethod(\"start\"" ascii
        $i = ".invoke(" ascii
        $el = "${" ascii
    condition:
        (JSP_Context or $el) and filesize < 1MB and 1 of ($c*) and 1 of ($m*) and $i
}

rule JSP_Obfuscated_Reflective_Invoke : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP resolving class and method names at run time from decoded or concatenated strings (Class.forName of Base64/hex/byte-array/split text) and invoking them with request input - hides Runtime.exec from scanners"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $fn = /forName[ \t]{0,4}\([ \t]{0,4}(new String|[A-Za-z_$][A-Za-z0-9_$.]{0,30}\(|"[A-Za-z.]{1,30}"[ \t]{0,4}\+)/ ascii
        $fp = "findProviderClass(" ascii
        $gm1 = ".getMethod(" ascii
        $gm2 = ".getDeclaredMethod(" ascii
        $gm3 = "ManagedObjectManagerFactory.getMethod(" ascii
        $inv1 = ".invoke(" ascii
        $inv2 = "MethodSetter(" ascii
        $inv3 = "ClassFactory.create(" ascii
        $s1 = "\"java.lang.Run\"" ascii
        $s2 = "\"Run\"+" ascii
        $s3 = "\"Run\" +" ascii
        $s4 = "\"ex\"+\"ec\"" ascii
        $s5 = "\"ex\" + \"ec\"" ascii
        $s6 = "\"getRun\"" ascii
        $s7 = "\"java.lang.Pro\"" ascii
        $s8 = "\"Runtime\".toCharArray" ascii
        $s9 = /106,[ \t]{0,2}97,[ \t]{0,2}118,[ \t]{0,2}97,[ \t]{0,2}46,[ \t]{0,2}108,[ \t]{0,2}97,[ \t]{0,2}110,[ \t]{0,2}103/ ascii
        $s10 = /\{[ \t]{0,2}101,[ \t]{0,2}120,[ \t]{0,2}101,[ \t]{0,2}99[ \t]{0,2}\}/ ascii
    condition:
        JSP_Context and JSP_Input and filesize < 1MB and
        ($fn or $fp) and 1 of ($gm*) and 1 of ($inv*) and (JSP_Decoder or 1 of ($s*))
}

rule JSP_Reverse_Shell : webshell jsp
{
    meta:
        severity = "critical"
        description = "JSP connecting a socket to a remote host and piping a started shell's streams through it (reverse shell)"
        family = "JSP-ReverseShell"
        reference = "https://attack.mitre.org/techniques/T1059/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $so = "new Socket(" ascii
        $p1 = "getInputStream()" ascii
        $p2 = "getOutputStream()" ascii
        $sh1 = "\"cmd.exe\"" ascii nocase
        $sh2 = "\"/bin/sh\"" ascii
        $sh3 = "\"/bin/bash\"" ascii
        $sh4 = "powershell" ascii nocase
        $sh5 = "ShellPath" ascii
        $sh6 = "\"cmd\"" ascii nocase
        $sh7 = "\"sh\"" ascii
    condition:
        JSP_Context and JSP_Exec_Sink and filesize < 1MB and $so and
        #p1 >= 2 and $p2 and 1 of ($sh*)
}

rule JSP_JNI_Native_Command : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP declaring a native method, loading a native library at run time and calling it with request input (JNI command execution that avoids Runtime.exec)"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $n = /(public|private|protected|static)[ \t]{1,4}native[ \t]{1,4}[A-Za-z\[\]]{1,20}[ \t]{1,4}[A-Za-z_]{1,30}[ \t]{0,4}\(/ ascii
        $l1 = "System.load(" ascii
        $l2 = "System.loadLibrary(" ascii
        $l3 = "Runtime.getRuntime().load(" ascii
    condition:
        JSP_Context and JSP_Input and filesize < 1MB and $n and 1 of ($l*)
}

/* ---------------------------------------------------------------- class loading / script engines */

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
        $cl = "ClassLoader" ascii
    condition:
        JSP_Context and filesize < 2MB and JSP_Class_Define and $cl and JSP_Input and JSP_Decoder
}

rule JSP_Embedded_Class_Definition : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP defining a Java class from an embedded encoded or compressed blob (defineClass / Unsafe / BCEL) and instantiating it - a packed web shell, memory-shell injector or tunnel"
        family = "JSP-ClassLoaderShell"
        reference = "https://attack.mitre.org/techniques/T1620/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $n1 = ".newInstance()" ascii
        $n2 = "allocateInstance" ascii
        $n3 = ".getConstructor(" ascii
        $n4 = ".getDeclaredConstructor(" ascii
        $n5 = "loadClass(" ascii
        $n6 = ".invoke(" ascii
        $blob1 = /new byte\[\][ \t]{0,4}\{[ \t]{0,4}-?[0-9]{1,3},[ \t]{0,2}-?[0-9]{1,3},[ \t]{0,2}-?[0-9]{1,3},[ \t]{0,2}-?[0-9]{1,3},[ \t]{0,2}-?[0-9]{1,3},[ \t]{0,2}-?[0-9]{1,3},[ \t]{0,2}-?[0-9]{1,3},/ ascii
        $blob2 = "yv66vgAAA" ascii
        $blob3 = "H4sIAAAAAAAA" ascii
    condition:
        JSP_Context and filesize < 2MB and JSP_Class_Define and 1 of ($n*) and
        (JSP_Decoder or 1 of ($blob*))
}

rule JSP_Payload_Object_Equals_Dispatch : webshell jsp
{
    meta:
        severity = "medium"
        description = "JSP handing the request/response or page context to a loaded payload object's equals() method - the calling convention of Behinder, AntSword and Neo-reGeorg class payloads"
        family = "JSP-ClassLoaderShell"
        reference = "https://github.com/AntSwordProject/AntSword-JSP-Template"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $e1 = ".equals(pageContext)" ascii
        $e2 = /\.equals\([ \t]{0,4}new Object\[\][ \t]{0,4}\{[ \t]{0,4}request[ \t]{0,4},[ \t]{0,4}response/ ascii
        $e3 = ".equals(request)" ascii
        $e4 = /newInstance\(\)[ \t]{0,4}\.[ \t]{0,4}equals\(/ ascii
    condition:
        JSP_Context and filesize < 1MB and any of them
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
        $s4 = "getEngineByMimeType(" ascii
        $e = ".eval(" ascii
    condition:
        JSP_Context and JSP_Input and filesize < 2MB and $s1 and 1 of ($s2, $s3, $s4) and $e
}

/* ---------------------------------------------------------------- memory shells and request hijacking */

rule JSP_Memory_Shell_Injector : webshell jsp memshell
{
    meta:
        severity = "critical"
        description = "JSP reaching into the servlet container (StandardContext, pipeline, Spring mappings) to register a new filter, servlet, listener, valve or handler at run time whose code runs commands, loads classes or reads the request - a fileless memory shell"
        family = "Java-MemShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    condition:
        JSP_Context and filesize < 2MB and JSP_Container_Registration and JSP_Container_Internals and
        (JSP_Exec_Sink or JSP_Class_Define or JSP_Input)
}

rule JSP_Thread_Request_Hijack_Exec : webshell jsp memshell
{
    meta:
        severity = "critical"
        description = "JSP walking the container's threads / thread-locals by reflection to reach the current HTTP request and answer it with command output (Tomcat/Jetty/WebLogic/Resin 'echo' technique)"
        family = "Java-MemShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $t1 = "\"threads\"" ascii
        $t2 = "\"threadLocals\"" ascii
        $t3 = "\"this$0\"" ascii
        $t4 = "\"processors\"" ascii
        $t5 = "getHttpChannel" ascii
        $t6 = "lastServicedRequest" ascii
        $t7 = "getCurrentWork" ascii
        $t8 = "getThreadLocalRequest" ascii
        $t9 = "\"inheritableThreadLocals\"" ascii
        $t10 = "\"table\"" ascii
        $f1 = "getDeclaredField(\"fd\")" ascii
        $f2 = "/proc/$PPID/fd" ascii
        $f3 = "FileDescriptor.class.getDeclaredConstructor" ascii
        $f4 = "sun.nio.ch.Net" ascii
        $r = "setAccessible(true)" ascii
    condition:
        JSP_Context and filesize < 1MB and JSP_Exec_Sink and $r and 1 of ($t*, $f*)
}

rule JSP_Tomcat_Echo_Preparation : webshell jsp memshell
{
    meta:
        severity = "high"
        description = "JSP flipping Tomcat's ApplicationDispatcher.WRAP_SAME_OBJECT and lastServicedRequest/Response by reflection so that later injected code can reach every request (memory-shell preparation)"
        family = "Java-MemShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $w = "WRAP_SAME_OBJECT" ascii
        $l1 = "lastServicedRequest" ascii
        $l2 = "lastServicedResponse" ascii
        $m = "\"modifiers\"" ascii
    condition:
        JSP_Context and filesize < 1MB and $w and 1 of ($l*) and $m
}

rule JSP_Java_Agent_Attach : webshell jsp memshell
{
    meta:
        severity = "high"
        description = "JSP attaching to a running JVM with the Attach API (VirtualMachine.attach / loadAgent) or redefining loaded classes through Instrumentation - how agent-based memory shells patch the servlet container"
        family = "Java-MemShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $a1 = "VirtualMachine.attach(" ascii
        $a2 = "com.sun.tools.attach.VirtualMachine" ascii
        $l1 = ".loadAgent(" ascii
        $i1 = "java.lang.instrument.Instrumentation" ascii
        $i2 = ".redefineClasses(" ascii
        $i3 = ".retransformClasses(" ascii
    condition:
        JSP_Context and filesize < 1MB and ((1 of ($a*) and $l1) or ($i1 and 1 of ($i2, $i3)))
}

/* ---------------------------------------------------------------- tunnels */

rule JSP_Exec_Output_To_Web_Root : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP running an OS command and writing what it printed into a file under the application's own directory (resolved with getRealPath / getResource(\"\")) - how a blind code-execution hole is read back over plain HTTP, and the step that plants the next file"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p1 = /getRealPath\([ \t]{0,3}"[^"\n]{0,40}"[ \t]{0,3}\)/ ascii
        $p2 = /getResource\([ \t]{0,3}""[ \t]{0,3}\)[ \t]{0,3}\.getPath\(\)/ ascii
        $w1 = "new java.io.PrintWriter(" ascii
        $w2 = "new PrintWriter(" ascii
        $w3 = "new FileOutputStream(" ascii
        $w4 = "new java.io.FileOutputStream(" ascii
        $w5 = "new FileWriter(" ascii
        $w6 = "Files.write(" ascii
        $o = ".getInputStream()" ascii
    condition:
        JSP_Context and JSP_Exec_Sink and filesize < 50KB and 1 of ($p*) and 1 of ($w*) and $o
}

rule JSP_HTTP_Relay_Tunnel : webshell jsp tunnel
{
    meta:
        severity = "high"
        description = "JSP that answers a GET with a fixed word (the client's liveness probe) and re-posts the request's parameters or body to a server named in the request, printing the reply: an HTTP relay tunnel (pystinger style)"
        family = "JSP-Tunnel"
        reference = "https://attack.mitre.org/techniques/T1090/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $g = /(\.equals(IgnoreCase)?\([ \t]{0,3}"GET"[ \t]{0,3}\)|==[ \t]{0,3}"GET")[ \t]{0,3}\)[ \t\r\n]{0,10}\{?[ \t\r\n]{0,20}out\.print(ln)?\([ \t]{0,3}"[^"\n]{1,40}"[ \t]{0,3}\)/ ascii
        $u = "new URL(" ascii
        $c = "openConnection()" ascii
        $b1 = "getParameterNames()" ascii
        $b2 = "request.getInputStream()" ascii
        $b3 = "request.getReader()" ascii
        $p = "request.getParameter(" ascii
        $w = /out\.print(ln)?\([ \t]{0,3}[A-Za-z_]/ ascii
    condition:
        JSP_Context and filesize < 30KB and $g and $u and $c and 1 of ($b*) and $p and $w
}

rule JSP_Socket_Tunnel : webshell jsp tunnel
{
    meta:
        severity = "high"
        description = "JSP opening TCP connections to a host named in the request and relaying bytes between the socket and the HTTP request/response (reGeorg / Neo-reGeorg / Tunna / suo5 / ABPTTS style tunnel)"
        family = "JSP-Tunnel"
        reference = "https://attack.mitre.org/techniques/T1090/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $s1 = "SocketChannel.open(" ascii
        $s2 = "new Socket(" ascii
        $s3 = "AsynchronousSocketChannel" ascii
        $a = "InetSocketAddress" ascii
        $o1 = "getOutputStream()" ascii
        $o2 = "getWriter()" ascii
        $o3 = "getBasicRemote()" ascii
        $k1 = "setAttribute(" ascii
        $k2 = "ByteBuffer" ascii
        $k3 = "\"DISCONNECT\"" ascii
        $k4 = "\"CONNECT\"" ascii
    condition:
        JSP_Context and JSP_Input and filesize < 2MB and 1 of ($s*) and ($a or $s2) and 1 of ($o*) and 1 of ($k*)
}

rule JSP_Alternative_Exec_Gadget : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP running commands through a JDK side door instead of Runtime.exec (XSLT with Xalan Java extensions bound to java.lang.Runtime, sun.net.www.MimeLauncher execPath) with request input"
        family = "JSP-CmdShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $x1 = "=\\\"java.lang.Runtime\\\"" ascii
        $x2 = "xalan/java/java.lang.Runtime" ascii
        $x3 = "newTransformer(" ascii
        $x4 = "getRuntime()" ascii
        $m1 = "MimeLauncher" ascii
        $m2 = "\"execPath\"" ascii
    condition:
        JSP_Context and JSP_Input and filesize < 1MB and
        ((1 of ($x1, $x2) and $x3 and $x4) or ($m1 and $m2))
}

rule JSP_Class_File_Drop_Or_Load : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP carrying a compiled Java class (Base64 'yv66vg' / CAFEBABE bytes) and writing it to disk or a class loader, or loading classes from a temp directory by URLClassLoader"
        family = "JSP-ClassLoaderShell"
        reference = "https://attack.mitre.org/techniques/T1620/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $c1 = "\"yv66vgAAA" ascii
        $c2 = /-54,[ \t]{0,2}-2,[ \t]{0,2}-70,[ \t]{0,2}-66,/ ascii
        $w1 = "FileOutputStream(" ascii
        $w2 = "ClassLoader" ascii
        $u1 = "URLClassLoader(" ascii
        $u2 = ".loadClass(" ascii
        $u3 = ".newInstance()" ascii
        $t1 = "file:///tmp/" ascii
        $t2 = "/windows/temp/" ascii nocase
        $t3 = "java.io.tmpdir" ascii
        $h1 = "new URL(\"http" ascii
        $h2 = /new (java\.net\.)?URL\([ \t]{0,4}request\.getParameter\(/ ascii
    condition:
        JSP_Context and filesize < 2MB and
        ((1 of ($c*) and 1 of ($w*)) or ($u1 and $u2 and $u3 and (1 of ($t*) or 1 of ($h*))))
}

/* ---------------------------------------------------------------- source-level evasion */

rule JSP_Encoded_Scriptlet_Source : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP/JSPX whose scriptlet code is written as unicode escapes, XML character references, CDATA-split identifiers or an EBCDIC page encoding - compiler-level tricks only used to hide web-shell code"
        family = "JSP-Obfuscated"
        reference = "https://attack.mitre.org/techniques/T1027/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $u1 = /\\u{1,8}00[2-7][0-9a-fA-F]\\u{1,8}00[2-7][0-9a-fA-F]\\u{1,8}00[2-7][0-9a-fA-F]\\u{1,8}00[2-7][0-9a-fA-F]/ ascii
        $uu = "\\uuu00" ascii
        $x1 = /<jsp:scriptlet>[ \t\r\n]{0,40}&#(x[0-9a-fA-F]{2}|[0-9]{2,3});&#(x[0-9a-fA-F]{2}|[0-9]{2,3});&#/ ascii
        $c1 = /[A-Za-z]<!\[CDATA\[[A-Za-z.]{1,20}\]\]>[A-Za-z(]/ ascii
        $e1 = "encoding=\"cp037\"" ascii wide nocase
        $e2 = "encoding='cp037'" ascii wide nocase
        $e3 = "pageEncoding=\"cp037\"" ascii nocase
        $e4 = "encoding=\"IBM037\"" ascii wide nocase
        $e5 = "encoding='IBM037'" ascii wide nocase
        $e6 = "encoding=\"cp1047\"" ascii wide nocase
        $e7 = "encoding='cp1047'" ascii wide nocase
        $s1 = "<%" ascii
        $s2 = "<jsp:scriptlet" ascii
        $s3 = "jsp:root" ascii wide
        $s4 = "<%" wide
        $s5 = { 91 A2 97 7A }
    condition:
        filesize < 1MB and 1 of ($s*) and
        ((#u1 > 8) or $uu or $x1 or $c1 or 1 of ($e*))
}

rule JSP_EL_Reflection_Chain : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP expression-language line chaining request parameters as method names (${\"\"[param.a]()[param.b](...)}) - a one-line EL command shell"
        family = "JSP-ELShell"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $p = /\[param\.[A-Za-z0-9_]{1,20}\]\(/ ascii
        $q = /\[param\[["'][A-Za-z0-9_]{1,20}["']\]\]\(/ ascii
    condition:
        filesize < 100KB and (#p + #q) >= 3
}

/* ---------------------------------------------------------------- file and database managers */

rule JSP_Request_File_Writer : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP writing request-supplied content to a file whose name also comes from the request (one-line JSP uploader used to plant further shells)"
        family = "JSP-Uploader"
        reference = "https://attack.mitre.org/techniques/T1105/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $f1 = /(FileOutputStream|FileWriter|PrintWriter|RandomAccessFile)\([^;\n]{0,120}\.getParameter\(/ ascii
        $w1 = /\.write\([ \t]{0,4}[A-Za-z_.]{0,20}\.getParameter\(/ ascii
        $w2 = /\.(write|print|println)\([^;\n]{0,60}\.getParameter\([^;\n]{0,40}\)/ ascii
        $w3 = /\.(write|print|println)\([^;\n]{0,60}decode[A-Za-z]{0,10}\([^;\n]{0,30}\.getParameter\(/ ascii
    condition:
        JSP_Context and filesize < 1MB and $f1 and 1 of ($w*)
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

rule JSP_Request_Path_File_Browser : webshell jsp
{
    meta:
        severity = "high"
        description = "JSP file browser over the server's disk: the path comes from a request parameter and defaults to the web root (getRealPath(\"/\")); directories are listed and any file is sent back as a download (FileInputStream to response.getOutputStream() with Content-Disposition)"
        family = "JSP-FileManager"
        reference = "https://attack.mitre.org/techniques/T1005/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $req = "request.getParameter(" ascii
        $root = /getRealPath\([ ]?"\/"[ ]?\)/ ascii
        $l1 = ".listFiles(" ascii
        $l2 = /\.list\([ ]?(new[ ]+FilenameFilter|\))/ ascii
        $in = "new FileInputStream(" ascii
        $out = "response.getOutputStream()" ascii
        $cd = "Content-Disposition" ascii nocase
    condition:
        JSP_Context and filesize < 1MB and $req and $root and 1 of ($l*) and $in and $out and $cd
}

rule JSP_Request_JDBC_Client : webshell jsp
{
    meta:
        severity = "medium"
        description = "JSP database client: JDBC connection whose URL, user or SQL text come from request parameters (web-shell database manager)"
        family = "JSP-DBManager"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $g = "DriverManager.getConnection(" ascii
        $q1 = /"select \* from "[ \t]{0,4}\+[ \t]{0,4}request\.getParameter\(/ ascii nocase
        $q2 = /execute(Query|Update)?\([ \t]{0,4}request\.getParameter\(/ ascii
        $q3 = /getConnection\([ \t]{0,4}request\.getParameter\(/ ascii
        $q4 = /Class\.forName\([ \t]{0,4}request\.getParameter\(/ ascii
        $q5 = /"[^"\n]{0,60}(from|FROM|From) "[ \t]{0,4}\+[ \t]{0,4}request\.getParameter\(/ ascii
    condition:
        JSP_Context and filesize < 1MB and $g and 1 of ($q*)
}

/* ---------------------------------------------------------------- family keys */

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
        $c5 = " Xor " ascii nocase
    condition:
        filesize < 2MB and $k and 1 of ($c*)
}

rule WebShell_ReGeorg_Tunnel_Protocol : webshell tunnel
{
    meta:
        severity = "critical"
        description = "reGeorg-style SOCKS tunnel server (JSP/ASPX/PHP): X-CMD / X-STATUS / X-TARGET / X-PORT request and response headers driving CONNECT, FORWARD, READ and DISCONNECT commands"
        family = "reGeorg"
        reference = "https://attack.mitre.org/techniques/T1090/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $h1 = "X-CMD" ascii wide nocase
        $h2 = "X-STATUS" ascii wide nocase
        $h3 = "X-TARGET" ascii wide nocase
        $h4 = "X-PORT" ascii wide nocase
        $h5 = "X-ERROR" ascii wide nocase
        $c1 = "\"CONNECT\"" ascii wide
        $c2 = "\"FORWARD\"" ascii wide
        $c3 = "\"DISCONNECT\"" ascii wide
        $c4 = "\"READ\"" ascii wide
    condition:
        filesize < 2MB and 3 of ($h*) and 2 of ($c*)
}
