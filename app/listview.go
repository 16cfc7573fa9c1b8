package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/lookup"
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
	count, items, empty, numbers := "", "", "", ""
	if goapp.IsServer {
		results := locationOf(v.Location).results()
		count, items = countText(v.Location, results), resultItems(results)
		if len(results) == 0 {
			empty = emptyHTML(v.Location)
		}
		if v.Location.Query == "" {
			numbers = ` ` + shared.Name.Numbers + `="` + numbersTheRowsAnswer(v.Location) + `"`
		}
	}
	return goapp.Div().Class("list").Attr("role", "region").Aria("labelledby", "list-heading").Body(
		v.renderIntro(),
		goapp.P().ID(shared.Name.ResultCount).Class("result-count").Attr("role", "status").Aria("live", "polite").Text(count),
		goapp.Raw(`<ul class="results" id="`+shared.Name.Results+`"`+numbers+hiddenIf(goapp.IsServer && items == "")+`>`+items+`</ul>`),
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

// countText is the result count, as announced to screen readers. It
// names what it counts: "12 codes", or, when other kinds are found too,
// "4 results: 3 response codes, 1 Q.850 cause".
func countText(l listLocation, hits []lookup.Hit) string {
	var perKind [lookup.KindVendor + 1]int
	for _, h := range hits {
		perKind[h.Kind]++
	}
	n := len(hits)
	what := plural(n, "code", "codes")
	if n > perKind[lookup.KindResponse] {
		var parts []string
		for k, names := range [][2]string{{"response code", "response codes"}, {"Warning code", "Warning codes"}, {"Q.850 or FreeSWITCH cause", "Q.850 or FreeSWITCH causes"}, {"Reason protocol", "Reason protocols"}, {"vendor code", "vendor codes"}} {
			if perKind[k] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", perKind[k], plural(perKind[k], names[0], names[1])))
			}
		}
		what = plural(n, "result", "results") + " (" + strings.Join(parts, ", ") + ")"
	}
	if l.Query == "" {
		return fmt.Sprintf("%d %s%s", n, what, l.scope())
	}
	return fmt.Sprintf("%d %s %s “%s”%s", n, what, plural(n, "matches", "match"), shorten(l.Query, 60), l.scope())
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// shorten cuts s to at most n runes for display.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
