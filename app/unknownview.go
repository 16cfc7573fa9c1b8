//go:build !wasm

package app

import (
	"fmt"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/answer"
	"github.com/sipcodes/sipcodes/codes"
)

// unknownView answers for a three-digit number that is not registered:
// how a client must treat it, where it may come from, and what is nearby.
type unknownView struct {
	goapp.Compo

	Number int
}

func (v *unknownView) Render() goapp.UI {
	rule, fallback := answer.FallbackRule(v.Number)
	prev, next := codes.Neighbours(v.Number)
	return goapp.Div().Class("unknown").Aria("labelledby", "unknown-heading").Body(
		goapp.H1().ID("unknown-heading").Text(fmt.Sprintf("%d is not a registered SIP response code", v.Number)),
		goapp.P().Class("fallback").Body(
			goapp.Text(rule+": "),
			goapp.A().ID("fallback-link").Href(codeHref(fallback.Number)).Text(fmt.Sprintf("%d %s", fallback.Number, fallback.Phrase)),
		),
		goapp.P().Class("aside").Body(goapp.Text("The rule: "), refLink(codes.Ref{RFC: 3261, Section: "8.1.3.2"})),
		v.renderOrigin(),
		goapp.H2().Text("Registered codes nearby"),
		goapp.Ul().Class("related").Body(
			goapp.If(prev != 0, codeListItem(prev)),
			goapp.If(next != 0, codeListItem(next)),
		),
	)
}

// renderOrigin tells where a known unregistered code comes from.
func (v *unknownView) renderOrigin() goapp.UI {
	u, ok := codes.LookupUnregistered(v.Number)
	if !ok {
		return goapp.P().Text("It is not in the IANA registry, and sipcodes knows of no specification that defines it. A vendor may use it for its own purposes.")
	}
	return goapp.Div().Class("notice").Body(
		goapp.P().Body(goapp.Span().Class("label").Text(fmt.Sprintf("%d %s", u.Number, u.Phrase)), goapp.Text(" (unregistered; from "+u.Origin+")")),
		goapp.P().Text(u.Note),
	)
}

func codeListItem(n int) goapp.UI {
	return goapp.Li().Body(goapp.A().Href(codeHref(n)).Text(fmt.Sprintf("%d %s", n, codes.Text(n))))
}
