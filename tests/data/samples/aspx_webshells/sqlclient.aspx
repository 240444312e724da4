<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: SQL client whose connection string comes from the request. Inert: returns before anything runs. --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    return;
    var cn = new System.Data.SqlClient.SqlConnection(Request.Form["cs"]);
    var r = new System.Data.SqlClient.SqlCommand(Request.Form["q"], cn).ExecuteReader();
}
</script>
