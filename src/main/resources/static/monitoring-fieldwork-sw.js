// The field work's service worker (js/monitoring-fieldwork.js registers it for /app/monitoring/inspections/). It
// answers only what the inspector chose to keep offline: a request found in the field work's cache goes to the network
// first (the cache is refreshed with the answer) and is answered from the cache when the network is gone. Everything
// else, and the API, passes through untouched: the outbox in the page syncs through the API itself.
'use strict';

const CACHE = 'vientro-fieldwork-v1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('vientro-fieldwork-') && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  event.respondWith(networkElseKept(request));
});

async function networkElseKept(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, {ignoreVary: true});
  if (!kept) {
    return fetch(request);
  }
  try {
    const answer = await fetch(request);
    // a sign-in page met on the way (an expired session) is not the page kept
    if (answer.ok && !answer.redirected && answer.type === 'basic') {
      await cache.put(request.url, answer.clone());
    } else if (answer.status === 403 || answer.status === 404) {
      // no longer on the team, or the inspection is gone: its confidential findings leave the device too
      await cache.delete(request.url);
    }
    return answer;
  } catch (offline) {
    return kept;
  }
}
