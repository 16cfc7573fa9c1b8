//go:build js

package main

import (
	"syscall/js"

	"github.com/sipcodes/sipcodes/app/answer"
	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/lookup"
)

// serveAnswers gives the app's worker what app.wasm does not carry:
//
//	AnswerList(class, common, query, base) → {title, description, intro, count, items, empty}
//	AnswerPage(view, number, namespace, slug, base) → {title, description, html}
//	Prepare() builds the search indexes ahead of the first search, and
//	runs a few searches: V8 compiles a wasm function's optimised code
//	once it has run a while, and the first keystroke then finds it ready
//	(measured without this: 23 ms for the first search, 1 to 2 ms for the
//	next ones).
func serveAnswers() {
	expose(shared.Name.AnswerList, []string{"class", "common", "query", "base"}, func(args []js.Value) any {
		l := answer.List{Class: codes.Class(args[0].Int()), Common: args[1].Bool(), Query: args[2].String()}
		if l.Class != 0 && !l.Class.Valid() {
			l.Class = 0
		}
		c := answer.ForList(l, args[3].String())
		return js.ValueOf(map[string]any{
			"title": c.Title, "description": c.Description, "intro": c.IntroHTML,
			"count": c.Count, "items": c.ItemsHTML, "empty": c.EmptyHTML,
		})
	})
	expose(shared.Name.AnswerPage, []string{"view", "number", "namespace", "slug", "base"}, func(args []js.Value) any {
		p := answer.ForNumber(args[0].String(), args[1].Int(), args[2].String(), args[3].String(), args[4].String())
		return js.ValueOf(map[string]any{"title": p.Title, "description": p.Description, "html": p.HTML})
	})
	expose(shared.Name.Prepare, nil, func([]js.Value) any {
		codes.PrepareSearch(1 << 30)
		lookup.PrepareSearch(1 << 30)
		for _, query := range []string{"", "4", "48", "busy", "busy her", "cause=17", "sofia 904", "zzzz"} {
			answer.ForList(answer.List{Query: query}, "")
		}
		return nil
	})
}
