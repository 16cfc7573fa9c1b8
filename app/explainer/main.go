// Command explainer is the trace explainer of the /explain page: a small
// wasm program, apart from app.wasm, that a Web Worker runs (see
// app/site/explain-worker.js). It reads a pasted trace with package trace
// and writes the explanation as HTML, so that the page's own thread only
// inserts it. It stays out of app.wasm, which has no room for the trace
// reader, and out of go-app, which it does not need.
package main

func main() { serve() }
