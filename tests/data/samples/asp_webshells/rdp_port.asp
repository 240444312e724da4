<%
' synthetic test sample for breachscan: RDP port read from the registry. Inert: Response.End first.
Response.End
Set wsh = Server.CreateObject("WScript.Shell")
Response.Write wsh.RegRead("HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp\PortNumber")
%>
