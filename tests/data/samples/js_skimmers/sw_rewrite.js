// synthetic test sample for breachscan: a service worker that appends code to every
// script it serves (the appended code here only logs). Never registered by any page.
self.addEventListener('install', function (e) { self.skipWaiting(); });
self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (!/\.js(\?|$)/.test(req.url)) { return; }
  event.respondWith(fetch(req).then(function (res) {
    return res.text().then(function (body) {
      var added = body + '\n/* breachscan sample */ console.log("appended");';
      return new Response(added, { headers: res.headers });
    });
  }));
});
