<?php
// synthetic test sample for breachscan: encoded eval chain. The blob decodes to
// "echo 'synthetic breachscan sample';" - harmless. Disabled by the early return.
return;
eval(gzinflate(base64_decode('S03OyFdQL67MK8lILclMVkgqSk1MzihOTsxTKE7MLchJVbcGAA==')));
