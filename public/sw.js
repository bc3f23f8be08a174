// The offline service worker. The post_build hook (.ci/post-build.mjs) puts three constants above
// this line: BUILD_ID, which names this build's cache; PRECACHE, every file of the build; and
// HASHED, the files whose names carry their content hash.
const CACHE = `shouhou-${BUILD_ID}`;
const SHELL = './';
const IMMUTABLE = new Set(HASHED.map((file) => new URL(file, self.location).href));

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
  event.respondWith(IMMUTABLE.has(request.url) ? cacheFirst(request) : networkFirst(request));
});

// Pages and unhashed files (boot.js, embed.js, the manifest) come fresh while online, so a page never
// mixes a new page with an old build's scripts; offline, this build's copies answer.
async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request, { ignoreSearch: true });
    return cached || (request.mode === 'navigate' && (await cache.match(SHELL))) || Response.error();
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached || fetch(request);
}
