<?php
// synthetic test sample for breachscan: create_function hidden behind a variable and fed
// from the request ($f('', $code)). Disabled.
return;
class Holder { function __destruct() { $f = $this->fn; $g = $f('', $this->code); } }
$h = new Holder(); $h->code = $_POST['t'];
