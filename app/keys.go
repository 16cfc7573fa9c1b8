package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// keyListeners are the page's own listeners for typing (and for the copy
// buttons of served pages, which go-app does not render). They are plain DOM
// listeners, not go-app's: go-app updates the whole page after every event
// it dispatches (Window().AddEventListener, OnInput), and a keystroke must
// cost only what it changes.
type keyListeners struct {
	input, keydown, click goapp.Func
}

func listenToKeys(p *page) *keyListeners {
	k := &keyListeners{
		input:   goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any { p.onInput(args[0]); return nil }),
		keydown: goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any { p.onKey(args[0]); return nil }),
		click:   goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any { copyOnClick(args[0]); return nil }),
	}
	doc := goapp.Window().Get("document")
	doc.Call("addEventListener", "input", k.input, true)
	doc.Call("addEventListener", "keydown", k.keydown)
	doc.Call("addEventListener", "click", k.click)
	return k
}

func (k *keyListeners) release() {
	doc := goapp.Window().Get("document")
	doc.Call("removeEventListener", "input", k.input, true)
	doc.Call("removeEventListener", "keydown", k.keydown)
	doc.Call("removeEventListener", "click", k.click)
	k.input.Release()
	k.keydown.Release()
	k.click.Release()
}

// onInput runs in the browser's input event: the results, count and filter
// links are written before the next frame.
func (p *page) onInput(e goapp.Value) {
	if box := e.Get("target"); box.Get("id").String() == "search" {
		p.search(box.Get("value").String())
	}
}

// onKey handles the keyboard: "/" focuses search, Esc clears it, the arrow
// keys move through the results (Enter on one opens it, as on any link).
func (p *page) onKey(e goapp.Value) {
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
		e.Call("preventDefault")
		focusSearch()
	case "Escape":
		// Esc only clears: on a code page an empty box stays where it is.
		if p.loc.view == ViewList && (inSearch || p.loc.query != "") {
			e.Call("preventDefault")
			setSearchValue("")
			p.search("")
			focusSearch()
		} else if inSearch {
			setSearchValue("")
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
		e.Call("preventDefault")
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
