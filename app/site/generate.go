//go:build !wasm

// Package site is the generator of the static sipcodes site and its
// development server: it renders every page through go-app's handler,
// rewrites go-app's output where it falls short (goapp.go), and writes the
// assets, JSON, service worker and SEO files. None of it runs in the browser.
package site

import (
	"bytes"
	"fmt"
	"github.com/sipcodes/sipcodes/app/paths"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/app"
	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
	"github.com/sipcodes/sipcodes/vendors"
	"github.com/sipcodes/sipcodes/warning"
)

var validBase = regexp.MustCompile(`^(/[A-Za-z0-9._-]+)?$`)

// checkBase explains what is wrong with a site base path, or returns nil.
func checkBase(base string) error {
	if !validBase.MatchString(base) || base == "/." || base == "/.." {
		return fmt.Errorf("BASE %q is not a path prefix: use nothing for a site at the root, or /name (one segment, letters, digits, '.', '_' or '-', no trailing slash) for https://user.github.io/name/", base)
	}
	return nil
}

// sitePage is one file the generator writes, and the view it must show.
type sitePage struct {
	path   string // URL path without the base
	file   string // file name in the output directory
	view   app.View
	listed bool // in the sitemap and the worker's precache
}

// at is the page's address under root (a base path or a full URL). The
// home page keeps its trailing slash: "/name" only redirects to "/name/".
func (p sitePage) at(root string) string {
	if p.path == "/" {
		return root + "/"
	}
	return root + p.path
}

// pages lists every page of the static site: the lists, and a page for
// every number from 100 to 699, registered or not, so that each one's first
// paint is right even without JavaScript. GitHub Pages serves 404.html for
// any path it has no file for: that is a real not-found page, which the app
// then resolves; code 404's own page is therefore /404/ (404/index.html).
func pages() []sitePage {
	list := []sitePage{{"/", "index.html", app.ViewList, true}, {"/common", "common.html", app.ViewList, true}}
	for _, c := range codes.Classes() {
		list = append(list, sitePage{"/" + c.Class.String(), c.Class.String() + ".html", app.ViewList, true})
	}
	for n := 100; n <= 699; n++ {
		name := strconv.Itoa(n)
		switch {
		case n == codes.NotFound:
			list = append(list, sitePage{paths.Code(n), "404/index.html", app.ViewCode, true})
		case codes.IsRegistered(n):
			list = append(list, sitePage{paths.Code(n), name + ".html", app.ViewCode, true})
		default:
			list = append(list, sitePage{paths.Code(n), name + ".html", app.ViewUnknown, false})
		}
	}
	list = append(list, referencePages()...)
	list = append(list, vendorPages()...)
	return append(list, sitePage{paths.Explain, "explain.html", app.ViewExplain, true}, sitePage{"/page-not-found", "404.html", app.ViewNotFound, false})
}

// referencePages are the Warning code, cause and Reason pages: the lists,
// every number a warn-code can have (300 to 399), every cause value 0 to
// 127, and FreeSWITCH's own causes by their numbers now and before 2022.
// Numbers that name nothing get their honest page too, unlisted.
func referencePages() []sitePage {
	list := []sitePage{
		{"/warnings", "warnings.html", app.ViewWarnings, true},
		{"/causes", "causes.html", app.ViewCauses, true},
		{"/reason", "reason.html", app.ViewReason, true},
	}
	for n := 300; n <= 399; n++ {
		_, known := warning.LookupUnregistered(n)
		list = append(list, sitePage{paths.Warning(n), "warning/" + strconv.Itoa(n) + ".html", app.ViewWarning, warning.IsRegistered(n) || known})
	}
	numbers := map[int]bool{}
	for n := 0; n <= 127; n++ {
		c, _ := cause.Lookup(n)
		numbers[n] = c.Assigned
	}
	for _, in := range cause.InternalCauses() {
		numbers[in.Value] = true
		if _, seen := numbers[in.Before2022]; !seen && in.Before2022 != 0 {
			numbers[in.Before2022] = false // an old number: its page says what it was
		}
	}
	for _, n := range slices.Sorted(maps.Keys(numbers)) {
		list = append(list, sitePage{paths.Cause(n), "cause/" + strconv.Itoa(n) + ".html", app.ViewCause, numbers[n]})
	}
	return list
}

// vendorPages are the list of vendor namespaces, one page per namespace
// and one per code (a code a vendor lists twice has one page). The code
// pages are left out of the precache (some 300 pages): offline, each
// namespace's page holds every code with its summary.
func vendorPages() []sitePage {
	list := []sitePage{{paths.Vendors, "vendors.html", app.ViewVendors, true}}
	for _, ns := range vendors.Namespaces() {
		list = append(list, sitePage{paths.VendorNamespace(ns.ID), "vendor/" + ns.ID + ".html", app.ViewNamespace, true})
		seen := map[string]bool{}
		for _, e := range ns.Entries {
			if p := paths.Vendor(ns.ID, e.Code); !seen[p] {
				seen[p] = true
				list = append(list, sitePage{p, strings.TrimPrefix(p, "/") + ".html", app.ViewVendor, false})
			}
		}
	}
	return list
}

