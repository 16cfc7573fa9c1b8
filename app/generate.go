//go:build !wasm

package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/sipcodes/sipcodes/codes"
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
	path string // URL path without the base
	file string // file name in the output directory
	view view
}

// at is the page's address under root (a base path or a full URL). The
// home page keeps its trailing slash: "/name" only redirects to "/name/".
func (p sitePage) at(root string) string {
	if p.path == "/" {
		return root + "/"
	}
	return root + p.path
}

// pages lists every page of the static site. The page of code 404 is
// 404.html, which GitHub Pages also serves for any path it has no file for:
// the app then reads the real URL and shows what it asks for ("/499").
func pages() []sitePage {
	list := []sitePage{{"/", "index.html", viewList}, {"/common", "common.html", viewList}}
	for _, c := range codes.Classes() {
		list = append(list, sitePage{"/" + c.Class.String(), c.Class.String() + ".html", viewList})
	}
	for _, c := range codes.All() {
		n := strconv.Itoa(c.Number)
		list = append(list, sitePage{"/" + n, n + ".html", viewCode})
	}
	return list
}

// Generate writes the complete static site into dir, replacing what was
// there. webDir holds the hand-written assets and the built app.wasm. It
// fails on any page that did not render as expected, any missing asset,
// and any internal link that points nowhere.
func Generate(dir, webDir string, s Site) error {
	if err := checkBase(s.Base); err != nil {
		return err
	}
	if clean := filepath.Clean(dir); clean == "." || clean == "/" || dir == "" {
		return fmt.Errorf("refusing to replace %q: name an output directory such as dist", dir)
	}
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		return fmt.Errorf("%s/app.wasm is missing: build it first with `GOOS=js GOARCH=wasm go build -o %s/app.wasm .` (make does this)", webDir, webDir)
	}
	if s.URL == "" {
		s.URL = "http://localhost:8000" + s.Base
	}
	s.URL = strings.TrimSuffix(s.URL, "/")
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := copyDir(webDir, filepath.Join(dir, "web")); err != nil {
		return fmt.Errorf("copying assets: %w", err)
	}
	if s.Version == "" {
		v, err := contentVersion(filepath.Join(dir, "web"), s)
		if err != nil {
			return err
		}
		s.Version = v
	}
	h := s.handler()
	css, err := os.ReadFile(filepath.Join(webDir, "app.css"))
	if err != nil {
		return err
	}
	if bytes.Contains(bytes.ToLower(css), []byte("</style")) {
		return fmt.Errorf("%s/app.css contains </style, which would end the inline stylesheet early", webDir)
	}
	tidy := tidier{dropCSS: s.Base + "/app.css", inlineCSS: s.Base + "/web/app.css", css: string(css)}

	for _, p := range pages() {
		body, err := render(h, p.path)
		if err != nil {
			return err
		}
		if !bytes.Contains(body, []byte(`data-view="`+string(p.view)+`"`)) {
			return fmt.Errorf("page %s did not render its %s view", p.path, p.view)
		}
		if body, err = tidy.page(body, p.at(s.URL)); err != nil {
			return fmt.Errorf("page %s: %w", p.path, err)
		}
		if err := os.WriteFile(filepath.Join(dir, p.file), body, 0o644); err != nil {
			return err
		}
	}
	for _, f := range []string{"/app.js", "/app-worker.js", "/wasm_exec.js"} {
		body, err := render(h, f)
		if err != nil {
			return err
		}
		if f == "/wasm_exec.js" {
			body = goWasmExec(body)
		}
		if err := os.WriteFile(filepath.Join(dir, f), body, 0o644); err != nil {
			return err
		}
	}
	if err := writeJSON(dir); err != nil {
		return err
	}
	manifest, err := s.manifest()
	if err != nil {
		return err
	}
	for name, body := range map[string][]byte{
		"manifest.webmanifest": manifest,
		"sitemap.xml":          s.sitemap(),
		"robots.txt":           s.robots(),
		"opensearch.xml":       s.openSearch(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			return err
		}
	}
	return checkLinks(dir, s.Base)
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

// goWasmExec prefers the wasm_exec.js of the Go that builds app.wasm: go-app
// embeds an older copy.
func goWasmExec(embedded []byte) []byte {
	if b, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js")); err == nil {
		return b
	}
	return embedded
}

func writeJSON(dir string) error {
	var all bytes.Buffer
	if err := codes.WriteJSON(&all); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "codes.json"), all.Bytes(), 0o644); err != nil {
		return err
	}
	for _, c := range codes.All() {
		var one bytes.Buffer
		if err := codes.WriteCodeJSON(&one, c); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, strconv.Itoa(c.Number)+".json"), one.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// tidier rewrites go-app's pages for the public site.
type tidier struct {
	dropCSS   string // go-app's stylesheet: it only styles the loader, which ours restyles
	inlineCSS string // our stylesheet, written into each page: the first paint waits for no request
	css       string // its content
}

