//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// wasmBudget is the most app.wasm may weigh gzipped at the best level, as
// gzip-size and size-limit measure it. go-app's own hello world is about
// 1.94 MB; the budget leaves some 160 KB for the page, its keystroke path
// and the start-up. The registries and the readers stay out of it (the
// worker's wasm answers with them); a server or generator compiled in by
// mistake would be about 4.3 MB.
const wasmBudget = 2_100_000

func TestWasmSizeBudget(t *testing.T) {
	out := filepath.Join(t.TempDir(), "app.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, ".")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm: %v\n%s", err, msg)
	}
	wasm, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(wasm)
	w.Close()
	t.Logf("app.wasm: %d bytes, %d gzipped (budget %d)", len(wasm), z.Len(), wasmBudget)
	if z.Len() > wasmBudget {
		t.Errorf("app.wasm is %d bytes gzipped, over the budget of %d", z.Len(), wasmBudget)
	}
}

// app.wasm carries no registry and no reader: the worker's wasm answers
// what needs them (app/worker_browser.go). One import of these would bring
// back some 120 KB gzip.
func TestTheWasmCarriesNoRegistry(t *testing.T) {
	list := exec.Command("go", "list", "-deps", ".")
	list.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := list.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range []string{"codes", "lookup", "cause", "warning", "reason", "vendors", "trace", "capture", "app/answer"} {
		if slices.Contains(strings.Fields(string(out)), "github.com/sipcodes/sipcodes/"+pkg) {
			t.Errorf("app.wasm imports package %s", pkg)
		}
	}
}
