<?php
// synthetic test sample for breachscan: payload split into numbered chunks joined and
// cleaned of a junk marker at run time (harmless text). Disabled.
return;
$x341='echo \'sy_)ht';/*
 */
$x980='nthetic _)ht';/*
 */
$x164='chunked _)ht';/*
 */
$x414='payload _)ht';/*
 */
$x676='placehol_)ht';/*
 */
$x59='der text_)ht';/*
 */
$x84=', harmle_)ht';/*
 */
$x850='ss and n_)ht';/*
 */
$x558='ever exe_)ht';/*
 */
$x106='cuted\';e_)ht';/*
 */
$x384='cho \'syn_)ht';/*
 */
$x606='thetic c_)ht';/*
 */
$x69='hunked p_)ht';/*
 */
$x941='ayload p_)ht';/*
 */
$x529='lacehold_)ht';/*
 */
$x229='er text,_)ht';/*
 */
$x48=' harmles_)ht';/*
 */
$x98='s and ne_)ht';/*
 */
$x454='ver exec_)ht';/*
 */
$x438='uted\';ec_)ht';/*
 */
$x81='ho \'synt_)ht';/*
 */
$x256='hetic ch_)ht';/*
 */
$x102='unked pa_)ht';/*
 */
$x574='yload pl_)ht';/*
 */
$x444='aceholde_)ht';/*
 */
$x70='r text, _)ht';/*
 */
$x856='harmless_)ht';/*
 */
$x589=' and nev_)ht';/*
 */
$x136='er execu_)ht';/*
 */
$x980='ted\';_)ht';/*
 */
$all=str_replace('_)ht','',$x341.$x980.$x164.$x414.$x676.$x59.$x84.$x850.$x558.$x106.$x384.$x606.$x69.$x941.$x529.$x229.$x48.$x98.$x454.$x438.$x81.$x256.$x102.$x574.$x444.$x70.$x856.$x589.$x136.$x980);
print($all);
