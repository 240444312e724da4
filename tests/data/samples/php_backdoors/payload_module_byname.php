<?php
/* synthetic (breachscan test sample): an encrypted client's payload module that
 * calls its socket functions by name; a skeleton, it relays nothing */
@set_time_limit(0);
function main($action, $host = "", $port = "", $tag = "")
{
    $result = array();
    switch ($action) {
        case "open":
            $open = 'stream_socket_client';
            if (!is_callable($open))
                $open = 'fsockopen';
            $_SESSION["state_" . $tag] = is_callable($open) ? "ready" : "none";
            ignore_user_abort();
            session_write_close();
            $result["status"] = base64_encode("success");
            break;
        default:
            $result["status"] = base64_encode("fail");
    }
    return $result;
}
