<?php
/*
 * A CMS's "save draft" action: the signed-in editor's text saved to a file named by the
 * application, never by the request. breachscan test sample: must give no YARA finding.
 */
session_start();
if (empty($_SESSION['editor'])) { http_response_code(403); exit; }
$text = $_POST['content'];
$file = __DIR__ . '/drafts/' . (int)$_SESSION['editor'] . '.txt';
file_put_contents($file, $text);
echo 'saved';
