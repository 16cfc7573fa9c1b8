// sipcodes warm-up: a dedicated worker that start.js runs after the first
// paint. It downloads app.wasm (into the HTTP cache, which the page and the
// service worker then read) and compiles it as it arrives. V8 compiles a
// wasm function the first time it runs, on the thread that runs it, and the
// compiled code belongs to the module: every instance of it, in any thread,
// shares it. So this worker runs app.wasm once: seeing shared.warmUp,
// main() returns at once. The Go runtime and the package inits are then
// compiled off the main thread, and the page, given this module, does not
// compile them again.
importScripts("wasm_exec.js");
const shared = [[.Shared]]; // the names the app and the scripts share (app/shared)
globalThis[shared.warmUp] = true;
globalThis.goappGetenv = () => ""; // go-app's app.js defines it in the page; what the warm-up builds is thrown away
onmessage = async ({ data: url }) => {
  try {
    const go = new Go();
    let exitCode = -1;
    go.exit = (code) => { exitCode = code; };
    const { module, instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
    await go.run(instance);
    postMessage(exitCode === 0 ? module : null);
  } catch (err) {
    postMessage(null); // the page compiles on its own
  }
};
