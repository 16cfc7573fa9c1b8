//go:build js

package main

import (
	"io"
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
	select {}
}

// serveCaptures gives the worker the three calls that read a capture in
// slices, so that no copy of the whole file is held: CaptureStart(gzipped),
// CaptureWrite(bytes) for each slice in order, then CaptureEnd(base),
// which answers as Explain does. The capture is read by a goroutine as the
// slices come: a write returns once its slice is read.
func serveCaptures() {
	var w *io.PipeWriter
	var done chan answer
	js.Global().Set(shared.Name.CaptureStart, js.FuncOf(func(_ js.Value, args []js.Value) any {
		var r *io.PipeReader
		r, w = io.Pipe()
		done = make(chan answer, 1)
		gzipped := len(args) > 0 && args[0].Truthy()
		go func(r *io.PipeReader, done chan<- answer) {
			// The worker un-gzips (DecompressionStream): compress/gzip
			// stays out of this wasm.
			c, err := capture.ReadUncompressed(r)
			r.CloseWithError(io.ErrClosedPipe) // later writes return at once
			if err != nil {
				done <- answer{err: err}
				return
			}
			if gzipped {
				c.Format += ", gzip"
			}
			done <- answer{e: trace.ExplainCapture(c)}
		}(r, done)
		return nil
	}))
	js.Global().Set(shared.Name.CaptureWrite, js.FuncOf(func(_ js.Value, args []js.Value) any {
		if w == nil || len(args) < 1 {
			return nil
		}
		b := make([]byte, args[0].Get("length").Int())
		js.CopyBytesToGo(b, args[0])
		w.Write(b) // an error means the reader stopped: CaptureEnd says why
		return nil
	}))
	js.Global().Set(shared.Name.CaptureEnd, js.FuncOf(func(_ js.Value, args []js.Value) any {
		if w == nil || len(args) < 1 {
			return js.ValueOf(map[string]any{"error": shared.Name.CaptureEnd + "(base) before " + shared.Name.CaptureStart + "()"})
		}
		w.Close()
		a := <-done
		w = nil
		if a.err != nil {
			return js.ValueOf(map[string]any{"error": "this file is not a capture sipcodes can read (" + a.err.Error() + ")"})
		}
		return answerOf(a.e, args[0].String())
	}))
}

type answer struct {
	e   trace.Explanation
	err error
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
