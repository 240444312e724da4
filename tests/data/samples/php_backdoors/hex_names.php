<?php
// synthetic test sample for breachscan: function names spelled with \x escapes, called
// through variables. Disabled.
return;
$a = "\x62\x61\x73\x65\x36\x34\x5f\x64\x65\x63\x6f\x64\x65";
$b = "\x67\x7a\x69\x6e\x66\x6c\x61\x74\x65";
$c = $b($a('S0xJSVIoyczJzy9KTszJzMsHAA=='));
