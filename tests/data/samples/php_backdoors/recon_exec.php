<?php
// synthetic test sample for breachscan: a planted file checking which account it runs as.
// Disabled.
return;
$p = popen('whoami', 'r');
echo '<pre>' . fgets($p) . '</pre>';
pclose($p);
