//go:build wasm

package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/vendors"
)

// vendorIndex holds the vendor tables once the app has read vendors.json:
// the tables stay out of app.wasm (they would cost it some 25 KB gzip), and
// the worker has the file precached, so reading it costs no download of
// its own. Until it is read, searches leave vendor codes out.
var vendorIndex *vendors.Index

// vendorSearch is how this build searches vendor codes: nil until the
// tables are read.
func vendorSearch() func(string) []vendors.Hit {
	if vendorIndex == nil {
		return nil
	}
	return vendorIndex.Search
}

// readVendorTables fetches vendors.json once the browser is idle, and then
// calls done (to paint the search again). A failed fetch leaves vendor
// codes out of the search, as before the tables are read.
func readVendorTables(done func()) {
	win := goapp.Window()
	var onText, onResponse, onFailure, start goapp.Func
	release := func() { onText.Release(); onResponse.Release(); onFailure.Release(); start.Release() }
	onText = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		defer release()
		if tables, err := vendors.ReadJSON(strings.NewReader(args[0].String())); err == nil {
			vendorIndex = vendors.NewIndex(tables)
			done()
		}
		return nil
	})
	onResponse = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		if !args[0].Get("ok").Bool() {
			release()
			return nil
		}
		return args[0].Call("text").Call("then", onText)
	})
	onFailure = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		release()
		return nil
	})
	start = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		win.Call("fetch", href(paths.VendorTables)).Call("then", onResponse).Call("catch", onFailure)
		return nil
	})
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", start)
	} else {
		win.Call("setTimeout", start, 1)
	}
}
