package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// typedText is what a person typed into the prerendered search box before
// the app ran: go-app's mount replaces that box with its own, so the page
// reads it first (OnInit) and puts it back (OnMount).
type typedText struct {
	read       bool
	value      string
	served     string // what the box held when the page was served
	start, end int    // the selection, or the caret when equal
	direction  string
	focused    bool
}

// readTypedText reads the search box, if there is one.
func readTypedText() typedText {
	box := goapp.Window().GetElementByID(shared.Name.Search)
	if !box.Truthy() {
		return typedText{}
	}
	return typedText{
		read:      true,
		value:     box.Get("value").String(),
		served:    box.Get("defaultValue").String(),
		start:     box.Get("selectionStart").Int(),
		end:       box.Get("selectionEnd").Int(),
		direction: box.Get("selectionDirection").String(),
		focused:   box.Equal(goapp.Window().Get("document").Get("activeElement")),
	}
}

// changed reports whether the box holds something other than what was
// served: what a person typed, or ?q= written in by the start-up script.
func (t typedText) changed() bool { return t.read && t.value != t.served }

// restore puts the text, selection and focus back into the app's search box.
func (t typedText) restore() {
	box := goapp.Window().GetElementByID(shared.Name.Search)
	if !t.read || !box.Truthy() {
		return
	}
	if box.Get("value").String() != t.value {
		box.Set("value", t.value)
	}
	if t.focused {
		box.Call("focus", map[string]any{"preventScroll": true})
	}
	box.Call("setSelectionRange", t.start, t.end, t.direction)
}
