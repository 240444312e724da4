<%-- synthetic test sample for breachscan: payload object called through equals(pageContext), the class-payload convention. Inert: returns before anything runs. --%>
<%@ page import="sample.Payload" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    new Payload().equals(pageContext);
%>
