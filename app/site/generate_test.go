//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/vendors"
)

// testWeb makes a web directory like the real one, with stand-in wasm files.
func testWeb(t *testing.T) string {
	t.Helper()
	web := t.TempDir()
	if err := os.CopyFS(web, os.DirFS("../../web")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"app.wasm", "explain.wasm"} {
		if err := os.WriteFile(filepath.Join(web, name), []byte("\x00asm stand-in"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return web
}

var (
	builtOnce sync.Once
	builtDir  string
	builtErr  error
)

// builtSite is testSite generated once for the tests that only read it.
// Tests that change a site build their own.
func builtSite(t *testing.T) string {
	t.Helper()
	builtOnce.Do(func() {
		var tmp string
		if tmp, builtErr = os.MkdirTemp("", "sipcodes-site-test"); builtErr == nil {
			builtDir = filepath.Join(tmp, "dist")
			builtErr = Generate(builtDir, testWeb(t), testSite)
		}
	})
	if builtErr != nil {
		t.Fatal(builtErr)
	}
	return builtDir
}

var testSite = Site{Base: "/sipcodes", URL: "https://example.github.io/sipcodes", Repo: "https://example.com/repo"}

func TestGenerateWritesTheWholeSite(t *testing.T) {
	dir := builtSite(t)
	want := []string{"index.html", "common.html", "404.html", "codes.json", "warnings.json", "causes.json", "reason.json", "app.js", "app-worker.js",
		"manifest.webmanifest", "wasm_exec.js", "warm.js", "explain.js", "explain-worker.js", "explain.html", "web/explain.wasm", "web/app.wasm", "web/app.css", "web/icon.svg",
		"web/icon-192.png", "web/icon-512.png", "1xx.html", "6xx.html", "100.html", "486.html", "608.html", "486.json",
		"warnings.html", "causes.html", "reason.html", "warning/399.html", "warning/355.html", "cause/17.html", "cause/0.html", "cause/127.html", "cause/804.html", "cause/604.html",
		"vendors.json", "vendors.html", "vendor/sofia-sip.html", "vendor/sofia-sip/904.html", "vendor/ms-diagcode/500-1005.html", "vendor/teams/560403.html"}
	for _, f := range want {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	htmlFiles, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if want := 2 + 6 + 599 + 1 + 3 + 1 + 1; len(htmlFiles) != want { // every number but 404 (404/index.html), 404.html, the three reference lists, the explainer, the vendor list
		t.Errorf("%d pages, want %d", len(htmlFiles), want)
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
	if !bytes.Contains(notFound, []byte(`data-view="notfound"`)) || !bytes.Contains(notFound, []byte(`href="/sipcodes/404/"`)) {
		t.Error("404.html must be a not-found page that links to code 404's page")
	}
	if bytes.Contains(notFound, []byte(`rel="canonical"`)) || bytes.Contains(notFound, []byte(`og:url`)) || !bytes.Contains(notFound, []byte(`<meta content="noindex" name="robots">`)) {
		t.Error("404.html answers every address without a page: no canonical address, and not indexed")
	}
	code404, _ := os.ReadFile(filepath.Join(dir, "404", "index.html"))
	if !bytes.Contains(code404, []byte("SIP/2.0 404 Not Found")) || !bytes.Contains(code404, []byte(`<link href="https://example.github.io/sipcodes/404/" rel="canonical">`)) {
		t.Error("404/index.html must be the page of code 404, at /404/")
	}
	unknown, _ := os.ReadFile(filepath.Join(dir, "499.html"))
	if !bytes.Contains(unknown, []byte("499 is not a registered SIP response code")) || !bytes.Contains(unknown, []byte(`rel="canonical"`)) {
		t.Error("499.html must be the unregistered number's own page")
	}
	sitemap, _ := os.ReadFile(filepath.Join(dir, "sitemap.xml"))
	if bytes.Contains(sitemap, []byte("/499<")) || !bytes.Contains(sitemap, []byte("/sipcodes/486<")) {
		t.Error("the sitemap lists the registered codes and the lists, not every number")
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
	wd, _ := os.Getwd()
	for _, dir := range []string{"", ".", "/", "..", wd, filepath.Dir(wd), web, filepath.Join(web, "sub"), filepath.Dir(web)} {
		if err := Generate(dir, web, Site{}); err == nil {
			t.Errorf("output dir %q must be refused", dir)
		}
	}
	if _, err := os.Stat(filepath.Join(web, "app.css")); err != nil {
		t.Fatal("a refused run deleted the assets")
	}
	// A folder the generator did not write is left alone, files and all.
	precious := t.TempDir()
	os.WriteFile(filepath.Join(precious, "notes.txt"), []byte("mine"), 0o644)
	if err := Generate(precious, web, Site{}); err == nil || !strings.Contains(err.Error(), "not written by sipcodes") {
		t.Errorf("a folder with other files must be refused, got %v", err)
	}
	if _, err := os.Stat(filepath.Join(precious, "notes.txt")); err != nil {
		t.Error("refusing still deleted a file")
	}
	if err := Generate(filepath.Join(t.TempDir(), "d"), t.TempDir(), Site{}); err == nil || !strings.Contains(err.Error(), "app.wasm") {
		t.Errorf("a missing app.wasm must be named, got %v", err)
	}
	noExplainer := testWeb(t)
	os.Remove(filepath.Join(noExplainer, "explain.wasm"))
	if err := Generate(filepath.Join(t.TempDir(), "d"), noExplainer, Site{}); err == nil || !strings.Contains(err.Error(), "explain.wasm") {
		t.Errorf("a missing explain.wasm must be named, got %v", err)
	}
}

func TestCheckLinksFindsBrokenOnes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, testWeb(t), testSite); err != nil {
		t.Fatal(err)
	}
	bad := `<html><body><a href="/sipcodes/999">x</a><a href="/sipcodes/486?q=1#top">ok</a><img src="/sipcodes/web/missing.png"><a href="/elsewhere">x</a></body></html>`
	os.WriteFile(filepath.Join(dir, "bad.html"), []byte(bad), 0o644)
	// A page in a folder, and a folder link with no index.html: 404.html,
	// which GitHub Pages serves for anything, must not count as its target.
	cause17 := filepath.Join(dir, "cause", "17.html")
	page, _ := os.ReadFile(cause17)
	os.WriteFile(cause17, bytes.Replace(page, []byte("</main>"), []byte(`<a href="/sipcodes/cause/nowhere">x</a><a href="/sipcodes/486/">x</a></main>`), 1), 0o644)
	err := checkLinks(dir, "/sipcodes")
	if err == nil {
		t.Fatal("broken links went unnoticed")
	}
	for _, w := range []string{"/sipcodes/999", "/sipcodes/web/missing.png", "/elsewhere", "cause/17.html: /sipcodes/cause/nowhere", "cause/17.html: /sipcodes/486/"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error does not name %s: %v", w, err)
		}
	}
	if strings.Contains(err.Error(), "486?") {
		t.Errorf("a good link with query and fragment was reported: %v", err)
	}
}

func TestManifestAndIcons(t *testing.T) {
	dir := builtSite(t)
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
	dir := builtSite(t)
	allowed := []string{"https://www.rfc-editor.org/", "https://www.iana.org/assignments/", testSite.Repo, testSite.URL,
		"http://www.sitemaps.org/schemas/", "http://a9.com/-/spec/opensearch/", "http://www.w3.org/2000/svg"}
	remote := regexp.MustCompile(`(?:https?:)?//[a-zA-Z0-9.-]+\.[a-z]{2,}[^\s"'<>)]*`)
	for _, ns := range vendors.Namespaces() { // the vendors' own pages, cited as sources
		allowed = append(allowed, remote.FindAllString(ns.Source, -1)...)
		for _, e := range ns.Entries {
			allowed = append(allowed, remote.FindAllString(e.Source, -1)...)
		}
	}
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

func TestGenerateReplacesItsOwnOutput(t *testing.T) {
	web, dir := testWeb(t), filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, web, testSite); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "stale.html"), []byte("from an older build"), 0o644)
	if err := Generate(dir, web, testSite); err != nil {
		t.Fatalf("a second build into the same folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "stale.html")); err == nil {
		t.Error("a file of the previous build survived")
	}
}

// The version must change with anything a visitor could get, including what
// only the generator writes (pages, manifest, SEO files), not only app.wasm.
func TestTheVersionCoversWhatIsDeployed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, testWeb(t), testSite); err != nil {
		t.Fatal(err)
	}
	v, err := contentVersion(dir)
	if err != nil {
		t.Fatal(err)
	}
	worker, _ := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if !bytes.Contains(worker, []byte(`"`+v+`"`)) {
		t.Fatalf("app-worker.js does not carry the version %s of what was written", v)
	}
	for _, f := range []string{"manifest.webmanifest", "486.html", "sitemap.xml", "wasm_exec.js", "web/app.wasm"} {
		p := filepath.Join(dir, f)
		old, _ := os.ReadFile(p)
		os.WriteFile(p, append(slices.Clone(old), ' '), 0o644)
		if changed, _ := contentVersion(dir); changed == v {
			t.Errorf("a change to %s leaves the version as it was", f)
		}
		os.WriteFile(p, old, 0o644)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	for _, p := range pages {
		if b, _ := os.ReadFile(p); bytes.Contains(b, []byte(v)) {
			t.Fatalf("%s carries the version, which is computed from it", filepath.Base(p))
		}
	}
}

func TestNoLocalhostInWhatShips(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Generate(dir, testWeb(t), Site{Base: "/sipcodes"}); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".wasm") {
			return err
		}
		if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("localhost")) || bytes.Contains(b, []byte("127.0.0.1")) {
			t.Errorf("%s names a local address", strings.TrimPrefix(p, dir))
		}
		return nil
	})
	page, _ := os.ReadFile(filepath.Join(dir, "486.html"))
	if bytes.Contains(page, []byte(`rel="canonical"`)) || bytes.Contains(page, []byte(`og:url`)) {
		t.Error("without a public address, a page must not claim one")
	}
	// An OpenSearch template must be absolute (review N8): without one
	// there is neither the file nor a link to it.
	if _, err := os.Stat(filepath.Join(dir, "opensearch.xml")); err == nil || bytes.Contains(page, []byte("opensearch")) {
		t.Error("without a public address, opensearch.xml is written or linked")
	}
}

