<?php
// synthetic test sample for breachscan: decoder name assembled from split string literals,
// called through a variable; no request input (payload embedded). Disabled.
return;
$d = 'base' . '64_de' . 'code';
$run = $d('ZWNobyAiaGVsbG8iOw==');
