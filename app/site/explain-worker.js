// sipcodes trace explainer worker. It runs web/explain.wasm (app/explainer),
// which reads the trace with the same Go package as `sipcodes explain` and
// writes the explanation as parts of HTML, off the page's main thread.
// Request: {id, text, base}, or {id, file, base} for a capture file, which
// is read in slices (with {id, progress} as it goes). Answer: {id, code,
// parts} or {id, error}.
importScripts("wasm_exec.js");
const shared = [[.Shared]]; // the names the app and the scripts share (app/shared)

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
  go.run(instance); // defines shared.explain, then waits for calls
  if (typeof self[shared.explain] !== "function") throw new Error("the explainer did not start");
})();

const slice = 1 << 20; // bytes of a capture handed to Go at a time

// readCapture feeds a capture file to Go a slice at a time: only one slice
// is held outside Go, and Go keeps only the SIP it finds.
const readCapture = async (id, file, base) => {
  self[shared.captureStart]();
  for (let at = 0; at < file.size; at += slice) {
    self[shared.captureWrite](new Uint8Array(await file.slice(at, at + slice).arrayBuffer()));
    postMessage({ id, progress: Math.min(1, (at + slice) / file.size) });
  }
  return self[shared.captureEnd](base);
};

onmessage = async ({ data }) => {
  try {
    await ready;
    const { code, parts, error } = data.file ? await readCapture(data.id, data.file, data.base) : self[shared.explain](data.text, data.base);
    postMessage(error ? { id: data.id, error } : { id: data.id, code, parts });
  } catch (err) {
    postMessage({ id: data.id, error: String(err?.message ?? err) });
  }
};