func TestPagesURL(t *testing.T) {
	for _, tc := range []struct{ repo, base, want string }{
		{"https://github.com/sipcodes/sipcodes", "/sipcodes", "https://sipcodes.github.io/sipcodes"},
		{"https://github.com/Someone/sipcodes/", "/sipcodes", "https://someone.github.io/sipcodes"},
		{"https://github.com/someone/someone.github.io", "", "https://someone.github.io"},
		{"https://github.com/sipcodes/sipcodes", "", ""},                 // a custom domain: only SITE_URL says
		{"https://github.com/sipcodes/sipcodes", "/other", ""},           // not the repository's own path
		{"https://gitlab.com/sipcodes/sipcodes", "/sipcodes", ""},        // not GitHub Pages
		{"https://github.com/sipcodes/sipcodes/tree/x", "/sipcodes", ""}, // not a repository address
	} {
		if got := PagesURL(tc.repo, tc.base); got != tc.want {
			t.Errorf("PagesURL(%q, %q) = %q, want %q", tc.repo, tc.base, got, tc.want)
		}
	}
}

func TestWasmExecComesFromTheGoThatBuildsTheWasm(t *testing.T) {
	dir := builtSite(t)
	root, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js"))
	if got, _ := os.ReadFile(filepath.Join(dir, "wasm_exec.js")); len(want) == 0 || !bytes.Equal(got, want) {
		t.Error("dist/wasm_exec.js is not Go's own copy")
	}
}

