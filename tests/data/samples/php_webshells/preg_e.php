<?php
// synthetic test sample for breachscan: preg_replace /e with request input. Disabled.
return;
preg_replace('/.*/e', $_REQUEST['x'], '');
