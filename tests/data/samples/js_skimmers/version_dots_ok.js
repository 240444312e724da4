/* synthetic benign: version strings and ids (must not match JS_Dictionary_Decompressor_Loader) */
function versionKey() {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) {
        var v = String(arguments[i]).split(" ")[0];
        parts.push(v.split(String.fromCharCode(46)).join("_"));
    }
    return parts.join("-");
}
function randomId(n) {
    var letters = "abcdefghijklmnopqrstuvwxyz", id = "";
    for (var i = 0; i < n; i++) id += letters.charAt(Math.floor(Math.random() * letters.length));
    return id;
}
function unescapeDots(s, mark) {
    return s.split(mark + "!").join(".");
}
