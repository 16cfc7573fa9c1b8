//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// wasmBudget is the most app.wasm may weigh gzipped at the best level, as
// gzip-size and size-limit measure it. go-app's own hello world is about
// 1.9 MB; the budget leaves room for the data and the page, not for a server
// or generator compiled in by mistake (that would be about 4.3 MB).
const wasmBudget = 2_200_000

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
