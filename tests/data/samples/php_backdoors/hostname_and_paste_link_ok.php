<?php
/*
 * A status page: asks the host name with exec() and links to a paste of the config format
 * for support (https://pastebin.com/raw/SAMPLE01) - nothing is fetched or written.
 * breachscan test sample: must give no YARA finding.
 */
require_once __DIR__ . '/bootstrap.php';
$host = exec('hostname');
$os = shell_exec('uname -a'); /* a system-information page, as monitoring tools have */
$config = json_decode(file_get_contents(__DIR__ . '/config.json'), true);
include $config['theme_dir'] . '/status.php';
echo htmlspecialchars($host);
