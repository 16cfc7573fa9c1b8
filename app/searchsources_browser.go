//go:build wasm

package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/lookup"
	"github.com/sipcodes/sipcodes/vendors"
)

// sources are what the browser's searches read beyond the registry
// entries compiled into app.wasm: the response codes' word index, built
// from codes.json, and the vendor tables, from vendors.json. Carried in the
// wasm they would cost it some 70 KB gzip; the worker precaches both files,
// so reading them costs no download of its own. A source not read yet is
// nil, and searches leave it out: numbers never wait for either.
var sources lookup.Sources

// vendorTables are the tables read from vendors.json, for the pages of
// vendor codes the app does not hold (offline, they were not stored).
var vendorTables *vendors.Index

func searchSources() lookup.Sources { return sources }

var (
	sourcesAsked bool
	wordsRead    = make(chan struct{}) // closed when codes.json has been read, or could not be
	sourcesRead  func()                // set by the page: paint the search again
)

// waitForWordIndex reads codes.json and builds the word index, returning
// to the browser between pieces: for a word search the page must show as
// soon as the app starts (?q=busy, or words typed before it ran).
func waitForWordIndex() {
	<-readSearchSources()
	if x := sources.Words; x != nil {
		// Eight codes a task: each return to the browser waits at least
		// 4 ms (a nested timer), so small steps would add up (review N4).
		for !x.Build(8) {
			returnToBrowser()
		}
	}
}

// readSearchSourcesNow starts reading the files as soon as the app is
// ready, so that words typed at once soon find response codes; what costs
// time (decoding, indexing) runs in idle periods. searchAgain paints the
// search when a source has been read.
func readSearchSourcesNow(searchAgain func()) {
	sourcesRead = searchAgain
	readSearchSources()
}

// whenWordsSearched runs f once query has been searched with every source
// it needs: at once, or when the word index is read and built, the search
// painted again.
func whenWordsSearched(query string, f func()) {
	if !codes.NeedsWordIndex(query) || sources.Words != nil && sources.Words.Build(0) {
		f()
		return
	}
	go func() {
		waitForWordIndex()
		searchAgain()
		f()
	}()
}

// readSearchSources starts reading both files, once, and returns a channel
// closed when the word index can be built (or never will be). The index
// is then built a few codes per idle period; a word search before it is
// done finishes it.
func readSearchSources() <-chan struct{} {
	if sourcesAsked {
		return wordsRead
	}
	sourcesAsked = true
	fetchText(paths.CodesJSON, func(text string, ok bool) {
		if ok {
			sources.Words = codes.NewIndex(codes.DetailsFromJSON(strings.NewReader(text)))
		}
		close(wordsRead)
		if !ok {
			return
		}
		// Two codes, then eight of lookup's entries, per idle period: each
		// step is a task of a few milliseconds. The vendor tables come
		// after, not beside: read at the same time, the start-up's longest
		// task was 184 ms, against 105 ms without them (make bench,
		// startup; the cause was not found).
		inSteps(func() bool { return sources.Words.Build(2) }, func() {
			inSteps(func() bool { return lookup.PrepareSearch(8) }, func() {
				searchAgain()
				readVendorTables()
			})
		})
	})
	return wordsRead
}

// readVendorTables reads vendors.json, a namespace per idle period.
func readVendorTables() {
	fetchText(paths.VendorTables, func(text string, ok bool) {
		if !ok {
			return
		}
		var tables []*vendors.Namespace
		read := vendors.NewJSONReader(strings.NewReader(text))
		inSteps(func() bool { // a namespace per idle period
			ns, err := read.Next()
			if ns != nil {
				tables = append(tables, ns)
			}
			return ns == nil || err != nil
		}, func() {
			if len(tables) > 0 {
				vendorTables = vendors.NewIndex(tables)
				sources.Vendors = vendorTables.Search
				searchAgain()
			}
		})
	})
}

// searchAgain paints the page's search again: a source it lacked is read.
func searchAgain() {
	if sourcesRead != nil {
		sourcesRead()
	}
}

// inSteps runs step once per idle period until it reports that it is
// done, then runs then.
func inSteps(step func() (done bool), then func()) {
	var fn goapp.Func
	fn = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		if step() {
			fn.Release()
			then()
		} else {
			whenIdle(fn)
		}
		return nil
	})
	whenIdle(fn)
}

// whenIdle runs f when the browser is idle, or soon where it cannot say.
func whenIdle(f goapp.Func) {
	win := goapp.Window()
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", f)
	} else {
		win.Call("setTimeout", f, 1)
	}
}

// fetchText reads a file of the site and calls done with its text, or
// with ok false when it cannot be read (offline before the worker stored
// it, or an error).
func fetchText(path string, done func(text string, ok bool)) {
	var onText, onResponse, onFailure goapp.Func
	finish := func(text string, ok bool) {
		onText.Release()
		onResponse.Release()
		onFailure.Release()
		done(text, ok)
	}
	onText = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		finish(args[0].String(), true)
		return nil
	})
	onResponse = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		if !args[0].Get("ok").Bool() {
			finish("", false)
			return nil
		}
		args[0].Call("text").Call("then", onText).Call("catch", onFailure)
		return nil
	})
	onFailure = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		finish("", false)
		return nil
	})
	goapp.Window().Call("fetch", href(path)).Call("then", onResponse).Call("catch", onFailure)
}
