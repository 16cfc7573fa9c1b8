package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// onKey handles the keyboard: "/" focuses search, Esc clears it, the arrow
// keys move through the results (Enter on one opens it, as on any link).
func (p *page) onKey(ctx goapp.Context, e goapp.Event) {
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	doc := goapp.Window().Get("document")
	active := doc.Get("activeElement")
	inSearch := active.Truthy() && active.Get("id").String() == "search"
	switch e.Get("key").String() {
	case "/":
		if tag := active.Get("tagName").String(); tag == "INPUT" || tag == "TEXTAREA" {
			return
		}
		e.PreventDefault()
		focusSearch()
	case "Escape":
		if inSearch || p.loc.query != "" {
			e.PreventDefault()
			p.onSearch(ctx, "")
			setSearchValue("")
			focusSearch()
		}
	case "ArrowDown", "ArrowUp":
		links := doc.Call("querySelectorAll", "#results .result-link")
		n := links.Length()
		if n == 0 {
			return
		}
		current := -1
		for i := range n {
			if links.Index(i).Equal(active) {
				current = i
			}
		}
		if current < 0 && !inSearch {
			return // the arrows scroll the page as usual
		}
		e.PreventDefault()
		next := current + 1
		if e.Get("key").String() == "ArrowUp" {
			next = current - 1
		}
		switch {
		case next < 0:
			focusSearch()
		case next < n:
			links.Index(next).Call("focus")
		}
	}
}
