//go:build !wasm

package site

import (
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

// precache lists every URL the service worker stores on install: each page
// at its clean URL (the scope with its trailing slash) and every asset.
func (s Site) precache() []string {
	var urls []string
	for _, p := range pages() {
		if p.listed {
			urls = append(urls, p.at(s.Base))
		}
	}
	for _, a := range assets {
		urls = append(urls, s.Base+a)
	}
	return urls
}

// workerTemplate is the service worker for this site, as a go-app template.
func (s Site) workerTemplate() string {
	scope, _ := json.Marshal(s.Base + "/")
	precache, _ := json.Marshal(s.precache())
	var b strings.Builder
	t := template.Must(template.New("worker").Delims("[[", "]]").Parse(workerJS))
	if err := t.Execute(&b, map[string]string{"Scope": string(scope), "Precache": string(precache)}); err != nil {
		panic(err) // a fixed template and two JSON values: cannot fail
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
