// sipcodes service worker: every page works offline, deep links and ?q= included.
// A template filled twice: the double square brackets by the sipcodes generator, the braces by go-app.
const version = "{{.Version}}";
const cacheName = "sipcodes-" + version;
const scope = [[.Scope]]; // with its trailing slash: "/name/" is a page, "/name" only redirects
const shell = scope; // the list page; the app routes any other path of its own itself
const precache = [[.Precache]]; // every file but the pages
const precached = new Set(precache);
const pagesFile = [[.Pages]]; // every page stored offline, in one file (app/site/offline.go)

// The paths the app routes, below the scope: the lists ("", "common",
// "1xx"…"6xx"), any three-digit number, the reference pages ("warnings",
// "causes", "reason", "warning/N", "cause/N") and the explainer, with or
// without ".html".
// Everything else (JSON, sitemap, another project on the same origin) is not
// ours to answer.
const appPath = /^(|index\.html|common|[1-6]xx|[1-6][0-9][0-9]|warnings|causes|reason|explain|(warning|cause)\/[0-9]{1,4}|vendors|vendor\/[a-z0-9-]+(\/[A-Za-z0-9._-]+)?)(\.html)?$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // "no-cache" revalidates what the HTTP cache holds: the page has just
      // downloaded app.wasm, which then comes back as a 304 instead of a
      // second download, and a previous deploy's files are never taken as current.
      const load = async (url) => {
        const response = await fetch(new Request(url, { cache: "no-cache" }));
        if (!response.ok) {
          throw new Error("precaching " + url + ": " + response.status);
        }
        return response;
      };
      await Promise.all([
        ...precache.map(async (url) => cache.put(url, await load(url))),
        storePages(cache, await (await load(pagesFile)).json()),
      ]);
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
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(scope)) {
    return;
  }
  const rest = url.pathname.slice(scope.length).replace(/\/$/, "");
  if (request.mode === "navigate" && appPath.test(rest)) {
    event.respondWith(page(rest, request));
  } else if (precached.has(url.pathname)) {
    event.respondWith(asset(request));
  }
  // Anything else (a file this version does not hold, another project's
  // request under a root scope) is left to the browser, as if no worker
  // were installed: only what the install stored is answered from it.
});

// storePages puts each page of the pages file together (its own pieces
// and the shared ones: the stylesheet and the start-up script) and stores
// it at its address, as the server would have sent it.
function storePages(cache, { shared, pages }) {
  return Promise.all(Object.entries(pages).map(([url, pieces]) => {
    const body = pieces.map((piece) => (typeof piece === "number" ? shared[piece] : piece)).join("");
    return cache.put(url, new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8" } }));
  }));
}

// page answers a navigation to one of the app's paths from this version's
// cache, ignoring the query (the page reads ?q= itself). A page it does not
// hold ("/499") comes from the network, and offline from the app shell,
// which routes it.
async function page(rest, request) {
  const cache = await caches.open(cacheName);
  const path = scope + rest.replace(/\.html$/, "").replace(/^index$/, "");
  const hit = (await cache.match(path, { ignoreSearch: true })) || (await cache.match(path + "/", { ignoreSearch: true })); // "/404/"
  if (hit) {
    return hit;
  }
  try {
    return await fetch(request);
  } catch (err) {
    return (await cache.match(shell)) || Response.error();
  }
}

async function asset(request) {
  const cache = await caches.open(cacheName);
  return (await cache.match(request)) || fetch(request);
}
