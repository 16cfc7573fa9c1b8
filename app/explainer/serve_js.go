//go:build js

package main

import (
	"syscall/js"

	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/capture"
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
		return answerOf(trace.Explain(args[0].String()), args[1].String())
	}))
	serveCaptures()
	serveAnswers()
	select {}
}

// serveCaptures gives the worker the three calls that read a capture in
// slices, so that no copy of the whole file is held: CaptureStart(gzipped),
// CaptureWrite(bytes) for each slice in order, then CaptureEnd(base),
// which answers as Explain does. The worker un-gzips (DecompressionStream):
// compress/gzip stays out of this wasm.
func serveCaptures() {
	var r *capture.Reader
	var gzipped bool
	js.Global().Set(shared.Name.CaptureStart, js.FuncOf(func(_ js.Value, args []js.Value) any {
		r, gzipped = capture.NewReader(), len(args) > 0 && args[0].Truthy()
		return nil
	}))
	var b []byte
	js.Global().Set(shared.Name.CaptureWrite, js.FuncOf(func(_ js.Value, args []js.Value) any {
		if r == nil || len(args) < 1 {
			return nil
		}
		n := args[0].Get("length").Int()
		if cap(b) < n {
			b = make([]byte, n)
		}
		js.CopyBytesToGo(b[:n], args[0])
		r.Write(b[:n])
		return nil
	}))
	js.Global().Set(shared.Name.CaptureEnd, js.FuncOf(func(_ js.Value, args []js.Value) any {
		if r == nil || len(args) < 1 {
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
	}))
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
