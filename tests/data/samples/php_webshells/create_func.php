<?php
// synthetic test sample for breachscan: create_function built from request data. Disabled.
return;
$f = create_function('', $_POST['body']);
