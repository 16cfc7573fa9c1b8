//go:build !wasm

package site

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"strings"
	"text/template"

	"github.com/sipcodes/sipcodes/app/paths"
)

// workerJS is the service worker template: the generator fills its [[ ]]
// actions, go-app its {{ }} ones.
//
//go:embed worker.js
var workerJS string

// assets are the files, besides the pages, that the app needs offline.
var assets = []string{
	"/app.js", "/wasm_exec.js", "/warm.js", "/explain.js", "/explain-worker.js",
	"/manifest.webmanifest", paths.CodesJSON, "/warnings.json", "/causes.json", "/reason.json", paths.VendorTables,
	"/web/app.wasm", "/web/explain.wasm", "/web/icon.svg", "/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable-512.png",
}

// precache lists every file, besides the pages, that the service worker
// stores on install.
func (s Site) precache() []string {
	var urls []string
	for _, a := range assets {
		urls = append(urls, s.Base+a)
	}
	return urls
}

// offlinePages are the pages the service worker stores on install, in one
// file (paths.OfflinePages) that carries what every page inlines (the
// stylesheet and the start-up script) once: each page is a list of pieces,
// its own text and the index of a shared one where that stands. The worker
// puts each page together, byte for byte the page served at its address.
// One file of some 160 KB gzip'd instead of 217 pages of some 15 KB each:
// the pages share most of their text, which compresses in one file.
type offlinePages struct {
	Shared []string         `json:"shared"`
	Pages  map[string][]any `json:"pages"` // a page's clean URL → its pieces: strings and indexes into Shared
}

func newOfflinePages(shared []string) *offlinePages {
	return &offlinePages{Shared: shared, Pages: map[string][]any{}}
}

// add stores a page, at its clean URL.
func (o *offlinePages) add(url, page string) {
	var pieces []any
	for {
		at, which := -1, 0
		for i, s := range o.Shared {
			if j := strings.Index(page, s); j >= 0 && (at < 0 || j < at) {
				at, which = j, i
			}
		}
		if at < 0 {
			break
		}
		pieces = append(pieces, page[:at], which)
		page = page[at+len(o.Shared[which]):]
	}
	o.Pages[url] = append(pieces, page)
}

// assemble is a stored page put together, as the service worker does.
func (o *offlinePages) assemble(url string) string {
	var b strings.Builder
	for _, p := range o.Pages[url] {
		if i, ok := p.(int); ok {
			b.WriteString(o.Shared[i])
		} else {
			b.WriteString(p.(string))
		}
	}
	return b.String()
}

func (o *offlinePages) write(dir string) error {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false) // HTML in JSON strings needs no escaping, and would grow by it
	if err := e.Encode(o); err != nil {
		return err
	}
	return write(dir, paths.OfflinePages[1:], b.Bytes())
}

// workerTemplate is the service worker for this site, as a go-app template.
func (s Site) workerTemplate() string {
	scope, _ := json.Marshal(s.Base + "/")
	precache, _ := json.Marshal(s.precache())
	pages, _ := json.Marshal(s.Base + paths.OfflinePages)
	var b strings.Builder
	t := template.Must(template.New("worker").Delims("[[", "]]").Parse(workerJS))
	if err := t.Execute(&b, map[string]string{"Scope": string(scope), "Precache": string(precache), "Pages": string(pages)}); err != nil {
		panic(err) // a fixed template and three JSON values: cannot fail
	}
	return b.String()
}

type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
}

// manifest is the web app manifest that makes the site installable. go-app's
// own lacks an id, a maskable icon and the dark theme.
func (s Site) manifest() ([]byte, error) {
	type colors struct {
		ThemeColor      string `json:"theme_color"`
		BackgroundColor string `json:"background_color"`
	}
	m := struct {
		ID              string              `json:"id"`
		Name            string              `json:"name"`
		ShortName       string              `json:"short_name"`
		Description     string              `json:"description"`
		StartURL        string              `json:"start_url"`
		Scope           string              `json:"scope"`
		Display         string              `json:"display"`
		ThemeColor      string              `json:"theme_color"`
		BackgroundColor string              `json:"background_color"`
		UserPreferences map[string]colors   `json:"user_preferences"`
		Categories      []string            `json:"categories"`
		Icons           []manifestIcon      `json:"icons"`
		Shortcuts       []map[string]string `json:"shortcuts"`
	}{
		ID:              s.Base + "/",
		Name:            "sipcodes: SIP response codes",
		ShortName:       "sipcodes",
		Description:     "Every IANA-registered SIP response code, explained for engineers reading a trace. Works offline.",
		StartURL:        s.Base + "/",
		Scope:           s.Base + "/",
		Display:         "standalone",
		ThemeColor:      lightTheme,
		BackgroundColor: lightTheme,
		// Chromium reads the dark colours from here; others use the light ones.
		UserPreferences: map[string]colors{"color_scheme_dark": {darkTheme, darkTheme}},
		Categories:      []string{"developer", "reference", "utilities"},
		Icons: []manifestIcon{
			{s.Base + "/web/icon.svg", "any", "image/svg+xml", ""},
			{s.Base + "/web/icon-192.png", "192x192", "image/png", ""},
			{s.Base + "/web/icon-512.png", "512x512", "image/png", ""},
			{s.Base + "/web/icon-maskable-512.png", "512x512", "image/png", "maskable"},
		},
		Shortcuts: []map[string]string{
			{"name": "4xx Request Failure", "url": s.Base + "/4xx"},
			{"name": "Common codes", "url": s.Base + "/common"},
			{"name": "Explain a trace", "url": s.Base + paths.Explain},
		},
	}
	return json.MarshalIndent(m, "", "  ")
}
