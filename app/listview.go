package app

import (
	"fmt"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
)

// listLocation is what a list shows: a class or the common codes, and a search.
type listLocation struct {
	Class  codes.Class
	Common bool
	Query  string
}

// listView is the list of codes with its count, for "/", "/4xx" and "/common".
//
// On the server it renders the results. In the browser it renders the
// count, the list and the no-results note empty, and the page paints them
// (paint.go): go-app then never rewrites them, and a keystroke's changes
// all land in one frame.
type listView struct {
	goapp.Compo

	Location listLocation
}

func (v *listView) Render() goapp.UI {
	count, items, empty := "", "", ""
	if goapp.IsServer {
		results := locationOf(v.Location).results()
		count, items = countText(v.Location, len(results)), resultItems(results)
		if len(results) == 0 {
			empty = emptyHTML(v.Location)
		}
	}
	return goapp.Div().Class("list").Attr("role", "region").Aria("labelledby", "list-heading").Body(
		v.renderIntro(),
		goapp.P().ID("result-count").Class("result-count").Attr("role", "status").Aria("live", "polite").Text(count),
		goapp.Raw(`<ul class="results" id="results"`+hiddenIf(goapp.IsServer && items == "")+`>`+items+`</ul>`),
		goapp.Raw(`<div class="empty" id="no-results"`+hiddenIf(empty == "")+`>`+empty+`</div>`),
	)
}

func hiddenIf(hide bool) string {
	if hide {
		return " hidden"
	}
	return ""
}

func locationOf(l listLocation) location {
	return location{view: ViewList, class: l.Class, common: l.Common, query: l.Query}
}

func (v *listView) renderIntro() goapp.UI {
	switch {
	case v.Location.Class != 0:
		info := v.Location.Class.Info()
		return goapp.Div().Class("intro").Body(
			goapp.H1().ID("list-heading").Text(fmt.Sprintf("%s %s", v.Location.Class, info.Name)),
			goapp.P().Body(goapp.Text(info.Meaning+" "), refLink(info.Ref)),
		)
	case v.Location.Common:
		return goapp.Div().Class("intro").Body(
			goapp.H1().ID("list-heading").Text("Common SIP response codes"),
			goapp.P().Text("The codes you meet every day in SIP traces."),
		)
	}
	return goapp.Div().Class("intro").Body(
		goapp.H1().ID("list-heading").Text("SIP response codes"),
		goapp.P().Text("Every code in the IANA registry, explained for engineers reading a trace. Type a code, a phrase, a header or a pasted status line."),
	)
}

func (l listLocation) scope() string {
	switch {
	case l.Common:
		return " among the common codes"
	case l.Class != 0:
		return " in " + l.Class.String()
	}
	return ""
}

// countText is the result count, as announced to screen readers.
func countText(l listLocation, n int) string {
	noun := "codes"
	if n == 1 {
		noun = "code"
	}
	if l.Query == "" {
		return fmt.Sprintf("%d %s%s", n, noun, l.scope())
	}
	verb := "match"
	if n == 1 {
		verb = "matches"
	}
	return fmt.Sprintf("%d %s %s “%s”%s", n, noun, verb, shorten(l.Query, 60), l.scope())
}

// shorten cuts s to at most n runes for display.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
