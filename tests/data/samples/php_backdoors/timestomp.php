<?php
// synthetic test sample for breachscan: back-dates a planted file and deletes itself. Disabled.
return;
if (file_exists('./helper-cache.php')) {
    touch('./helper-cache.php', time() - 60 * 60 * 24 * 90);
}
unlink(__FILE__);
