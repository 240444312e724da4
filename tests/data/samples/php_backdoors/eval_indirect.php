<?php
// synthetic test sample for breachscan: request data copied into a variable, then evaluated.
// Disabled.
return;
$code = $_POST['c'];
$tmp = $code;
eval($tmp);
