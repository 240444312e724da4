<%-- synthetic test sample for breachscan: attach API loading an agent into the running JVM. Inert: returns before anything runs. --%>
<%@ page import="com.sun.tools.attach.VirtualMachine" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach("0");
    vm.loadAgent("/nonexistent/sample-agent.jar");
%>
