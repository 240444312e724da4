<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Security.AccessControl" %>
<%-- synthetic benign: an installer page checking that its own upload folder is writable (must not match ASPX_Writable_Path_ACL_Search) --%>
<script runat="server">
    bool UploadsWritable()
    {
        DirectoryInfo uploads = new DirectoryInfo(Server.MapPath("~/App_Data/uploads"));
        DirectorySecurity acl = uploads.GetAccessControl(AccessControlSections.Access);
        foreach (FileSystemAccessRule r in acl.GetAccessRules(true, true, typeof(System.Security.Principal.SecurityIdentifier)))
            if ((r.FileSystemRights & FileSystemRights.Write) != 0 && r.AccessControlType == AccessControlType.Allow)
                return true;
        return false;
    }
</script>
<p>Upload folder writable: <%= UploadsWritable() ? "yes" : "no" %></p>
