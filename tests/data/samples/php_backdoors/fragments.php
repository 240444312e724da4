<?php
// synthetic test sample for breachscan: decoder name assembled from variable fragments, the
// result called through variables. Harmless literal; disabled.
return;
$l = 'base'; $o = '64_de'; $v = 'code';
$fn = $l . $o . $v;
$c = 'fn';
$out = $$c('ZWNobyAxOw==');
