<?php
// synthetic test sample for breachscan: Magento 1 admin-user creator shape - a stand-alone
// script bootstraps Magento and creates an administrator with the top role. Disabled by the
// early exit; placeholder credentials.
exit;
require_once 'app/Mage.php';
Mage::app('admin');
$user = Mage::getModel('admin/user')->setData(array(
    'username'  => 'support_sample',
    'firstname' => 'Sample',
    'lastname'  => 'Only',
    'email'     => 'sample@example.invalid',
    'password'  => 'placeholder-not-a-password',
    'is_active' => 1,
))->save();
$user->setRoleIds(array(1))->setRoleUserId($user->getUserId())->saveRelations();
