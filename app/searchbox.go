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

// onSubmit opens the first result: Enter in the search box. Words typed
// before the word index was read found no response code yet: the first
// result is then the whole search's, once the index is there.
func (s *searchBox) onSubmit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	whenWordsSearched(searchValue(), func() {
		if first := goapp.Window().Get("document").Call("querySelector", "#results .result-link"); first.Truthy() {
			first.Call("click")
		}
	})
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
