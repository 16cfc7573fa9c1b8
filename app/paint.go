package app

import (
	"html"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// shown is what paint last wrote, so that each keystroke writes only what
// changed: an unchanged attribute written again still costs a style pass.
type shown struct {
	items, empty, count, filterQuery string
	painted                          bool

	at    location // the location last painted: painting it again is free
	fresh bool     // at is set
}

// paint writes, in the browser, everything a search changes on a list page:
// the results or the no-results note, the count, and the class filter
// links, which keep the query. go-app renders none of these in the browser
// (listView, classFilter), so its updates never overwrite them, and all of
// them change in the same frame as the keystroke.
func (p *page) paint() {
	if goapp.IsServer || p.shown.fresh && p.shown.at == p.loc {
		return // OnMount and the first OnNav both paint: search and build the rows once
	}
	doc := goapp.Window().Get("document")
	if p.loc.view == ViewList {
		if list := doc.Call("getElementById", shared.Name.Results); list.Truthy() {
			loc := p.listLocation()
			results := p.loc.results()
			items, empty := resultItems(results), ""
			if len(results) == 0 {
				empty = emptyHTML(loc)
			}
			if !p.shown.painted || items != p.shown.items {
				list.Set("innerHTML", items)
				list.Set("hidden", items == "")
			}
			if box := doc.Call("getElementById", "no-results"); box.Truthy() && (!p.shown.painted || empty != p.shown.empty) {
				box.Set("innerHTML", empty)
				box.Set("hidden", empty == "")
			}
			if count := countText(loc, results); !p.shown.painted || count != p.shown.count {
				doc.Call("getElementById", shared.Name.ResultCount).Set("textContent", count)
				p.shown.count = count
			}
			p.shown.items, p.shown.empty, p.shown.painted = items, empty, true
		} else {
			return // not rendered yet: the next paint does it
		}
	} else {
		p.shown = shown{filterQuery: p.shown.filterQuery}
	}
	if p.loc.query != p.shown.filterQuery || !p.shown.painted {
		links := doc.Call("querySelectorAll", ".class-filter a[data-path]")
		for i := range links.Length() {
			a := links.Index(i)
			a.Set("href", href(withQuery(a.Get("dataset").Get("path").String(), p.loc.query)))
		}
		p.shown.filterQuery = p.loc.query
	}
	p.shown.at, p.shown.fresh = p.loc, true
}

// emptyHTML is the note for a search that found nothing, as escaped HTML.
func emptyHTML(l listLocation) string {
	var b strings.Builder
	b.WriteString("<p>No registered code matches “" + html.EscapeString(shorten(l.Query, 200)) + "”" + html.EscapeString(l.scope()) + ".</p>")
	if l.Class != 0 || l.Common {
		everywhere := location{view: ViewList, query: l.Query}
		b.WriteString(`<p><a href="` + html.EscapeString(href(everywhere.withQuery())) + `">Search all classes instead</a></p>`)
	}
	b.WriteString("<p>Try a code number, a few words of the phrase, or browse a class:</p>")
	b.WriteString(classLinksHTML())
	return b.String()
}
