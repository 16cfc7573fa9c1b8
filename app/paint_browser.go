//go:build wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/app/shared"
)

// listAnswer is a list's content for one search, as the page writes it:
// text, or escaped HTML where the name says so. It comes from the served
// page (servedList) or from the worker (askList).
type listAnswer struct {
	at                                     listLocation
	title, description                     string
	introHTML, count, itemsHTML, emptyHTML string
	failed                                 bool // the worker could not answer: emptyHTML says so
}

// lists is what the page knows of its lists in the browser (there is one
// page): the answers it has, the ones asked for, and what paint last
// wrote, so that each keystroke writes only what changed (an unchanged
// attribute written again still costs a style pass).
var lists struct {
	answers map[listLocation]listAnswer
	asking  map[listLocation]bool
	waiting waitSign

	shown       listAnswer
	painted     bool
	filterQuery string
	filterPath  string
	filterSet   bool
}

// In the browser a list's parts are empty slots: paint fills them.
func listPartsOf(listLocation) listParts { return listParts{} }

// paint writes, in the browser, everything a search changes on a list page:
// the results or the no-results note, the intro, the count, the title, and
// the class filter's links, which keep the query. go-app renders none of
// these in the browser (listView, chrome_browser.go), so its updates never
// overwrite them. An answer the page has is written at once; otherwise the
// worker is asked, and the answer is written when it comes, if the page
// still shows that list.
func (p *page) paint() {
	if p.loc.view == ViewList {
		l := p.listLocation()
		if a, ok := lists.answers[l]; ok {
			p.write(a)
		} else {
			p.ask(l)
		}
	} else {
		lists.painted = false // a list shown again is rendered anew, its slots empty
	}
	p.paintFilter()
}

// ask asks the worker for list l, once at a time.
func (p *page) ask(l listLocation) {
	if lists.asking[l] {
		return
	}
	lists.asking[l] = true
	lists.waiting.after(waitSignMs)
	askList(l, func(a listAnswer) {
		delete(lists.asking, l)
		if !a.failed {
			p.remember(a)
		}
		if p.loc.view == ViewList && p.listLocation() == l {
			p.write(a)
		}
	})
}

// remember keeps an answer, and a bounded number of them: going back to a
// search typed a moment ago (Backspace, Esc) then costs no round trip.
func (p *page) remember(a listAnswer) {
	if len(lists.answers) >= 64 {
		clear(lists.answers)
	}
	lists.answers[a.at] = a
}

// write puts answer a on the page, changing only what differs from what is
// shown, and ends the signs that results are coming.
func (p *page) write(a listAnswer) {
	doc := goapp.Window().Get("document")
	list := doc.Call("getElementById", shared.Name.Results)
	if !list.Truthy() {
		return // not rendered yet: the next paint does it
	}
	was, fresh := lists.shown, !lists.painted
	if fresh || a.itemsHTML != was.itemsHTML {
		list.Set("innerHTML", a.itemsHTML)
		list.Set("hidden", a.itemsHTML == "")
	}
	if box := doc.Call("getElementById", shared.Name.NoResults); box.Truthy() && (fresh || a.emptyHTML != was.emptyHTML) {
		box.Set("innerHTML", a.emptyHTML)
		box.Set("hidden", a.emptyHTML == "")
	}
	if intro := doc.Call("getElementById", introID); intro.Truthy() && (fresh || a.introHTML != was.introHTML) && !a.failed {
		intro.Set("innerHTML", a.introHTML)
	}
	if fresh || a.count != was.count {
		doc.Call("getElementById", shared.Name.ResultCount).Set("textContent", a.count)
	}
	if a.title != "" && (fresh || a.title != was.title) {
		doc.Set("title", a.title)
		if meta := doc.Call("querySelector", `meta[name="description"]`); meta.Truthy() {
			meta.Call("setAttribute", "content", a.description)
		}
	}
	lists.shown, lists.painted = a, true
	lists.waiting.cancel()
	root := doc.Get("documentElement")
	root.Call("removeAttribute", shared.Name.QueryPending) // start.js hid the served list: this one is right
	root.Call("removeAttribute", shared.Name.Waiting)
	openFirstResultOnEnter(a.at.Query)
}

// paintFilter points the class filter's links at the search, and marks the
// list shown as the current one.
func (p *page) paintFilter() {
	path := ""
	if p.loc.view == ViewList {
		path = p.loc.path()
	}
	if lists.filterSet && p.loc.query == lists.filterQuery && path == lists.filterPath {
		return
	}
	links := goapp.Window().Get("document").Call("querySelectorAll", ".class-filter a[data-path]")
	for i := range links.Length() {
		a := links.Index(i)
		at := a.Get("dataset").Get("path").String()
		a.Set("href", href(paths.WithQuery(at, p.loc.query)))
		if at == path {
			a.Call("setAttribute", "aria-current", "page")
		} else {
			a.Call("removeAttribute", "aria-current")
		}
	}
	lists.filterQuery, lists.filterPath, lists.filterSet = p.loc.query, path, true
}

// waitSignMs is how long an answer may take before the page shows that
// results are coming: the worker answers a search in a few milliseconds
// once it runs, and a sign for those would flicker.
const waitSignMs = 150

// waitSign shows, after a moment, that results are coming (data-waiting:
// the loader's pill), while the worker starts.
type waitSign struct {
	timer goapp.Value
	show  goapp.Func
}

func (w *waitSign) after(ms int) {
	if w.timer != nil {
		return
	}
	if w.show == nil {
		w.show = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
			w.timer = nil
			goapp.Window().Get("document").Get("documentElement").Call("setAttribute", shared.Name.Waiting, "")
			return nil
		})
	}
	w.timer = goapp.Window().Call("setTimeout", w.show, ms)
}

func (w *waitSign) cancel() {
	if w.timer != nil {
		goapp.Window().Call("clearTimeout", w.timer)
		w.timer = nil
	}
}

// takeServedList keeps the served list's answer when it is right for what
// the box holds. When it is not (words typed before the app ran, or a ?q=
// link), it waits for the worker's: OnInit is a task apart from the mount,
// and the mount then shows the right list at once.
func (p *page) takeServedList() {
	lists.answers, lists.asking = map[listLocation]listAnswer{}, map[listLocation]bool{}
	if p.loc.view != ViewList {
		return
	}
	l := p.listLocation()
	if a, ok := servedList(l); ok {
		lists.answers[l] = a
		return
	}
	done := make(chan struct{})
	askList(l, func(a listAnswer) {
		if !a.failed {
			p.remember(a)
		}
		close(done)
	})
	<-done
	p.readTypedText() // keys pressed meanwhile went into the served box
}

// warmWorker starts the worker once the page is ready, so that the first
// keystroke finds it running with its indexes built.
func (p *page) warmWorker() {
	if answers.w == nil {
		answers.ask(map[string]any{"warm": true}, func(goapp.Value, string) {})
	}
}
