<%-- synthetic test sample for breachscan: Tomcat WRAP_SAME_OBJECT / lastServicedRequest switch. Inert: returns before anything runs. --%>
<%
    if (true) { out.print("synthetic sample"); return; }
    Class c = Class.forName("org.apache.catalina.core.ApplicationDispatcher");
    java.lang.reflect.Field f = c.getDeclaredField("WRAP_SAME_OBJECT");
    java.lang.reflect.Field m = f.getClass().getDeclaredField("modifiers");
    m.setAccessible(true);
    Class chain = Class.forName("org.apache.catalina.core.ApplicationFilterChain");
    chain.getDeclaredField("lastServicedRequest");
%>
