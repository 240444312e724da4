<?php
/*
 * An application's API forwarder: JSON posted by the browser goes to the one back-end
 * service named in the configuration; a GET returns the service status from it.
 * breachscan test sample: must give no YARA finding.
 */
$config = require __DIR__ . '/config.php';
$url = $config['backend'] . '/api/' . rawurlencode(isset($_GET['op']) ? $_GET['op'] : 'status');
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, $url);
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    curl_setopt($ch, CURLOPT_POSTFIELDS, file_get_contents('php://input'));
}
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
header('Content-Type: application/json');
echo curl_exec($ch);
