/* synthetic: a dictionary-packed loader (breachscan test sample; the payload only logs) */
var bootstrap = (function () {
    var seed = 9, width = 31, esc = 61;
    var letters = "abcdefghijklmnopqrstuvwxyz";
    var table = [66, 71, 75, 79, 81, 86, 88, 90];
    var index = [];
    for (var t = 0; t < table.length; t++) index[table[t]] = t + 1;
    var out = [];
    for (var a = 0; a < arguments.length; a++) {
        var words = arguments[a].split(" ");
        for (var k = words.length - 1; k >= 0; k--) {
            var w = words[k], parts = null, from = 0, at, ref;
            for (var c = 0; c < w.length; c++) {
                var code = w.charCodeAt(c), slot = index[code];
                if (slot) {
                    ref = (slot - 1) * width + w.charCodeAt(c + 1) - seed;
                    at = c;
                    c++;
                } else if (code == esc) {
                    ref = width * (table.length - seed + w.charCodeAt(c + 1)) + w.charCodeAt(c + 2) - seed;
                    at = c;
                    c += 2;
                } else {
                    continue;
                }
                if (parts == null) parts = [];
                if (at > from) parts.push(w.substring(from, at));
                parts.push(words[ref + 1]);
                from = c + 1;
            }
            if (parts != null) {
                if (from < w.length) parts.push(w.substring(from));
                words[k] = parts.join("");
            }
        }
        out.push(words[0]);
    }
    var text = out.join("");
    var special = [96, 39, 10, 42, 32, 92].concat(table);
    var dot = String.fromCharCode(46);
    for (var t2 = 0; t2 < special.length; t2++)
        text = text.split(dot + letters.charAt(t2)).join(String.fromCharCode(special[t2]));
    return text.split(dot + "!").join(dot);
})("B: console log.bhello.b", "B:");
