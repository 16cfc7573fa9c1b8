package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// updateNotice offers to reload into a new version of the site once the
// service worker has it ready.
type updateNotice struct {
	goapp.Compo
}

func (n *updateNotice) Render() goapp.UI {
	return goapp.Div().ID("update-notice").Class("update-notice").Attr("role", "status").Body(
		goapp.Span().Text("A new version is available. "),
		goapp.Button().Type("button").ID("update-reload").OnClick(n.onReload).Text("Reload"),
	)
}

func (n *updateNotice) onReload(ctx goapp.Context, e goapp.Event) { ctx.Reload() }
