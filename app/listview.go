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
type listView struct {
	goapp.Compo

	Location listLocation
	Count    int
	Items    string // the results as HTML (resultItems), for the prerendered page
}

func (v *listView) Render() goapp.UI {
	return goapp.Div().Class("list").Attr("role", "region").Aria("labelledby", "list-heading").Body(
		v.renderIntro(),
		goapp.P().ID("result-count").Class("result-count").Attr("role", "status").Aria("live", "polite").Text(v.count()),
		goapp.If(v.Count == 0, v.renderEmpty()).Else(v.renderList()),
	)
}

// renderList is the list of results. In the browser go-app only renders the
// empty list, and the page writes its items (writeResults): the items then
// change only when the results do, never twice for one keystroke, and a
// result that has the focus keeps it.
func (v *listView) renderList() goapp.UI {
	if goapp.IsServer {
		return goapp.Raw(`<ul class="results" id="results">` + v.Items + `</ul>`)
	}
	return goapp.Ul().ID("results").Class("results")
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

func (v *listView) scope() string {
	switch {
	case v.Location.Common:
		return " among the common codes"
	case v.Location.Class != 0:
		return " in " + v.Location.Class.String()
	}
	return ""
}

func (v *listView) count() string {
	n := v.Count
	noun := "codes"
	if n == 1 {
		noun = "code"
	}
	if v.Location.Query == "" {
		return fmt.Sprintf("%d %s%s", n, noun, v.scope())
	}
	verb := "match"
	if n == 1 {
		verb = "matches"
	}
	return fmt.Sprintf("%d %s %s “%s”%s", n, noun, verb, shorten(v.Location.Query, 60), v.scope())
}

func (v *listView) renderEmpty() goapp.UI {
	everywhere := location{view: viewList, query: v.Location.Query}
	return goapp.Div().ID("no-results").Class("empty").Body(
		goapp.P().Text("No registered code matches “"+shorten(v.Location.Query, 200)+"”"+v.scope()+"."),
		goapp.If(v.Location.Class != 0 || v.Location.Common,
			goapp.P().Body(goapp.A().Href(href(everywhere.withQuery())).Text("Search all classes instead")),
		),
		goapp.P().Text("Try a code number, a few words of the phrase, or browse a class:"),
		classLinks(),
	)
}

// shorten cuts s to at most n runes for display.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
