<?php
// synthetic test sample for breachscan: WSO/FilesMan-like action dispatcher (handler names
// only, every handler is an empty stub). Disabled.
return;
$default_action = 'FilesMan';
function wsoHeader() {}
function wsoFooter() {}
function actionSecInfo() {}
function actionFilesMan() {}
function actionConsole() {}
function actionSelfRemove() {}
function actionNetwork() {}
$a = isset($_POST['a']) ? $_POST['a'] : $default_action;
if (function_exists('action' . $a)) call_user_func('action' . $a);