// page makes go-app's output deterministic and correct for the public
// site: attributes in a fixed order, og:url and a canonical link pointing at
// the public URL instead of the generator's, a viewport that lets people
// zoom, and only our stylesheet, inline. go-app's scripts start after the
// first paint: they begin the wasm download and compile, which otherwise
// compete with it for the CPU.
func (td tidier) page(page []byte, canonical string) ([]byte, error) {
	var out bytes.Buffer
	var scripts []string
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return out.Bytes(), nil
			}
			return nil, z.Err()
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.Data == "link" {
				switch attr(t, "href") {
				case td.dropCSS:
					continue
				case td.inlineCSS:
					if attr(t, "rel") == "stylesheet" {
						out.WriteString("<style>" + td.css + "</style>")
					}
					continue
				}
			}
			if t.Data == "script" && hasAttr(t, "defer") {
				scripts = append(scripts, attr(t, "src"))
				for tt := z.Next(); tt != html.ErrorToken && !(tt == html.EndTagToken && z.Token().Data == "script"); tt = z.Next() {
				}
				continue
			}
			switch attr(t, "property") + attr(t, "name") {
			case "og:url":
				setAttr(&t, "content", canonical)
			case "viewport":
				setAttr(&t, "content", "width=device-width, initial-scale=1, viewport-fit=cover")
			case "theme-color":
				if attr(t, "media") == "" { // go-app's, next to our dark one
					t.Attr = append(t.Attr, html.Attribute{Key: "media", Val: "(prefers-color-scheme: light)"})
				}
			}
			slices.SortFunc(t.Attr, func(a, b html.Attribute) int { return strings.Compare(a.Key, b.Key) })
			out.WriteString(t.String())
		case html.EndTagToken:
			t := z.Token()
			if t.Data == "head" {
				if canonical != "" {
					fmt.Fprintf(&out, `<link href="%s" rel="canonical">`, html.EscapeString(canonical))
				}
				if len(scripts) > 0 {
					list, _ := json.Marshal(scripts)
					fmt.Fprintf(&out, startAfterPaint, list)
				}
			}
			out.Write(z.Raw())
		default:
			out.Write(z.Raw())
		}
	}
}

// startAfterPaint loads scripts, in order, once the browser has presented the
// first paint (or after a second, if it does not report paints).
const startAfterPaint = `<script>(()=>{let started=false;const start=()=>{if(started)return;started=true;` +
	`for(const src of %s){const s=document.createElement("script");s.src=src;s.async=false;document.head.append(s)}};` +
	`try{new PerformanceObserver(start).observe({type:"paint",buffered:true})}catch(e){}setTimeout(start,1000)})()</script>`

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(t html.Token, key string) bool {
	return slices.ContainsFunc(t.Attr, func(a html.Attribute) bool { return a.Key == key })
}

func setAttr(t *html.Token, key, val string) {
	for i := range t.Attr {
		if t.Attr[i].Key == key {
			t.Attr[i].Val = val
		}
	}
}

// checkLinks fails if an internal href or src in any page points at no file.
func checkLinks(dir, base string) error {
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	var broken []string
	for _, f := range files {
		page, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		z := html.NewTokenizer(bytes.NewReader(page))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			t := z.Token()
			for _, key := range []string{"href", "src"} {
				link := attr(t, key)
				if link == "" || strings.Contains(link, "://") || strings.HasPrefix(link, "#") || strings.HasPrefix(link, "mailto:") {
					continue
				}
				if !resolves(dir, base, link) {
					broken = append(broken, fmt.Sprintf("%s: %s", filepath.Base(f), link))
				}
			}
		}
	}
	if len(broken) > 0 {
		slices.Sort(broken)
		broken = slices.Compact(broken)
		return fmt.Errorf("%d internal links point nowhere:\n  %s", len(broken), strings.Join(broken, "\n  "))
	}
	return nil
}

// resolves reports whether a site link would reach a file, as GitHub Pages serves them.
func resolves(dir, base, link string) bool {
	link, _, _ = strings.Cut(link, "?")
	link, _, _ = strings.Cut(link, "#")
	p, ok := strings.CutPrefix(link, base+"/")
	if !ok {
		return false
	}
	p = path.Clean("/" + p)
	if p == "/" {
		p = "/index.html"
	}
	for _, candidate := range []string{p, p + ".html"} {
		if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(candidate))); err == nil && !st.IsDir() {
			return true
		}
	}
	return false
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// contentVersion hashes what a deploy serves: the assets and app.wasm (which
// holds all the code and data), the service worker and the address it is
// served at. The same content gives the same version, so an unchanged deploy
// prompts no update, and a changed worker never reuses an old cache.
func contentVersion(webDir string, s Site) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%s\n", s.Base, s.URL, workerJS)
	err := filepath.WalkDir(webDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(webDir, p)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(b))
		h.Write(b)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:16], err
}
