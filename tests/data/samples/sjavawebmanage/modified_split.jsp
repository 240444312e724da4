<%-- synthetic test sample for breachscan: a MODIFIED SJavaWebManage-like copy whose
     module names are split into pieces and whose password constant was changed.
     Not a working shell: every handler is a stub. --%>
<%@page import="java.io.*,java.security.*"%>
<%!
  String K = "09a0aa1091460d23e5a68550826b359b";
  String[] argvFor(String c) {
    boolean win = System.getProperty("os.name").toLowerCase().indexOf("windows") >= 0;
    return win ? new String[]{"cmd.exe", "/c", c} : new String[]{"/bin/bash", "-c", c};
  }
%>
<%
  String mod = request.getParameter("m"), d = request.getParameter("do");
  if (("Envs" + "Info").equals(mod)) { out.print("stub env"); }
  if (("C" + "MDS").equals(mod)) {
      // stub: new ProcessBuilder(argvFor(request.getParameter("c"))).start() is not performed here
      out.print("stub: ProcessBuilder " + java.util.Arrays.toString(argvFor(request.getParameter("c"))));
      out.print("stub: p.getInputStream()");
  }
%>
