/* synthetic test sample for breachscan: junk-arithmetic obfuscator shape - zero-times-string
 * constants, constant ternaries assembling API names, base-36 pairs decoded with parseInt and
 * run through a string setTimeout. The blob only decodes to a console.log; inert (`if (false)`). */
(function () {
  var step = (0 * "q#Zr!" ["length"] + 1.0);
  var blob = "2r33323733302t1a30332v1413373d32382w2t382x2r0w382t37380w372p3134302t1315";
  var out = "";
  for (var i = (0 * "x9$" ["charCodeAt"](1) + 0); i < blob["le" + (12 > 3 ? "n" : "q") + "gth"]; i += (0 * "k!" ["length"] + 2.0)) {
    out += String["fromCha" + (40 > 7 ? "r" : "z") + "Code"](parseInt(blob["sub" + (9 > 2 ? "s" : "x") + "tr"](i, 2), 36));
  }
  if (false) { setTimeout(out, step); }
})();