// Generate writes the complete static site into dir, replacing what was
// there if dir is a site it wrote before. webDir holds the hand-written
// assets and the built app.wasm. It fails on any page that did not render
// as expected, any missing asset, and any internal link that points nowhere.
//
// go-app keeps the site's prefix in a process-wide environment variable:
// do not run two Generate calls for different bases at the same time.
func Generate(dir, webDir string, s Site) error {
	if err := checkBase(s.Base); err != nil {
		return err
	}
	for _, wasm := range []struct{ file, pkg string }{{"app.wasm", "."}, {"explain.wasm", "./app/explainer"}} {
		if _, err := os.Stat(filepath.Join(webDir, wasm.file)); err != nil {
			return fmt.Errorf("%s/%s is missing: build it first with `GOOS=js GOARCH=wasm go build -o %s/%s %s` (make does this)", webDir, wasm.file, webDir, wasm.file, wasm.pkg)
		}
	}
	wasmExec, err := goWasmExec()
	if err != nil {
		return err
	}
	if err := replaceOutputDir(dir, webDir); err != nil {
		return err
	}
	s.URL = strings.TrimSuffix(s.URL, "/")
	if err := os.CopyFS(filepath.Join(dir, "web"), os.DirFS(webDir)); err != nil {
		return fmt.Errorf("copying assets: %w", err)
	}
	css, err := os.ReadFile(filepath.Join(webDir, "app.css"))
	if err != nil {
		return err
	}
	if bytes.Contains(bytes.ToLower(css), []byte("</style")) {
		return fmt.Errorf("%s/app.css contains </style, which would end the inline stylesheet early", webDir)
	}
	h := s.handler()
	tidy := tidier{base: s.Base, css: string(css)}
	offline := newOfflinePages(tidy.inlined())
	for _, p := range pages() {
		body, err := render(h, p.path)
		if err != nil {
			return err
		}
		if !bytes.Contains(body, []byte(`data-view="`+string(p.view)+`"`)) {
			return fmt.Errorf("page %s did not render its %s view", p.path, p.view)
		}
		canonical := ""
		if s.URL != "" && p.view != app.ViewNotFound { // 404.html stands for every address that has no page
			canonical = p.at(s.URL)
		}
		if body, err = tidy.page(body, canonical); err != nil {
			return fmt.Errorf("page %s: %w", p.path, err)
		}
		if err := write(dir, p.file, body); err != nil {
			return err
		}
		if p.listed {
			offline.add(p.at(s.Base), string(body))
		}
	}
	if err := offline.write(dir); err != nil {
		return err
	}
	if err := writeJSON(dir); err != nil {
		return err
	}
	manifest, err := s.manifest()
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"wasm_exec.js":         wasmExec,
		"warm.js":              withSharedNames(warmJS, nil),
		"explain.js":           withSharedNames(explainJS, map[string]string{"CaptureMagic": captureMagic()}),
		"explain-worker.js":    withSharedNames(explainWorkerJS, nil),
		"manifest.webmanifest": manifest,
	}
	if s.URL != "" { // all three need absolute addresses, which only SITE_URL gives
		files["sitemap.xml"] = s.sitemap()
		files["robots.txt"] = s.robots()
		files["opensearch.xml"] = s.openSearch()
	}
	for name, body := range files {
		if err := write(dir, name, body); err != nil {
			return err
		}
	}
	if err := checkLinks(dir, s.Base); err != nil {
		return err
	}

	// Last, the two files that carry the version, which hashes everything else.
	if s.Version == "" {
		if s.Version, err = contentVersion(dir); err != nil {
			return err
		}
	}
	h = s.handler()
	appJS, err := render(h, "/app.js")
	if err != nil {
		return err
	}
	if appJS, err = withoutGoAppStart(appJS); err != nil {
		return err
	}
	worker, err := render(h, "/app-worker.js")
	if err != nil {
		return err
	}
	if err := write(dir, "app.js", appJS); err != nil {
		return err
	}
	return write(dir, "app-worker.js", worker)
}

func write(dir, name string, body []byte) error {
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, body, 0o644)
}

// render asks the handler for one path, as the browser would.
func render(h http.Handler, p string) ([]byte, error) {
	req := httptest.NewRequest(http.MethodGet, p, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: status %d: %s", p, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	return rec.Body.Bytes(), nil
}

// goWasmExec is the wasm_exec.js of the Go that builds app.wasm: the two
// must match, and go-app embeds an older copy.
func goWasmExec() ([]byte, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("finding wasm_exec.js: `go env GOROOT`: %w", err)
	}
	path := filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("wasm_exec.js of the Go that builds app.wasm is missing: %w", err)
	}
	return b, nil
}

// jsonFiles are the whole-registry JSON files, each written by its package.
var jsonFiles = []struct {
	name  string
	write func(io.Writer) error
}{
	{paths.CodesJSON[1:], codes.WriteJSON},
	{"warnings.json", warning.WriteJSON},
	{"causes.json", cause.WriteJSON},
	{"reason.json", reason.WriteJSON},
	{paths.VendorTables[1:], vendors.WriteJSON},
}

func writeJSON(dir string) error {
	for _, f := range jsonFiles {
		var b bytes.Buffer
		if err := f.write(&b); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		if err := write(dir, f.name, b.Bytes()); err != nil {
			return err
		}
	}
	for _, c := range codes.All() {
		var one bytes.Buffer
		if err := codes.WriteCodeJSON(&one, c); err != nil {
			return err
		}
		if err := write(dir, strconv.Itoa(c.Number)+".json", one.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
