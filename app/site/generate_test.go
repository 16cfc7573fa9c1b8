//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// testWeb makes a web directory like the real one, with a stand-in app.wasm.
func testWeb(t *testing.T) string {
	t.Helper()
	web := t.TempDir()
	if err := os.CopyFS(web, os.DirFS("../../web")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm stand-in"), 0o644); err != nil {
		t.Fatal(err)
	}
	return web
}

var testSite = Site{Base: "/sipcodes", URL: "https://example.github.io/sipcodes", Repo: "https://example.com/repo"}

func TestGenerateWritesTheWholeSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, testWeb(t), testSite); err != nil {
		t.Fatal(err)
	}
	want := []string{"index.html", "common.html", "404.html", "codes.json", "app.js", "app-worker.js",
		"manifest.webmanifest", "wasm_exec.js", "web/app.wasm", "web/app.css", "web/icon.svg",
		"web/icon-192.png", "web/icon-512.png", "1xx.html", "6xx.html", "100.html", "486.html", "608.html", "486.json"}
	for _, f := range want {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	htmlFiles, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(htmlFiles) != 1+1+6+75 { // 404.html is code 404's page
		t.Errorf("%d pages, want 83", len(htmlFiles))
	}
	for _, f := range htmlFiles {
		b, _ := os.ReadFile(f)
		if bytes.Contains(b, []byte("404 page not found")) || !bytes.Contains(b, []byte(`data-view="`)) {
			t.Errorf("%s did not render", f)
		}
		if bytes.Contains(b, []byte("127.0.0.1")) || bytes.Contains(b, []byte("example.com:")) {
			t.Errorf("%s refers to the generator's own address", f)
		}
	}
	page, _ := os.ReadFile(filepath.Join(dir, "486.html"))
	for _, w := range []string{
		`<link href="https://example.github.io/sipcodes/486" rel="canonical">`,
		`<meta content="https://example.github.io/sipcodes/486" property="og:url">`,
		`<title>486 Busy Here: SIP response code | sipcodes</title>`,
		`href="/sipcodes/600"`,
	} {
		if !bytes.Contains(page, []byte(w)) {
			t.Errorf("486.html lacks %s", w)
		}
	}
	if bytes.Contains(page, []byte("user-scalable=0")) {
		t.Error("the viewport must let people zoom (WCAG 1.4.4)")
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if !bytes.Contains(index, []byte(`<link href="https://example.github.io/sipcodes/" rel="canonical">`)) {
		t.Error("index.html canonical must end with a slash")
	}
	notFound, _ := os.ReadFile(filepath.Join(dir, "404.html"))
	if !bytes.Contains(notFound, []byte("SIP/2.0 404 Not Found")) {
		t.Error("404.html must be the page of code 404")
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	web := testWeb(t)
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, dir := range []string{a, b} {
		if err := Generate(dir, web, testSite); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", rel)
		}
		n++
		return nil
	})
	if n < 160 {
		t.Errorf("compared only %d files", n)
	}
}

func TestGenerateRefusesBadInput(t *testing.T) {
	web := testWeb(t)
	for _, base := range []string{"name", "/a b", "/name/", "/a/b", "//", "/..", "/name?x", "https://x.io/name"} {
		err := Generate(filepath.Join(t.TempDir(), "d"), web, Site{Base: base})
		if err == nil || !strings.Contains(err.Error(), "BASE") {
			t.Errorf("base %q: got %v, want a clear refusal", base, err)
		}
	}
	for _, dir := range []string{"", ".", "/"} {
		if err := Generate(dir, web, Site{}); err == nil {
			t.Errorf("output dir %q must be refused", dir)
		}
	}
	if err := Generate(filepath.Join(t.TempDir(), "d"), t.TempDir(), Site{}); err == nil || !strings.Contains(err.Error(), "app.wasm") {
		t.Errorf("a missing app.wasm must be named, got %v", err)
	}
}

func TestCheckLinksFindsBrokenOnes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, testWeb(t), testSite); err != nil {
		t.Fatal(err)
	}
	bad := `<html><body><a href="/sipcodes/999">x</a><a href="/sipcodes/486?q=1#top">ok</a><img src="/sipcodes/web/missing.png"><a href="/elsewhere">x</a></body></html>`
	os.WriteFile(filepath.Join(dir, "bad.html"), []byte(bad), 0o644)
	err := checkLinks(dir, "/sipcodes")
	if err == nil {
		t.Fatal("broken links went unnoticed")
	}
	for _, w := range []string{"/sipcodes/999", "/sipcodes/web/missing.png", "/elsewhere"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error does not name %s: %v", w, err)
		}
	}
	if strings.Contains(err.Error(), "486") {
		t.Errorf("a good link with query and fragment was reported: %v", err)
	}
}

func TestManifestAndIcons(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, testWeb(t), testSite); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		ID, Name, Description, Scope, Display string
		ShortName                             string `json:"short_name"`
		StartURL                              string `json:"start_url"`
		Icons                                 []struct{ Src, Sizes, Type, Purpose string }
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest does not parse: %v", err)
	}
	if m.ID != "/sipcodes/" || m.StartURL != "/sipcodes/" || m.Scope != "/sipcodes/" || m.Display != "standalone" || m.Name == "" || m.ShortName == "" || m.Description == "" {
		t.Errorf("manifest fields: %+v", m)
	}
	maskable := false
	for _, icon := range m.Icons {
		path := filepath.Join(dir, strings.TrimPrefix(icon.Src, "/sipcodes/"))
		f, err := os.Open(path)
		if err != nil {
			t.Errorf("icon %s is missing", icon.Src)
			continue
		}
		if icon.Type == "image/png" {
			cfg, err := png.DecodeConfig(f)
			if err != nil || fmt.Sprintf("%dx%d", cfg.Width, cfg.Height) != icon.Sizes {
				t.Errorf("icon %s claims %s, is %dx%d (%v)", icon.Src, icon.Sizes, cfg.Width, cfg.Height, err)
			}
		}
		f.Close()
		maskable = maskable || icon.Purpose == "maskable"
	}
	if !maskable {
		t.Error("no maskable icon")
	}
}

// The site must work with no network at all: nothing may load from another
// host. Links out are fine where they are references: the RFCs, the IANA
// registry, the source repository, and XML namespace names.
func TestNothingLoadsFromAnotherHost(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, testWeb(t), testSite); err != nil {
		t.Fatal(err)
	}
	allowed := []string{"https://www.rfc-editor.org/", "https://www.iana.org/assignments/", testSite.Repo, testSite.URL,
		"http://www.sitemaps.org/schemas/", "http://a9.com/-/spec/opensearch/", "http://www.w3.org/2000/svg"}
	remote := regexp.MustCompile(`(?:https?:)?//[a-zA-Z0-9.-]+\.[a-z]{2,}[^\s"'<>)]*`)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".wasm") || strings.HasSuffix(p, ".png") || strings.HasSuffix(p, "wasm_exec.js") {
			return err
		}
		b, _ := os.ReadFile(p)
		for _, u := range remote.FindAllString(string(b), -1) {
			if !slices.ContainsFunc(allowed, func(a string) bool { return strings.HasPrefix(u, a) }) {
				t.Errorf("%s refers to %s", strings.TrimPrefix(p, dir), u)
			}
		}
		return nil
	})
}
