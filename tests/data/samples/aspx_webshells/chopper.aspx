<%@ Page Language="Jscript"%><%/* synthetic test sample for breachscan: China Chopper style one-liner */ if (false) eval(Request.Item["z"],"unsafe");%>
