<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: file path and content from form fields. Inert: returns before anything runs. --%>
<script runat="server">
void Save_Click(object s, EventArgs e) {
    return;
    System.IO.StreamWriter w = new System.IO.FileInfo(T1.Text).CreateText();
    w.Write(T2.Text);
}
</script>
