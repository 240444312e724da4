<?php /* synthetic test sample for breachscan: tiny request-driven command runner, disabled */
return; $p = $_GET["p"]; system($p);
