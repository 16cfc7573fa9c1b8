package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// searchBox is the search field. It is a real GET form, so that without
// JavaScript a search still reaches the list page as ?q=.
type searchBox struct {
	goapp.Compo

	Query    string
	OnSearch func(ctx goapp.Context, query string)
}

func (s *searchBox) Render() goapp.UI {
	return goapp.Form().
		Class("search").
		Attr("role", "search").
		Action(href("/")).
		Method("get").
		OnSubmit(s.onSubmit).
		Body(
			goapp.Label().For("search").Class("search-label").Text("Search SIP response codes"),
			goapp.Div().Class("search-field").Body(
				goapp.Input().
					ID("search").
					Type("search").
					Name("q").
					Value(attrSafe(s.Query)).
					Placeholder("486, busy, Retry-After, cause=17, SIP/2.0 503 …").
					AutoComplete(false).
					Spellcheck(false).
					Attr("autocapitalize", "off").
					Attr("enterkeyhint", "go").
					Aria("controls", "results").
					Aria("describedby", "search-hint").
					OnInput(s.onInput),
				goapp.Span().ID("search-hint").Class("search-hint").Body(
					goapp.Text("Press "), goapp.Span().Class("kbd").Text("/"), goapp.Text(" to search, "),
					goapp.Span().Class("kbd").Text("↓"), goapp.Text(" to move through results, "),
					goapp.Span().Class("kbd").Text("Esc"), goapp.Text(" to clear"),
				),
			),
		)
}

func (s *searchBox) onInput(ctx goapp.Context, e goapp.Event) {
	if s.OnSearch != nil {
		s.OnSearch(ctx, ctx.JSSrc().Get("value").String())
	}
}

// onSubmit opens the first result: Enter in the search box.
func (s *searchBox) onSubmit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	if first := goapp.Window().Get("document").Call("querySelector", "#results .result-link"); first.Truthy() {
		first.Call("click")
	}
}

// attrSafe keeps a query from breaking out of the value attribute when go-app
// writes HTML on the server: it quotes attribute values with Go's
// strconv.Quote, which does not escape for HTML. In the browser, values are
// set through the DOM and need nothing.
func attrSafe(s string) string {
	if !goapp.IsServer {
		return s
	}
	return strings.NewReplacer(`"`, "&quot;", `\`, "&#92;", "<", "&lt;", "&", "&amp;").Replace(s)
}

// focusSearch puts the cursor in the search box.
func focusSearch() {
	if input := goapp.Window().GetElementByID("search"); input.Truthy() {
		input.Call("focus")
	}
}
