//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/answer"
	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/codes"
)

// notFoundView is 404.html: GitHub Pages serves it for any address it has
// no file for. The page cannot know that address when it is generated, so
// start.js writes it into #asked and points #nearest at the closest page.
type notFoundView struct {
	goapp.Compo
}

func (v *notFoundView) Render() goapp.UI {
	return goapp.Div().Class("not-found").Aria("labelledby", "not-found-heading").Body(
		goapp.H1().ID("not-found-heading").Text("Page not found"),
		goapp.P().Body(
			goapp.Text("There is no page at "),
			goapp.Code().ID(shared.Name.Asked).Text("this address"),
			goapp.Text(". The nearest page: "),
			goapp.A().ID(shared.Name.Nearest).Href(href("/")).Text("every SIP response code"),
			goapp.Text("."),
		),
		goapp.P().Text("Search above, or browse the codes by class:"),
		goapp.Raw(answer.ClassLinks(rootPrefix())),
		goapp.P().Body(
			goapp.Text("Looking for the SIP response code 404? Its page is "),
			goapp.A().Href(codeHref(codes.NotFound)).Text("404 Not Found"),
			goapp.Text("."),
		),
	)
}
