<%-- synthetic test sample for breachscan: native method from a library loaded at run time, fed by the request. Inert: returns before anything runs. --%>
<%!
    static class Bridge {
        public native String run(String s);
        Bridge() { System.load("/nonexistent/libsample.so"); }
    }
%>
<%
    if (true) { out.print("synthetic sample"); return; }
    out.print(new Bridge().run(request.getParameter("c")));
%>
