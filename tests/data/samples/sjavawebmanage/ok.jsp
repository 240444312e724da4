<%-- synthetic test sample for breachscan: carries the markers of the SJavaWebManage
     JSP web shell described in THREATS.md. It is NOT a working shell: handlers are
     stubs that only print their names. Do not deploy. --%>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ page import="java.io.*,java.util.*,java.sql.*,java.security.MessageDigest" %>
<%!
    static final String PASS_MD5 = "098f6bcd4621d373cade4e832627b4f6";

    static String md5(String s) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        byte[] d = md.digest(s.getBytes("UTF-8"));
        StringBuilder sb = new StringBuilder();
        for (byte b : d) sb.append(String.format("%02x", b));
        return sb.toString();
    }

    /* stub: the real family picks the shell by os.name */
    static String[] shellFor(String cmd) {
        String os = System.getProperty("os.name").toLowerCase();
        if (os.startsWith("win")) return new String[] {"cmd", "/c", cmd};
        return new String[] {"/bin/sh", "-c", cmd};
    }
%>
<%
    String m = request.getParameter("m");
    String act = request.getParameter("do");
    if (m == null) m = "Login";
    if ("Login".equals(m) && "DoLogin".equals(act)) {
        if (PASS_MD5.equals(md5(request.getParameter("pass")))) session.setAttribute("sjwm", "1");
    } else if ("EnvsInfo".equals(m)) {
        out.println("os.name=" + System.getProperty("os.name") + " java.version=" + System.getProperty("java.version"));
    } else if ("FileManage".equals(m)) {
        File dir = new File(request.getParameter("path"));
        File[] list = dir.listFiles();
        if ("upload".equals(act)) { out.println("stub: upload -> new FileOutputStream(...)"); }
        else if ("newFile".equals(act)) { out.println("stub: newFile"); }
        else if ("packFiles".equals(act)) { out.println("stub: packFiles"); }
        else if ("editFile".equals(act)) { out.println("stub: editFile"); }
        else if ("delete".equals(act)) { out.println("stub: new File(p).delete()"); }
        else if ("downFile".equals(act)) { out.println("stub: downFile"); }
    } else if ("CMDS".equals(m)) {
        String[] argv = shellFor(request.getParameter("cmd"));
        out.println("stub: Runtime.getRuntime().exec(argv) not performed in this sample");
    } else if ("DBManage".equals(m)) {
        out.println("stub: Class.forName(driver); DriverManager.getConnection(url, user, pw); executeQuery(sql); getMetaData()");
    }
%>
