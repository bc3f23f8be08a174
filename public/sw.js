// The offline service worker. The post_build hook (.ci/post-build.mjs) puts two constants above
// this line: BUILD_ID, which names this build's cache, and PRECACHE, every file of the build.
const CACHE = `shouhou-${BUILD_ID}`;
const SHELL = './';

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the buyer chooses to reload (update notice).
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([SHELL, ...PRECACHE])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch {
    // The shell cached with this build, never a newer page whose files this cache lacks.
    const cache = await caches.open(CACHE);
    return (await cache.match(request, { ignoreSearch: true })) || (await cache.match(SHELL)) || Response.error();
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached || fetch(request);
}
