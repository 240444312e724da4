<?php
// synthetic test sample for breachscan: DB client with request-supplied server credentials
// and file-level SQL. Disabled.
return;
$l = mysqli_connect($_POST['host'], $_POST['user'], $_POST['pass']);
$r = mysqli_query($l, "SELECT @@basedir");
$r = mysqli_query($l, "SELECT '<?php ?>' INTO OUTFILE '/tmp/x.php'");
