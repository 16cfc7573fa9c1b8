// Command explainer is the wasm program, apart from app.wasm, that a Web
// Worker runs (app/site/explain-worker.js) for what needs every table:
// the /explain page's trace explainer, which reads a pasted trace or a
// dropped capture with packages trace and capture and writes the
// explanation as HTML, and the app's answers, a list's content for a
// search and what sipcodes says of a number (package answer). The page's
// own thread only inserts the HTML. It stays out of app.wasm, which has
// no room for the registries and the readers, and out of go-app, which it
// does not need.
package main

func main() { serve() }
