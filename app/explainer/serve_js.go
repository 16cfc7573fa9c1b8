//go:build js

package main

import (
	"syscall/js"

	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/trace"
)

// serve gives the worker shared.Name.Explain(text, base), which returns
// {code, parts}: the headline code and the explanation's parts of HTML.
// Then it waits, for the worker to call it.
func serve() {
	js.Global().Set(shared.Name.Explain, js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 2 {
			return js.ValueOf(map[string]any{"error": shared.Name.Explain + "(text, base)"})
		}
		e := trace.Explain(args[0].String())
		parts := render(e, args[1].String())
		list := make([]any, len(parts))
		for i, p := range parts {
			list[i] = p
		}
		return js.ValueOf(map[string]any{"code": e.Code, "parts": list})
	}))
	select {}
}
