// Command sipcodes builds and serves sipcodes, the SIP response code reference.
//
// In the browser (GOOS=js GOARCH=wasm) it runs the app. Elsewhere:
//
//	sipcodes serve [-addr :8000]                       generate into dist/ and serve it
//	sipcodes dist [-out dist] [-base /name] [-site-url URL] [-repo URL]
package main

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app"
)

func main() {
	if app.InWarmUpWorker() { // compiling the start-up off the main thread
		return
	}
	app.Register()
	app.ReturnToBrowser()    // in the browser, a task apart from the package inits before it
	goapp.RunWhenOnBrowser() // in the browser, runs the app and never returns
	command()                // natively: serve or generate (cli.go)
}
