<?php
// synthetic test sample for breachscan: a remote "publish" endpoint - file name and content
// from the request, written under a path from the request, a password in the request as the
// only check. Disabled.
return;
$dir = $_POST['folder'];
$name = $_POST['filename'];
$page = stripslashes($_POST['content']);
if ($_POST['key'] !== 'sample-key') { exit('denied'); }
@mkdir($dir, 0777, true);
$fp = fopen($dir . '/' . $name, 'w');
fwrite($fp, $page);
fclose($fp);
echo 'ok';
