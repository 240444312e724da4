<%-- synthetic test sample for breachscan: class and method names decoded from Base64 and invoked by reflection. Inert: returns before anything runs. --%>
<%@ page import="java.util.Base64" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    String a = request.getParameter("a");
    Class k = Class.forName(new String(Base64.getDecoder().decode(request.getParameter("k"))));
    Object o = k.getMethod(new String(Base64.getDecoder().decode(request.getParameter("m")))).invoke(null);
    out.print(o);
%>
