<?php
// synthetic test sample for breachscan: preg_replace with the /e modifier evaluating a
// decoded string. Disabled.
return;
@preg_replace('/.*/e', base64_decode('ZWNobyAxOw=='), '');
