<?php
// synthetic test sample for breachscan: names assembled character by character from an
// alphabet string (array-index spaghetti), then called. Disabled.
return;
$k = 'abcdefghijklmnopqrstuvwxyz_0123456789';
$f = $k[1].$k[0].$k[18].$k[4].$k[33].$k[31].$k[26].$k[3].$k[4].$k[2].$k[14].$k[3].$k[4];
$g = $k[18].$k[19].$k[17].$k[26].$k[17].$k[14].$k[19].$k[28].$k[30];
$r = $g($f('Y2JvZw=='));
