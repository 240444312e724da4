<%@ page import="java.io.*" contentType="application/pdf" %>
<%-- synthetic benign: sends one generated report from a fixed folder (must not match JSP_Request_Path_File_Browser) --%>
<%
String id = request.getParameter("id");
if (id == null || !id.matches("[0-9]{1,8}")) {
    response.sendError(400);
    return;
}
File report = new File(application.getRealPath("/WEB-INF/reports"), "report-" + id + ".pdf");
response.setHeader("Content-Disposition", "attachment; filename=report-" + id + ".pdf");
InputStream src = new FileInputStream(report);
OutputStream dst = response.getOutputStream();
byte[] chunk = new byte[4096];
for (int n; (n = src.read(chunk)) > 0;)
    dst.write(chunk, 0, n);
src.close();
%>
