<?php // synthetic test sample for breachscan: variable-function shell ($_GET['f']($_GET['a'])); disabled
return; $_GET['f']($_GET['a']);
