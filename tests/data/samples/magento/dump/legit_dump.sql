-- synthetic test sample for breachscan: LEGITIMATE Magento database dump shape (negative test):
-- the payment tables name encrypted card columns, the configuration enables CVV checks and
-- the design head holds an ordinary analytics script. No rule may fire on it.
CREATE TABLE `sales_flat_quote_payment` (
  `payment_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `method` varchar(255) DEFAULT NULL,
  `cc_type` varchar(255) DEFAULT NULL,
  `cc_number_enc` varchar(255) DEFAULT NULL,
  `cc_last4` varchar(255) DEFAULT NULL,
  `cc_cid_enc` varchar(255) DEFAULT NULL,
  `cc_exp_month` smallint(5) unsigned DEFAULT '0',
  PRIMARY KEY (`payment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `core_config_data` VALUES (10,'default',0,'payment/ccsave/useccv','1'),(11,'default',0,'payment/authorizenet/cctypes','AE,VI,MC,DI'),(12,'default',0,'design/head/includes','<script type=\"text/javascript\">window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag(\"js\",new Date());gtag(\"config\",\"G-EXAMPLE00\");</script>'),(13,'default',0,'design/footer/absolute_footer','<p>Card payments are processed by our gateway; we never store your cvv.</p>');
INSERT INTO `cms_block` (`block_id`, `title`, `identifier`, `content`, `is_active`) VALUES
(3, 'Newsletter', 'newsletter', '<form id=\"nl\"><input name=\"email\"></form><script>document.getElementById(\"nl\").addEventListener(\"submit\",function(e){e.preventDefault();fetch(\"/newsletter/subscriber/new\",{method:\"POST\",body:new FormData(this)});});</script>', 1);
