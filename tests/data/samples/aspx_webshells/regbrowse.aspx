<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: registry browser over all hives. Inert: returns before anything runs. --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    return;
    var hives = new[] { Microsoft.Win32.Registry.LocalMachine, Microsoft.Win32.Registry.Users, Microsoft.Win32.Registry.ClassesRoot, Microsoft.Win32.Registry.CurrentConfig, Microsoft.Win32.Registry.CurrentUser };
    var k = hives[0].OpenSubKey("SOFTWARE");
    foreach (var n in k.GetSubKeyNames()) Response.Write(n);
    foreach (var v in k.GetValueNames()) Response.Write(v);
}
</script>
