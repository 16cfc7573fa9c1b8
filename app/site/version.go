//go:build !wasm

package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// versioned are the files that carry the version: they are written after it
// is computed, from everything else.
var versioned = map[string]bool{"app.js": true, "app-worker.js": true}

// contentVersion hashes what a deploy serves: every file written in dir
// except the versioned ones. Any change a visitor could see (a page, the
// wasm, the manifest, the SEO files) gives a new version, and so a new
// service worker; an unchanged deploy prompts no update.
func contentVersion(dir string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", workerJS) // the worker's own code is part of what is served
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if versioned[rel] {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d\n", rel, len(b))
		h.Write(b)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:16], err
}
