package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// copyButton copies a text, or the page's address, to the clipboard, and
// says what happened: browsers may refuse (no permission, an insecure page).
type copyButton struct {
	goapp.Compo

	Label      string
	Text       string
	CurrentURL bool // copy the page's address instead of Text

	result string // "Copied", or why not; "" shows Label
}

func (b *copyButton) Render() goapp.UI {
	label := b.Label
	if b.result != "" {
		label = b.result
	}
	return goapp.Button().Type("button").Class("copy").OnClick(b.onClick).Text(label)
}

func (b *copyButton) onClick(ctx goapp.Context, e goapp.Event) {
	text := b.Text
	if b.CurrentURL {
		loc := goapp.Window().Get("location")
		text = loc.Get("origin").String() + loc.Get("pathname").String()
	}
	clip := goapp.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		b.show(ctx, "No clipboard here: select the text to copy it")
		return
	}
	var done, failed goapp.Func
	settle := func(result string) {
		done.Release()
		failed.Release()
		ctx.Dispatch(func(ctx goapp.Context) { b.show(ctx, result) })
	}
	done = goapp.FuncOf(func(goapp.Value, []goapp.Value) any { settle("Copied"); return nil })
	failed = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		settle("Copy refused by the browser: select the text instead")
		return nil
	})
	clip.Call("writeText", text).Call("then", done, failed)
}

// show puts a result on the button for a few seconds.
func (b *copyButton) show(ctx goapp.Context, result string) {
	b.result = result
	ctx.After(3*time.Second, func(ctx goapp.Context) { b.result = "" })
}
