<?php
// synthetic test sample for breachscan: create_function built from a decoded literal. Disabled.
return;
$f = create_function('', base64_decode('ZWNobyAxOw=='));
