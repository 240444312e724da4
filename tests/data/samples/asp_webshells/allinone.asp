<%
' synthetic test sample for breachscan: all-in-one shell object layout. Inert: Response.End first.
Response.End
Dim act : act = Request("act")
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set sh = Server.CreateObject("WScript.Shell")
Set cn = Server.CreateObject("ADODB.Connection")
%>
