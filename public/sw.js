// The offline service worker. The post_build hook (.ci/post-build.mjs) puts two constants above
// this line: BUILD_ID, which names this build's cache, and PRECACHE, every file of the build.
const CACHE = `shouhou-${BUILD_ID}`;
const SHELL = './';
const BUILD_FILES = new Set([SHELL, ...PRECACHE].map((file) => new URL(file, self.location).href));

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
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  url.search = '';
  if (request.mode === 'navigate' || BUILD_FILES.has(url.href)) event.respondWith(fromThisBuild(request));
});

// Every file of this build, its pages included, comes from this build's cache: a page never mixes two
// builds, and a second visit needs no round trip on a slow network. A new build arrives through the
// browser's own check of sw.js and waits for the buyer's click on the update notice.
async function fromThisBuild(request) {
  const cache = await caches.open(CACHE);
  const cached = (await cache.match(request, { ignoreSearch: true }))
    || (request.mode === 'navigate' && (await cache.match(SHELL)));
  return cached || fetch(request);
}
