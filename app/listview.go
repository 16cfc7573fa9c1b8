package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// listLocation is what a list shows: a class or the common codes, and a search.
type listLocation struct {
	Class  int // 4 for 4xx; 0 for every class
	Common bool
	Query  string
}

// listView is the list of codes with its count, for "/", "/4xx" and "/common".
//
// On the server it renders the list's content (list_server.go). In the
// browser it renders the intro, the count, the list and the no-results
// note empty, and the page paints them (paint_browser.go): go-app then
// never rewrites them.
type listView struct {
	goapp.Compo

	Location listLocation
}

// listParts are what a list view holds: text, or escaped HTML where the
// name says so.
type listParts struct {
	introHTML, count, itemsHTML, emptyHTML string
	numbers                                string // the numbers start.js answers from the rows (served_server.go)
}

// introID is the id of the list's intro, which the browser paints.
const introID = "list-intro"

func (v *listView) Render() goapp.UI {
	parts := listPartsOf(v.Location)
	numbers := ""
	if parts.numbers != "" {
		numbers = ` ` + shared.Name.Numbers + `="` + parts.numbers + `"`
	}
	return goapp.Div().Class("list").Attr("role", "region").Aria("labelledby", "list-heading").Body(
		goapp.Raw(`<div class="intro" id="`+introID+`">`+parts.introHTML+`</div>`),
		goapp.P().ID(shared.Name.ResultCount).Class("result-count").Attr("role", "status").Aria("live", "polite").Text(parts.count),
		goapp.Raw(`<ul class="results" id="`+shared.Name.Results+`"`+numbers+hiddenIf(goapp.IsServer && parts.itemsHTML == "")+`>`+parts.itemsHTML+`</ul>`),
		goapp.Raw(`<div class="empty" id="`+shared.Name.NoResults+`"`+hiddenIf(parts.emptyHTML == "")+`>`+parts.emptyHTML+`</div>`),
	)
}

func hiddenIf(hide bool) string {
	if hide {
		return " hidden"
	}
	return ""
}
