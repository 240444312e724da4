<?php
// synthetic test sample for breachscan: mass mailer - posted subject/body sent to a posted
// list of recipients in a loop. Recipients are .invalid; disabled.
return;
$list = explode("\n", $_POST['emails']);
$subject = $_POST['subject'];
$body = stripslashes($_POST['html']);
$headers = "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nFrom: " . $_POST['from'] . "\r\n";
foreach ($list as $rcpt) {
    if (mail(trim($rcpt), $subject, $body, $headers)) echo "sent $rcpt<br>";
}
