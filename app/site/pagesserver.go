//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// PagesServer serves a generated site the way GitHub Pages does, so that
// `make run` and the browser tests see what visitors will: the site under
// its base, a 301 from /name to /name/, NAME.html for /NAME, 404.html with
// status 404 for anything else, Cache-Control max-age=600, ETags, and gzip.
type PagesServer struct {
	Base string

	mu  sync.RWMutex
	dir string
}

// NewPagesServer serves dir under base.
func NewPagesServer(dir, base string) *PagesServer { return &PagesServer{Base: base, dir: dir} }

// SetDir switches to another build of the site, as a deploy does.
func (s *PagesServer) SetDir(dir string) {
	s.mu.Lock()
	s.dir = dir
	s.mu.Unlock()
}

func (s *PagesServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	dir := s.dir
	s.mu.RUnlock()

	if s.Base != "" && r.URL.Path == s.Base {
		target := s.Base + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	p, ok := strings.CutPrefix(r.URL.Path, s.Base+"/")
	if ok {
		p = path.Clean("/" + p)
		if strings.HasSuffix(r.URL.Path, "/") && p != "/" {
			p += "/"
		}
		for _, candidate := range []string{p, p + ".html", p + "index.html"} {
			if serveFile(w, r, dir, candidate, http.StatusOK) {
				return
			}
		}
	}
	if !serveFile(w, r, dir, "/404.html", http.StatusNotFound) {
		http.NotFound(w, r)
	}
}

// compressed holds each file's gzip body by ETag: a CDN such as Pages'
// compresses a file once, not on every request (for app.wasm, that took
// some 0.5–0.9 s before the first byte, which no visitor waits for).
var compressed sync.Map

func gzipped(etag string, body []byte) []byte {
	if z, ok := compressed.Load(etag); ok {
		return z.([]byte)
	}
	var z bytes.Buffer
	gz := gzip.NewWriter(&z)
	gz.Write(body)
	gz.Close()
	compressed.Store(etag, z.Bytes())
	return z.Bytes()
}

// serveFile writes one file if it exists, and reports whether it did.
func serveFile(w http.ResponseWriter, r *http.Request, dir, name string, status int) bool {
	if strings.HasSuffix(name, "/") {
		return false
	}
	body, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		return false
	}
	h := w.Header()
	ctype := mime.TypeByExtension(path.Ext(name))
	switch path.Ext(name) {
	case ".webmanifest":
		ctype = "application/manifest+json"
	case ".wasm":
		ctype = "application/wasm"
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "max-age=600")
	etag := fmt.Sprintf(`"%x"`, sha1.Sum(body))
	h.Set("ETag", etag)
	h.Set("Vary", "Accept-Encoding")
	if status == http.StatusOK && r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		body = gzipped(etag, body)
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return true
}
