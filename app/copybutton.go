package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// copyOnClick handles a click on a copy button (copyButton, codeview.go): it copies and says what
// happened on the button for a few seconds, since browsers may refuse (no
// permission, an insecure page).
func copyOnClick(e goapp.Value) {
	button := e.Get("target").Call("closest", "button.copy")
	if !button.Truthy() {
		return
	}
	data := button.Get("dataset")
	text := data.Get("copy")
	if !text.Truthy() {
		loc := goapp.Window().Get("location")
		text = goapp.ValueOf(loc.Get("origin").String() + loc.Get("pathname").String())
	}
	show := func(result string) {
		button.Set("textContent", result)
		var restore goapp.Func
		restore = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
			button.Set("textContent", data.Get("label"))
			restore.Release()
			return nil
		})
		goapp.Window().Call("setTimeout", restore, 3000)
	}
	clip := goapp.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		show("No clipboard here: select the text to copy it")
		return
	}
	var done, failed goapp.Func
	settle := func(result string) {
		done.Release()
		failed.Release()
		show(result)
	}
	done = goapp.FuncOf(func(goapp.Value, []goapp.Value) any { settle("Copied"); return nil })
	failed = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		settle("Copy refused by the browser: select the text instead")
		return nil
	})
	clip.Call("writeText", text).Call("then", done, failed)
}
