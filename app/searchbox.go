package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// searchBox is the search field. It is a real GET form, so that without
// JavaScript a search still reaches the list page as ?q=.
//
// In the browser the field is not bound to Query, and go-app does not
// listen to it: the page handles every keystroke itself (keys.go), since
// go-app applies updates a tick after the input event, and writing the value
// then would erase a character typed in between. The page sets the value
// itself when the query changes for another reason (setSearchValue).
type searchBox struct {
	goapp.Compo

	Query           string
	ControlsResults bool // the page has a result list for the box to point at
}

func (s *searchBox) Render() goapp.UI {
	input := goapp.Input().
		ID(shared.Name.Search).
		Type("search").
		Name("q").
		Placeholder("486, busy, cause=17, warning 399, USER_BUSY, STIR …").
		AutoComplete(false).
		Spellcheck(false).
		Attr("autocapitalize", "off").
		Attr("enterkeyhint", "go").
		Aria("describedby", "search-hint")
	if s.ControlsResults {
		input = input.Aria("controls", "results")
	}
	if goapp.IsServer {
		input = input.Value(attrSafe(s.Query))
	}
	return goapp.Form().
		Class("search").
		Attr("role", "search").
		Action(href("/")).
		Method("get").
		OnSubmit(s.onSubmit).
		Body(
			goapp.Label().For("search").Class("search-label").Text("Search SIP codes, Warning codes, Q.850 causes"),
			goapp.Div().Class("search-field").Body(
				input,
				goapp.Span().ID("search-hint").Class("search-hint").Body(
					goapp.Text("Press "), goapp.Span().Class("kbd").Text("/"), goapp.Text(" to search, "),
					goapp.Span().Class("kbd").Text("↓"), goapp.Text(" to move through results, "),
					goapp.Span().Class("kbd").Text("Esc"), goapp.Text(" to clear; paste a whole trace to explain it"),
				),
			),
		)
}

// onSubmit opens the first result: Enter in the search box. The worker
// may not have answered the search yet: its first result then opens when
// the page shows the answer.
func (s *searchBox) onSubmit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	enterWanted = true
	openFirstResultOnEnter(shownQuery)
}

var (
	enterWanted bool   // Enter was pressed: open the first result once the page shows the box's search
	shownQuery  string // the search whose answer the page shows
)

// openFirstResultOnEnter records that the page shows the answer for query
// (paint_browser.go), and opens its first result if Enter is waiting for it.
func openFirstResultOnEnter(query string) {
	shownQuery = query
	if !enterWanted || query != searchValue() {
		return
	}
	enterWanted = false
	if first := goapp.Window().Get("document").Call("querySelector", "#results .result-link"); first.Truthy() {
		first.Call("click")
	}
}

// attrSafe keeps a query from breaking out of the value attribute when go-app
// writes HTML on the server: it quotes attribute values with Go's
// strconv.Quote, which does not escape for HTML.
func attrSafe(s string) string {
	return strings.NewReplacer(`"`, "&quot;", `\`, "&#92;", "<", "&lt;", "&", "&amp;").Replace(s)
}

// setSearchValue shows query in the search box, unless it already does.
func setSearchValue(query string) {
	if input := goapp.Window().GetElementByID(shared.Name.Search); input.Truthy() && input.Get("value").String() != query {
		input.Set("value", query)
	}
}

// searchValue is what the search box holds.
func searchValue() string {
	if input := goapp.Window().GetElementByID(shared.Name.Search); input.Truthy() {
		return input.Get("value").String()
	}
	return ""
}

// focusSearch puts the cursor in the search box.
func focusSearch() {
	if input := goapp.Window().GetElementByID(shared.Name.Search); input.Truthy() {
		input.Call("focus")
	}
}
