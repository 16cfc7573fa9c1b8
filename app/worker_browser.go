//go:build wasm

package app

// The app asks a worker for everything that reads the registries: a
// list's content for a search, and what sipcodes says of a number whose
// page the app does not hold. The worker runs explain.wasm (app/explainer),
// which carries every table and package answer, off the main thread;
// app.wasm carries none of them, which keeps it some 120 KB gzip smaller
// (README, "What app.wasm holds"). The service worker precaches
// explain.wasm, so the worker costs no download of its own once the site
// is installed.

import (
	"html"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
)

// answers is the app's one worker for answers.
var answers worker

// worker is a Web Worker that answers requests by id. It is started on
// the first request, and replaced after an error: a Go program that has
// panicked, or a wasm that could not load (offline before it was stored),
// answers nothing more.
type worker struct {
	w         goapp.Value
	onMessage goapp.Func
	onError   goapp.Func
	next      int
	waiting   map[int]func(goapp.Value, string) // by request id: the answer, or the error
}

// ask posts request and calls done with the answer, or with an error
// message. done runs in a later task, never in ask.
func (k *worker) ask(request map[string]any, done func(answer goapp.Value, err string)) {
	if k.w == nil {
		k.start()
	}
	k.next++
	k.waiting[k.next] = done
	request["id"] = k.next
	request["base"] = rootPrefix()
	k.w.Call("postMessage", request)
}

func (k *worker) start() {
	k.waiting = map[int]func(goapp.Value, string){}
	k.onMessage = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		data := args[0].Get("data")
		id := data.Get("id").Int()
		done, ok := k.waiting[id]
		if !ok {
			return nil
		}
		delete(k.waiting, id)
		if e := data.Get("error"); e.Truthy() {
			k.fail(e.String())
			done(goapp.Null(), e.String())
			return nil
		}
		done(data.Get("answer"), "")
		return nil
	})
	k.onError = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		args[0].Call("preventDefault")
		k.fail("the worker stopped")
		return nil
	})
	k.w = goapp.Window().Get("Worker").New(href(paths.Worker))
	k.w.Call("addEventListener", "message", k.onMessage)
	k.w.Call("addEventListener", "error", k.onError)
}

// fail ends the worker: every request still waiting gets the error, and
// the next request starts a new worker.
func (k *worker) fail(message string) {
	if k.w == nil {
		return
	}
	k.w.Call("terminate")
	k.onMessage.Release()
	k.onError.Release()
	waiting := k.waiting
	k.w, k.waiting = nil, nil
	for _, done := range waiting {
		done(goapp.Null(), message)
	}
}

// askList asks for list l's content.
func askList(l listLocation, done func(listAnswer)) {
	request := map[string]any{"list": map[string]any{"class": l.Class, "common": l.Common, "query": l.Query}}
	answers.ask(request, func(a goapp.Value, err string) {
		if err != "" {
			done(listAnswer{failed: true, emptyHTML: "<p>Search could not run here (" + html.EscapeString(err) + "). Every page is still a link away.</p>"})
			return
		}
		done(listAnswer{
			at:          l,
			title:       a.Get("title").String(),
			description: a.Get("description").String(),
			introHTML:   a.Get("intro").String(),
			count:       a.Get("count").String(),
			itemsHTML:   a.Get("items").String(),
			emptyHTML:   a.Get("empty").String(),
		})
	})
}

// askPage asks what sipcodes says of the page of location l, for a page
// the app does not hold.
func askPage(l location, done func(servedPage)) {
	request := map[string]any{"page": map[string]any{"view": string(l.view), "number": l.code, "namespace": l.namespace, "slug": l.vendorCode}}
	answers.ask(request, func(a goapp.Value, err string) {
		if err != "" {
			done(servedPage{
				title: "Page not available | sipcodes",
				html:  `<div class="unknown"><h1 id="unknown-heading">Page not available</h1><p>This page was not stored for offline use, and sipcodes could not read its number here (` + html.EscapeString(err) + `).</p></div>`,
			})
			return
		}
		done(servedPage{html: a.Get("html").String(), title: a.Get("title").String(), description: a.Get("description").String()})
	})
}
