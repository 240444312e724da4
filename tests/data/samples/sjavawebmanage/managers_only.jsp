<%-- synthetic test sample for breachscan: environment + file + database + command
     manager pages in one JSP (the SJavaWebManage layout) with every family name and
     constant removed. Not a working shell: handlers only describe what they would do. --%>
<%@ page import="java.io.*,java.sql.*" %>
<%
    String page_ = request.getParameter("p");
    if ("env".equals(page_)) {
        out.print(System.getProperties());
    } else if ("files".equals(page_)) {
        File[] entries = new File(request.getParameter("dir")).listFiles();
        out.print("stub: would write with new FileOutputStream(target)");
        out.print("stub: would call f.renameTo(dst) and f.delete()");
    } else if ("db".equals(page_)) {
        out.print("stub: Class.forName(request.getParameter(\"driver\"))");
        out.print("stub: DriverManager.getConnection(url) then executeQuery(sql) and getMetaData()");
    } else if ("sh".equals(page_)) {
        out.print("stub: Runtime.getRuntime().exec(request.getParameter(\"c\")) then getInputStream()");
    }
%>
