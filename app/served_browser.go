//go:build wasm

package app

// Served pages: a code's page, an unregistered number's, and the reference
// pages (Warning codes, causes, the Reason header) are all prerendered, and
// their views are not in app.wasm. Rendered by go-app in the browser they
// cost some 95 KB gzip of code, which put the wasm over its budget once the
// reference pages came. In the browser the app keeps the page it was
// served; a link to another such page loads it whole, as a plain page, from
// the worker's cache or the network. The app renders only the list and
// search. (On the server, served_server.go renders the real views.)

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// served holds each page this document was served that the app keeps as
// it came, by path.
var served = map[string]servedPage{}

type servedPage struct{ html, title, description string }

// keepServedPage records the content of a page the app keeps as served,
// before go-app replaces the body. OnInit calls it. For a page the
// document does not hold (a number without a page of its own, for which
// 404.html was served, or offline a page the worker did not store), it
// waits for what the worker says of its number (askPage), never showing
// another page's facts: OnInit is a task apart from the mount, and the
// mount then shows the answer at once.
func keepServedPage(l location, path string) {
	if !isServed(l.view) {
		return
	}
	doc := goapp.Window().Get("document")
	main := doc.Call("getElementById", "main")
	view := doc.Call("getElementById", shared.Name.Page)
	if main.Truthy() && view.Truthy() && isViewOf(View(view.Get("dataset").Get("view").String()), l.view) {
		page := servedPage{html: strings.TrimSpace(main.Get("innerHTML").String())}
		page.title, page.description = documentMeta()
		served[path] = page
		return
	}
	done := make(chan struct{})
	askPage(l, func(page servedPage) {
		served[path] = page
		close(done)
	})
	<-done
}

// servedView shows the content kept for the current path. A page reached
// by a navigation in the app that the document does not hold is loaded
// whole (needsFullLoad): until then it is empty.
func servedView(location) goapp.UI {
	if page, ok := served[currentPath()]; ok {
		return goapp.Raw(page.html)
	}
	return goapp.Raw(`<div class="unknown" aria-busy="true"></div>`)
}

// needsFullLoad reports whether the app must load the current URL whole
// to show it: a served page it does not hold, reached by a navigation in
// the app. The document's first page never does (it is what was served:
// 404.html for a number without a page of its own, offline the worker's
// shell), so a load never repeats itself.
func needsFullLoad(l location, first bool) bool {
	_, ok := served[currentPath()]
	return !first && isServed(l.view) && !ok
}

func currentPath() string { return goapp.Window().URL().Path }

// servedMeta is the title and description the page was served with, or
// the worker said; while it has not, the document's own.
func servedMeta(location) (title, description string) {
	if page, ok := served[currentPath()]; ok {
		return page.title, page.description
	}
	return documentMeta()
}

// documentMeta is the document's title and description as they are.
func documentMeta() (title, description string) {
	doc := goapp.Window().Get("document")
	if meta := doc.Call("querySelector", `meta[name="description"]`); meta.Truthy() {
		description = meta.Call("getAttribute", "content").String()
	}
	return doc.Get("title").String(), description
}

// listMeta is the list's title and description as the page shows them:
// paint writes the answer's.
func listMeta(listLocation) (title, description string) { return documentMeta() }

// numberView is ViewCode for every three-digit number: the browser does
// not carry the registry. The served page says whether the number is
// registered (its data-view), and keepServedPage takes either.
func numberView(int) View { return ViewCode }

// isViewOf reports whether a served page's view is the one the app read
// from the URL: a number's page is a code's or an unregistered number's.
func isViewOf(served, read View) bool {
	return served == read || read == ViewCode && served == ViewUnknown
}
