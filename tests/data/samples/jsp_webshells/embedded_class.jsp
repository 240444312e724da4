<%-- synthetic test sample for breachscan: class bytes decoded from an embedded blob and defined reflectively. Inert: returns before anything runs. --%>
<%
    if (true) { out.print("synthetic sample"); return; }
    byte[] b = java.util.Base64.getDecoder().decode("AAAA");
    java.lang.reflect.Method d = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class, int.class, int.class);
    d.setAccessible(true);
    Class c = (Class) d.invoke(Thread.currentThread().getContextClassLoader(), b, 0, b.length);
    c.newInstance();
%>
