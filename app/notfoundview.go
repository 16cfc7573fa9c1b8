package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipcodes/sipcodes/codes"
)

// notFoundView answers for any URL that is neither a list nor a code.
type notFoundView struct {
	goapp.Compo
}

func (v *notFoundView) Render() goapp.UI {
	return goapp.Div().Class("not-found").Aria("labelledby", "not-found-heading").Body(
		goapp.H1().ID("not-found-heading").Text("Page not found"),
		goapp.P().Text("There is no page at this address. Search above, or browse the codes by class:"),
		goapp.Raw(classLinksHTML()),
		goapp.P().Body(
			goapp.Text("Looking for the SIP response code 404? Its page is "),
			goapp.A().Href(codeHref(codes.NotFound)).Text("404 Not Found"),
			goapp.Text("."),
		),
	)
}
