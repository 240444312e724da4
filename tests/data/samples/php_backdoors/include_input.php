<?php
// synthetic test sample for breachscan: the raw request body included as code. Disabled.
return;
include('php://input');
