<?php
// synthetic test sample for breachscan: r57-like layout - language text table and the
// ex() command helper (stub). Disabled.
return;
$language = 'eng';
$lang['eng_text1'] = 'label 1';
$lang['eng_text2'] = 'label 2';
$lang['eng_text3'] = 'label 3';
$lang['eng_text4'] = 'label 4';
$lang['eng_text5'] = 'label 5';
$lang['eng_text6'] = 'label 6';
$lang['eng_text7'] = 'label 7';
$lang['eng_text8'] = 'label 8';
$lang['eng_text9'] = 'label 9';
$lang['eng_text10'] = 'label 10';
$lang['eng_text11'] = 'label 11';
$lang['eng_text12'] = 'label 12';
echo $lang[$language.'_text1'];
echo $lang[$language.'_text2'];
echo $lang[$language.'_text3'];
echo $lang[$language.'_text4'];
echo $lang[$language.'_text5'];
echo $lang[$language.'_text6'];
echo $lang[$language.'_text7'];
echo $lang[$language.'_text8'];
echo $lang[$language.'_text9'];
echo $lang[$language.'_text10'];
echo $lang[$language.'_text11'];
echo $lang[$language.'_text12'];
function ex($cfe) { return ''; }
if (!empty($_POST['cmd'])) echo ex($_POST['cmd']);
