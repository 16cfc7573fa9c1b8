//go:build !js

package main

import (
	"fmt"
	"os"
)

func serve() {
	fmt.Fprintln(os.Stderr, "explainer runs in the browser: build it with GOOS=js GOARCH=wasm (make does), or use `sipcodes explain`")
	os.Exit(2)
}
