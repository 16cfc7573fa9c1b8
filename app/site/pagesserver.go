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

	// gzipped holds each file's gzip body with the ETag it was made for:
	// a CDN such as Pages' compresses a file once, not on every request
	// (for app.wasm, that took some 0.5–0.9 s before the first byte, which
	// no visitor waits for). One entry per file name, so it is bounded by
	// the site's size whatever is deployed after (review N13).
	gzipMu  sync.Mutex
	gzipped map[string]gzipBody
}

type gzipBody struct {
	etag string
	body []byte
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
			if s.serveFile(w, r, dir, candidate, http.StatusOK) {
				return
			}
		}
	}
	if !s.serveFile(w, r, dir, "/404.html", http.StatusNotFound) {
		http.NotFound(w, r)
	}
}

func (s *PagesServer) gzip(name, etag string, body []byte) []byte {
	s.gzipMu.Lock()
	defer s.gzipMu.Unlock()
	if z, ok := s.gzipped[name]; ok && z.etag == etag {
		return z.body
	}
	var z bytes.Buffer
	gz := gzip.NewWriter(&z)
	gz.Write(body)
	gz.Close()
	if s.gzipped == nil {
		s.gzipped = map[string]gzipBody{}
	}
	s.gzipped[name] = gzipBody{etag, z.Bytes()}
	return z.Bytes()
}

// serveFile writes one file if it exists, and reports whether it did. It
// reads through os.Root: no name (a "..\\" on Windows, a symbolic link)
// reaches outside dir.
func (s *PagesServer) serveFile(w http.ResponseWriter, r *http.Request, dir, name string, status int) bool {
	if strings.HasSuffix(name, "/") {
		return false
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return false
	}
	defer root.Close()
	body, err := root.ReadFile(filepath.FromSlash(strings.TrimPrefix(name, "/")))
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
		body = s.gzip(name, etag, body)
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return true
}
