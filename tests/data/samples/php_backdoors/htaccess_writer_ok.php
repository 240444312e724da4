<?php
/*
 * An installer step: writes the application's own rewrite rules to .htaccess and checks
 * for updates on the vendor's site (the answer is only shown). breachscan test sample:
 * must give no YARA finding.
 */
$rules = "RewriteEngine On\nRewriteRule ^(.*)$ index.php?q=$1 [L,QSA]\n";
file_put_contents(__DIR__ . '/.htaccess', $rules);
$latest = @file_get_contents('https://updates.example.invalid/latest.txt');
echo 'Installed. Latest version: ' . htmlspecialchars((string)$latest);
