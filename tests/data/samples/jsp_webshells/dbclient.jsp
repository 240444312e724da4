<%-- synthetic test sample for breachscan: JDBC client taking the SQL text from the request. Inert: returns before anything runs. --%>
<%@ page import="java.sql.*" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    Connection c = DriverManager.getConnection("jdbc:sample:none", "u", "p");
    ResultSet rs = c.createStatement().executeQuery(request.getParameter("sql"));
%>
