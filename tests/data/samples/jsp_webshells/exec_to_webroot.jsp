<%-- synthetic test sample for breachscan: runs a fixed command and writes its output into a
     file in the web application's directory, to be fetched over HTTP. Inert: returns before
     anything runs. --%>
<%@ page import="java.io.*" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    String root = application.getRealPath("/");
    Process p = Runtime.getRuntime().exec("hostname");
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
    PrintWriter w = new PrintWriter(root + "status.txt");
    for (String line; (line = r.readLine()) != null;) w.println(line);
    w.close();
%>
