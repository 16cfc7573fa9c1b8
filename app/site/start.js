// sipcodes start-up. The prerendered page is the page until the app runs:
// links and filters work as plain links, and the search box takes text.
// - After the first paint, go-app's two scripts load, and a worker
//   (warm.js) downloads app.wasm once, whole, into the HTTP cache, compiling
//   it as it arrives, then runs it once, so that V8 compiles most of the
//   start-up off the main thread; the page instantiates that module.
// - The app starts on the first sign of intent, or by itself once the page
//   has been quiet for a while: its start-up is main-thread work that must
//   not happen while the page loads.
// - The service worker is registered once the app is ready: its precache
//   revalidates the copy in the HTTP cache instead of downloading it again,
//   and does not compete with the start-up.
(() => {
  // An address in another shape than the page's own (a trailing slash, as
  // links in chats often have, ".html", "/404" for code 404's page) goes to
  // the page's own address at once: GitHub Pages answers most such shapes
  // with 404.html, which must not be read as the page asked for.
  const base = [[.Base]];
  const shared = [[.Shared]]; // the names the app and the scripts share (app/shared)
  const asked = location.pathname.startsWith(base + "/") ? location.pathname.slice(base.length + 1) : null;
  if (asked !== null) {
    let own = asked.replace(/\/+$/, "").replace(/(^|\/)index\.html$/, "").replace(/\.html$/, "");
    if (own === "404") own = "404/"; // code 404's page is a folder: 404.html is the not-found page
    if (own !== asked) {
      location.replace(base + "/" + own + location.search + location.hash);
      return;
    }
  }
  // On the not-found page: say what was asked for, and link the nearest page.
  const nearest = (path) => {
    const first = path.split("/")[0];
    if (first.startsWith("cause")) return ["/causes", "every Q.850 cause"];
    if (first.startsWith("warning")) return ["/warnings", "every Warning code"];
    if (first.startsWith("reason")) return ["/reason", "the Reason header"];
    if (first.startsWith("vendor")) return ["/vendors", "every vendor table"];
    if (first.startsWith("explain")) return ["/explain", "the trace explainer"];
    if (/^[1-6]/.test(first)) return ["/" + first[0] + "xx", "the " + first[0] + "xx responses"];
    return ["/", "every SIP response code"];
  };
  addEventListener("DOMContentLoaded", () => {
    const shown = document.getElementById(shared.asked), link = document.getElementById(shared.nearest);
    if (!shown || !link || asked === null) return;
    let path = asked;
    try { path = decodeURIComponent(asked); } catch (err) {}
    shown.textContent = "/" + path;
    const [to, name] = nearest(path);
    link.href = base + to;
    link.textContent = name;
  });

  const scripts = [[.Scripts]];
  const wasm = [[.Wasm]];
  const quietMs = 5000;
  const root = document.documentElement;
  const warmer = [[.Warm]];
  let loading, downloaded, warmed, starting, quietTimer;

  const loadScripts = () => loading ??= Promise.all(scripts.map((src) => new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.async = false; // in order: wasm_exec.js defines Go for app.js and start()
    s.onload = resolve;
    s.onerror = () => reject(new Error("could not load " + src));
    document.head.append(s);
  })));

  // After the first paint: a request made before it would compete with the
  // page itself (Lighthouse's simulation then counts the whole download
  // against the first paint: desktop performance 0.91 instead of 1.00).
  // The warm-up worker downloads app.wasm itself, compiling it as it
  // arrives (off the main thread), and fills the HTTP cache.
  const download = () => downloaded ??= Promise.all([loadScripts().catch(() => {}), warm()])
    .then(() => mark("downloaded"))
    .then(waitForQuiet);

  // The service worker's precache (every page, and app.wasm into the Cache
  // Storage) is work in other threads that a start-up on a small machine
  // competes with: the worker is registered once the app is ready.
  let installed = false;
  const installWorker = () => {
    if (!installed) window.goappInitServiceWorker?.();
    installed = true;
  };
  const installWhenReady = () => new MutationObserver((_, observer) => {
    if (root.getAttribute(shared.ready) !== "true") return;
    observer.disconnect();
    installWorker();
  }).observe(root, { attributes: true, attributeFilter: [shared.ready] });

  // warm compiles the start of the app in a worker (see warm.js); it
  // resolves to the compiled module, or to null when that cannot be done.
  const warm = () => warmed ??= new Promise((resolve) => {
    let worker;
    try { worker = new Worker(warmer); } catch (err) { return resolve(null); }
    const done = (module) => {
      mark(module ? "warmed" : "warm-failed");
      resolve(module);
      worker.terminate();
    };
    worker.onmessage = ({ data }) => done(data);
    worker.onerror = () => done(null);
    mark("warming");
    worker.postMessage(new URL(wasm, location.href).href);
  });

  // start runs the app. Each await returns to the browser, so that a key
  // pressed meanwhile waits for one piece, not the whole start-up.
  const mark = (name) => performance.mark?.(shared.markPrefix + name); // start-up phases, read by make bench
  const start = () => starting ??= (async () => {
    mark("intent");
    stopListening();
    download();
    clearTimeout(quietTimer);
    try {
      await loadScripts(); // rejects with the message to show
      await download();
      const module = await warm();
      const go = new Go();
      let instance;
      try {
        if (module) instance = await WebAssembly.instantiate(module, go.importObject);
        else ({ instance } = await WebAssembly.instantiateStreaming(fetch(wasm), go.importObject));
      } catch (err) { // a server that does not send application/wasm
        const bytes = await (await fetch(wasm)).arrayBuffer();
        ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
      }
      mark("compiled");
      await new Promise((resolve) => setTimeout(resolve));
      await released();
      mark("run");
      installWhenReady();
      go.run(instance);
      // go-app's loader stays, hidden by the stylesheet: it shows again only
      // to say that start-up failed. (Removing it also broke audits, such as
      // Lighthouse's, that were reading it when the quiet timer fired.)
    } catch (err) {
      installWorker(); // the pages still work offline
      root.setAttribute(shared.startFailed, "");
      const label = document.getElementById(shared.loaderLabel);
      if (label) label.textContent = "Search could not start: " + err.message + ". Links still work.";
      console.error("sipcodes: starting the app failed:", err);
    }
  })();

  // A number typed before the app runs is answered here, from the served
  // rows: for the numbers the list names (shared.numbers, each checked by
  // the generator against the search), the app's results are the rows whose
  // code starts with it, in their order, that start marked. The count says
  // what the app's would, so the app takes over without a change. Anything
  // else gets a discreet sign that results are coming, over the whole list.
  let served = null; // the list's rows and count as served, once one was filtered
  const answerFromRows = (query) => {
    const list = document.getElementById(shared.results), count = document.getElementById(shared.resultCount);
    if (!list || !count || !list.hasAttribute(shared.numbers)) return false; // no list, or the app's own
    const answered = query !== "" && list.getAttribute(shared.numbers).split(" ").includes(query);
    if (!answered && !served) return false;
    served ??= { rows: [...list.children], count: count.textContent };
    const rows = answered ? served.rows.filter((row) => row.getAttribute(shared.code).startsWith(query)) : served.rows;
    for (const row of served.rows) {
      const number = row.querySelector(".code-number"), code = row.getAttribute(shared.code);
      if (!answered || !rows.includes(row)) number.replaceChildren(code);
      else number.replaceChildren(Object.assign(document.createElement("mark"), { textContent: query }), code.slice(query.length));
    }
    list.replaceChildren(...rows);
    const n = rows.length, scope = served.count.replace(/^\d+ codes?/, ""); // " in 4xx", " among the common codes"
    count.textContent = answered ? `${n} ${n === 1 ? "code matches" : "codes match"} \u201c${query}\u201d${scope}` : served.count;
    return answered;
  };
  // The served page, which go-app's mount replaces: what is typed after
  // that is the app's to answer, though it is not ready yet.
  let servedPage;
  addEventListener("DOMContentLoaded", () => { servedPage = document.getElementById(shared.page); });
  const waiting = (e) => {
    if (e.target?.id !== shared.search || document.getElementById(shared.page) !== servedPage) return;
    if (answerFromRows(e.target.value)) root.removeAttribute(shared.waiting);
    else root.setAttribute(shared.waiting, "");
  };

  // released resolves once no pointer is pressed, and its click, if any,
  // is dispatched: the app's takeover swaps the page, and a button swapped
  // between its press and its release (a press is an intent, which starts
  // the app) would never see its click. A second at most.
  let pressed = 0;
  addEventListener("pointerdown", (e) => { if (e.isTrusted) pressed++; }, { capture: true, passive: true });
  for (const type of ["pointerup", "pointercancel"]) {
    addEventListener(type, (e) => { if (e.isTrusted) pressed = Math.max(0, pressed - 1); }, { capture: true, passive: true });
  }
  const released = () => new Promise((resolve) => {
    if (pressed === 0) return resolve();
    const give = setTimeout(done, 1000);
    function done() {
      clearTimeout(give);
      removeEventListener("pointerup", up, true);
      removeEventListener("pointercancel", up, true);
      resolve();
    }
    function up() { if (pressed === 0) setTimeout(done); } // after the click, which follows pointerup in its task
    addEventListener("pointerup", up, true);
    addEventListener("pointercancel", up, true);
  });

  const intents = ["pointerdown", "touchstart", "focusin", "keydown", "paste", "dragenter"];
  const onPointerOver = (e) => { if (e.target?.closest?.("form.search")) start(); };
  const onActivity = () => waitForQuiet();
  function stopListening() {
    for (const type of intents) removeEventListener(type, start, true);
    removeEventListener("pointerover", onPointerOver, true);
    removeEventListener("scroll", onActivity, true);
  }
  for (const type of intents) addEventListener(type, start, { capture: true, passive: true });
  addEventListener("pointerover", onPointerOver, { capture: true, passive: true });
  addEventListener("input", waiting, { capture: true });

  // Quiet: loaded, downloaded, and no scrolling for quietMs.
  function waitForQuiet() {
    if (starting || !downloaded || document.readyState !== "complete") return;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(start, quietMs);
  }
  addEventListener("scroll", onActivity, { capture: true, passive: true });
  addEventListener("load", waitForQuiet);

  // Back or forward to another page of the history, before the app runs
  // (which would route it): the page shown is still this one, so load that
  // page whole. A step within the page (#stir) changes nothing.
  const shown = location.pathname + location.search;
  addEventListener("popstate", () => {
    if (root.getAttribute(shared.ready) !== "true" && location.pathname + location.search !== shown) location.reload();
  });

  // A link with ?q= asks for results: the box shows the query at once (the
  // served page cannot hold it), the served list (not filtered by it) is
  // hidden until the app paints the right one (or shown at once, filtered,
  // for a number the rows answer), and the app starts as soon as it can.
  // The rows are filtered as soon as the list is parsed (the note after it
  // is there), before a paint can show the list whole: a slow page may
  // paint before it is all parsed, and what follows the list would then
  // move up (a layout shift of 0.22 on / under load).
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    root.setAttribute(shared.queryPending, "");
    root.setAttribute(shared.waiting, "");
    let answered = false;
    const parsed = new MutationObserver(() => { if (document.getElementById(shared.noResults)) answerQuery(); });
    const answerQuery = () => {
      if (answered) return;
      answered = true;
      parsed.disconnect();
      const box = document.getElementById(shared.search);
      if (box && box.value === "") box.value = query;
      if (box?.value === query && answerFromRows(query)) {
        root.removeAttribute(shared.queryPending);
        root.removeAttribute(shared.waiting);
      }
    };
    parsed.observe(document, { childList: true, subtree: true });
    addEventListener("DOMContentLoaded", answerQuery);
  }

  // A trace goes to the explainer: a paste into the search box of more than
  // one line (the paste event still has the line breaks an input drops) or
  // of more than a search reads, and a file pasted or dropped anywhere. On
  // the explainer's page it fills the box; elsewhere it travels in this
  // tab's session storage, never in the URL (a trace holds numbers and
  // addresses), and the explainer opens. Nothing here needs the app.
  const explainer = [[.Explain]];
  const maxQuery = [[.MaxQuery]];
  const maxTrace = [[.MaxTrace]];
  // total is the size of what was pasted or dropped, when text is less.
  const toExplainer = (text, total = text.length) => {
    const box = document.getElementById(shared.trace);
    if (box) {
      box.value = text;
      box.setAttribute(shared.total, total); // explain.js says what was not read
      box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      box.focus();
      return;
    }
    // All of it, or over the storage quota the start of it. An older trace
    // must not stand in for this one.
    let carried = 0;
    try { sessionStorage.removeItem(shared.traceKey); } catch (err) {}
    for (const size of [maxTrace, 1 << 20]) {
      try {
        sessionStorage.setItem(shared.traceKey, text.slice(0, size));
        carried = Math.min(size, text.length);
        break;
      } catch (err) {}
    }
    // What did not come is said there; a fragment never reaches a server.
    location.assign(carried < total ? explainer + "#cut=" + total : explainer);
  };
  const isTrace = (text) => /[\r\n]/.test(text.trim()) || text.trim().length > maxQuery;
  const readText = (file) => file.slice(0, maxTrace).text().then((text) => toExplainer(text, file.size > maxTrace ? file.size : text.length));
  // A file goes to the explainer's file picker, which tells a capture from
  // a text. From another page it travels as the file itself, in this
  // origin's IndexedDB for the moment of the navigation (a capture is no
  // text), and the explainer takes it out at once; never in the URL. Where
  // IndexedDB cannot take it, a text file goes as text.
  const handoff = (mode, use) => new Promise((resolve, reject) => {
    const open = indexedDB.open("sipcodes", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("handoff");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = use(open.result.transaction("handoff", mode).objectStore("handoff"));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    };
  });
  const toPicker = (file) => {
    const picker = document.getElementById(shared.file);
    if (!picker) return false;
    const files = new DataTransfer();
    files.items.add(file);
    picker.files = files.files;
    picker.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
  };
  const readFile = (file) => {
    if (toPicker(file)) return;
    handoff("readwrite", (store) => store.put(file, shared.captureKey)).then(() => location.assign(explainer + "#file"), () => readText(file));
  };
  if (location.hash === "#file") {
    history.replaceState(history.state, "", location.pathname + location.search); // not again on a reload
    addEventListener("DOMContentLoaded", () => handoff("readwrite", (store) => {
      const request = store.get(shared.captureKey);
      store.delete(shared.captureKey);
      return request;
    }).then((file) => file && toPicker(file), () => {}));
  }
  addEventListener("paste", (e) => {
    if (e.target?.id !== shared.search) return;
    const file = e.clipboardData?.files?.[0];
    const text = e.clipboardData?.getData("text/plain") ?? "";
    if (!file && !isTrace(text)) return; // one line: a search
    e.preventDefault();
    if (file) readFile(file);
    else toExplainer(text);
  }, true);
  addEventListener("input", (e) => { // typed past what a search reads
    if (e.target?.id === shared.search && e.target.value.length > maxQuery) toExplainer(e.target.value);
  }, true);
  const dropsFile = (e) => e.dataTransfer?.types?.includes("Files");
  addEventListener("dragover", (e) => { if (dropsFile(e)) e.preventDefault(); }); // or the browser opens the file
  addEventListener("drop", (e) => {
    const file = e.dataTransfer?.files?.[0];
    const text = e.dataTransfer?.getData("text/plain") ?? "";
    if (file) readFile(file);
    else if (e.target?.id === shared.search && isTrace(text)) toExplainer(text);
    else return;
    e.preventDefault();
  }, true);

  // After the first paint (after a second at most, as in a hidden tab,
  // which paints nothing).
  let painted = false;
  const afterPaint = () => {
    if (painted) return;
    painted = true;
    download();
    if (query) start();
  };
  try { new PerformanceObserver(afterPaint).observe({ type: "paint", buffered: true }); } catch (e) {}
  setTimeout(afterPaint, 1000);
})();
