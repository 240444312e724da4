<?php
// synthetic test sample for breachscan: redirector checking whether its own domain is on a
// blacklist before redirecting. Hosts are .invalid; disabled.
return;
$r = gethostbyname($_SERVER['HTTP_HOST'] . '.dbl.spamhaus.org');
if ($r == '127.0.1.2') { header('HTTP/1.1 203'); exit; }
header('Location: http://landing.example.invalid/');
