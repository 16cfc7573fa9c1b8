// sipcodes /explain page: hands the trace in the box to the explainer
// worker (explain-worker.js) and writes its answer in. It works whether or
// not the app has started, and keeps working when the app takes the page
// over: listeners are on the document, and the box and the answer the
// person was looking at are put back in place of the app's copies.
(() => {
  const base = new URL(".", document.currentScript.src).pathname.replace(/\/$/, "");
  const shared = [[.Shared]]; // the names the app and the scripts share (app/shared)
  const $ = (id) => document.getElementById(id);
  const box = $(shared.trace), out = $(shared.explanation), status = $(shared.status);
  if (!box || !out || !status) return;
  const storageKey = box.getAttribute(shared.storageKey);
  const maxTrace = Number(box.getAttribute(shared.maxTrace));
  const pauseMs = 150; // typing into the box: explain once it pauses
  const frameMs = 8; // write the answer in steps of about this long

  let worker, busy = false, seq = 0, timer, focused = document.activeElement === box;

  const say = (text) => { status.textContent = text; };

  // The trace is kept in this tab only (session storage), so that a reload
  // or the way back to this page does not lose it. It is never sent.
  // Writing storage holds the main thread for as long as the text is
  // long, so a large trace is written once, when the page is left (a
  // reload or a link fires pagehide), not at every typing pause; a small
  // one at every pause, which also outlives a crashed tab (review N12).
  const keepAtOnce = 64 * 1024;
  let unkept = false; // the trace was too large for session storage
  let stored = null; // what storage holds, as far as this page wrote it
  const lostKey = storageKey + "-lost"; // the length of a trace a reload could not keep
  const store = (text) => {
    if (text === stored) return;
    try {
      if (text) sessionStorage.setItem(storageKey, text);
      else sessionStorage.removeItem(storageKey);
      stored = text;
      unkept = false;
    } catch (err) {
      sessionStorage.removeItem(storageKey); // not an older trace in its place
      stored = null;
      unkept = true;
    }
  };
  const keep = (text) => {
    if (text.length <= keepAtOnce) store(text);
  };
  addEventListener("pagehide", () => {
    store(box.value);
    if (unkept) try { sessionStorage.setItem(lostKey, String(box.value.length)); } catch (err) {}
  });
  let cut = ""; // what of the trace never reached the box
  const done = () => say([cut, capturedNote, unkept ? "This trace is too large for this tab to keep across a reload." : ""].filter(Boolean).join(" "));

  // cutNote says why the box holds only read of the total characters it
  // was given: a file or paste over maxTrace, or a trace from another page
  // that this tab's storage could not carry whole.
  const count = (n) => Number(n).toLocaleString("en");
  const cutNote = (read, total) => {
    if (!(total > read)) return "";
    if (read === 0) return "The trace (" + count(total) + " characters) was too large for this tab's storage to bring here: paste it into this box.";
    if (read < maxTrace) return "Only the first " + count(read) + " of " + count(total) + " characters came here, as this tab's storage is full: paste the trace into this box to read it whole.";
    return "Only the first " + count(read) + " of about " + count(total) + " characters are read, as more would stall this tab: in a terminal, sipcodes explain FILE reads all of it.";
  };

  // A worker that fails before it has answered anything could not start
  // (its scripts did not load: seen while the service worker installs);
  // the trace it was given goes to a new one, once.
  let pending = null, retried = false; // the trace the worker was given, and whether it was retried
  const startWorker = () => {
    if (worker) return worker;
    const w = (worker = new Worker(base + "/explain-worker.js"));
    let answered = false;
    w.onmessage = ({ data }) => {
      answered = true;
      show(data);
    };
    w.onerror = (e) => {
      if (w !== worker) return;
      stopWorker(); // the next trace gets a new one
      if (!pending) return; // started ahead of any trace: the first one starts another
      if (!answered && !retried) {
        retried = true;
        return post(pending);
      }
      fail(e.message || "the explainer could not start");
    };
    return w;
  };
  // send gives a new trace or capture to a worker that is not busy with an
  // older one (a worker cannot be told to drop what it reads).
  const send = (message) => {
    if (busy) stopWorker();
    retried = false;
    post(message);
  };
  const post = (message) => {
    pending = message;
    try {
      startWorker().postMessage(message);
      busy = true;
    } catch (err) {
      stopWorker();
      fail(err.message);
    }
  };
  // stopWorker ends the worker: after an error (a Go program that has
  // exited answers nothing again), or when a newer trace comes while it
  // is still reading an older one, which it cannot be told to drop.
  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    busy = false;
  };

  const fail = (message) => {
    say("");
    const p = document.createElement("p");
    p.className = "notice";
    p.textContent = "The explainer could not run (" + message + "). In a terminal, sipcodes explain FILE gives the same answer.";
    out.replaceChildren(p);
  };

  const explain = () => {
    clearTimeout(timer);
    capturedNote = "";
    const text = box.value;
    cut = cutNote(text.length, Number(box.getAttribute(shared.total))); // set by whoever put a cut text in
    box.removeAttribute(shared.total);
    keep(text);
    out.removeAttribute(shared.done);
    const id = ++seq;
    if (!text.trim()) {
      out.replaceChildren();
      done();
      return;
    }
    say("Reading the trace…");
    send({ id, text, base });
  };

  // show writes the answer's parts, returning to the browser whenever a
  // step has taken a frame's worth: a long ladder never freezes the page.
  const show = async (data) => {
    if (data.id !== seq) return; // a newer trace is on its way
    if (data.progress !== undefined) return say("Reading the capture… " + Math.round(data.progress * 100) + "%");
    busy = false;
    if (data.error) {
      stopWorker();
      return fail(data.error);
    }
    out.replaceChildren();
    let since = performance.now();
    for (const part of data.parts) {
      if (seq !== data.id) return; // a newer trace came while this one was written
      out.insertAdjacentHTML("beforeend", part);
      if (performance.now() - since > frameMs) {
        await new Promise((resolve) => setTimeout(resolve));
        since = performance.now();
      }
    }
    out.setAttribute(shared.memory, data.memory); // for make bench: what the worker holds
    out.setAttribute(shared.done, ""); // for tests and make bench: the whole answer is in
    done();
  };

  // A capture (pcap, pcapng, gzip) is known by its first bytes, as the
  // terminal knows it: it goes to the worker as the file itself, read there
  // in slices, and is kept nowhere, not even in the box.
  const maxCapture = Number(box.getAttribute(shared.maxCapture));
  const isCapture = async (file) => {
    const b = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return new RegExp([[.CaptureMagic]]).test(hex); // package capture's magic numbers
  };
  const readCapture = (file) => {
    clearTimeout(timer);
    cut = "";
    out.removeAttribute(shared.done);
    const id = ++seq;
    if (file.size > maxCapture) {
      out.replaceChildren();
      return say("This capture is " + count(Math.round(file.size / 1048576)) + " MB; the page reads captures up to " + count(maxCapture / 1048576) + " MB. In a terminal, sipcodes explain FILE reads it whole.");
    }
    say("Reading the capture…");
    send({ id, file, base });
    capturedNote = "Read from " + file.name + " in this tab: the capture was not uploaded, and a reload will not keep it.";
  };
  let capturedNote = "";
  const readFile = async (file) => {
    if (await isCapture(file)) return readCapture(file);
    capturedNote = "";
    box.value = await file.slice(0, maxTrace).text();
    if (file.size > maxTrace) box.setAttribute(shared.total, file.size);
    explain();
  };

  document.addEventListener("input", (e) => {
    if (e.target !== box) return;
    clearTimeout(timer);
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") explain(); // a whole trace at once
    else timer = setTimeout(explain, pauseMs);
  });
  document.addEventListener("submit", (e) => {
    if (e.target.id !== shared.form) return;
    e.preventDefault();
    explain();
  });
  document.addEventListener("click", (e) => {
    if (e.target.id !== shared.clear) return;
    box.value = "";
    explain();
    box.focus();
  });
  document.addEventListener("change", (e) => {
    if (e.target.id !== shared.file || !e.target.files[0]) return;
    readFile(e.target.files[0]);
    e.target.value = ""; // the same file again is a change too
  });
  document.addEventListener("focusin", (e) => { focused = e.target === box; });
  document.addEventListener("focusout", (e) => {
    // Taken out by the app's takeover, the box keeps its focus (adopt).
    if (e.target === box) queueMicrotask(() => { if (box.isConnected) focused = false; });
  });

  // When the app takes the page over, it swaps in its copy of the served
  // page: put the live box (its text, caret and scroll) and the answer back.
  const kept = { [shared.trace]: box, [shared.explanation]: out, [shared.status]: status };
  const adopt = () => {
    if ($(shared.trace) === box) return;
    for (const [id, node] of Object.entries(kept)) $(id)?.replaceWith(node);
    if (focused) box.focus({ preventScroll: true });
  };
  new MutationObserver(adopt).observe(document.body, { childList: true, subtree: true });

  // A trace carried here from the search box or a drop on another page, or
  // kept by this tab from before a reload.
  // "#cut=N": the N characters pasted there did not all fit.
  let carried = null, lost = 0;
  try {
    carried = stored = sessionStorage.getItem(storageKey);
    lost = Number(sessionStorage.getItem(lostKey));
    sessionStorage.removeItem(lostKey);
  } catch (err) {}
  if (!box.value && carried) box.value = carried;
  if (lost && !box.value) say("The trace this page had (" + count(lost) + " characters) was too large for this tab to keep across a reload: paste it again.");
  const cutAt = /^#cut=(\d+)$/.exec(location.hash);
  if (cutAt) {
    box.setAttribute(shared.total, cutAt[1]);
    history.replaceState(history.state, "", location.pathname + location.search); // said once, not on a reload
  }
  if (box.value.trim() || cutAt) explain();
  startWorker(); // ready for the first paste
})();
