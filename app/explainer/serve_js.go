//go:build js

package main

import (
	"strings"
	"syscall/js"

	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/capture"
	"github.com/sipcodes/sipcodes/trace"
)

// serve gives the worker shared.Name.Explain(text, base), which returns
// {code, parts}: the headline code and the explanation's parts of HTML.
// Then it waits, for the worker to call it.
func serve() {
	expose(shared.Name.Explain, []string{"text", "base"}, func(args []js.Value) any {
		return answerOf(trace.Explain(args[0].String()), args[1].String())
	})
	serveCaptures()
	serveAnswers()
	select {}
}

// expose defines the global function name for the worker's script. A call
// with fewer arguments than params gets {error}, which names them.
func expose(name string, params []string, f func(args []js.Value) any) {
	js.Global().Set(name, js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < len(params) {
			return js.ValueOf(map[string]any{"error": name + "(" + strings.Join(params, ", ") + ")"})
		}
		return f(args)
	}))
}

// serveCaptures gives the worker the three calls that read a capture in
// slices, so that no copy of the whole file is held: CaptureStart(gzipped),
// CaptureWrite(bytes) for each slice in order, then CaptureEnd(base),
// which answers as Explain does. The worker un-gzips (DecompressionStream):
// compress/gzip stays out of this wasm.
func serveCaptures() {
	var r *capture.Reader
	var gzipped bool
	expose(shared.Name.CaptureStart, nil, func(args []js.Value) any {
		r, gzipped = capture.NewReader(), len(args) > 0 && args[0].Truthy()
		return nil
	})
	var b []byte
	expose(shared.Name.CaptureWrite, nil, func(args []js.Value) any {
		if r == nil || len(args) < 1 {
			return nil // before CaptureStart: nothing to write to
		}
		n := args[0].Get("length").Int()
		if cap(b) < n {
			b = make([]byte, n)
		}
		js.CopyBytesToGo(b[:n], args[0])
		r.Write(b[:n])
		return nil
	})
	expose(shared.Name.CaptureEnd, []string{"base"}, func(args []js.Value) any {
		if r == nil {
			return js.ValueOf(map[string]any{"error": shared.Name.CaptureEnd + "(base) before " + shared.Name.CaptureStart + "()"})
		}
		c, err := r.Close()
		r, b = nil, nil
		if err != nil {
			return js.ValueOf(map[string]any{"error": "this file is not a capture sipcodes can read (" + err.Error() + ")"})
		}
		if gzipped {
			c.Format += ", gzip"
		}
		return answerOf(trace.ExplainCapture(c), args[0].String())
	})
}

// answerOf is what the worker posts: the headline code and the parts of HTML.
func answerOf(e trace.Explanation, base string) js.Value {
	parts := render(e, base)
	list := make([]any, len(parts))
	for i, p := range parts {
		list[i] = p
	}
	return js.ValueOf(map[string]any{"code": e.Code, "parts": list})
}
