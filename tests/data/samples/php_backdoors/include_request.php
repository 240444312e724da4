<?php
// synthetic test sample for breachscan: file inclusion named by the request. Disabled.
return;
if (isset($_GET['page'])) include($_GET['page']);
