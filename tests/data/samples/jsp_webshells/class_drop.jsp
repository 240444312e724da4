<%-- synthetic test sample for breachscan: compiled class (Base64) written to a temp directory. Inert: returns before anything runs. --%>
<%
    if (true) { out.print("synthetic sample"); return; }
    java.io.OutputStream os = new java.io.FileOutputStream("/tmp/Sample.class");
    os.write(java.util.Base64.getDecoder().decode("yv66vgAAADQAsample"));
%>
