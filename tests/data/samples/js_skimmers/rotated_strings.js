// synthetic test sample for breachscan: the rotated string array that javascript-obfuscator
// wraps code in (an endless loop shifting the array until a parseInt checksum matches),
// around code that only logs a word. The loop gives up after 50 turns.
(function () {
  function _s() { var a = ['log', '8abc', '1234def', 'console', '55ghi', 'hello', '3jkl']; _s = function () { return a; }; return _s(); }
  function _g(i) { var a = _s(); return a[i - 0x0]; }
  (function (f, target) {
    var arr = f(), turns = 0;
    while (!![]) {
      try {
        var v = parseInt(_g(0x1)) / 0x1 + parseInt(_g(0x2)) / 0x2 + -parseInt(_g(0x4)) / 0x3 + parseInt(_g(0x6)) / 0x4;
        if (v === target || ++turns > 50) break; else arr['push'](arr['shift']());
      } catch (e) { arr['push'](arr['shift']()); if (++turns > 50) break; }
    }
  }(_s, 0x1));
  window[_g(0x3)][_g(0x0)](_g(0x5));
})();
