//go:build wasm

package app

// The header's class filter and the footer are the same on every page and
// say what the registry holds (each class's size, the snapshot's date):
// the browser keeps them as they were served rather than carrying the
// registry to render them. The page points the filter's links at the
// search (paintFilter).

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// chrome is the served class filter and footer, as HTML.
var chrome struct{ classFilter, footer string }

// keepServedChrome records the served class filter and footer, before
// go-app replaces the body. OnInit calls it.
func keepServedChrome() {
	doc := goapp.Window().Get("document")
	if nav := doc.Call("querySelector", "nav.class-filter"); nav.Truthy() {
		chrome.classFilter = nav.Get("outerHTML").String()
	}
	if footer := doc.Call("querySelector", "footer.site-footer"); footer.Truthy() {
		chrome.footer = footer.Get("outerHTML").String()
	}
}

func (p *page) classFilter() goapp.UI { return rawOrNothing(chrome.classFilter) }

func siteFooterView() goapp.UI { return rawOrNothing(chrome.footer) }

func rawOrNothing(html string) goapp.UI {
	if html == "" {
		return nil
	}
	return goapp.Raw(html)
}

// servedList is the answer the served list shows, when it is right for
// what the search box holds: the list as served, for an empty box, or as
// start.js filtered it for a number typed before the app ran. While
// start.js waits for the app (something else typed, or ?q=), it is not.
func servedList(l listLocation) (listAnswer, bool) {
	doc := goapp.Window().Get("document")
	root := doc.Get("documentElement")
	list, intro, count := doc.Call("getElementById", shared.Name.Results), doc.Call("getElementById", introID), doc.Call("getElementById", shared.Name.ResultCount)
	if root.Call("hasAttribute", shared.Name.Waiting).Bool() || root.Call("hasAttribute", shared.Name.QueryPending).Bool() ||
		!list.Truthy() || !intro.Truthy() || !count.Truthy() {
		return listAnswer{}, false
	}
	a := listAnswer{
		at:        l,
		introHTML: strings.TrimSpace(intro.Get("innerHTML").String()),
		count:     count.Get("textContent").String(),
		itemsHTML: list.Get("innerHTML").String(),
	}
	a.title, a.description = documentMeta()
	if empty := doc.Call("getElementById", shared.Name.NoResults); empty.Truthy() {
		a.emptyHTML = empty.Get("innerHTML").String()
	}
	return a, true
}
