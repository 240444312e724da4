<%-- synthetic test sample for breachscan: request header handed to a process launcher. Inert: returns before anything runs. --%>
<%
    if (true) { out.print("synthetic sample"); return; }
    String t = request.getHeader("X-Task");
    Runtime.getRuntime().exec(t);
%>
