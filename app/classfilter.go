package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
)

// classFilter links to each class, keeping the search. The links are real
// URLs, so each filter can be bookmarked, shared and opened without JavaScript.
type classFilter struct {
	goapp.Compo

	Class    codes.Class // the class shown, 0 for none
	Common   bool        // the common codes are shown
	AllCodes bool        // the unfiltered list is shown
	Query    string
}

func (f *classFilter) Render() goapp.UI {
	all := codes.All()
	common := 0
	for _, c := range all {
		if c.Common {
			common++
		}
	}
	return goapp.Nav().Class("class-filter").Aria("label", "Filter by class").Body(
		goapp.Ul().Body(
			f.item(location{view: viewList, query: f.Query}, "All", "every registered code", len(all), f.AllCodes),
			goapp.Range(codes.Classes()).Slice(func(i int) goapp.UI {
				info := codes.Classes()[i]
				loc := location{view: viewList, class: info.Class, query: f.Query}
				return f.item(loc, info.Class.String(), info.Name, len(codes.InClass(info.Class)), f.Class == info.Class)
			}),
			f.item(location{view: viewList, common: true, query: f.Query}, "Common", "seen every day", common, f.Common),
		),
	)
}

func (f *classFilter) item(loc location, label, title string, count int, active bool) goapp.UI {
	a := goapp.A().
		Href(href(loc.withQuery())).
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
		cls += " class-" + strconv.Itoa(int(loc.class))
	}
	return goapp.Li().Class(cls).Body(a)
}
