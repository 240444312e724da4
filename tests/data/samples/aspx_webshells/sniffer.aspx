<%@ Page Language="C#" %>
<%-- synthetic test sample for breachscan: raw socket in receive-all mode. Inert: returns before anything runs. --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    return;
    var sk = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Raw, System.Net.Sockets.ProtocolType.IP);
    sk.IOControl(System.Net.Sockets.IOControlCode.ReceiveAll, new byte[] {1, 0, 0, 0}, null);
}
</script>
