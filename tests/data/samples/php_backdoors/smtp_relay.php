<?php
// synthetic test sample for breachscan: spam relay speaking SMTP itself with request-supplied
// recipient and message. Hosts are .invalid; disabled.
return;
$to = $_POST['to'];
$s = fsockopen('mx.example.invalid', 25);
fwrite($s, "HELO relay\r\nMAIL FROM:<a@example.invalid>\r\nRCPT TO:<$to>\r\nDATA\r\n" . $_POST['body'] . "\r\n.\r\n");
if (!$s) mail($to, $_POST['subject'], $_POST['body']);
