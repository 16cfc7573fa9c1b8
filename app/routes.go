// Package app is the sipcodes site's go-app program: the components that
// render every page, the search box's keystroke path in the browser, and
// (outside WebAssembly) the views of the pages the generator prerenders.
// The generator and the development server are in app/site.
package app

import goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

// Register routes every URL to the one page component, which reads the URL
// itself: lists, codes, unknown numbers and not-found answers alike. Call it
// once, before app.RunWhenOnBrowser, in main and in tests.
func Register() {
	goapp.RouteWithRegexpFunc("^/.*$", newPage)
}
