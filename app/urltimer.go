package app

import (
	"net/url"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// urlDelayMs is how long typing pauses before ?q= follows it. Browsers ignore
// history updates that come too fast (Chromium: about 200 in 10 seconds).
const urlDelayMs = 300

// urlTimer puts the search into the address once typing pauses: one browser
// timer, re-armed on every keystroke (go-app's ctx.After would start a
// goroutine and an update of the page per key).
type urlTimer struct {
	id      goapp.Value
	replace goapp.Func
	loc     location
}

func (t *urlTimer) replaceAfterPause(loc location) {
	win := goapp.Window()
	if t.replace == nil {
		t.replace = goapp.FuncOf(func(goapp.Value, []goapp.Value) any { replaceURL(t.loc); return nil })
	}
	if t.id != nil {
		win.Call("clearTimeout", t.id)
	}
	t.loc = loc
	t.id = win.Call("setTimeout", t.replace, urlDelayMs)
}

// replaceURL puts the search in the address, replacing the current history
// entry: Back leaves the page, not the last keystroke.
func replaceURL(loc location) {
	win := goapp.Window()
	u := *win.URL()
	if parseLocation(sitePath(u.Path), u.Query()).view != ViewList {
		return // navigated away meanwhile
	}
	u.RawQuery = ""
	if loc.query != "" {
		u.RawQuery = url.Values{"q": {loc.query}}.Encode()
	}
	win.Get("history").Call("replaceState", nil, "", u.String())
}
