//go:build !wasm

package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
)

// classFilter links to each class, keeping the search. The links are real
// URLs, so each filter can be bookmarked, shared and opened without JavaScript.
// The browser keeps the filter as it was served (chrome_browser.go), and
// the page sets its links' search and current class (paint_browser.go).
type classFilter struct {
	goapp.Compo

	Class    int  // the class shown, 0 for none
	Common   bool // the common codes are shown
	AllCodes bool // the unfiltered list is shown
	Query    string
}

// classCounts holds how many codes each filter shows: all, 1xx to 6xx, common.
var classCounts = func() (n struct {
	all, common int
	class       [7]int
}) {
	for _, c := range codes.All() {
		n.all++
		n.class[c.Class()]++
		if c.Common {
			n.common++
		}
	}
	return n
}()

func (f *classFilter) Render() goapp.UI {
	return goapp.Elem("nav").Class("class-filter").Aria("label", "Filter by class").Body(
		goapp.Elem("ul").Body(
			f.item(location{view: ViewList, query: f.Query}, "All", "every registered code", classCounts.all, f.AllCodes),
			goapp.Range(codes.Classes()).Slice(func(i int) goapp.UI {
				info := codes.Classes()[i]
				loc := location{view: ViewList, class: int(info.Class), query: f.Query}
				return f.item(loc, info.Class.String(), info.Name, classCounts.class[info.Class], f.Class == int(info.Class))
			}),
			f.item(location{view: ViewList, common: true, query: f.Query}, "Common", "seen every day", classCounts.common, f.Common),
		),
	)
}

func (f *classFilter) item(loc location, label, title string, count int, active bool) goapp.UI {
	a := goapp.A().
		Href(href(loc.withQuery())).
		DataSet("path", loc.path()).
		Title(title).
		Body(
			goapp.Span().Class("filter-label").Text(label),
			goapp.Span().Class("filter-count").Body(goapp.Text(count), goapp.Span().Class("visually-hidden").Text(" codes")),
		)
	if active {
		a = a.Aria("current", "page")
	}
	cls := "filter"
	if loc.class != 0 {
		cls += " class-" + strconv.Itoa(loc.class)
	}
	return goapp.Elem("li").Class(cls).Body(a)
}
