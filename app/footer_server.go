//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/codes"
)

// RepoEnv names the setting that holds the project's source URL, so a fork
// links to itself.
const RepoEnv = "SIPCODES_REPO"

// siteFooter says where the data comes from and links to the JSON and the
// source. The browser keeps it as it was served (chrome_browser.go).
type siteFooter struct {
	goapp.Compo
}

func (f *siteFooter) Render() goapp.UI {
	return goapp.Elem("footer").Class("site-footer").Body(
		goapp.P().Body(
			goapp.Text("Data: the "),
			goapp.A().Href(codes.RegistryURL).Rel("external").Text("IANA SIP Response Codes registry"),
			goapp.Text(" (snapshot of "+codes.RegistrySnapshot+"). Explanations are written for sipcodes; the RFCs are authoritative."),
		),
		goapp.P().Body(
			goapp.A().Href(href(paths.Explain)).Text("Explain a trace"),
			goapp.Text(" · "),
			goapp.A().Href(href("/warnings")).Text("Warning codes"),
			goapp.Text(" · "),
			goapp.A().Href(href("/causes")).Text("Q.850 causes"),
			goapp.Text(" · "),
			goapp.A().Href(href("/reason")).Text("The Reason header"),
		),
		goapp.P().Body(
			goapp.A().Href(href("/codes.json")).Text("All codes as JSON"),
			goapp.Text(" · "),
			goapp.A().Href(goapp.Getenv(RepoEnv)).Rel("external").Text("Source and Go package"),
			goapp.Text(" · Works offline once visited."),
		),
	)
}
