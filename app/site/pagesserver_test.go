//go:build !wasm

package site

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The development server serves only what is inside the site's folder: a
// symbolic link out of it is a 404, as on Pages; and one gzip body is kept
// per file, however often the file changes (review N13).
func TestPagesServerStaysInItsFolder(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(outside, "secret.txt"), "secret")
	write(filepath.Join(dir, "404.html"), "not found")
	write(filepath.Join(dir, "page.html"), "one")
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "leak.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	s := NewPagesServer(dir, "/base")
	get := func(path string) (int, string) {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		r.Header.Set("Accept-Encoding", "identity")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w.Code, w.Body.String()
	}
	for _, path := range []string{"/base/leak.txt", "/base/../" + filepath.Base(outside) + "/secret.txt", "/base/%2e%2e/secret.txt"} {
		if code, body := get(path); code != http.StatusNotFound || strings.Contains(body, "secret") {
			t.Errorf("%s: %d %q, want the 404 page", path, code, body)
		}
	}
	if code, body := get("/base/page"); code != http.StatusOK || body != "one" {
		t.Errorf("/base/page: %d %q", code, body)
	}
	for _, body := range []string{"two", "three", "four"} {
		write(filepath.Join(dir, "page.html"), body)
		r := httptest.NewRequest(http.MethodGet, "/base/page", nil)
		r.Header.Set("Accept-Encoding", "gzip")
		s.ServeHTTP(httptest.NewRecorder(), r)
	}
	if n := len(s.gzipped); n != 1 {
		t.Errorf("after four versions of one page, %d gzip bodies are kept", n)
	}
}
