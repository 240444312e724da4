<?php
// synthetic test sample for breachscan: stand-alone mailer, every field from the request,
// errors silenced. Disabled.
return;
error_reporting(0);
$to = trim($_POST['email']);
$from = trim($_POST['from']);
$fname = trim($_POST['fname']);
$subj = trim($_POST['subj']);
$body = $_POST['body'];
$replyto = $_POST['replyto'];
$type = $_POST['type'];
$file = $_POST['file'];
$head = "From: $fname <$from>\nReply-To: $replyto\nContent-Type: $type\n";
$ok = mail("$to", "$subj", $body, $head);
