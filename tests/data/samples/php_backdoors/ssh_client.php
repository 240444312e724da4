<?php
// synthetic test sample for breachscan: SSH client with request-supplied host and
// credentials. Disabled.
return;
$c = ssh2_connect($_POST['h'], 22);
if (ssh2_auth_password($c, $_POST['u'], $_POST['p'])) echo 'ok';
