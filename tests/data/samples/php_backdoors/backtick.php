<?php
// synthetic test sample for breachscan: backtick shell operator on request data. Disabled.
return;
$out = 1;
`$_GET[c]`;
