<%@ LANGUAGE = VBScript.Encode %>
<%
' synthetic test sample for breachscan: Script Encoder block with an unlimited timeout. The encoded block is filler text.
Server.ScriptTimeout=999999999
Response.End
%>
<%#@~^CAAAAA==synthetic^#~@%>
