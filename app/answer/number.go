package answer

import (
	"fmt"
	"html"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/vendors"
	"github.com/sipcodes/sipcodes/warning"
)

// Page is what the app shows for a page it does not hold: a number with
// no page of its own (404.html was served for it), or offline a page the
// service worker did not store. It says what the packages say of that
// number, never another page's facts.
type Page struct {
	Title, Description string // text
	HTML               string // one element
}

// ForNumber is the page for a number, by the view the app read from its
// URL (app.View: "code" or "unknown" for a response code, "warning",
// "cause", "vendor", "namespace"; any other view is a page that is not
// available). n is the number of a response code, Warning code or cause;
// namespace and slug name a vendor's table and code.
func ForNumber(view string, n int, namespace, slug, prefix string) Page {
	heading, text, more, path := describe(view, n, namespace, slug)
	return Page{
		Title:       heading + " | " + Site,
		Description: text,
		HTML: `<div class="unknown" aria-labelledby="unknown-heading"><h1 id="unknown-heading">` + html.EscapeString(heading) + `</h1>` +
			`<p>` + html.EscapeString(text) + `</p><p><a href="` + html.EscapeString(paths.Href(prefix, path)) + `">` + html.EscapeString(more) + `</a></p></div>`,
	}
}

func describe(view string, n int, namespace, slug string) (heading, text, more, path string) {
	switch view {
	case "code", "unknown":
		if c, ok := codes.Lookup(n); ok {
			return fmt.Sprintf("%d %s", n, c.Phrase), c.Summary, "Load its full page", paths.Code(n)
		}
		if codes.ClassOf(n) == 0 {
			break
		}
		rule, fb := FallbackRule(n)
		return fmt.Sprintf("%d is not a registered SIP response code", n),
			fmt.Sprintf("%s: %d %s (RFC 3261 §8.1.3.2).", rule, fb.Number, fb.Phrase),
			fmt.Sprintf("%d %s", fb.Number, fb.Phrase), paths.Code(fb.Number)
	case "warning":
		heading = fmt.Sprintf("%d is not a registered Warning code", n)
		if w, ok := warning.Lookup(n); ok {
			heading = fmt.Sprintf("Warning %d %s", n, w.Text)
		}
		return heading, warning.Describe(n), "Every Warning code", "/warnings"
	case "cause":
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
	case "vendor":
		ns, ok := vendors.ByID(namespace)
		if !ok {
			return "No vendor table named " + namespace, "sipcodes has no table of codes under this name.", "Every vendor table", paths.Vendors
		}
		for _, e := range ns.Entries {
			if paths.VendorSlug(e.Code) != slug {
				continue
			}
			more, path := "The "+ns.Name+" table", paths.VendorNamespace(ns.ID)
			if e.SIPCode != 0 {
				more, path = fmt.Sprintf("%d %s", e.SIPCode, codes.Text(e.SIPCode)), paths.Code(e.SIPCode)
			}
			return ns.ID + " " + e.Code + " " + e.Name, e.Summary, more, path
		}
		if e, ok := vendors.DecodeTeamsPrefix(slug); ok && namespace == "teams" {
			return "Teams sub-code " + e.Code + ": " + e.Name, e.Summary, fmt.Sprintf("%d %s", e.SIPCode, codes.Text(e.SIPCode)), paths.Code(e.SIPCode)
		}
		return slug + " is not in sipcodes' table of " + namespace,
			"The vendor's table as sipcodes read it does not list this code.",
			"The " + ns.Name + " table", paths.VendorNamespace(namespace)
	case "namespace":
		if ns, ok := vendors.ByID(namespace); ok {
			return ns.Name, ns.About, "Load its full page", paths.VendorNamespace(ns.ID)
		}
		return "No vendor table named " + namespace, "sipcodes has no table of codes under this name.", "Every vendor table", paths.Vendors
	}
	return "Page not available", "This page was not stored for offline use, or there is none at this address.", "Every SIP response code", "/"
}

// FallbackRule says how a client treats an unregistered response code n
// (RFC 3261 §8.1.3.2), and the code it treats it as.
func FallbackRule(n int) (rule string, fallback codes.Code) {
	fallback, _ = codes.Fallback(n)
	if fallback.Number == codes.SessionProgress {
		return fmt.Sprintf("A SIP client that receives %d must treat it like any unknown provisional response", n), fallback
	}
	return fmt.Sprintf("A SIP client that receives %d must treat it as the x00 code of its class", n), fallback
}
