/* synthetic test sample for breachscan: seeded string-shuffle loader shape (charAt swap loop
 * with modular constants, DEL-separated table, Function constructor fetched by a decoded
 * name). The shuffled strings are placeholders, nothing decodes to code; inert (`if (false)`). */
function unshuffle(str, seed) {
    var n = str.length;
    var a = [];
    for (var i = 0; i < n; i++) {
        a[i] = str.charAt(i)
    };
    for (var i = 0; i < n; i++) {
        var p = seed * (i + 317) + (seed % 27111);
        var q = seed * (i + 421) + (seed % 31337);
        var x = p % n;
        var y = q % n;
        var t = a[x];
        a[x] = a[y];
        a[y] = t;
        seed = (p + q) % 5123457
    };
    var sep = String.fromCharCode(127);
    return a.join('').split('%').join(sep).split(sep)
};
var ctorName = unshuffle('rcutnoocrtsplaceholder', 4242).join('').substr(0, 11);
if (false) {
    var F = unshuffle[ctorName];
    F('', unshuffle('placeholder%text%only', 777).join(''))();
}
