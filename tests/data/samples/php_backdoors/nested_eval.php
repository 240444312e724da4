<?php
// synthetic test sample for breachscan: decoder name kept in a variable, nested eval of a
// user-defined unpacking function. Harmless literal; disabled.
return;
$dec = 'base64_decode';
function unpack_it($s) { global $dec; return strrev($dec($s)); }
eval(eval(unpack_it('OyIxIiBuaHJ1dGVyOyJ4IiBvaGNlIG5ydXRlcg==')));
