<?php
/**
 * synthetic test sample for breachscan: LEGITIMATE card-gateway module shape (negative test).
 * It validates the posted card fields, sends them to its gateway over HTTPS and has a debug
 * logger and a debug mail far away from the card fields that never receive them.
 * No rule may fire on it.
 */
class synthetic_gateway
{
    var $code = 'synthetic_gateway';
    var $cc_card_number, $cc_expiry_month, $cc_cvv;

    function pre_confirmation_check()
    {
        $this->cc_card_number = preg_replace('/[^0-9]/', '', $_POST['synthetic_gateway_cc_number']);
        $this->cc_expiry_month = (int)$_POST['synthetic_gateway_cc_expires_month'];
        $this->cc_cvv = preg_replace('/[^0-9]/', '', $_POST['synthetic_gateway_cc_cvv']);
        if (strlen($this->cc_card_number) < 12) {
            $this->error = 'card number too short';
        }
    }

    function before_process()
    {
        $fields = array('card_num' => $this->cc_card_number, 'exp_month' => $this->cc_expiry_month, 'cvv' => $this->cc_cvv);
        $ch = curl_init('https://api.gateway.example.invalid/v1/charge');
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
        curl_setopt($ch, CURLOPT_HTTPHEADER, array('Authorization: Basic ' . base64_encode('merchant:key')));
        $response = curl_exec($ch);
        $this->debug_log('response code ' . curl_getinfo($ch, CURLINFO_HTTP_CODE));
        return $response;
    }

    // (synthetic padding line 00: option handling, currency rounding and order totals live here)
    // (synthetic padding line 01: option handling, currency rounding and order totals live here)
    // (synthetic padding line 02: option handling, currency rounding and order totals live here)
    // (synthetic padding line 03: option handling, currency rounding and order totals live here)
    // (synthetic padding line 04: option handling, currency rounding and order totals live here)
    // (synthetic padding line 05: option handling, currency rounding and order totals live here)
    // (synthetic padding line 06: option handling, currency rounding and order totals live here)
    // (synthetic padding line 07: option handling, currency rounding and order totals live here)
    // (synthetic padding line 08: option handling, currency rounding and order totals live here)
    // (synthetic padding line 09: option handling, currency rounding and order totals live here)
    // (synthetic padding line 10: option handling, currency rounding and order totals live here)
    // (synthetic padding line 11: option handling, currency rounding and order totals live here)
    // (synthetic padding line 12: option handling, currency rounding and order totals live here)
    // (synthetic padding line 13: option handling, currency rounding and order totals live here)
    // (synthetic padding line 14: option handling, currency rounding and order totals live here)
    // (synthetic padding line 15: option handling, currency rounding and order totals live here)
    // (synthetic padding line 16: option handling, currency rounding and order totals live here)
    // (synthetic padding line 17: option handling, currency rounding and order totals live here)
    // (synthetic padding line 18: option handling, currency rounding and order totals live here)
    // (synthetic padding line 19: option handling, currency rounding and order totals live here)
    // (synthetic padding line 20: option handling, currency rounding and order totals live here)
    // (synthetic padding line 21: option handling, currency rounding and order totals live here)
    // (synthetic padding line 22: option handling, currency rounding and order totals live here)
    // (synthetic padding line 23: option handling, currency rounding and order totals live here)
    // (synthetic padding line 24: option handling, currency rounding and order totals live here)
    // (synthetic padding line 25: option handling, currency rounding and order totals live here)
    // (synthetic padding line 26: option handling, currency rounding and order totals live here)
    // (synthetic padding line 27: option handling, currency rounding and order totals live here)
    // (synthetic padding line 28: option handling, currency rounding and order totals live here)
    // (synthetic padding line 29: option handling, currency rounding and order totals live here)

    function debug_log($message)
    {
        if (!defined('SYNTHETIC_GATEWAY_DEBUG')) return;
        $fp = @fopen(DIR_FS_LOGS . '/synthetic_gateway.log', 'a');
        @fwrite($fp, date('c') . ' ' . $message . "\n");
        @fclose($fp);
        zen_mail('Store owner', STORE_OWNER_EMAIL_ADDRESS, 'gateway debug', $message, STORE_NAME, EMAIL_FROM);
    }
}
