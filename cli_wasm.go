//go:build wasm

package main

// command is never reached in the browser: goapp.RunWhenOnBrowser does not return.
func command() {}
