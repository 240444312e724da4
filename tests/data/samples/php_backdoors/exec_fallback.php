<?php
// synthetic test sample for breachscan: helper trying several command functions in turn
// (typical web-shell "exe" helper). No request input here; disabled.
return;
function run_cmd($c) {
    if (is_callable('system')) { ob_start(); system($c); return ob_get_clean(); }
    if (function_exists('shell_exec')) return shell_exec($c);
    if (function_exists('passthru')) { ob_start(); passthru($c); return ob_get_clean(); }
    return '';
}
