package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// copyButton copies a text, or the page's address, to the clipboard.
type copyButton struct {
	goapp.Compo

	Label      string
	Text       string
	CurrentURL bool // copy the page's address instead of Text

	copied bool
}

func (b *copyButton) Render() goapp.UI {
	label := b.Label
	if b.copied {
		label = "Copied"
	}
	return goapp.Button().Type("button").Class("copy").OnClick(b.onClick).Text(label)
}

func (b *copyButton) onClick(ctx goapp.Context, e goapp.Event) {
	text := b.Text
	if b.CurrentURL {
		loc := goapp.Window().Get("location")
		text = loc.Get("origin").String() + loc.Get("pathname").String()
	}
	if clip := goapp.Window().Get("navigator").Get("clipboard"); clip.Truthy() {
		clip.Call("writeText", text)
	}
	b.copied = true
	ctx.After(2*time.Second, func(ctx goapp.Context) { b.copied = false })
}
