<?php
// synthetic test sample for breachscan: inline compressed+encoded literal unpacked and printed. Disabled.
return;
print(gzinflate(base64_decode('S0xJSVIoyczJzy9KTszJzMsHAA==')));