// The pages file holds every listed page, each put together (as the
// service worker does) byte for byte as served, with the stylesheet and
// the start-up script carried once.
func TestOfflinePagesAreThePagesServed(t *testing.T) {
	dir := builtSite(t)
	b, err := os.ReadFile(filepath.Join(dir, paths.OfflinePages[1:]))
	if err != nil {
		t.Fatal(err)
	}
	var o offlinePages
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&o); err != nil {
		t.Fatal(err)
	}
	for url, pieces := range o.Pages { // JSON numbers back to indexes
		for i, p := range pieces {
			if n, ok := p.(json.Number); ok {
				k, _ := n.Int64()
				pieces[i] = int(k)
			}
		}
		o.Pages[url] = pieces
	}
	if len(o.Shared) != 2 || bytes.Count(b, []byte("<style>")) != 1 {
		t.Errorf("the stylesheet and the start-up script must be in the file once: %d shared pieces, %d stylesheets", len(o.Shared), bytes.Count(b, []byte("<style>")))
	}
	n := 0
	for _, p := range pages() {
		if !p.listed {
			continue
		}
		n++
		served, err := os.ReadFile(filepath.Join(dir, p.file))
		if err != nil {
			t.Fatal(err)
		}
		url := p.at(testSite.Base)
		if got := o.assemble(url); got != string(served) {
			t.Errorf("%s put together is %d bytes, served %d: not the same page", url, len(got), len(served))
		}
	}
	if n != len(o.Pages) || n < 200 {
		t.Errorf("%d pages in the file, %d listed", len(o.Pages), n)
	}
}
