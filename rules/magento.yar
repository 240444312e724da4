/*
 * magento.yar - breachscan bundled rules for e-commerce (Magento 1/2,
 * WooCommerce) compromise artefacts other than the skimmer code itself:
 * front-end skimmers stored in the database (core_config_data design
 * head/footer includes, CMS blocks, WordPress options) as seen in SQL dumps,
 * stand-alone scripts that bootstrap Magento to create admin users or dump
 * stored payment data, and PHP dropped into Magento media / skin / cache
 * folders that runs request input.
 * Namespace: magento.
 */

rule Magento_DB_Dump_Design_Script_Skimmer : skimmer magento database
{
    meta:
        severity = "high"
        description = "Database dump whose Magento design head/footer configuration (core_config_data design/head/includes or design/footer/absolute_footer) holds a script with skimmer markers (obfuscation, card fields, checkout gating, covert send)"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $t = "core_config_data" ascii
        $p = /design\/(head\/includes|footer\/absolute_footer|head\/default_description|head\/demonotice)/ ascii
        $s = "<script" ascii nocase
        $o1 = "atob(" ascii
        $o2 = "fromCharCode(" ascii
        $o3 = "eval(" ascii
        $o4 = /_0x[0-9a-fA-F]{4,6}/ ascii
        $o5 = /(\\x[0-9a-fA-F]{2}){6}/ ascii
        $o7 = /(\\\\x[0-9a-fA-F]{2}){6}/ ascii
        $o6 = "btoa(" ascii
        $c1 = "cc_number" ascii nocase
        $c2 = "cardnumber" ascii nocase
        $c3 = "card_number" ascii nocase
        $c4 = "cc_cid" ascii nocase
        $c5 = "cvv" ascii nocase
        $c6 = "onestepcheckout" ascii nocase
        $c7 = "sendBeacon(" ascii
        $c8 = "new WebSocket(" ascii
        $c9 = /new Image(\(\))?\.src/ ascii
    condition:
        filesize < 500MB and $t and
        for any i in (1..#p) : (
            $s in (@p[i] .. @p[i] + 5000) and
            for 2 of ($o*, $c*) : ( $ in (@p[i] .. @p[i] + 20000) ) )
}

rule Magento_DB_Dump_Content_Script_Skimmer : skimmer magento database
{
    meta:
        severity = "high"
        description = "Database dump of CMS blocks/pages, configuration or WordPress options holding a script that reads card fields and sends them out"
        family = "Magecart"
        reference = "https://attack.mitre.org/techniques/T1056/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $t = /INSERT INTO `?[a-z0-9_]{0,20}(cms_block|cms_page|options|core_config_data|posts)`?/ ascii nocase
        $s = "<script" ascii nocase
        $n1 = "cc_number" ascii nocase
        $n2 = "cardnumber" ascii nocase
        $n3 = "card_number" ascii nocase
        $n4 = "payment[cc_" ascii nocase
        $x1 = "XMLHttpRequest" ascii
        $x2 = "sendBeacon(" ascii
        $x3 = "new Image" ascii
        $x4 = "WebSocket(" ascii
        $x5 = "fetch(" ascii
        $x6 = ".ajax(" ascii
    condition:
        filesize < 500MB and $t and
        for any i in (1..#s) : (
            for any of ($n*) : ( $ in (@s[i] .. @s[i] + 5000) ) and
            for any of ($x*) : ( $ in (@s[i] .. @s[i] + 5000) ) )
}

rule Magento_Standalone_Admin_User_Creator : backdoor magento
{
    meta:
        severity = "high"
        description = "Stand-alone PHP script that bootstraps Magento and creates or re-activates an administrator account (persistence backdoor left after a store compromise)"
        family = "Magento-Backdoor"
        reference = "https://attack.mitre.org/techniques/T1136/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $php = "<?php" ascii nocase
        $b1 = "Mage::app(" ascii
        $b2 = "app/Mage.php" ascii
        $b3 = "Bootstrap::create(" ascii
        $b4 = "app/bootstrap.php" ascii
        $u1 = "Mage::getModel('admin/user')" ascii nocase
        $u2 = "Mage::getModel(\"admin/user\")" ascii nocase
        $u3 = "Magento\\User\\Model\\UserFactory" ascii
        $u4 = "Magento\\User\\Model\\User" ascii
        $r1 = "setRoleIds(" ascii
        $r2 = "setRoleId(" ascii
        $r3 = "setParentId(" ascii
        $r4 = "saveRelations(" ascii
        $r5 = "setIsActive(" ascii
    condition:
        filesize < 200KB and $php and 1 of ($b*) and 1 of ($u*) and 1 of ($r*)
}

rule Magento_Standalone_Payment_Data_Dumper : skimmer magento
{
    meta:
        severity = "high"
        description = "Stand-alone PHP script that bootstraps Magento and reads stored order-payment card fields (cc_number_enc, decrypt) - a stored card data dumper"
        family = "ServerSkimmer"
        reference = "https://attack.mitre.org/techniques/T1005/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $php = "<?php" ascii nocase
        $b1 = "Mage::app(" ascii
        $b2 = "app/Mage.php" ascii
        $b3 = "Bootstrap::create(" ascii
        $b4 = "app/bootstrap.php" ascii
        $t1 = "sales_flat_order_payment" ascii
        $t2 = "sales_order_payment" ascii
        $c1 = "cc_number_enc" ascii
        $c2 = "decrypt(" ascii
        $c3 = "cc_exp_month" ascii
    condition:
        filesize < 200KB and $php and 1 of ($b*) and 1 of ($t*) and 2 of ($c*)
}

rule Magento_Media_Folder_PHP_Backdoor : backdoor magento webshell
{
    meta:
        severity = "high"
        description = "PHP file inside a Magento media, skin, static or cache folder (where no PHP belongs) that runs request input, decodes payloads or accepts uploads"
        family = "Magento-Backdoor"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        author = "breachscan"
        date = "2026-11-29"
    strings:
        $php = "<?php" ascii nocase
        $r1 = "$_POST" ascii
        $r2 = "$_GET" ascii
        $r3 = "$_REQUEST" ascii
        $r4 = "$_COOKIE" ascii
        $r5 = "$_FILES" ascii
        $r6 = "php://input" ascii
        $x1 = "eval(" ascii nocase
        $x2 = "assert(" ascii nocase
        $x3 = "move_uploaded_file(" ascii nocase
        $x4 = "base64_decode(" ascii nocase
        $x5 = "create_function(" ascii nocase
        $x6 = "gzinflate(" ascii nocase
        $x7 = "system(" ascii nocase
        $x8 = "file_put_contents(" ascii nocase
    condition:
        filesize < 500KB and $php and 1 of ($r*) and 1 of ($x*) and
        filepath matches /\/(pub\/(media|static)|media\/(catalog|wysiwyg|customer|downloadable|tmp|import|captcha|theme|logo|favicon|email)|skin\/(frontend|adminhtml|install))(\/|$)/
}
