<object runat=server id=sh scope=page classid="clsid:72C24DD5-D70A-438B-8A42-98424B88AFB8"></object>
<%
' synthetic test sample for breachscan: shell object declared by CLSID. Inert: Response.End first.
Response.End
%>
