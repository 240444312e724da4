<?php
// synthetic test sample for breachscan: c99-like helper set (stub functions). Disabled.
return;
$c99sh_surl = 'http://update.example.invalid/';
function c99_sess_put($data) { return false; }
function c99fsearch($d) { return array(); }
function c99shexit() { exit; }
$act = isset($_GET['act']) ? $_GET['act'] : 'ls';
