<%
' synthetic test sample for breachscan: eval of a string built from Chr() codes and request input. Inert: Response.End first.
Response.End
Dim a, c
a = Chr(101) & Chr(118) & Chr(97) & Chr(108) & Chr(40) & Chr(114)
c = Request.Form("z")
Execute(a)
%>
