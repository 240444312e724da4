<?php
// synthetic test sample for breachscan: b374k-like shared state variables (stubs). Disabled.
return;
$s_name = 'x'; $s_ver = '0'; $s_pass = ''; $s_auth = false;
$s_self = $_SERVER['PHP_SELF']; $s_cwd = getcwd(); $s_sep = DIRECTORY_SEPARATOR;
$s_posix = function_exists('posix_getpwuid'); $s_win = (strtolower(substr(PHP_OS, 0, 3)) == 'win');
$s_result = '';
if (isset($_GET['cd'])) $s_cwd = $_GET['cd'];
