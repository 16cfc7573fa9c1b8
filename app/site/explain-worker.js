// sipcodes worker. It runs web/explain.wasm (app/explainer), off the
// page's main thread, for two callers.
// - The explainer (explain.js) reads a trace with the same Go package as
//   `sipcodes explain`, and gets the explanation as parts of HTML.
//   Request: {id, text, base}, or {id, file, base} for a capture file,
//   which is read as a stream (with {id, progress} as it goes). Answer:
//   {id, code, parts} or {id, error}.
// - The app (app/worker_browser.go) asks what app.wasm does not carry.
//   Request: {id, list: {class, common, query}, base} for a list's
//   content, {id, page: {view, number, namespace, slug}, base} for a
//   number's page, or {id, warm: true} to build the search indexes.
//   Answer: {id, answer} or {id, error}.
importScripts("wasm_exec.js");
const shared = [[.Shared]]; // the names the app and the scripts share (app/shared)

let memory; // the wasm's linear memory: Go's heap, which grows and never shrinks
const ready = (async () => {
  const go = new Go();
  const wasm = "web/explain.wasm";
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(fetch(wasm), go.importObject));
  } catch (err) { // a server that does not send application/wasm
    const response = await fetch(wasm);
    if (!response.ok) throw new Error("could not load " + wasm + ": " + response.status);
    ({ instance } = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject));
  }
  memory = instance.exports.mem;
  go.run(instance); // defines shared.explain, then waits for calls
  if (typeof self[shared.explain] !== "function") throw new Error("the explainer did not start");
})();

// readCapture streams a capture file to Go as it is read: only a chunk is
// held outside Go, and Go keeps only the SIP it finds. A gzip'd one is
// un-gzipped here by the browser. Progress is said every megabyte.
const readCapture = async (id, file, base) => {
  let read = 0, said = 0;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  let stream = file.stream().pipeThrough(new TransformStream({ transform(chunk, out) { read += chunk.length; out.enqueue(chunk); } }));
  if (gzipped) stream = stream.pipeThrough(new DecompressionStream("gzip"));
  self[shared.captureStart](gzipped);
  for (const reader = stream.getReader(); ;) {
    const { done, value } = await reader.read();
    if (done) break;
    self[shared.captureWrite](value);
    if (read - said >= 1 << 20) {
      said = read;
      postMessage({ id, progress: read / file.size });
    }
  }
  return self[shared.captureEnd](base);
};

const answerOf = ({ list, page, base }) => {
  if (list) return self[shared.answerList](list.class, list.common, list.query, base);
  if (page) return self[shared.answerPage](page.view, page.number, page.namespace, page.slug, base);
  self[shared.prepare]();
  return {};
};

onmessage = async ({ data }) => {
  try {
    await ready;
    if (data.list || data.page || data.warm) {
      const answer = answerOf(data);
      postMessage(answer.error ? { id: data.id, error: answer.error } : { id: data.id, answer });
      return;
    }
    const { code, parts, error } = data.file ? await readCapture(data.id, data.file, data.base) : self[shared.explain](data.text, data.base);
    postMessage(error ? { id: data.id, error } : { id: data.id, code, parts, memory: memory.buffer.byteLength });
  } catch (err) {
    postMessage({ id: data.id, error: String(err?.message ?? err) });
  }
};
