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
	"fmt"
	"github.com/sipcodes/sipcodes/app/paths"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// served holds each page this document was served that the app keeps as
// it came, by path.
var served = map[string]servedPage{}

type servedPage struct{ html, title, description string }

// keepServedPage records the served content of such a page, before go-app
// replaces the body. OnInit calls it.
func keepServedPage(l location, path string) {
	if !isServed(l.view) {
		return
	}
	doc := goapp.Window().Get("document")
	main := doc.Call("getElementById", "main")
	if view := doc.Call("getElementById", "page"); !main.Truthy() || !view.Truthy() || view.Get("dataset").Get("view").String() != string(l.view) {
		return // not this page: 404.html, served for a number that has no page of its own
	}
	page := servedPage{html: strings.TrimSpace(main.Get("innerHTML").String()), title: doc.Get("title").String()}
	if meta := doc.Call("querySelector", `meta[name="description"]`); meta.Truthy() {
		page.description = meta.Call("getAttribute", "content").String()
	}
	served[path] = page
}

// servedView shows the content served for the current path. A Warning
// code or cause number without a page of its own gets what Describe says
// of it; any other reference page (an in-app navigation, the back button)
// shows nothing for the moment it takes OnNav to load it whole.
func servedView(l location) goapp.UI {
	if page, ok := served[currentPath()]; ok {
		return goapp.Raw(page.html)
	}
	heading, text, more, path := describeNumber(l)
	if heading == "" {
		return goapp.Div()
	}
	return goapp.Div().Class("unknown").Aria("labelledby", "unknown-heading").Body(
		goapp.H1().ID("unknown-heading").Text(heading),
		goapp.P().Text(text),
		goapp.P().Body(goapp.A().Href(href(path)).Text(more)),
	)
}

// describeNumber is what the app says of a number whose page it does not
// hold: one out of range, or, offline, one whose page the worker did not
// store. Nothing for other views.
func describeNumber(l location) (heading, text, more, path string) {
	n := l.code
	switch l.view {
	case ViewUnknown:
		rule, fb := fallbackRule(n)
		return fmt.Sprintf("%d is not a registered SIP response code", n),
			fmt.Sprintf("%s: %d %s (RFC 3261 §8.1.3.2).", rule, fb.Number, fb.Phrase),
			fmt.Sprintf("%d %s", fb.Number, fb.Phrase), paths.Code(fb.Number)
	case ViewWarning:
		text := "Warning codes are three digits from 300 to 399 (RFC 3261 §20.43)."
		if n >= 300 && n <= 399 {
			text = "Its number is in the range of Warning codes, but IANA has not registered it."
		}
		return fmt.Sprintf("%d is not a registered Warning code", n), text, "Every Warning code", "/warnings"
	case ViewCause:
		if n >= 0 && n <= 127 {
			return fmt.Sprintf("%d is not assigned in Q.850", n), fmt.Sprintf("Q.850 gives this value no meaning. Its class would be %d.", n>>4), "Every Q.850 cause", "/causes"
		}
		return fmt.Sprintf("%d is not a Q.850 cause", n),
			"Q.850 causes are 1 to 127, and it is none of FreeSWITCH's own causes either. In Reason: SIP;cause=… a number is a SIP response code.", "Every Q.850 cause", "/causes"
	}
	return "", "", "", ""
}

// needsFullLoad reports whether the app must load the current URL whole
// to show it: a served page it does not hold, reached by a navigation in
// the app. The document's first page never does (it is what was served:
// 404.html for a number without a page of its own, offline the worker's
// shell), so a load never repeats itself. OnNav calls it once per navigation.
func needsFullLoad(l location) bool {
	_, ok := served[currentPath()]
	need := navigatedBefore && isServed(l.view) && !ok
	navigatedBefore = true
	return need
}

// navigatedBefore is set once the document's first page has been shown.
// go-app makes a new page component for every navigation, so this cannot
// be a field of the page.
var navigatedBefore bool

func currentPath() string { return goapp.Window().URL().Path }

// servedMeta is the title and description the page was served with.
func servedMeta(l location) (title, description string) {
	if page, ok := served[currentPath()]; ok {
		return page.title, page.description
	}
	heading, text, _, _ := describeNumber(l)
	return heading + " | sipcodes", text
}
