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
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/vendors"
	"github.com/sipcodes/sipcodes/warning"
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
	if view := doc.Call("getElementById", shared.Name.Page); !main.Truthy() || !view.Truthy() || view.Get("dataset").Get("view").String() != string(l.view) {
		return // not this page: 404.html, served for a number that has no page of its own
	}
	page := servedPage{html: strings.TrimSpace(main.Get("innerHTML").String()), title: doc.Get("title").String()}
	if meta := doc.Call("querySelector", `meta[name="description"]`); meta.Truthy() {
		page.description = meta.Call("getAttribute", "content").String()
	}
	served[path] = page
}

// servedView shows the content served for the current path. A page the
// app does not hold (a number without a page of its own, for which 404.html
// was served, or offline a page the worker did not store) gets what the
// packages say of its number, never another page's facts.
func servedView(l location) goapp.UI {
	if page, ok := served[currentPath()]; ok {
		return goapp.Raw(page.html)
	}
	heading, text, more, path := describeNumber(l)
	return goapp.Div().Class("unknown").Aria("labelledby", "unknown-heading").Body(
		goapp.H1().ID("unknown-heading").Text(heading),
		goapp.P().Text(text),
		goapp.P().Body(goapp.A().Href(href(path)).Text(more)),
	)
}

// describeNumber is what the app says of a page it does not hold, from the
// same packages that wrote the served pages.
func describeNumber(l location) (heading, text, more, path string) {
	n := l.code
	switch l.view {
	case ViewCode:
		c, _ := codes.Lookup(n)
		return fmt.Sprintf("%d %s", n, c.Phrase), c.Summary, "Load its full page", paths.Code(n)
	case ViewUnknown:
		rule, fb := fallbackRule(n)
		return fmt.Sprintf("%d is not a registered SIP response code", n),
			fmt.Sprintf("%s: %d %s (RFC 3261 §8.1.3.2).", rule, fb.Number, fb.Phrase),
			fmt.Sprintf("%d %s", fb.Number, fb.Phrase), paths.Code(fb.Number)
	case ViewWarning:
		heading = fmt.Sprintf("%d is not a registered Warning code", n)
		if w, ok := warning.Lookup(n); ok {
			heading = fmt.Sprintf("Warning %d %s", n, w.Text)
		}
		return heading, warning.Describe(n), "Every Warning code", "/warnings"
	case ViewCause:
		c, ok := cause.Lookup(n)
		switch {
		case ok && c.Assigned:
			heading = fmt.Sprintf("Q.850 cause %d %s", n, c.Name)
		case ok:
			heading = fmt.Sprintf("%d is not assigned in Q.850", n)
		default:
			heading = fmt.Sprintf("%d is not a Q.850 cause", n)
		}
		return heading, cause.Describe(n), "Every Q.850 cause", "/causes"
	case ViewVendor:
		if vendorTables != nil {
			if h, ok := vendorTables.Lookup(l.namespace, l.vendorCode); ok {
				more, path := "The "+h.Namespace.Name+" table", paths.VendorNamespace(h.Namespace.ID)
				if h.SIPCode != 0 {
					more, path = fmt.Sprintf("%d %s", h.SIPCode, codes.Text(h.SIPCode)), paths.Code(h.SIPCode)
				}
				return h.Namespace.ID + " " + h.Code + " " + h.Name, h.Summary, more, path
			}
		}
		if e, ok := vendors.DecodeTeamsPrefix(l.vendorCode); ok && l.namespace == "teams" {
			return "Teams sub-code " + e.Code + ": " + e.Name, e.Summary, fmt.Sprintf("%d %s", e.SIPCode, codes.Text(e.SIPCode)), paths.Code(e.SIPCode)
		}
		return l.vendorCode + " is not in sipcodes' table of " + l.namespace,
			"The vendor's table as sipcodes read it does not list this code, or this page was not stored for offline use.",
			"The " + l.namespace + " table", paths.VendorNamespace(l.namespace)
	case ViewNamespace:
		return "No vendor table named " + l.namespace, "sipcodes has no table of codes under this name.", "Every vendor table", paths.Vendors
	}
	return "Page not available", "This page was not stored for offline use, or there is none at this address.", "Every SIP response code", "/"
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

// numbersTheRowsAnswer is written into served pages only (served_server.go).
func numbersTheRowsAnswer(listLocation) string { return "" }

func currentPath() string { return goapp.Window().URL().Path }

// servedMeta is the title and description the page was served with.
func servedMeta(l location) (title, description string) {
	if page, ok := served[currentPath()]; ok {
		return page.title, page.description
	}
	heading, text, _, _ := describeNumber(l)
	return heading + " | sipcodes", text
}
