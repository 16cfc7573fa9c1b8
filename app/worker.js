// sipcodes service worker: every page works offline, deep links and ?q= included.
// A template filled twice: the double square brackets by the sipcodes generator, the braces by go-app.
const version = "{{.Version}}";
const cacheName = "sipcodes-" + version;
const scope = [[.Scope]]; // with its trailing slash: "/name/" is a page, "/name" only redirects
const shell = scope; // the list page; the app routes any other path itself
const precache = [[.Precache]];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // "reload" skips the HTTP cache, whose max-age would otherwise hand us
      // the previous deploy's files, or race the page's own download.
      await Promise.all(
        precache.map(async (url) => {
          const response = await fetch(new Request(url, { cache: "reload" }));
          // The page of code 404 is GitHub Pages' 404.html, which it may serve with status 404.
          if (!response.ok && !(response.status === 404 && url.endsWith("/404"))) {
            throw new Error("precaching " + url + ": " + response.status);
          }
          await cache.put(url, response);
        })
      );
      // Every file of this version is stored: take over at once. An open tab
      // keeps running the version it loaded until it reloads.
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("sipcodes-") && key !== cacheName) {
          await caches.delete(key);
        }
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  event.respondWith(request.mode === "navigate" ? page(url, request) : asset(request));
});

// page answers a navigation from this version's cache, ignoring the query:
// the page reads ?q= itself. Paths it has no page for get the app shell.
async function page(url, request) {
  const cache = await caches.open(cacheName);
  let path = url.pathname;
  if (path + "/" === scope) {
    path = scope;
  } else if (path.length > scope.length && path.endsWith("/")) {
    path = path.slice(0, -1);
  }
  path = path.replace(/\.html$/, "").replace(/\/index$/, "/");
  const hit = (await cache.match(path, { ignoreSearch: true })) || (await cache.match(shell));
  return hit || fetch(request);
}

async function asset(request) {
  const cache = await caches.open(cacheName);
  return (await cache.match(request)) || fetch(request);
}
