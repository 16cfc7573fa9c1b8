// Package app is the sipcodes site: the go-app components that render every
// page, and (outside WebAssembly) the handler and the static site generator.
package app

import goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

// Register routes every URL to the one page component, which reads the URL
// itself: lists, codes, unknown numbers and not-found answers alike. Call it
// once, before app.RunWhenOnBrowser, in main and in tests.
func Register() {
	goapp.RouteWithRegexpFunc("^/.*$", newPage)
}
