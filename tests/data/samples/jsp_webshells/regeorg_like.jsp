<%-- synthetic test sample for breachscan: reGeorg-style header protocol. Inert: returns before anything runs. --%>
<%
    if (true) { out.print("synthetic sample"); return; }
    String cmd = request.getHeader("X-CMD");
    if ("CONNECT".equals(cmd)) { response.setHeader("X-STATUS", "OK"); String t = request.getHeader("X-TARGET"); int p = Integer.parseInt(request.getHeader("X-PORT")); }
    else if ("DISCONNECT".equals(cmd)) { response.setHeader("X-STATUS", "OK"); }
    else if ("READ".equals(cmd)) { response.setHeader("X-ERROR", "none"); }
%>
