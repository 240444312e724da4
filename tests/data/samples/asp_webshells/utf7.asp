<%@ codepage=65000 %>
<%' synthetic test sample for breachscan: UTF-7 code page declaration; the body below decodes to harmless text.
+AHIAZQBzAHAAbwBuAHMAZQ-
%>
