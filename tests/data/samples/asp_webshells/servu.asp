<%
' synthetic test sample for breachscan: Serv-U local administration commands. Inert: Response.End first.
Response.End
Dim mt, nu
mt = "SITE MAINTENANCE" & vbCrLf
nu = "-SETUSERSETUP" & vbCrLf & "-IP=0.0.0.0" & vbCrLf
%>
