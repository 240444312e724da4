<?php
// synthetic test sample for breachscan: shell command text hidden with \x escapes. Disabled.
return;
exec("\x6b\x69\x6c\x6c -9 \x70\x65\x72\x6c");
