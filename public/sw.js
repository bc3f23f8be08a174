// The offline service worker. The post_build hook (.ci/post-build.mjs) puts two constants above
// this line: BUILD_ID, which names this build's cache, and PRECACHE, the build's files a buyer needs.
const CACHE = `shouhou-${BUILD_ID}`;
const SHELL = './';
const BUILD_FILES = new Set([SHELL, ...PRECACHE].map((file) => new URL(file, self.location).href));
const INDEX = new URL('index.html', self.location).href;

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the buyer chooses to reload (update notice).
  // From the network, not the HTTP cache: index.html may still be fresh there (max-age) from the build
  // before, and precaching it would pair the old page with this build's files.
  const requests = [SHELL, ...PRECACHE].map((file) => new Request(file, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
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
  if (url.href === INDEX) event.respondWith(fromThisBuild(request, SHELL));
  else if (BUILD_FILES.has(url.href)) event.respondWith(fromThisBuild(request));
  else if (request.mode === 'navigate') event.respondWith(networkThenShell(request));
});

// Every file of this build, its pages included, comes from this build's cache: a page never mixes two
// builds, and a second visit needs no round trip on a slow network. A new build arrives through the
// browser's own check of sw.js and waits for the buyer's click on the update notice.
async function fromThisBuild(request, cachedAs = request) {
  const cached = await caches.match(cachedAs, { cacheName: CACHE, ignoreSearch: true });
  return cached || fetch(request);
}

// Any other page of this origin (a help-centre page, say) is the server's; offline, the app answers.
async function networkThenShell(request) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match(SHELL, { cacheName: CACHE })) || Response.error();
  }
}
