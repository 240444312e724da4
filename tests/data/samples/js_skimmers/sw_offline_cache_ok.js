// An offline-first service worker: cache, then network, offline page on failure.
// breachscan test sample: must give no YARA finding.
var CACHE = 'site-v3';
self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(['/', '/offline.html', '/app.js']); }));
});
self.addEventListener('fetch', function (event) {
  event.respondWith(caches.match(event.request).then(function (hit) {
    return hit || fetch(event.request).catch(function () {
      return caches.match('/offline.html').then(function (page) {
        return page || new Response('offline', { status: 503, headers: { 'Content-Type': 'text/plain' } });
      });
    });
  }));
});
