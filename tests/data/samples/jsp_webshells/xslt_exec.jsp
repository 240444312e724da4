<%-- synthetic test sample for breachscan: XSLT stylesheet binding java.lang.Runtime as a Xalan extension. Inert: returns before anything runs. --%>
<%@ page import="javax.xml.transform.*" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    String c = request.getParameter("c");
    String x = "<xsl:stylesheet xmlns:rt=\"java.lang.Runtime\"><xsl:variable name=\"o\" select=\"rt:getRuntime()\"/></xsl:stylesheet>";
    Transformer t = TransformerFactory.newInstance().newTransformer(null);
%>
