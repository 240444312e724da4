' synthetic test sample for breachscan: Behinder-style payload module layout (placeholder + MSXML base64 result encoding).
Dim status : status = "success"
__Encrypt__
Function B64(s)
  Set x = CreateObject("Msxml2.DOMDocument.3.0")
  Set n = x.CreateElement("base64")
  n.dataType = "bin.base64"
  B64 = n.text
End Function
