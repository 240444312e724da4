<?php
// synthetic test sample for breachscan: eval of base64_decode output held in a variable. Disabled.
return;
$blob = 'ZWNobyAic3ludGhldGljIjs=';
eval(base64_decode($blob));
